import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Validate,
  ValidateNested,
} from 'class-validator';
import { BRIEFING_WEBHOOK_KINDS, type BriefingWebhookKind } from '@handover/database';
import { dayLabel, formatRateBp, type BriefingChange, type BriefingFigures } from '@handover/domain';
import { MoneyDto } from '../../unit-handover/dto/money.dto';
import type { StoredBriefing } from '@handover/database';
import { RobotWebhookUrlConstraint } from './validators';
import { IsCalendarDate } from '../../common/date-validators';

export class ListBriefingsQueryDto {
  @ApiProperty({ example: '2026-06-10', description: 'first local date, inclusive' })
  @IsCalendarDate()
  from!: string;

  @ApiProperty({ example: '2026-06-16', description: 'last local date, inclusive; at most 366 days after from' })
  @IsCalendarDate()
  to!: string;
}

/** The figures of a briefing: counts, fen and basis points (integers). */
export class BriefingFiguresDto implements BriefingFigures {
  @ApiProperty() totalUnits!: number;
  @ApiProperty({ description: 'units handed over (交付完成) on the day' }) handedOverToday!: number;
  @ApiProperty() handedOverCumulative!: number;
  @ApiProperty({ description: '交付率 in basis points (3333 = 33.33 %), rounded down' }) handoverRateBp!: number;
  @ApiProperty({ description: 'owners checked in (签到) on the day' }) ownersReceivedToday!: number;
  @ApiProperty({ description: 'units inspected (验房) on the day' }) inspectionsToday!: number;
  @ApiProperty({ description: 'handover inspection items plus defects registered on the day' })
  defectsRaisedToday!: number;
  @ApiProperty({ description: 'simple items fixed on the spot (现场维修) on the day' })
  defectsFixedOnSpotToday!: number;
  @ApiProperty({ description: 'defects not closed at the end of the day' }) defectsOpen!: number;
  @ApiProperty({ description: 'open handover objections (交付异议)' }) objectionsOpen!: number;
  @ApiProperty() objectionsOverdue!: number;
  @ApiProperty({ description: 'complaints not replied to' }) complaintsOpen!: number;
  @ApiProperty() complaintsOverdue!: number;
  @ApiProperty({ description: 'sum of positive payments on the day, fen' }) settledFen!: number;
  @ApiProperty({ description: 'refunds on the day as a positive amount, fen' }) refundedFen!: number;
  @ApiProperty({ description: 'major and group complaints received on the day' }) incidentsToday!: number;
}

export class BriefingDto {
  @ApiProperty() projectId!: string;
  @ApiProperty({ example: '2026-06-11' }) date!: string;
  @ApiProperty({ example: 'D+1' }) day!: string;
  @ApiProperty({ type: BriefingFiguresDto }) figures!: BriefingFiguresDto;
  @ApiProperty({
    type: BriefingFiguresDto,
    nullable: true,
    description: 'today minus the previous day’s briefing; null when there was none',
  })
  change!: BriefingFiguresDto | null;
  @ApiProperty({ example: '21.7%' }) handoverRate!: string;
  @ApiProperty({ type: MoneyDto }) settled!: MoneyDto;
  @ApiProperty({ type: MoneyDto }) refunded!: MoneyDto;
  @ApiProperty({ description: 'the Markdown pushed to the group robots' }) markdown!: string;
  @ApiProperty() generatedAt!: string;
  @ApiProperty({ description: 'how many times the date was generated' }) generations!: number;

  static from(stored: StoredBriefing, firstHandoverDate: string, markdown: string): BriefingDto {
    return {
      projectId: stored.projectId,
      date: stored.date,
      day: dayLabel(firstHandoverDate, stored.date),
      figures: { ...stored.figures },
      change: stored.change ? ({ ...stored.change } as BriefingChange) : null,
      handoverRate: formatRateBp(stored.figures.handoverRateBp),
      settled: MoneyDto.of(stored.figures.settledFen),
      refunded: MoneyDto.of(stored.figures.refundedFen),
      markdown,
      generatedAt: stored.generatedAt.toISOString(),
      generations: stored.generations,
    };
  }
}

