import { Injectable } from '@nestjs/common';
import type { ApprovalParty } from '@handover/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { PageQueryDto } from '../common/page.dto';
import { ApprovalInboxRepository, type PendingGateRow } from './approval-inbox.repository';
import type { GateEvidenceDto, InboxPageDto } from './dto/inbox.dto';

/** Which records each gate rests on (the same facts GateEvidenceService enforces on approval). */
function evidenceOf(row: PendingGateRow): GateEvidenceDto {
  const defectsMatter = row.milestone === 'rectification' || row.milestone === 'propertyTransfer';
  const keysMatter = row.milestone === 'propertyTransfer';
  return {
    undecidedRiskItems: row.milestone === 'riskSelfCheck' ? row.undecidedRiskItems : null,
    openInUnitQualityDefects: defectsMatter ? row.openInUnitQualityDefects : null,
    keysTotal: keysMatter ? row.keysTotal : null,
    keysWithContractor: keysMatter ? row.keysWithContractor : null,
  };
}

/** The party a user signs gates as: a department head for its department, a lead and HQ as themselves; admins none. */
function partyOf(user: AuthenticatedUser): ApprovalParty | null {
  if (user.role === 'department_head') return user.department;
  if (user.role === 'project_lead') return 'project_lead';
  if (user.role === 'hq') return 'hq';
  return null;
}

/** The approval inbox: gates waiting for my signature across the projects I can see, each with its evidence. */
@Injectable()
export class ApprovalsService {
  constructor(private readonly inboxes: ApprovalInboxRepository) {}

  async inbox(user: AuthenticatedUser, page: PageQueryDto): Promise<InboxPageDto> {
    const party = partyOf(user);
    if (!party) return { items: [], page: page.page, pageSize: page.pageSize, total: 0 };
    const [rows, total] = await this.inboxes.pendingGates(party, user, page);
    const items = rows.map((row) => {
      const {
        undecidedRiskItems: _risks,
        openInUnitQualityDefects: _defects,
        keysTotal: _keys,
        keysWithContractor: _held,
        ...item
      } = row;
      return { ...item, evidence: evidenceOf(row) };
    });
    return { items, page: page.page, pageSize: page.pageSize, total };
  }
}
