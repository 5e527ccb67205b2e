import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { EscalationRecord, HandoverProjectStatus } from '@handover/contracts';
import type { ProjectEntity } from '@handover/database';
import { DEFAULT_LANGUAGE, MILESTONE_KEYS, PHASE_KEYS, renderEscalationMessage, type Language } from '@handover/domain';

const PARTIES = [
  'engineering',
  'design',
  'sales',
  'customer_service',
  'property',
  'finance',
  'cost',
  'project_lead',
  'hq',
];

export class ApprovalRecordDto {
  @ApiProperty({ enum: PARTIES, description: 'the party the approver signed for' }) party!: string;
  @ApiProperty() userId!: string;
  @ApiProperty({ description: 'ISO instant' }) at!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) comment?: string | null;
}

export class RejectionRecordDto {
  @ApiProperty({ enum: PARTIES }) party!: string;
  @ApiProperty() userId!: string;
  @ApiProperty({ description: 'ISO instant' }) at!: string;
  @ApiProperty() reason!: string;
}

/** One version of the plan: launch, a postponement or an at-risk decision. */
export class PlanHistoryEntryDto {
  @ApiProperty() version!: number;
  @ApiProperty() firstHandoverDate!: string;
  @ApiProperty({ description: "'launch', or why D moved" }) reason!: string;
  @ApiProperty({ nullable: true, type: String, description: 'user id of who decided it' }) decidedBy!: string | null;
  @ApiProperty({ description: 'ISO instant' }) at!: string;
}

export class EscalationRecordDto {
  @ApiProperty() key!: string;
  @ApiProperty({ enum: ['milestone_overdue', 'handover_date_at_risk'] }) kind!: string;
  @ApiProperty({ enum: MILESTONE_KEYS }) milestoneKey!: string;
  @ApiProperty() dueDate!: string;
  @ApiProperty({ description: 'ISO instant' }) at!: string;
  @ApiProperty({ description: "in the caller's language; the English as recorded for runs from before the codes" })
  message!: string;
  @ApiProperty({ type: String, nullable: true, example: 'MILESTONE_OVERDUE' }) code!: string | null;
  @ApiProperty({ type: 'object', nullable: true, additionalProperties: true })
  params!: Record<string, unknown> | null;

  static from(record: EscalationRecord, language: Language): EscalationRecordDto {
    const { codedMessage, message, reaches: _reaches, ...rest } = record;
    return {
      ...rest,
      message: codedMessage ? renderEscalationMessage(codedMessage, language) : (message ?? ''),
      code: codedMessage?.code ?? null,
      params: codedMessage ? { ...codedMessage.params } : null,
    };
  }
}

export class PostponementRequestDto {
  @ApiProperty() id!: string;
  @ApiProperty() requestedBy!: string;
  @ApiProperty({ description: 'ISO instant' }) requestedAt!: string;
  @ApiProperty() newFirstHandoverDate!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: ['pending', 'approved', 'refused'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) decidedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) decisionNote!: string | null;
}

/** 交付日期风险: the property transfer was not approved by D-20; HQ postpones or proceeds. */
export class AtRiskDecisionDto {
  @ApiProperty({ description: 'ISO instant' }) openedAt!: string;
  @ApiProperty({ enum: ['pending', 'postponed', 'proceeded'] }) status!: string;
  @ApiProperty({ nullable: true, type: String }) decidedBy!: string | null;
  @ApiProperty({ nullable: true, type: String }) decidedAt!: string | null;
  @ApiProperty({ nullable: true, type: String }) note!: string | null;
}

/** 现场数据: facts from the field that gates rest on, counted from the records when the project is read. */
export class FieldFactsDto {
  @ApiProperty({ description: 'risk items (交付风险自查) without a decision' }) undecidedRiskItems!: number;
  @ApiProperty({ description: 'in-unit quality defects still open and not deferred to a committed date' })
  openInUnitQualityDefects!: number;
  @ApiProperty({ description: 'keys the contractor still holds (not yet transferred to the property company)' })
  keysWithContractor!: number;
  @ApiProperty({ description: 'units of the project' }) unitsTotal!: number;
  @ApiProperty({ description: 'units handed over (交付完成)' }) unitsHandedOver!: number;
}

export class MilestoneViewDto {
  @ApiProperty({ enum: MILESTONE_KEYS }) key!: string;
  @ApiProperty({ enum: PHASE_KEYS }) phase!: string;
  @ApiProperty() nameZh!: string;
  @ApiProperty() dueDate!: string;
  @ApiProperty({ enum: ['pending', 'open', 'rework', 'closed'] }) status!: string;
  @ApiProperty({ type: [String] }) parties!: string[];
  @ApiProperty({ type: [String] }) missingParties!: string[];
  @ApiProperty({ type: [ApprovalRecordDto] }) approvals!: ApprovalRecordDto[];
  @ApiProperty({ type: [RejectionRecordDto] }) rejections!: RejectionRecordDto[];
  @ApiPropertyOptional({ nullable: true, type: String }) closedAt!: string | null;
}

export class PhaseViewDto {
  @ApiProperty({ enum: PHASE_KEYS }) key!: string;
  @ApiProperty() order!: number;
  @ApiProperty() nameZh!: string;
  @ApiProperty() start!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) end!: string | null;
  @ApiProperty({ enum: ['pending', 'active', 'closed'] }) status!: string;
}

