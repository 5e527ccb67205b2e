import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsEmail,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  type ValidatorConstraintInterface,
  Validate,
  ValidateNested,
  ValidatorConstraint,
} from 'class-validator';
import {
  CHAT_USER_ID_PATTERN,
  EXTERNAL_CHANNELS,
  isValidTimeZone,
  LANGUAGES,
  LOCAL_TIME_PATTERN,
  MOBILE_PATTERN,
  type ExternalChannel,
  type Language,
} from '@handover/domain';
import type { UserContacts } from '@handover/database';

@ValidatorConstraint({ name: 'timeZone' })
class TimeZoneConstraint implements ValidatorConstraintInterface {
  validate(value: unknown): boolean {
    return typeof value === 'string' && isValidTimeZone(value);
  }
  defaultMessage(): string {
    return 'timeZone must be an IANA time zone such as Asia/Shanghai';
  }
}

const channelList = (description: string) => ({
  description,
  enum: EXTERNAL_CHANNELS,
  isArray: true,
  required: false,
});

/** A list of external channels, each once. */
function ChannelList(): PropertyDecorator {
  return applyDecorators(
    IsOptional(),
    IsArray(),
    ArrayMaxSize(EXTERNAL_CHANNELS.length),
    ArrayUnique(),
    IsIn(EXTERNAL_CHANNELS as unknown as string[], { each: true }),
  );
}

/** For each topic, the external channels wanted (the in-app centre always has everything); unset: the default. */
export class ChannelPreferencesDto {
  @ApiPropertyOptional(channelList('a gate is due soon (提醒)'))
  @ChannelList()
  reminder?: ExternalChannel[];

  @ApiPropertyOptional(channelList('something overdue or at risk climbed to you (升级)'))
  @ChannelList()
  escalation?: ExternalChannel[];

  @ApiPropertyOptional(channelList('an approval waits for you'))
  @ChannelList()
  approval_waiting?: ExternalChannel[];

  @ApiPropertyOptional(channelList('a decision was made on your request'))
  @ChannelList()
  decision_made?: ExternalChannel[];

  @ApiPropertyOptional(channelList('the daily handover briefing (每日交付简报)'))
  @ChannelList()
  daily_briefing?: ExternalChannel[];
}

export class QuietHoursDto {
  @ApiProperty({ example: '21:00', description: "local 'HH:mm'" })
  @IsString()
  @Matches(LOCAL_TIME_PATTERN, { message: "quietHours.start must be a local time 'HH:mm'" })
  start!: string;

  @ApiProperty({ example: '08:00', description: "local 'HH:mm'; before start wraps past midnight" })
  @IsString()
  @Matches(LOCAL_TIME_PATTERN, { message: "quietHours.end must be a local time 'HH:mm'" })
  end!: string;
}

/** PUT: the whole set; a field left out returns to its default (no address, zh-CN, Asia/Shanghai, 21:00–08:00). */
export class PutContactsDto {
  @ApiPropertyOptional({ type: String, example: 'wang.jingli@example.com', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  email?: string | null;

  @ApiPropertyOptional({ type: String, example: 'WangJingLi', description: '企业微信 userid', nullable: true })
  @IsOptional()
  @IsString()
  @Matches(CHAT_USER_ID_PATTERN, { message: 'wecomUserId must be a WeChat Work userid (letters, digits, . _ @ -)' })
  wecomUserId?: string | null;

  @ApiPropertyOptional({ type: String, example: 'manager4220', description: '钉钉 userid', nullable: true })
  @IsOptional()
  @IsString()
  @Matches(CHAT_USER_ID_PATTERN, { message: 'dingtalkUserId must be a DingTalk userid (letters, digits, . _ @ -)' })
  dingtalkUserId?: string | null;

  @ApiPropertyOptional({ type: String, example: '13800138000', nullable: true })
  @IsOptional()
  @IsString()
  @Matches(MOBILE_PATTERN, { message: 'mobile must be a mobile number such as 13800138000 or +85291234567' })
  mobile?: string | null;

  @ApiPropertyOptional({ enum: LANGUAGES, default: 'zh-CN' })
  @IsOptional()
  @IsIn(LANGUAGES as unknown as string[])
  language?: Language;

  @ApiPropertyOptional({ example: 'Asia/Shanghai', default: 'Asia/Shanghai' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @Validate(TimeZoneConstraint)
  timeZone?: string;

  @ApiPropertyOptional({ type: QuietHoursDto, description: '免打扰时段; equal start and end: none' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => QuietHoursDto)
  quietHours?: QuietHoursDto;

  @ApiPropertyOptional({ type: ChannelPreferencesDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ChannelPreferencesDto)
  preferences?: ChannelPreferencesDto;
}

export class ChannelPreferencesResponseDto {
  @ApiProperty({ enum: EXTERNAL_CHANNELS, isArray: true }) reminder!: ExternalChannel[];
  @ApiProperty({ enum: EXTERNAL_CHANNELS, isArray: true }) escalation!: ExternalChannel[];
  @ApiProperty({ enum: EXTERNAL_CHANNELS, isArray: true }) approval_waiting!: ExternalChannel[];
  @ApiProperty({ enum: EXTERNAL_CHANNELS, isArray: true }) decision_made!: ExternalChannel[];
  @ApiProperty({ enum: EXTERNAL_CHANNELS, isArray: true }) daily_briefing!: ExternalChannel[];
}

export class ContactsResponseDto {
  @ApiProperty() userId!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) wecomUserId!: string | null;
  @ApiProperty({ type: String, nullable: true }) dingtalkUserId!: string | null;
  @ApiProperty({ type: String, nullable: true }) mobile!: string | null;
  @ApiProperty({ enum: LANGUAGES }) language!: Language;
  @ApiProperty() timeZone!: string;
  @ApiProperty({ type: QuietHoursDto }) quietHours!: QuietHoursDto;
  @ApiProperty({ type: ChannelPreferencesResponseDto }) preferences!: ChannelPreferencesResponseDto;

  static from(contacts: UserContacts): ContactsResponseDto {
    return { ...contacts };
  }
}
