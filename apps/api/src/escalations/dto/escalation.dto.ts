import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { ESCALATION_KINDS, type EscalationKind, type EscalationListRow } from '@handover/database';
import type { Language } from '@handover/domain';
import { PageQueryDto } from '../../common/page.dto';
import { escalationMessageIn } from '../escalation-message';

export class ListEscalationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional() @IsOptional() @IsUUID() projectId?: string;
  @ApiPropertyOptional({ enum: ESCALATION_KINDS })
  @IsOptional()
  @IsIn(ESCALATION_KINDS)
  kind?: EscalationKind;

  @ApiPropertyOptional({
    enum: ['open', 'closed'],
    description: 'open: its gate, record or at-risk date still needs attention',
  })
  @IsOptional()
  @IsIn(['open', 'closed'])
  state?: 'open' | 'closed';
}

/** An escalation to HQ (升级): an overdue gate, an at-risk handover date, an overdue defect or complaint, a major complaint. */
export class EscalationDto {
  @ApiProperty() id!: string;
  @ApiProperty() projectId!: string;
  @ApiProperty() projectName!: string;
  @ApiProperty() batch!: string;
  @ApiProperty() cityCompany!: string;
  @ApiProperty({ description: 'the project time zone, for showing raisedAt' }) timeZone!: string;
  @ApiProperty({ enum: ESCALATION_KINDS }) kind!: string;
  @ApiProperty({ nullable: true, type: String, description: 'the gate, for milestone escalations' }) milestoneKey!:
    | string
    | null;
  @ApiProperty({ example: '2026-05-20' }) dueDate!: string;
  @ApiProperty({ description: "what it says, in the caller's language (Accept-Language, zh-CN by default)" })
  message!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    example: 'MILESTONE_OVERDUE',
    description: 'what it says as a stable code; null for escalations raised before the codes (message only)',
  })
  code!: string | null;
  @ApiProperty({
    nullable: true,
    type: 'object',
    additionalProperties: true,
    description: "the code's parameters, for clients that word it themselves",
  })
  params!: Record<string, unknown> | null;
  @ApiProperty() raisedAt!: string;
  @ApiProperty({ description: 'its gate, record or at-risk date still needs attention' }) open!: boolean;

  static from(row: EscalationListRow, language: Language): EscalationDto {
    return {
      id: row.id,
      projectId: row.projectId,
      projectName: row.projectName,
      batch: row.batch,
      cityCompany: row.cityCompany,
      timeZone: row.timeZone,
      kind: row.kind,
      milestoneKey: row.milestoneKey,
      dueDate: row.dueDate,
      message: escalationMessageIn(row, language),
      code: row.messageCode,
      params: row.messageParams,
      raisedAt: new Date(row.raisedAt).toISOString(),
      open: row.open,
    };
  }
}

export class EscalationPageDto {
  @ApiProperty({ type: [EscalationDto] }) items!: EscalationDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
