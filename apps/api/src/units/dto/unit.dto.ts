import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import type { UnitEntity } from '@handover/database';
import { formatCenti, formatFen, UNIT_HANDOVER_STATES } from '@handover/domain';
import { PageQueryDto } from '../../common/page.dto';
import { maskPhone } from '../unit-csv';

export class ListUnitsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: '楼栋, exactly as imported', example: '3#' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  building?: string;

  @ApiPropertyOptional({ enum: UNIT_HANDOVER_STATES })
  @IsOptional()
  @IsIn(UNIT_HANDOVER_STATES as string[], {
    message: `handoverState must be one of: ${UNIT_HANDOVER_STATES.join(', ')}`,
  })
  handoverState?: string;

  @ApiPropertyOptional({
    description:
      'finds a unit at the handover desk: part of its address (3#-1-1201 or 1201), part of the owner name, or the last 4+ digits of the owner phone',
    example: '1201',
    maxLength: 50,
  })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  search?: string;
}

export class UnitImportResultDto {
  @ApiProperty({ example: 3000 }) imported!: number;
}

/** The unit list uploaded as a file: how many were imported and how the file was read. */
export class UnitFileImportResultDto extends UnitImportResultDto {
  @ApiProperty({ enum: ['xlsx', 'csv'], description: 'what the file was, read from its bytes (not its name)' })
  format!: 'xlsx' | 'csv';

  @ApiProperty({
    enum: ['utf-8', 'utf-8-bom', 'gb18030'],
    nullable: true,
    type: String,
    description: 'how a CSV file was decoded (gb18030 covers GBK and GB2312); null for .xlsx',
  })
  encoding!: 'utf-8' | 'utf-8-bom' | 'gb18030' | null;
}

export class UnitImportProblemDto {
  @ApiProperty({ description: 'spreadsheet row number; the header is row 1', example: 7 }) row!: number;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: 'null when the whole row or file is concerned',
    example: 'ownerPhone',
  })
  column!: string | null;
  @ApiProperty({
    description: 'the problem as a code of the error catalogue (UNIT_CSV_…); the console words it from code and params',
    example: 'UNIT_CSV_PHONE_INVALID',
  })
  code!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'the values the sentence names',
    example: { column: 'ownerPhone' },
  })
  params!: Record<string, string | number>;
  @ApiProperty({
    description: "the problem in the caller's language (Accept-Language)",
    example:
      'The owner phone is not a mainland mobile number (11 digits, 13…–19…) or a landline with area code such as 0571-88886666.',
  })
  problem!: string;
}

export class UnitImportRejectionDto {
  @ApiProperty({ example: 400 }) statusCode!: number;
  @ApiProperty({ example: 'Bad Request' }) error!: string;
  @ApiProperty({ enum: ['UNIT_IMPORT_REJECTED'] }) code!: 'UNIT_IMPORT_REJECTED';
  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'problems: how many; rows: in how many rows; shown: how many are listed when not all (else 0)',
    example: { problems: 2, rows: 1, shown: 0 },
  })
  params!: Record<string, number>;
  @ApiProperty() message!: string;
  @ApiProperty({ type: [UnitImportProblemDto] }) errors!: UnitImportProblemDto[];
}