export class BriefingListDto {
  @ApiProperty({ type: [BriefingDto] }) items!: BriefingDto[];
}

export class RobotWebhookDto {
  @ApiProperty({ enum: BRIEFING_WEBHOOK_KINDS, description: 'wecom: 企业微信群机器人; dingtalk: 钉钉群机器人' })
  @IsIn(BRIEFING_WEBHOOK_KINDS)
  kind!: BriefingWebhookKind;

  @ApiProperty({
    example: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…',
    description: 'https; plain http only for localhost / 127.0.0.1',
  })
  @IsString()
  @MaxLength(2000)
  @Validate(RobotWebhookUrlConstraint)
  url!: string;
}

/** Replaces the project's briefing robots (an empty list removes them) and, optionally, its briefing time. */
export class PutBriefingWebhooksDto {
  @ApiProperty({ type: [RobotWebhookDto], maxItems: 5 })
  @IsArray()
  @ArrayMaxSize(5)
  @ValidateNested({ each: true })
  @Type(() => RobotWebhookDto)
  webhooks!: RobotWebhookDto[];

  @ApiPropertyOptional({ example: '20:00', description: 'local time of the evening briefing (default 20:00)' })
  @IsOptional()
  @IsString()
  @Matches(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'briefingTime must be a local time HH:MM, e.g. 20:00' })
  briefingTime?: string;
}

export class RobotWebhookViewDto {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: BRIEFING_WEBHOOK_KINDS }) kind!: BriefingWebhookKind;
  @ApiProperty({
    example: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=…ab12',
    description: 'the key is masked',
  })
  url!: string;
}

export class BriefingWebhooksDto {
  @ApiProperty({ example: '20:00' }) briefingTime!: string;
  @ApiProperty({ type: [RobotWebhookViewDto] }) webhooks!: RobotWebhookViewDto[];
}

export class ReportingStartedDto {
  @ApiProperty({ example: 'reporting-…' }) workflowId!: string;
  @ApiProperty({ description: 'false when the reporting workflow was already running' }) started!: boolean;
}

/** Which robot to send a test message through; without it, every robot of the project. */
export class TestBriefingWebhooksDto {
  @ApiPropertyOptional({ description: 'one robot of the project (its id in GET briefing-webhooks)' })
  @IsOptional()
  @IsUUID('4', { message: 'webhookId must be a robot id (UUID)' })
  webhookId?: string;
}

/** Why a test message did not reach the group. */
export const ROBOT_TEST_REASONS = [
  'target_refused',
  'unreachable',
  'http_error',
  'robot_refused',
  'bad_answer',
] as const;
export type RobotTestReason = (typeof ROBOT_TEST_REASONS)[number];

export class RobotTestOutcomeDto {
  @ApiProperty() webhookId!: string;
  @ApiProperty({ enum: BRIEFING_WEBHOOK_KINDS }) kind!: BriefingWebhookKind;
  @ApiProperty({ description: 'the key is masked' }) url!: string;
  @ApiProperty({ description: 'the robot accepted the message (errcode 0)' }) delivered!: boolean;
  @ApiProperty({
    enum: ROBOT_TEST_REASONS,
    nullable: true,
    description:
      'null when delivered; target_refused: the URL policy forbids it; unreachable: no answer; http_error: a non-2xx status; robot_refused: the robot answered an errcode; bad_answer: not JSON',
  })
  reason!: RobotTestReason | null;
  @ApiProperty({ type: Number, nullable: true, description: 'the errcode the robot answered (e.g. 93000 invalid key)' })
  errcode!: number | null;
  @ApiProperty({ type: String, nullable: true, description: 'what the robot or the network said, in English' })
  detail!: string | null;
}

export class RobotTestResultDto {
  @ApiProperty({ type: [RobotTestOutcomeDto] }) results!: RobotTestOutcomeDto[];
}
