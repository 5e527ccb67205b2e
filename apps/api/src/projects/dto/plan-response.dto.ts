import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { MILESTONE_KEYS, PHASE_KEYS } from '@handover/domain';

/** The computed plan (HandoverPlan of the domain) as the API returns it from the previews. */
export class PlannedPhaseDto {
  @ApiProperty({ enum: PHASE_KEYS }) key!: string;
  @ApiProperty() order!: number;
  @ApiProperty() nameZh!: string;
  @ApiProperty() start!: string;
  @ApiPropertyOptional({ nullable: true, type: String, description: 'null while open ended (scattered handover)' })
  end!: string | null;
}

export class PlannedMilestoneDto {
  @ApiProperty({ enum: MILESTONE_KEYS }) key!: string;
  @ApiProperty({ enum: PHASE_KEYS }) phase!: string;
  @ApiProperty() nameZh!: string;
  @ApiProperty() dueDate!: string;
  @ApiProperty({ type: [String] }) parties!: string[];
}

export class PlanOffsetsDto {
  @ApiProperty() riskSelfCheckDue!: number;
  @ApiProperty() unitInspectionDue!: number;
  @ApiProperty() openDay!: number;
  @ApiProperty() rectificationDue!: number;
  @ApiProperty() propertyTransferDue!: number;
  @ApiProperty() rehearsalStart!: number;
  @ApiProperty() rehearsalEnd!: number;
  @ApiProperty() scatteredHandoverDueAfterCentralized!: number;
  @ApiProperty() summaryDueAfterCentralized!: number;
}

export class HandoverPlanDto {
  @ApiProperty() firstHandoverDate!: string;
  @ApiProperty() centralizedDays!: number;
  @ApiProperty() lastCentralizedDate!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty({ type: PlanOffsetsDto }) offsets!: PlanOffsetsDto;
  @ApiProperty({ type: [PlannedPhaseDto] }) phases!: PlannedPhaseDto[];
  @ApiProperty({ type: [PlannedMilestoneDto] }) milestones!: PlannedMilestoneDto[];
}

export class PlanProblemDto {
  @ApiProperty({ example: 'transfer_rule' }) code!: string;
  @ApiProperty() message!: string;
  @ApiProperty({ description: 'HQ may accept it by recording an exception' }) waivable!: boolean;
}

export class PlanPreviewDto {
  @ApiProperty({ description: 'today in the project time zone: the day the plan would start' }) launchDate!: string;
  @ApiProperty({ type: HandoverPlanDto }) plan!: HandoverPlanDto;
  @ApiProperty({ type: [PlanProblemDto] }) problems!: PlanProblemDto[];
}

export class DueDateChangeDto {
  @ApiProperty({ enum: MILESTONE_KEYS }) milestoneKey!: string;
  @ApiProperty() oldDueDate!: string;
  @ApiProperty() newDueDate!: string;
}

export class PlannedNotificationDto {
  @ApiProperty() key!: string;
  @ApiProperty() milestoneKey!: string;
  @ApiProperty({ enum: ['reminder', 'escalation'] }) kind!: string;
  @ApiProperty({ description: '-1 for the escalation, which fires the day after the due date' }) daysBefore!: number;
  @ApiProperty() dueDate!: string;
  @ApiProperty({ description: 'epoch milliseconds' }) at!: number;
}

export class ReschedulePreviewDto {
  @ApiProperty({ type: HandoverPlanDto }) plan!: HandoverPlanDto;
  @ApiProperty({ type: [DueDateChangeDto] }) changes!: DueDateChangeDto[];
  @ApiProperty({ type: [String], description: 'open milestones whose new due date has passed' }) late!: string[];
  @ApiProperty({ type: [String], description: 'open milestones due within the reminder window' }) atRisk!: string[];
  @ApiProperty({ type: [PlannedNotificationDto] }) remindersToFire!: PlannedNotificationDto[];
  @ApiProperty({ type: [PlanProblemDto] }) problems!: PlanProblemDto[];
}
