import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { WARRANTY_CALL_BACK_HOURS } from '@handover/domain';
import type { ListWarrantyTicketsQueryDto, WarrantyTicketDto } from './dto/warranty.dto';

interface TicketRow {
  id: string;
  project_id: string;
  unit_id: string;
  building: string;
  unit_no: string;
  room: string;
  owner_name: string;
  defect_id: string | null;
  source: string;
  component: string;
  description: string;
  reported_at: Date;
  handed_over_on: string;
  warranty_years: number;
  covered_until: string;
  status: string;
  visit_at: Date | null;
  visit_note: string | null;
  repaired_at: Date | null;
  repair_note: string | null;
  confirmed_at: Date | null;
  rating: number | null;
  needs_call_back: boolean;
  created_at: Date;
}

/** Repaired and not confirmed for 24 hours (回访), stated once for the column and the filter. */
const NEEDS_CALL_BACK = `(w.status = 'repaired' AND w.repaired_at <= now() - interval '${WARRANTY_CALL_BACK_HOURS} hours')`;

const SELECT = `
  SELECT w.id, w.project_id, w.unit_id, u.building, u.unit_no, u.room, u.owner_name, w.defect_id, w.source,
         w.component, w.description, w.reported_at, to_char(w.handed_over_on, 'YYYY-MM-DD') AS handed_over_on,
         w.warranty_years, to_char(w.covered_until, 'YYYY-MM-DD') AS covered_until, w.status, w.visit_at,
         w.visit_note, w.repaired_at, w.repair_note, w.confirmed_at, w.rating, ${NEEDS_CALL_BACK} AS needs_call_back,
         w.created_at
    FROM warranty_tickets w JOIN units u ON u.id = w.unit_id`;

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

function toDto(row: TicketRow): WarrantyTicketDto {
  return {
    id: row.id,
    projectId: row.project_id,
    unitId: row.unit_id,
    unitAddress: `${row.building}-${row.unit_no}-${row.room}`,
    ownerName: row.owner_name,
    defectId: row.defect_id,
    source: row.source,
    component: row.component,
    description: row.description,
    reportedAt: new Date(row.reported_at).toISOString(),
    handedOverOn: row.handed_over_on,
    warrantyYears: row.warranty_years,
    coveredUntil: row.covered_until,
    status: row.status,
    visitAt: iso(row.visit_at),
    visitNote: row.visit_note,
    repairedAt: iso(row.repaired_at),
    repairNote: row.repair_note,
    confirmedAt: iso(row.confirmed_at),
    rating: row.rating,
    needsCallBack: row.needs_call_back,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

@Injectable()
export class WarrantyRepository {
  constructor(private readonly dataSource: DataSource) {}

  async list(projectId: string, filter: ListWarrantyTicketsQueryDto): Promise<[WarrantyTicketDto[], number]> {
    const where = ['w.project_id = $1'];
    const params: unknown[] = [projectId];
    const add = (sql: string, value: unknown) => {
      params.push(value);
      where.push(sql.replace('?', `$${params.length}`));
    };
    if (filter.status) add('w.status = ?', filter.status);
    if (filter.unitId) add('w.unit_id = ?', filter.unitId);
    if (filter.component) add('w.component = ?', filter.component);
    if (filter.needsCallBack === 'true') where.push(NEEDS_CALL_BACK);
    if (filter.needsCallBack === 'false') where.push(`NOT ${NEEDS_CALL_BACK}`);
    const conditions = where.join(' AND ');
    params.push(filter.pageSize, (filter.page - 1) * filter.pageSize);
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(
        `${SELECT} WHERE ${conditions} ORDER BY w.reported_at DESC, w.id LIMIT $${params.length - 1} OFFSET $${params.length}`,
        params,
      ) as Promise<TicketRow[]>,
      this.dataSource.query(
        `SELECT count(*)::int AS total FROM warranty_tickets w WHERE ${conditions}`,
        params.slice(0, -2),
      ) as Promise<{ total: number }[]>,
    ]);
    return [rows.map(toDto), total];
  }

  async get(projectId: string, ticketId: string, manager?: EntityManager): Promise<WarrantyTicketDto | null> {
    const rows: TicketRow[] = await (manager ?? this.dataSource.manager).query(
      `${SELECT} WHERE w.project_id = $1 AND w.id = $2`,
      [projectId, ticketId],
    );
    return rows[0] ? toDto(rows[0]) : null;
  }

  async lockStatus(manager: EntityManager, projectId: string, ticketId: string): Promise<string | null> {
    const rows: { status: string }[] = await manager.query(
      `SELECT status FROM warranty_tickets WHERE project_id = $1 AND id = $2 FOR UPDATE`,
      [projectId, ticketId],
    );
    return rows[0]?.status ?? null;
  }

  /** The unit's handover instant (its last 交付完成 event) and owner, or null when not in the project. */
  async unitHandover(projectId: string, unitId: string): Promise<{ handedOverAt: Date | null } | null> {
    const rows: { handed_over_at: Date | null }[] = await this.dataSource.query(
      `SELECT (SELECT max(e.at) FROM unit_handover_events e WHERE e.unit_id = u.id AND e.step = 'handed_over')
                AS handed_over_at
         FROM units u WHERE u.project_id = $1 AND u.id = $2`,
      [projectId, unitId],
    );
    return rows[0] ? { handedOverAt: rows[0].handed_over_at } : null;
  }

  async insert(
    manager: EntityManager,
    ticket: {
      projectId: string;
      unitId: string;
      component: string;
      description: string;
      reportedAt: Date;
      handedOverOn: string;
      years: number;
      coveredUntil: string;
      createdBy: string;
    },
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO warranty_tickets (project_id, unit_id, source, component, description, reported_at, handed_over_on,
                                     warranty_years, covered_until, created_by)
       VALUES ($1, $2, 'owner_call', $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        ticket.projectId,
        ticket.unitId,
        ticket.component,
        ticket.description,
        ticket.reportedAt,
        ticket.handedOverOn,
        ticket.years,
        ticket.coveredUntil,
        ticket.createdBy,
      ],
    );
    return row.id;
  }

  async update(manager: EntityManager, ticketId: string, set: Record<string, unknown>): Promise<void> {
    const columns = Object.keys(set);
    await manager.query(
      `UPDATE warranty_tickets SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now()
        WHERE id = $1`,
      [ticketId, ...columns.map((c) => set[c])],
    );
  }

  async periods(manager: EntityManager, projectId: string): Promise<Record<string, number>> {
    const rows: { component: string; years: number }[] = await manager.query(
      `SELECT component, years FROM project_warranty_periods WHERE project_id = $1`,
      [projectId],
    );
    return Object.fromEntries(rows.map((row) => [row.component, row.years]));
  }

  async putPeriod(manager: EntityManager, projectId: string, component: string, years: number): Promise<void> {
    await manager.query(
      `INSERT INTO project_warranty_periods (project_id, component, years) VALUES ($1, $2, $3)
       ON CONFLICT (project_id, component) DO UPDATE SET years = EXCLUDED.years, updated_at = now()`,
      [projectId, component, years],
    );
  }
}
