import { ApiProperty } from '@nestjs/swagger';
import { MILESTONE_KEYS, PHASE_KEYS } from '@handover/domain';

/**
 * What the records say about a gate, so the approver sees what they sign: undecided risk items for the risk
 * self-check, open in-unit quality defects for rectification and the property transfer, and the key ledger
 * (keys still held by the contractor) for the property transfer. A fact the gate does not rest on is null.
 */
export class GateEvidenceDto {
  @ApiProperty({ nullable: true, type: Number }) undecidedRiskItems!: number | null;
  @ApiProperty({
    nullable: true,
    type: Number,
    description: 'open, assigned or fixed-awaiting-verification, not deferred',
  })
  openInUnitQualityDefects!: number | null;
  @ApiProperty({ nullable: true, type: Number }) keysTotal!: number | null;
  @ApiProperty({ nullable: true, type: Number, description: 'keys not yet transferred to the property company' })
  keysWithContractor!: number | null;
}

export class InboxItemDto {
  @ApiProperty() projectId!: string;
  @ApiProperty() projectName!: string;
  @ApiProperty() batch!: string;
  @ApiProperty() cityCompany!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty({ description: 'D of the project' }) firstHandoverDate!: string;
  @ApiProperty({ enum: MILESTONE_KEYS }) milestone!: string;
  @ApiProperty({ enum: PHASE_KEYS }) phase!: string;
  @ApiProperty() dueDate!: string;
  @ApiProperty({ enum: ['open', 'rework'] }) status!: string;
  @ApiProperty({ description: 'the party I sign for' }) party!: string;
  @ApiProperty({ type: [String] }) parties!: string[];
  @ApiProperty({ type: [String] }) approvedParties!: string[];
  @ApiProperty() atRisk!: boolean;
  @ApiProperty({ type: GateEvidenceDto }) evidence!: GateEvidenceDto;
}

export class InboxPageDto {
  @ApiProperty({ type: [InboxItemDto] }) items!: InboxItemDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
