import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { ESCALATION_OPEN_SQL } from '@handover/database';
import { CurrentUser } from '../auth/auth.decorators';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { EscalationDto, EscalationPageDto, ListEscalationsQueryDto } from './dto/escalation.dto';

interface EscalationRow extends Omit<EscalationDto, 'raisedAt'> {
  raisedAt: Date;
}

@ApiTags('escalations')
@ApiBearerAuth()
@Controller('escalations')
export class EscalationsController {
  constructor(private readonly dataSource: DataSource) {}

  /** Escalations to HQ, newest first, within the caller's project scope. */
  @Get()
  @ApiOkResponse({ type: EscalationPageDto })
  async list(@Query() query: ListEscalationsQueryDto, @CurrentUser() user: AuthenticatedUser): Promise<EscalationPageDto> {
    const params: unknown[] = [];
    const where: string[] = [];
    if (user.role === 'project_lead') where.push(`p.lead_user_id = $${params.push(user.id)}`);
    if (user.role === 'department_head') {
      where.push(`EXISTS (SELECT 1 FROM project_assignments a WHERE a.project_id = p.id AND a.user_id = $${params.push(user.id)})`);
    }
    if (query.projectId) where.push(`e.project_id = $${params.push(query.projectId)}`);
    if (query.kind) where.push(`e.kind = $${params.push(query.kind)}`);
    if (query.state) where.push(query.state === 'open' ? `(${ESCALATION_OPEN_SQL})` : `NOT (${ESCALATION_OPEN_SQL})`);
    const from = `FROM escalations e JOIN projects p ON p.id = e.project_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const rows: EscalationRow[] = await this.dataSource.query(
      `SELECT e.id, e.project_id AS "projectId", p.name AS "projectName", p.batch, p.city_company AS "cityCompany",
              p.time_zone AS "timeZone", e.kind, e.milestone_key AS "milestoneKey", to_char(e.due_date, 'YYYY-MM-DD') AS "dueDate",
              e.message, e.raised_at AS "raisedAt", (${ESCALATION_OPEN_SQL}) AS open
         ${from} ORDER BY e.raised_at DESC, e.id LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, query.pageSize, (query.page - 1) * query.pageSize],
    );
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    return { items: rows.map((row) => ({ ...row, raisedAt: new Date(row.raisedAt).toISOString() })), page: query.page, pageSize: query.pageSize, total };
  }
}
