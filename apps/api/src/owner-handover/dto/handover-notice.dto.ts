import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MoneyDto } from '../../unit-handover/dto/money.dto';
import type { HandoverNoticeSettingsRow } from '../handover-notice.repository';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimmedEach = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((item) => (typeof item === 'string' ? item.trim() : item)) : value;

/** 交付通知书 settings the project lead sets in 设置: where the handover takes place and what the owner brings. */
export class PutHandoverNoticeDto {
  @ApiProperty({ example: '3号楼一层交付中心', maxLength: 200, description: '交付地点' })
  @Transform(trimmed)
  @IsString({ message: 'place must be text: where the handover takes place' })
  @IsNotEmpty({ message: 'place must not be empty' })
  @MaxLength(200, { message: 'place must be at most 200 characters' })
  place!: string;

  @ApiProperty({
    type: [String],
    maxItems: 20,
    example: ['购房合同原件', '业主身份证原件', '交付通知书'],
    description: '携带材料: each item at most 100 characters, at most 20 items',
  })
  @Transform(trimmedEach)
  @IsArray({ message: 'bringItems must be a list of texts' })
  @ArrayMaxSize(20, { message: 'bringItems must have at most 20 items' })
  @IsString({ each: true, message: 'each item of bringItems must be text' })
  @IsNotEmpty({ each: true, message: 'an item of bringItems must not be empty' })
  @MaxLength(100, { each: true, message: 'each item of bringItems must be at most 100 characters' })
  bringItems!: string[];
}

export class HandoverNoticeSettingsDto {
  @ApiProperty() projectId!: string;
  @ApiProperty({ description: '交付地点' }) place!: string;
  @ApiProperty({ type: [String], description: '携带材料' }) bringItems!: string[];
  @ApiProperty() updatedAt!: string;

  static from(row: HandoverNoticeSettingsRow): HandoverNoticeSettingsDto {
    return {
      projectId: row.projectId,
      place: row.place,
      bringItems: row.bringItems,
      updatedAt: row.updatedAt.toISOString(),
    };
  }
}

/** The centralized handover days (集中交付): D and D+n−1, calendar dates in the project's time zone. */
export class NoticeHandoverDaysDto {
  @ApiProperty({ example: '2027-03-01', description: '集中交付首日 D' }) firstDate!: string;
  @ApiProperty({ example: '2027-03-03', description: 'D+n−1, the last centralized day' }) lastDate!: string;
  @ApiProperty({ example: 3 }) days!: number;
  @ApiProperty({ example: 'Asia/Shanghai' }) timeZone!: string;
}

/** 面积补差 of the unit, as the domain computes it (areaDifference at the contract price). */
export class NoticeAreaDifferenceDto {
  @ApiProperty({ description: '合同面积, m² × 100' }) contractedAreaCenti!: number;
  @ApiProperty({ description: '实测面积, m² × 100' }) surveyedAreaCenti!: number;
  @ApiProperty({ description: 'surveyed − contracted, m² × 100' }) differenceCenti!: number;
  @ApiProperty({ enum: ['owner_pays', 'refund', 'none'], description: 'owner_pays: 补交; refund: 退还' })
  direction!: string;
  @ApiProperty({ type: MoneyDto, description: 'positive: the owner pays; negative: refunded to the owner' })
  amount!: MoneyDto;
  @ApiProperty({ description: 'the difference reached the contract threshold (special handling under the contract)' })
  thresholdReached!: boolean;
}

/** The fees collected at handover under the project's fee settings (handoverFees). */
export class NoticeFeesDto {
  @ApiProperty({ description: 'months of property fee collected in advance' }) prepaidMonths!: number;
  @ApiProperty({ type: MoneyDto, description: '物业费预收' }) propertyFeePrepayment!: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: '契税 (代收)' }) deedTax!: MoneyDto;
  @ApiProperty({ type: MoneyDto, description: '公共维修基金 (代收)' }) maintenanceFund!: MoneyDto;
  @ApiProperty({ type: MoneyDto }) total!: MoneyDto;
}

/** 交付通知书 of one of the owner's units. */
export class OwnerHandoverNoticeDto {
  @ApiProperty() unitId!: string;
  @ApiProperty() projectName!: string;
  @ApiProperty({ description: '楼栋' }) building!: string;
  @ApiProperty({ description: '单元' }) unitNo!: string;
  @ApiProperty({ description: '房号' }) room!: string;
  @ApiProperty({ type: NoticeHandoverDaysDto }) handoverDays!: NoticeHandoverDaysDto;
  @ApiPropertyOptional({ nullable: true, type: String, description: '交付地点; null until the project sets it' })
  place!: string | null;
  @ApiProperty({ type: [String], description: '携带材料; empty until the project sets them' }) bringItems!: string[];
  @ApiProperty({ type: NoticeAreaDifferenceDto }) areaDifference!: NoticeAreaDifferenceDto;
  @ApiPropertyOptional({
    nullable: true,
    type: NoticeFeesDto,
    description: 'null while the project has no fee settings',
  })
  fees!: NoticeFeesDto | null;
  @ApiProperty({ type: MoneyDto, description: 'area difference + fees (negative: the owner is owed)' }) due!: MoneyDto;
}
