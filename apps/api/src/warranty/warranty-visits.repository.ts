import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { WarrantyVisitConfirmation, WarrantyVisitStatus } from '@handover/domain';
import type {
  ListCallBacksQueryDto,
  WarrantyCallBackDto,
  WarrantyOwnerProposedWindowDto,
  WarrantyVisitDto,
} from './dto/warranty-visits.dto';

interface VisitRow {
  id: string;
  ticket_id: string;
  starts_at: Date;
  ends_at: Date;
  technician: string;
  contractor_company_id: string | null;
  contractor_company_name: string | null;
  owner_leaves_key: boolean;
  key_entrustment_id: string | null;
  letter_no: string | null;
  key_label: string | null;
  key_returned_at: Date | null;
  note: string | null;
  status: string;
  done_at: Date | null;
  done_note: string | null;
  cancelled_at: Date | null;
  cancel_reason: string | null;
  confirmation: string | null;
  confirmation_note: string | null;
  rating: number | null;
  confirmed_at: Date | null;
  open_call_back_id: string | null;
  created_at: Date;
}

interface CallBackRow {
  id: string;
  ticket_id: string;
  visit_id: string;
  unit_id: string;
  building: string;
  unit_no: string;
  room: string;
  owner_name: string;
  component: string;
  description: string;
  technician: string;
  done_at: Date;
  due_at: Date;
  created_at: Date;
  closed_at: Date | null;
  close_reason: string | null;
  close_note: string | null;
}

/** A visit as the service decides on it, locked for the caller's transaction. */
export interface LockedVisit {
  id: string;
  status: WarrantyVisitStatus;
  confirmation: WarrantyVisitConfirmation | null;
  startsAt: Date;
  doneAt: Date | null;
}

/** Another booked visit whose window overlaps. */
export interface OverlappingVisit {
  id: string;
  startsAt: Date;
  endsAt: Date;
}

const VISIT_SELECT = `
  SELECT v.id, v.ticket_id, v.starts_at, v.ends_at, v.technician, v.contractor_company_id,
         c.name AS contractor_company_name, v.owner_leaves_key, v.key_entrustment_id, m.letter_no,
         k.label AS key_label, m.returned_at AS key_returned_at, v.note, v.status, v.done_at, v.done_note,
         v.cancelled_at, v.cancel_reason, v.confirmation, v.confirmation_note, v.rating, v.confirmed_at,
         (SELECT t.id FROM warranty_call_back_tasks t WHERE t.visit_id = v.id AND t.closed_at IS NULL)
           AS open_call_back_id,
         v.created_at
    FROM warranty_visits v
    LEFT JOIN contractor_companies c ON c.id = v.contractor_company_id
    LEFT JOIN key_movements m ON m.id = v.key_entrustment_id
    LEFT JOIN keys k ON k.id = m.key_id`;

const CALL_BACK_SELECT = `
  SELECT t.id, t.ticket_id, t.visit_id, w.unit_id, u.building, u.unit_no, u.room, u.owner_name, w.component,
         w.description, v.technician, v.done_at, t.due_at, t.created_at, t.closed_at, t.close_reason, t.close_note
    FROM warranty_call_back_tasks t
    JOIN warranty_visits v ON v.id = t.visit_id
    JOIN warranty_tickets w ON w.id = t.ticket_id
    JOIN units u ON u.id = w.unit_id`;

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);

function visitDto(row: VisitRow): WarrantyVisitDto {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    startsAt: new Date(row.starts_at).toISOString(),
    endsAt: new Date(row.ends_at).toISOString(),
    technician: row.technician,
    contractorCompanyId: row.contractor_company_id,
    contractorCompanyName: row.contractor_company_name,
    ownerLeavesKey: row.owner_leaves_key,
    keyEntrustment: row.key_entrustment_id
      ? {
          id: row.key_entrustment_id,
          letterNo: row.letter_no ?? '',
          keyLabel: row.key_label ?? '',
          returnedAt: iso(row.key_returned_at),
        }
      : null,
    note: row.note,
    status: row.status,
    doneAt: iso(row.done_at),
    doneNote: row.done_note,
    cancelledAt: iso(row.cancelled_at),
    cancelReason: row.cancel_reason,
    confirmation: row.confirmation,
    confirmationNote: row.confirmation_note,
    rating: row.rating,
    confirmedAt: iso(row.confirmed_at),
    openCallBackId: row.open_call_back_id,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

function callBackDto(row: CallBackRow): WarrantyCallBackDto {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    visitId: row.visit_id,
    unitId: row.unit_id,
    unitAddress: `${row.building}-${row.unit_no}-${row.room}`,
    ownerName: row.owner_name,
    component: row.component,
    description: row.description,
    technician: row.technician,
    doneAt: new Date(row.done_at).toISOString(),
    dueAt: new Date(row.due_at).toISOString(),
    createdAt: new Date(row.created_at).toISOString(),
    closedAt: iso(row.closed_at),
    closeReason: row.close_reason,
    closeNote: row.close_note,
  };
}

