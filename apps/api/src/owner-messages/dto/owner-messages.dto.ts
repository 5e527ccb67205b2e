import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, ValidateIf } from 'class-validator';

/** A field left out keeps its setting; null is not a setting (refused, not read as off). */
const unlessLeftOut = () => ValidateIf((_object: object, value: unknown) => value !== undefined);
import type { OwnerMessageKind } from '@handover/domain';

/** The fields of the preferences, one per owner message kind (the sign-in code is not among them: it is always sent). */
export const PREFERENCE_FIELDS = {
  handoverNotice: 'handover_notice',
  bookingReminder: 'booking_reminder',
  objectionReply: 'objection_reply',
  repairVisit: 'repair_visit',
} as const satisfies Record<string, OwnerMessageKind>;

export type PreferenceField = keyof typeof PREFERENCE_FIELDS;

/** 消息设置: which text messages the signed-in number gets (true = sent); the sign-in code is always sent. */
export class OwnerMessagePreferencesDto {
  @ApiProperty({ description: '交付通知 by SMS' }) handoverNotice!: boolean;
  @ApiProperty({ description: '预约提醒: 10:00 the day before a booked slot' }) bookingReminder!: boolean;
  @ApiProperty({ description: '异议答复: customer service replied to an objection' }) objectionReply!: boolean;
  @ApiProperty({ description: '报修上门: a repair visit was scheduled' }) repairVisit!: boolean;

  static from(optedOut: readonly OwnerMessageKind[]): OwnerMessagePreferencesDto {
    const entries = Object.entries(PREFERENCE_FIELDS).map(([field, kind]) => [field, !optedOut.includes(kind)]);
    return Object.fromEntries(entries) as OwnerMessagePreferencesDto;
  }
}

/** Turns kinds of text messages on or off for the signed-in number; a field left out keeps its setting. */
export class PutOwnerMessagePreferencesDto {
  @ApiPropertyOptional()
  @unlessLeftOut()
  @IsBoolean({ message: 'handoverNotice must be true or false' })
  handoverNotice?: boolean;
  @ApiPropertyOptional()
  @unlessLeftOut()
  @IsBoolean({ message: 'bookingReminder must be true or false' })
  bookingReminder?: boolean;
  @ApiPropertyOptional()
  @unlessLeftOut()
  @IsBoolean({ message: 'objectionReply must be true or false' })
  objectionReply?: boolean;
  @ApiPropertyOptional()
  @unlessLeftOut()
  @IsBoolean({ message: 'repairVisit must be true or false' })
  repairVisit?: boolean;
}

/** What pressing 短信发送交付通知 queued: one message per household with a mobile number, once per notice content. */
export class HandoverNoticeSmsResultDto {
  @ApiProperty({ description: 'messages queued now' }) queued!: number;
  @ApiProperty({ description: 'households already sent (or being sent) this same notice' }) alreadyQueued!: number;
  @ApiProperty({ description: 'households without a mobile number in the unit list' }) withoutMobile!: number;
}
