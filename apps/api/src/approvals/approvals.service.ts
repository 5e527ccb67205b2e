import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Page, PageQueryDto } from '../common/page.dto';

export interface InboxItem {
  projectId: string;
  projectName: string;
  cityCompany: string;
  milestone: string;
  phase: string;
  dueDate: string;
  status: string;
  party: string;
  parties: string[];
  approvedParties: string[];
  atRisk: boolean;
}

/** The approval inbox, straight from the read model (one query, no Temporal calls). */
@Injectable()
export class ApprovalsService {
  constructor(private readonly dataSource: DataSource) {}

  async inbox(user: AuthenticatedUser, page: PageQueryDto): Promise<Page<InboxItem>> {
    const party = user.role === 'department_head' ? user.department : user.role === 'project_lead' ? 'project_lead' : user.role === 'hq' ? 'hq' : null;
    if (!party) return { items: [], page: page.page, pageSize: page.pageSize, total: 0 };
    const scope =
      user.role === 'project_lead'
        ? 'AND p.lead_user_id = $2'
        : user.role === 'department_head'
          ? 'AND EXISTS (SELECT 1 FROM project_assignments a WHERE a.project_id = p.id AND a.user_id = $2)'
          : 'AND $2::uuid IS NOT NULL';
    const where = `FROM project_milestones m JOIN projects p ON p.id = m.project_id
      WHERE m.status IN ('open', 'rework') AND $1 = ANY(m.parties) AND NOT ($1 = ANY(m.approved_parties)) ${scope}`;
    const rows = await this.dataSource.query(
      `SELECT p.id AS "projectId", p.name AS "projectName", p.city_company AS "cityCompany", m.key AS milestone, m.phase,
              to_char(m.due_date, 'YYYY-MM-DD') AS "dueDate", m.status, $1 AS party, m.parties, m.approved_parties AS "approvedParties",
              p.at_risk AS "atRisk"
         ${where} ORDER BY m.due_date, p.id, m.key LIMIT $3 OFFSET $4`,
      [party, user.id, page.pageSize, (page.page - 1) * page.pageSize],
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${where}`, [party, user.id]);
    return { items: rows, page: page.page, pageSize: page.pageSize, total };
  }
}
