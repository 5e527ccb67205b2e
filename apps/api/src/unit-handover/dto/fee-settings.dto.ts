import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Matches, Max, Min } from 'class-validator';
import type { ProjectFeeSettingsEntity } from '@handover/database';
import { MoneyDto } from './money.dto';

/** An amount in yuan with at most 2 decimals, up to 9,999,999.99 (a per-m² rate is far below; bigint fen cannot overflow). */
const YUAN = /^\s*(\d{1,3}(,\d{3}){1,2}|\d{1,7})(\.\d{1,2})?\s*$/;

/** 物业费等: the amounts are in yuan text, parsed exactly to fen; rates in basis points (1 bp = 0.01 %). */
export class PutFeeSettingsDto {
  @ApiProperty({ example: '3.50', description: '物业费, yuan per m² per month' })
  @IsString()
  @Matches(YUAN, {
    message: 'propertyFeePerSqmMonth must be an amount in yuan like 3.50 (at most 2 decimals, below 10,000,000)',
  })
  propertyFeePerSqmMonth!: string;

  @ApiPropertyOptional({
    default: 3,
    minimum: 1,
    maximum: 24,
    description: 'months of property fee collected in advance',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(24)
  prepaidMonths?: number;

  @ApiProperty({
    example: 150,
    minimum: 0,
    maximum: 10000,
    description: '契税 rate in basis points of the contract price (150 = 1.5 %)',
  })
  @IsInt()
  @Min(0)
  @Max(10000)
  deedTaxRateBp!: number;

  @ApiProperty({ example: '45.00', description: '公共维修基金, yuan per m²' })
  @IsString()
  @Matches(YUAN, {
    message: 'maintenanceFundPerSqm must be an amount in yuan like 45.00 (at most 2 decimals, below 10,000,000)',
  })
  maintenanceFundPerSqm!: string;

  @ApiPropertyOptional({
    default: 300,
    minimum: 1,
    maximum: 10000,
    description: 'area-difference threshold of the sales contract, bp of the contracted area',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(10000)
  refundThresholdBp?: number;
}

export class FeeSettingsDto {
  @ApiProperty() projectId!: string;
  @ApiProperty({ type: MoneyDto, description: '物业费 per m² per month' }) propertyFeePerSqmMonth!: MoneyDto;
  @ApiProperty() prepaidMonths!: number;
  @ApiProperty() deedTaxRateBp!: number;
  @ApiProperty({ type: MoneyDto, description: '公共维修基金 per m²' }) maintenanceFundPerSqm!: MoneyDto;
  @ApiProperty() refundThresholdBp!: number;
  @ApiProperty() updatedAt!: string;

  static from(settings: ProjectFeeSettingsEntity): FeeSettingsDto {
    return {
      projectId: settings.projectId,
      propertyFeePerSqmMonth: MoneyDto.of(settings.propertyFeeFenPerSqmMonth),
      prepaidMonths: settings.prepaidMonths,
      deedTaxRateBp: settings.deedTaxRateBp,
      maintenanceFundPerSqm: MoneyDto.of(settings.maintenanceFundFenPerSqm),
      refundThresholdBp: settings.refundThresholdBp,
      updatedAt: settings.updatedAt.toISOString(),
    };
  }
}
