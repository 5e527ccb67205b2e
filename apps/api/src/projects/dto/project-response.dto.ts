import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { HandoverProjectStatus } from '@handover/contracts';
import type { ProjectEntity } from '@handover/database';

export class MilestoneViewDto {
  @ApiProperty() key!: string;
  @ApiProperty() phase!: string;
  @ApiProperty() nameZh!: string;
  @ApiProperty() dueDate!: string;
  @ApiProperty({ enum: ['pending', 'open', 'rework', 'closed'] }) status!: string;
  @ApiProperty({ type: [String] }) parties!: string[];
  @ApiProperty({ type: [String] }) missingParties!: string[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) approvals!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) rejections!: object[];
  @ApiPropertyOptional({ nullable: true, type: String }) closedAt!: string | null;
}

export class PhaseViewDto {
  @ApiProperty() key!: string;
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
      status: project.status,
      currentPhase: project.currentPhase,
      atRisk: project.atRisk,
      workflowId: project.workflowId,
      createdAt: project.createdAt.toISOString(),
    };
  }
}

export class ProjectDetailDto extends ProjectSummaryDto {
  @ApiProperty({ enum: ['live', 'launch', 'read-model', 'none'], description: 'where the timeline came from: the workflow (live), the launch itself, the mirrored snapshot, or nothing yet' })
  timelineSource!: string;
  @ApiProperty() planVersion!: number;
  @ApiProperty({ type: [PhaseViewDto] }) phases!: PhaseViewDto[];
  @ApiProperty({ type: [MilestoneViewDto] }) milestones!: MilestoneViewDto[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) planHistory!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) escalations!: object[];
  @ApiProperty({ type: 'array', items: { type: 'object' } }) postponements!: object[];
  @ApiPropertyOptional({ type: 'object', additionalProperties: true, nullable: true }) atRiskDecision!: object | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) fieldFacts!: object;

  static fromStatus(project: ProjectEntity, status: HandoverProjectStatus | null, source: 'live' | 'launch' | 'read-model' | 'none'): ProjectDetailDto {
    const summary = ProjectSummaryDto.from(project);
    if (!status) {
      return { ...summary, timelineSource: 'none', planVersion: 0, phases: [], milestones: [], planHistory: [], escalations: [], postponements: [], atRiskDecision: null, fieldFacts: {} };
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
      milestones: status.milestones.map((milestone) => ({ ...milestone, nameZh: nameOf.get(milestone.key) ?? milestone.key })),
      planHistory: status.planHistory,
      escalations: status.escalations,
      postponements: status.postponements,
      atRiskDecision: status.atRiskDecision,
      fieldFacts: status.fieldFacts,
    };
  }
}

export class ProjectPageDto {
  @ApiProperty({ type: [ProjectSummaryDto] }) items!: ProjectSummaryDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
