import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ApprovalParty } from '@handover/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ProjectScope } from '../auth/project-scope';
import type { PageQueryDto } from '../common/page.dto';
import type { InboxItemDto } from './dto/inbox.dto';

/** A gate waiting for one party's signature, with the record counts its evidence is made of. */
export type PendingGateRow = Omit<InboxItemDto, 'evidence'> & {
  undecidedRiskItems: number;
  openInUnitQualityDefects: number;
  keysTotal: number;
  keysWithContractor: number;
};

/** The approval inbox, straight from the read model (project_milestones mirrored by the worker; no Temporal calls). */
@Injectable()
export class ApprovalInboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Open or reworked gates that `party` signs and has not signed yet, in the projects `user` may see (a lead its own, a
   * department head its assignments, HQ all), earliest due first.
   */
  async pendingGates(
    party: ApprovalParty,
    user: AuthenticatedUser,
    page: PageQueryDto,
  ): Promise<[PendingGateRow[], number]> {
    const scope = ProjectScope.of(user).sql('p', 2);
    const params = [party, ...scope.params];
    const where = `FROM project_milestones m JOIN projects p ON p.id = m.project_id
      WHERE m.status IN ('open', 'rework') AND $1 = ANY(m.parties) AND NOT ($1 = ANY(m.approved_parties)) AND ${scope.sql}`;
    const rows: PendingGateRow[] = await this.dataSource.query(
      `SELECT p.id AS "projectId", p.name AS "projectName", p.batch, p.city_company AS "cityCompany", p.time_zone AS "timeZone",
              to_char(p.first_handover_date, 'YYYY-MM-DD') AS "firstHandoverDate", m.key AS milestone, m.phase,
              to_char(m.due_date, 'YYYY-MM-DD') AS "dueDate", m.status, $1 AS party, m.parties, m.approved_parties AS "approvedParties",
              p.at_risk AS "atRisk",
              (SELECT count(*)::int FROM risk_items r WHERE r.project_id = p.id AND r.decision IS NULL) AS "undecidedRiskItems",
              (SELECT count(*)::int FROM defects d WHERE d.project_id = p.id AND d.unit_id IS NOT NULL AND d.category = 'quality'
                  AND d.status IN ('open', 'assigned', 'fixed') AND d.deferred_until IS NULL) AS "openInUnitQualityDefects",
              (SELECT count(*)::int FROM keys k WHERE k.project_id = p.id) AS "keysTotal",
              (SELECT count(*)::int FROM keys k WHERE k.project_id = p.id AND k.holder = 'contractor') AS "keysWithContractor"
         ${where} ORDER BY m.due_date, p.id, m.key LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, page.pageSize, (page.page - 1) * page.pageSize],
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${where}`, params);
    return [rows, total];
  }
}