/** 上门维修 and 回访任务: the repair visits of warranty tickets and the call-back tasks customer service works. */
@Injectable()
export class WarrantyVisitsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async listForTicket(projectId: string, ticketId: string): Promise<WarrantyVisitDto[]> {
    const rows: VisitRow[] = await this.dataSource.query(
      `${VISIT_SELECT} WHERE v.project_id = $1 AND v.ticket_id = $2 ORDER BY v.starts_at DESC, v.id`,
      [projectId, ticketId],
    );
    return rows.map(visitDto);
  }

  /**
   * 业主希望上门时间: the windows owners proposed for these tickets of the project (one query for any number of
   * tickets), by ticket, the earliest first; a ticket without any has no entry.
   */
  async ownerProposedWindows(
    projectId: string,
    ticketIds: string[],
  ): Promise<Map<string, WarrantyOwnerProposedWindowDto[]>> {
    const rows: { id: string; ticket_id: string; starts_at: Date; ends_at: Date; created_at: Date }[] =
      await this.dataSource.query(
        `SELECT id, ticket_id, starts_at, ends_at, created_at FROM warranty_visit_windows
          WHERE project_id = $1 AND ticket_id = ANY($2::uuid[]) ORDER BY starts_at, id`,
        [projectId, ticketIds],
      );
    const byTicket = new Map<string, WarrantyOwnerProposedWindowDto[]>();
    for (const row of rows) {
      const windows = byTicket.get(row.ticket_id) ?? [];
      windows.push({
        id: row.id,
        startsAt: new Date(row.starts_at).toISOString(),
        endsAt: new Date(row.ends_at).toISOString(),
        proposedAt: new Date(row.created_at).toISOString(),
      });
      byTicket.set(row.ticket_id, windows);
    }
    return byTicket;
  }

  async get(manager: EntityManager, projectId: string, visitId: string): Promise<WarrantyVisitDto | null> {
    const rows: VisitRow[] = await manager.query(`${VISIT_SELECT} WHERE v.project_id = $1 AND v.id = $2`, [
      projectId,
      visitId,
    ]);
    return rows[0] ? visitDto(rows[0]) : null;
  }

  async lock(
    manager: EntityManager,
    projectId: string,
    ticketId: string,
    visitId: string,
  ): Promise<LockedVisit | null> {
    const [row]: { id: string; status: string; confirmation: string | null; starts_at: Date; done_at: Date | null }[] =
      await manager.query(
        `SELECT id, status, confirmation, starts_at, done_at FROM warranty_visits
          WHERE project_id = $1 AND ticket_id = $2 AND id = $3 FOR UPDATE`,
        [projectId, ticketId, visitId],
      );
    if (!row) return null;
    return {
      id: row.id,
      status: row.status as WarrantyVisitStatus,
      confirmation: row.confirmation as WarrantyVisitConfirmation | null,
      startsAt: new Date(row.starts_at),
      doneAt: row.done_at ? new Date(row.done_at) : null,
    };
  }

  /** The ticket's visit booked and not yet done or cancelled, if any (at most one: a unique index holds it). */
  async scheduledOf(manager: EntityManager, ticketId: string): Promise<OverlappingVisit | null> {
    const [row]: { id: string; starts_at: Date; ends_at: Date }[] = await manager.query(
      `SELECT id, starts_at, ends_at FROM warranty_visits WHERE ticket_id = $1 AND status = 'scheduled'`,
      [ticketId],
    );
    return row ? { id: row.id, startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at) } : null;
  }

  /**
   * A booked visit of the same technician in the project whose window overlaps [startsAt, endsAt). Two bookings of
   * one technician are serialised for the check (a transaction-scoped advisory lock on the project and the name).
   */
  async technicianOverlap(
    manager: EntityManager,
    projectId: string,
    technician: string,
    window: { startsAt: Date; endsAt: Date },
  ): Promise<OverlappingVisit | null> {
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1 || ':' || lower(btrim($2))))`, [
      projectId,
      technician,
    ]);
    const [row]: { id: string; starts_at: Date; ends_at: Date }[] = await manager.query(
      `SELECT id, starts_at, ends_at FROM warranty_visits
        WHERE project_id = $1 AND status = 'scheduled' AND lower(btrim(technician)) = lower(btrim($2))
          AND starts_at < $4 AND $3 < ends_at
        ORDER BY starts_at LIMIT 1`,
      [projectId, technician, window.startsAt, window.endsAt],
    );
    return row ? { id: row.id, startsAt: new Date(row.starts_at), endsAt: new Date(row.ends_at) } : null;
  }

  /** Whether the contractor company works on the project (施工单位 of the project). */
  async contractorOnProject(manager: EntityManager, projectId: string, companyId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM project_contractors WHERE project_id = $1 AND company_id = $2`,
      [projectId, companyId],
    );
    return rows.length > 0;
  }

  /**
   * The key entrustment letter (钥匙委托书) `movementId` when it is an open entrustment (the key not yet given back to
   * the owner) of a key of the unit in the project; null otherwise.
   */
  async openEntrustmentOfUnit(
    manager: EntityManager,
    projectId: string,
    unitId: string,
    movementId: string,
  ): Promise<{ id: string; letterNo: string } | null> {
    const [row]: { id: string; letter_no: string }[] = await manager.query(
      `SELECT m.id, m.letter_no FROM key_movements m JOIN keys k ON k.id = m.key_id
        WHERE m.id = $1 AND m.project_id = $2 AND k.unit_id = $3 AND m.kind = 'entrustment' AND m.returned_at IS NULL`,
      [movementId, projectId, unitId],
    );
    return row ? { id: row.id, letterNo: row.letter_no } : null;
  }

  async insert(
    manager: EntityManager,
    visit: {
      projectId: string;
      ticketId: string;
      startsAt: Date;
      endsAt: Date;
      technician: string;
      contractorCompanyId: string | null;
      ownerLeavesKey: boolean;
      keyEntrustmentId: string | null;
      note: string | null;
      createdBy: string;
    },
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO warranty_visits (project_id, ticket_id, starts_at, ends_at, technician, contractor_company_id,
                                    owner_leaves_key, key_entrustment_id, note, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
      [
        visit.projectId,
        visit.ticketId,
        visit.startsAt,
        visit.endsAt,
        visit.technician,
        visit.contractorCompanyId,
        visit.ownerLeavesKey,
        visit.keyEntrustmentId,
        visit.note,
        visit.createdBy,
      ],
    );
    return row.id;
  }

  async update(manager: EntityManager, visitId: string, set: Record<string, unknown>): Promise<void> {
    const columns = Object.keys(set);
    await manager.query(
      `UPDATE warranty_visits SET ${columns.map((c, i) => `${c} = $${i + 2}`).join(', ')}, updated_at = now()
        WHERE id = $1`,
      [visitId, ...columns.map((c) => set[c])],
    );
  }

  /** A page of the project's call-back tasks: open ones the longest overdue first; closed ones the latest first. */
  async listCallBacks(projectId: string, filter: ListCallBacksQueryDto): Promise<[WarrantyCallBackDto[], number]> {
    const open = filter.status === 'open';
    const where = `t.project_id = $1 AND t.closed_at IS ${open ? '' : 'NOT '}NULL`;
    const order = open ? 't.due_at, t.id' : 't.closed_at DESC, t.id';
    const [rows, [{ total }]] = await Promise.all([
      this.dataSource.query(`${CALL_BACK_SELECT} WHERE ${where} ORDER BY ${order} LIMIT $2 OFFSET $3`, [
        projectId,
        filter.pageSize,
        (filter.page - 1) * filter.pageSize,
      ]) as Promise<CallBackRow[]>,
      this.dataSource.query(`SELECT count(*)::int AS total FROM warranty_call_back_tasks t WHERE ${where}`, [
        projectId,
      ]) as Promise<{ total: number }[]>,
    ]);
    return [rows.map(callBackDto), total];
  }

  async getCallBack(manager: EntityManager, projectId: string, taskId: string): Promise<WarrantyCallBackDto | null> {
    const rows: CallBackRow[] = await manager.query(`${CALL_BACK_SELECT} WHERE t.project_id = $1 AND t.id = $2`, [
      projectId,
      taskId,
    ]);
    return rows[0] ? callBackDto(rows[0]) : null;
  }

  async lockCallBack(
    manager: EntityManager,
    projectId: string,
    taskId: string,
  ): Promise<{ id: string; closedAt: Date | null } | null> {
    const [row]: { id: string; closed_at: Date | null }[] = await manager.query(
      `SELECT id, closed_at FROM warranty_call_back_tasks WHERE project_id = $1 AND id = $2 FOR UPDATE`,
      [projectId, taskId],
    );
    return row ? { id: row.id, closedAt: row.closed_at } : null;
  }
}
