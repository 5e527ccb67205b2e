import { ApiProperty } from '@nestjs/swagger';
import type { PendingDecisionRow } from '@handover/database';

/** A decision HQ owes on one project: a postponement request, or an at-risk handover date (postpone or proceed). */
export class PendingDecisionDto {
  @ApiProperty({ enum: ['postponement', 'at_risk'] }) kind!: 'postponement' | 'at_risk';
  @ApiProperty() projectId!: string;
  @ApiProperty() cityCompany!: string;
  @ApiProperty() name!: string;
  @ApiProperty() batch!: string;
  @ApiProperty({ description: 'D as currently planned' }) firstHandoverDate!: string;
  @ApiProperty() timeZone!: string;
  @ApiProperty({ nullable: true, type: String, description: 'the postponement request id (for the decision endpoint)' })
  requestId!: string | null;
  @ApiProperty({ description: 'when the request was made or the at-risk decision was opened' }) requestedAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'the D the lead asks for' }) newFirstHandoverDate!:
    | string
    | null;
  @ApiProperty({ nullable: true, type: String }) reason!: string | null;

  static from(row: PendingDecisionRow): PendingDecisionDto {
    return { ...row };
  }
}

export class PendingDecisionListDto {
  @ApiProperty({ type: [PendingDecisionDto], description: 'oldest first; as mirrored from the project timelines' })
  items!: PendingDecisionDto[];
}
