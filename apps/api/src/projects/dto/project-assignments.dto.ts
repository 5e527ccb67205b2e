import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

/** One person staffing the project: a department head assigned to it (their department's gates are theirs). */
export class AssignedPersonDto {
  @ApiProperty() userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() role!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) department!: string | null;
  @ApiProperty({ description: 'when the person was assigned (ISO 8601, UTC)' }) assignedAt!: string;
}

export class CityResponsiblePersonDto {
  @ApiProperty() userId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() role!: string;
}

/** The project's current staff: department → person, and the city company's responsible person (城市公司负责人). */
export class ProjectAssignmentsDto {
  @ApiProperty() projectId!: string;
  @ApiProperty({ type: [AssignedPersonDto], description: 'by department, then name' }) items!: AssignedPersonDto[];
  @ApiProperty({ type: CityResponsiblePersonDto, nullable: true }) cityResponsible!: CityResponsiblePersonDto | null;
}
