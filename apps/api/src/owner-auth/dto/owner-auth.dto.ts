import { ApiProperty } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { MAINLAND_MOBILE } from '@handover/domain';
import type { OwnerUnitRow } from '../owner-auth.repository';

const PHONE = {
  example: '13900000001',
  pattern: '^1\\d{10}$',
  description: '中国大陆手机号: 11 digits starting with 1',
};

export class RequestSignInCodeDto {
  @ApiProperty(PHONE)
  @IsString()
  @Matches(MAINLAND_MOBILE, { message: 'phone must be a mainland mobile number: 11 digits starting with 1' })
  phone!: string;
}

export class OwnerSignInDto extends RequestSignInCodeDto {
  @ApiProperty({ example: '012345', pattern: '^\\d{6}$', description: 'the six-digit code from the text message' })
  @IsString()
  @Matches(/^\d{6}$/, { message: 'code must be six digits' })
  code!: string;
}

/** The same body for every number, in the unit list or not. */
export class SignInCodeRequestedDto {
  @ApiProperty({ enum: ['accepted'] }) status!: 'accepted';
  @ApiProperty({ description: 'how long a code lasts, in seconds', example: 300 }) expiresInSeconds!: number;
}

export class OwnerSessionDto {
  @ApiProperty({ description: 'the owner session token: send it as "Authorization: Bearer <token>" to /owner/*' })
  token!: string;
  @ApiProperty({ example: 604800 }) expiresInSeconds!: number;
}

/** 我的房屋: a unit whose owner phone is the signed-in number. */
export class OwnerUnitDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty({ description: '项目名称' }) projectName!: string;
  @ApiProperty({
    description: "the project's IANA time zone: every time the owner reads is in it",
    example: 'Asia/Shanghai',
  })
  timeZone!: string;
  @ApiProperty({ description: '楼栋' }) building!: string;
  @ApiProperty({ description: '单元' }) unit!: string;
  @ApiProperty({ description: '房号' }) room!: string;
  @ApiProperty({ description: '业主姓名' }) ownerName!: string;
  @ApiProperty({ enum: ['fitted', 'shell'], description: '精装 or 毛坯' }) fitOut!: string;
  @ApiProperty() handoverState!: string;
  @ApiProperty({ description: '合同面积 in m² × 100' }) contractedAreaCenti!: number;
  @ApiProperty({ description: '实测面积 in m² × 100' }) surveyedAreaCenti!: number;

  static from(row: OwnerUnitRow): OwnerUnitDto {
    return {
      id: row.id,
      projectId: row.projectId,
      projectName: row.projectName,
      timeZone: row.timeZone,
      building: row.building,
      unit: row.unitNo,
      room: row.room,
      ownerName: row.ownerName,
      fitOut: row.fitOut,
      handoverState: row.handoverState,
      contractedAreaCenti: row.contractedAreaCenti,
      surveyedAreaCenti: row.surveyedAreaCenti,
    };
  }
}

export class OwnerUnitListDto {
  @ApiProperty({ type: [OwnerUnitDto] }) items!: OwnerUnitDto[];
}
