import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { SUMMARY_STATUSES, type HandoverSummaryEntity, type SummaryStatus } from '@handover/database';

const NARRATIVE_MAX = 8000;

/** The editable narrative of the 交付总结; every PUT replaces all three sections (an empty string clears one). */
export class SummaryNarrativeDto {
  @ApiProperty({ description: '经验教训 — lessons learned', maxLength: NARRATIVE_MAX })
  @IsString()
  @MaxLength(NARRATIVE_MAX)
  lessonsLearned!: string;
  @ApiProperty({ description: '关注重点 — focus points', maxLength: NARRATIVE_MAX })
  @IsString()
  @MaxLength(NARRATIVE_MAX)
  focusPoints!: string;
  @ApiProperty({ description: '建议 — recommendations', maxLength: NARRATIVE_MAX })
  @IsString()
  @MaxLength(NARRATIVE_MAX)
  recommendations!: string;
}

export class SummarySectionsDto {
  @ApiProperty({
    description: '批次概况: project, batch, D, units, buildings, areas',
    type: 'object',
    additionalProperties: true,
  })
  batchOverview!: Record<string, unknown>;
  @ApiProperty({
    description: '前期准备: milestones, risk self-check, pre-handover defects, key ledger',
    type: 'object',
    additionalProperties: true,
  })
  preparation!: Record<string, unknown>;
  @ApiProperty({
    description: '实际交付数据: units handed over, rate, per centralized day, payments, inspection',
    type: 'object',
    additionalProperties: true,
  })
  actualHandoverFigures!: Record<string, unknown>;
  @ApiProperty({
    description: '业主反馈: complaints, objections, refusals, satisfaction survey analysis',
    type: 'object',
    additionalProperties: true,
  })
  ownerFeedback!: Record<string, unknown>;
  @ApiProperty({
    description: '集中维修数据及保修安排: defects at/after handover, by trade, warranty commitments',
    type: 'object',
    additionalProperties: true,
  })
  repairDataAndWarranty!: Record<string, unknown>;
}

export class HandoverSummaryDto {
  @ApiProperty() projectId!: string;
  @ApiProperty({
    enum: SUMMARY_STATUSES,
    description: 'draft → submitted (lead) → accepted (HQ approves the summaryAccepted gate)',
  })
  status!: string;
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'status of the summaryAccepted gate; "rework" when HQ sent the summary back',
  })
  gateStatus!: string | null;
  @ApiProperty() compiledAt!: string;
  @ApiProperty({ description: 'how many times the sections were compiled' }) compileCount!: number;
  @ApiProperty({ type: SummarySectionsDto }) sections!: SummarySectionsDto;
  @ApiProperty({ type: SummaryNarrativeDto }) narrative!: SummaryNarrativeDto;
  @ApiProperty({ nullable: true, type: String }) narrativeUpdatedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) submittedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) submittedBy!: string | null;

  static from(entity: HandoverSummaryEntity, status: SummaryStatus, gateStatus: string | null): HandoverSummaryDto {
    const sections = entity.sections as Partial<Record<keyof SummarySectionsDto, Record<string, unknown>>>;
    return {
      projectId: entity.projectId,
      status,
      gateStatus,
      compiledAt: entity.compiledAt.toISOString(),
      compileCount: entity.compileCount,
      // jsonb does not keep key order: the sections in the guide's order
      sections: {
        batchOverview: sections.batchOverview ?? {},
        preparation: sections.preparation ?? {},
        actualHandoverFigures: sections.actualHandoverFigures ?? {},
        ownerFeedback: sections.ownerFeedback ?? {},
        repairDataAndWarranty: sections.repairDataAndWarranty ?? {},
      },
      narrative: {
        lessonsLearned: entity.narrative.lessonsLearned ?? '',
        focusPoints: entity.narrative.focusPoints ?? '',
        recommendations: entity.narrative.recommendations ?? '',
      },
      narrativeUpdatedAt: entity.narrativeUpdatedAt?.toISOString() ?? null,
      submittedAt: entity.submittedAt?.toISOString() ?? null,
      submittedBy: entity.submittedBy,
    };
  }
}
