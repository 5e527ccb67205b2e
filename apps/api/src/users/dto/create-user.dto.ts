import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { DEPARTMENTS, type Department } from '@handover/domain';
import type { ActorRole } from '@handover/contracts';

export const ROLES: ActorRole[] = ['project_lead', 'department_head', 'hq', 'admin', 'contractor'];

export class CreateUserDto {
  @ApiProperty({ example: '王经理' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(100)
  name!: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role!: ActorRole;

  @ApiPropertyOptional({ enum: DEPARTMENTS, description: 'required for department_head, refused otherwise' })
  @ValidateIf((dto: CreateUserDto) => dto.role === 'department_head' || dto.department !== undefined)
  @IsIn(DEPARTMENTS as Department[], { message: `department must be one of: ${DEPARTMENTS.join(', ')}` })
  department?: Department;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'the contractor company (施工单位): required for contractor, refused otherwise',
  })
  @IsOptional()
  @IsUUID()
  contractorCompanyId?: string;
}