export class ProjectSummaryDto {
  @ApiProperty() id!: string;
  @ApiProperty() cityCompany!: string;
  @ApiProperty() name!: string;
  @ApiProperty() batch!: string;
  @ApiProperty({ description: 'D, first centralized handover day' }) firstHandoverDate!: string;
  @ApiProperty() centralizedDays!: number;
  @ApiProperty() timeZone!: string;
  @ApiProperty() leadUserId!: string;
  @ApiProperty({ type: String, nullable: true, description: '城市公司负责人, the escalation ladder reaches before HQ' })
  cityResponsibleUserId!: string | null;
  @ApiProperty({ enum: ['launching', 'active', 'completed'] }) status!: string;
  @ApiPropertyOptional({ nullable: true, type: String }) currentPhase!: string | null;
  @ApiProperty() atRisk!: boolean;
  @ApiProperty() workflowId!: string;
  @ApiProperty() createdAt!: string;

  static from(project: ProjectEntity): ProjectSummaryDto {
    return {
      id: project.id,
      cityCompany: project.cityCompany,
      name: project.name,
      batch: project.batch,
      firstHandoverDate: project.firstHandoverDate,
      centralizedDays: project.centralizedDays,
      timeZone: project.timeZone,
      leadUserId: project.leadUserId,
      cityResponsibleUserId: project.cityResponsibleUserId ?? null,
      status: project.status,
      currentPhase: project.currentPhase,
      atRisk: project.atRisk,
      workflowId: project.workflowId,
      createdAt: project.createdAt.toISOString(),
    };
  }
}

export class ProjectDetailDto extends ProjectSummaryDto {
  @ApiProperty({
    enum: ['live', 'launch', 'read-model', 'none'],
    description:
      'where the timeline came from: the workflow (live), the launch itself, the mirrored snapshot, or nothing yet',
  })
  timelineSource!: string;
  @ApiProperty() planVersion!: number;
  @ApiProperty({ type: [PhaseViewDto] }) phases!: PhaseViewDto[];
  @ApiProperty({ type: [MilestoneViewDto] }) milestones!: MilestoneViewDto[];
  @ApiProperty({ type: [PlanHistoryEntryDto] }) planHistory!: PlanHistoryEntryDto[];
  @ApiProperty({ type: [EscalationRecordDto] }) escalations!: EscalationRecordDto[];
  @ApiProperty({ type: [PostponementRequestDto] }) postponements!: PostponementRequestDto[];
  @ApiProperty({ type: AtRiskDecisionDto, nullable: true }) atRiskDecision!: AtRiskDecisionDto | null;
  @ApiProperty({ type: FieldFactsDto }) fieldFacts!: FieldFactsDto;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'string' },
    description: 'name of every user id the detail mentions (approvers, rejecters, who requested or decided a change)',
  })
  userNames!: Record<string, string>;

  static fromStatus(
    project: ProjectEntity,
    status: HandoverProjectStatus | null,
    source: 'live' | 'launch' | 'read-model' | 'none',
    fieldFacts: FieldFactsDto,
    language: Language = DEFAULT_LANGUAGE,
  ): ProjectDetailDto {
    const summary = ProjectSummaryDto.from(project);
    if (!status) {
      return {
        ...summary,
        timelineSource: 'none',
        planVersion: 0,
        phases: [],
        milestones: [],
        planHistory: [],
        escalations: [],
        postponements: [],
        atRiskDecision: null,
        fieldFacts,
        userNames: {},
      };
    }
    const phaseStatus = new Map(status.phases.map((phase) => [phase.key, phase.status]));
    const nameOf = new Map(status.plan.milestones.map((milestone) => [milestone.key, milestone.nameZh]));
    return {
      ...summary,
      status: status.status,
      currentPhase: status.currentPhase,
      atRisk: status.atRisk,
      firstHandoverDate: status.plan.firstHandoverDate,
      timelineSource: source,
      planVersion: status.planVersion,
      phases: status.plan.phases.map((phase) => ({ ...phase, status: phaseStatus.get(phase.key) ?? 'pending' })),
      milestones: status.milestones.map((milestone) => ({
        ...milestone,
        nameZh: nameOf.get(milestone.key) ?? milestone.key,
      })),
      planHistory: status.planHistory,
      escalations: status.escalations.map((record) => EscalationRecordDto.from(record, language)),
      postponements: status.postponements,
      atRiskDecision: status.atRiskDecision,
      fieldFacts,
      userNames: {},
    };
  }
}

export class ProjectPageDto {
  @ApiProperty({ type: [ProjectSummaryDto] }) items!: ProjectSummaryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}

/** Every user id a project detail mentions, so their names can be looked up in one query. */
export function mentionedUserIds(detail: ProjectDetailDto): string[] {
  const ids = new Set<string>();
  for (const milestone of detail.milestones) {
    for (const record of [...milestone.approvals, ...milestone.rejections]) ids.add(record.userId);
  }
  for (const entry of detail.planHistory) if (entry.decidedBy) ids.add(entry.decidedBy);
  for (const request of detail.postponements) {
    ids.add(request.requestedBy);
    if (request.decidedBy) ids.add(request.decidedBy);
  }
  if (detail.atRiskDecision?.decidedBy) ids.add(detail.atRiskDecision.decidedBy);
  return [...ids];
}