/** 户 in a list: the owner phone is masked (138****1234). */
export class UnitSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty({ description: '楼栋' }) building!: string;
  @ApiProperty({ description: '单元' }) unit!: string;
  @ApiProperty({ description: '房号' }) room!: string;
  @ApiProperty({ description: '业主姓名' }) ownerName!: string;
  @ApiProperty({ example: '138****1234' }) ownerPhoneMasked!: string;
  @ApiProperty({ description: '合同面积 in m² × 100', example: 8957 }) contractedAreaCenti!: number;
  @ApiProperty({ description: '实测面积 in m² × 100', example: 8912 }) surveyedAreaCenti!: number;
  @ApiProperty({ description: '单价 in fen per m²', example: 2500050 }) priceFenPerSqm!: number;
  @ApiProperty({ enum: ['fitted', 'shell'], description: '精装 or 毛坯' }) fitOut!: string;
  @ApiProperty({ enum: UNIT_HANDOVER_STATES }) handoverState!: string;

  static from(unit: UnitEntity): UnitSummaryDto {
    return {
      id: unit.id,
      projectId: unit.projectId,
      building: unit.building,
      unit: unit.unitNo,
      room: unit.room,
      ownerName: unit.ownerName,
      ownerPhoneMasked: maskPhone(unit.ownerPhone),
      contractedAreaCenti: unit.contractedAreaCenti,
      surveyedAreaCenti: unit.surveyedAreaCenti,
      priceFenPerSqm: Number(unit.priceFenPerSqm),
      fitOut: unit.fitOut,
      handoverState: unit.handoverState,
    };
  }
}

/** 户, the full record: owner phone in clear, amounts also formatted for people. */
export class UnitDetailDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty({ description: '楼栋' }) building!: string;
  @ApiProperty({ description: '单元' }) unit!: string;
  @ApiProperty({ description: '房号' }) room!: string;
  @ApiProperty({ description: '业主姓名' }) ownerName!: string;
  @ApiProperty({ description: '业主电话' }) ownerPhone!: string;
  @ApiProperty({ description: '合同面积 in m² × 100', example: 8957 }) contractedAreaCenti!: number;
  @ApiProperty({ description: '合同面积 in m²', example: '89.57' }) contractedArea!: string;
  @ApiProperty({ description: '实测面积 in m² × 100', example: 8912 }) surveyedAreaCenti!: number;
  @ApiProperty({ description: '实测面积 in m²', example: '89.12' }) surveyedArea!: string;
  @ApiProperty({ description: '单价 in fen per m²', example: 2500050 }) priceFenPerSqm!: number;
  @ApiProperty({ description: '单价 in yuan per m²', example: '25,000.50' }) pricePerSqm!: string;
  @ApiProperty({ enum: ['fitted', 'shell'], description: '精装 or 毛坯' }) fitOut!: string;
  @ApiProperty({ enum: UNIT_HANDOVER_STATES }) handoverState!: string;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;

  static from(unit: UnitEntity): UnitDetailDto {
    const priceFenPerSqm = Number(unit.priceFenPerSqm);
    return {
      id: unit.id,
      projectId: unit.projectId,
      building: unit.building,
      unit: unit.unitNo,
      room: unit.room,
      ownerName: unit.ownerName,
      ownerPhone: unit.ownerPhone,
      contractedAreaCenti: unit.contractedAreaCenti,
      contractedArea: formatCenti(unit.contractedAreaCenti),
      surveyedAreaCenti: unit.surveyedAreaCenti,
      surveyedArea: formatCenti(unit.surveyedAreaCenti),
      priceFenPerSqm,
      pricePerSqm: formatFen(priceFenPerSqm),
      fitOut: unit.fitOut,
      handoverState: unit.handoverState,
      createdAt: unit.createdAt.toISOString(),
      updatedAt: unit.updatedAt.toISOString(),
    };
  }
}

export class UnitPageDto {
  @ApiProperty({ type: [UnitSummaryDto] }) items!: UnitSummaryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

/** One cell of the unit grid (房源图): just enough to place and colour it. No owner data. */
export class UnitGridCellDto {
  @ApiProperty() id!: string;
  @ApiProperty({ description: '楼栋' }) building!: string;
  @ApiProperty({ description: '单元' }) unit!: string;
  @ApiProperty({ description: '房号' }) room!: string;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: '楼层 read from the room number (1201 → 12); null when the room number does not show it',
  })
  floor!: number | null;
  @ApiProperty({ enum: UNIT_HANDOVER_STATES }) state!: string;
}

/** Every unit of a project in one answer, ordered by building, unit and room. */
export class UnitGridDto {
  @ApiProperty({ type: [UnitGridCellDto] }) units!: UnitGridCellDto[];
}
