import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  CASE_KINDS,
  CASE_ORIGIN_KINDS,
  CASE_SOURCE_KINDS,
  type CaseKind,
  type CaseSourceKind,
} from '@handover/database';
import { PageQueryDto } from '../../common/page.dto';

export class CaseSourceDto {
  @ApiProperty({ description: 'the project the record belongs to' }) @IsUUID() projectId!: string;
  @ApiProperty({ enum: CASE_SOURCE_KINDS }) @IsIn(CASE_SOURCE_KINDS as unknown as string[]) recordKind!: CaseSourceKind;
  @ApiProperty({ description: 'the defect (问题项) or complaint (投诉) id' }) @IsUUID() recordId!: string;
}

export class CreateCaseDto {
  @ApiProperty({
    enum: CASE_KINDS,
    description: 'design_defect (设计缺陷), common_quality_problem (常见质量问题), typical_complaint (典型投诉)',
  })
  @IsIn(CASE_KINDS as unknown as string[])
  kind!: CaseKind;

  @ApiProperty({ maxLength: 200, example: '卫生间门与淋浴房开启冲突' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  title!: string;
  @ApiProperty({
    maxLength: 8000,
    description: 'what happened, the cause, the fix, and what future projects should do',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(8000)
  summary!: string;

  @ApiPropertyOptional({ type: [String], example: ['门窗', '设计'], maxItems: 20 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(50, { each: true })
  tags?: string[];

  @ApiProperty({ type: CaseSourceDto }) @IsObject() @ValidateNested() @Type(() => CaseSourceDto) source!: CaseSourceDto;
}

export class ListCasesQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: 'words in the title or summary (case-insensitive)' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
  @ApiPropertyOptional({ description: 'cases carrying this tag' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  tag?: string;
  @ApiPropertyOptional({ enum: CASE_KINDS }) @IsOptional() @IsIn(CASE_KINDS as unknown as string[]) kind?: CaseKind;
  @ApiPropertyOptional({ description: 'cases from this project only' }) @IsOptional() @IsUUID() projectId?: string;
}

export class CaseSourceProjectDto {
  @ApiProperty() id!: string;
  @ApiProperty() cityCompany!: string;
  @ApiProperty() name!: string;
  @ApiProperty() batch!: string;
  @ApiProperty({ description: 'the project time zone, for showing createdAt' }) timeZone!: string;
}

/** One row of the case search, as read from SQL. */
export interface CaseRow {
  id: string;
  kind: CaseKind;
  title: string;
  summary: string;
  tags: string[];
  sourceKind: CaseSourceKind;
  sourceRecordId: string;
  sourceProjectId: string;
  cityCompany: string;
  projectName: string;
  batch: string;
  timeZone: string;
  createdBy: string;
  createdAt: Date;
}

export class CaseDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: CASE_KINDS }) kind!: string;
  @ApiProperty() title!: string;
  @ApiProperty() summary!: string;
  @ApiProperty({ type: [String] }) tags!: string[];
  @ApiProperty({ enum: CASE_ORIGIN_KINDS, description: 'a defect, a complaint, or a frequent-problem alert' })
  sourceKind!: string;
  @ApiProperty() sourceRecordId!: string;
  @ApiProperty({ type: CaseSourceProjectDto }) sourceProject!: CaseSourceProjectDto;
  @ApiProperty() createdBy!: string;
  @ApiProperty() createdAt!: string;

  static from(row: CaseRow): CaseDto {
    return {
      id: row.id,
      kind: row.kind,
      title: row.title,
      summary: row.summary,
      tags: row.tags,
      sourceKind: row.sourceKind,
      sourceRecordId: row.sourceRecordId,
      sourceProject: {
        id: row.sourceProjectId,
        cityCompany: row.cityCompany,
        name: row.projectName,
        batch: row.batch,
        timeZone: row.timeZone,
      },
      createdBy: row.createdBy,
      createdAt: new Date(row.createdAt).toISOString(),
    };
  }
}

export class CasePageDto {
  @ApiProperty({ type: [CaseDto] }) items!: CaseDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
