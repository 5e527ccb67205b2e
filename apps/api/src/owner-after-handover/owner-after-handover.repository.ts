import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';

export interface OwnerTicketRow {
  id: string;
  component: string;
  description: string;
  status: string;
  reportedAt: Date;
  handedOverOn: string;
  warrantyYears: number;
  coveredUntil: string;
  reportedOn: string;
  repairedAt: Date | null;
  confirmedAt: Date | null;
  rating: number | null;
  ratingComment: string | null;
  reportedByOwner: boolean;
}

export interface OwnerVisitRow {
  id: string;
  ticketId: string;
  startsAt: Date;
  endsAt: Date;
  status: string;
  ownerAcceptedAt: Date | null;
}

export interface OwnerWindowRow {
  id: string;
  ticketId: string;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
}

export interface OwnerPhotoRow {
  id: string;
  ticketId: string;
  storageKey: string;
  contentType: string;
  byteSize: number;
  width: number;
  height: number;
  createdAt: Date;
}

const TICKET = `
  SELECT w.id, w.component, w.description, w.status, w.reported_at AS "reportedAt",
         to_char(w.handed_over_on, 'YYYY-MM-DD') AS "handedOverOn", w.warranty_years AS "warrantyYears",
         to_char(w.covered_until, 'YYYY-MM-DD') AS "coveredUntil",
         to_char(w.reported_at AT TIME ZONE p.time_zone, 'YYYY-MM-DD') AS "reportedOn",
         w.repaired_at AS "repairedAt", w.confirmed_at AS "confirmedAt", w.rating, w.rating_comment AS "ratingComment",
         w.reported_by_owner AS "reportedByOwner"
    FROM warranty_tickets w JOIN projects p ON p.id = w.project_id`;

/** The owner app's reads and writes of a household's warranty requests (报修), their photos and visit times. */
@Injectable()
export class OwnerAfterHandoverRepository {
  constructor(private readonly dataSource: DataSource) {}

  async projectTimeZone(projectId: string): Promise<string> {
    const [row] = (await this.dataSource.query(`SELECT time_zone AS "timeZone" FROM projects WHERE id = $1`, [
      projectId,
    ])) as { timeZone: string }[];
    return row.timeZone;
  }

  tickets(unitId: string, manager: EntityManager = this.dataSource.manager): Promise<OwnerTicketRow[]> {
    return manager.query(`${TICKET} WHERE w.unit_id = $1 ORDER BY w.reported_at DESC, w.id`, [unitId]);
  }

  async ticket(
    unitId: string,
    ticketId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OwnerTicketRow | null> {
    const rows: OwnerTicketRow[] = await manager.query(`${TICKET} WHERE w.unit_id = $1 AND w.id = $2`, [
      unitId,
      ticketId,
    ]);
    return rows[0] ?? null;
  }

  /** Locks the household's ticket; null when the ticket is not the unit's. */
  async lockTicket(manager: EntityManager, unitId: string, ticketId: string): Promise<string | null> {
    const rows: { status: string }[] = await manager.query(
      `SELECT status FROM warranty_tickets WHERE unit_id = $1 AND id = $2 FOR UPDATE`,
      [unitId, ticketId],
    );
    return rows[0]?.status ?? null;
  }

  visits(ticketIds: string[], manager: EntityManager = this.dataSource.manager): Promise<OwnerVisitRow[]> {
    return manager.query(
      `SELECT id, ticket_id AS "ticketId", starts_at AS "startsAt", ends_at AS "endsAt", status,
              owner_accepted_at AS "ownerAcceptedAt"
         FROM warranty_visits WHERE ticket_id = ANY($1::uuid[]) ORDER BY starts_at, id`,
      [ticketIds],
    );
  }

  windows(ticketIds: string[], manager: EntityManager = this.dataSource.manager): Promise<OwnerWindowRow[]> {
    return manager.query(
      `SELECT id, ticket_id AS "ticketId", starts_at AS "startsAt", ends_at AS "endsAt", created_at AS "createdAt"
         FROM warranty_visit_windows WHERE ticket_id = ANY($1::uuid[]) ORDER BY starts_at, id`,
      [ticketIds],
    );
  }

  photos(ticketIds: string[], manager: EntityManager = this.dataSource.manager): Promise<OwnerPhotoRow[]> {
    return manager.query(
      `SELECT id, ticket_id AS "ticketId", storage_key AS "storageKey", content_type AS "contentType",
              byte_size AS "byteSize", width, height, created_at AS "createdAt"
         FROM warranty_ticket_photos WHERE ticket_id = ANY($1::uuid[]) ORDER BY created_at, id`,
      [ticketIds],
    );
  }

  /** The photo when it belongs to a request of this unit (else null: another household's photo is not found). */
  async photo(unitId: string, ticketId: string, photoId: string): Promise<OwnerPhotoRow | null> {
    const rows: OwnerPhotoRow[] = await this.dataSource.query(
      `SELECT f.id, f.ticket_id AS "ticketId", f.storage_key AS "storageKey", f.content_type AS "contentType",
              f.byte_size AS "byteSize", f.width, f.height, f.created_at AS "createdAt"
         FROM warranty_ticket_photos f JOIN warranty_tickets w ON w.id = f.ticket_id
        WHERE w.unit_id = $1 AND f.ticket_id = $2 AND f.id = $3`,
      [unitId, ticketId, photoId],
    );
    return rows[0] ?? null;
  }

  async photoCount(manager: EntityManager, ticketId: string): Promise<number> {
    const [row]: { n: number }[] = await manager.query(
      `SELECT count(*)::int AS n FROM warranty_ticket_photos WHERE ticket_id = $1`,
      [ticketId],
    );
    return row.n;
  }

  async insertPhoto(
    manager: EntityManager,
    photo: {
      id: string;
      projectId: string;
      ticketId: string;
      storageKey: string;
      contentType: string;
      byteSize: number;
      width: number;
      height: number;
    },
  ): Promise<void> {
    await manager.query(
      `INSERT INTO warranty_ticket_photos (id, project_id, ticket_id, storage_key, content_type, byte_size, width, height)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        photo.id,
        photo.projectId,
        photo.ticketId,
        photo.storageKey,
        photo.contentType,
        photo.byteSize,
        photo.width,
        photo.height,
      ],
    );
  }

  /** An owner's request: source owner_call like a call taken by customer service, with no staff creator. */
  async insertTicket(
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
    },
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO warranty_tickets (project_id, unit_id, source, component, description, reported_at, handed_over_on,
                                     warranty_years, covered_until, created_by, reported_by_owner)
       VALUES ($1, $2, 'owner_call', $3, $4, $5, $6, $7, $8, NULL, true) RETURNING id`,
      [
        ticket.projectId,
        ticket.unitId,
        ticket.component,
        ticket.description,
        ticket.reportedAt,
        ticket.handedOverOn,
        ticket.years,
        ticket.coveredUntil,
      ],
    );
    return row.id;
  }

  /** The owner's rating closes the ticket, as the staff-recorded confirmation does. */
  async rate(manager: EntityManager, ticketId: string, rating: number, comment: string | null): Promise<void> {
    await manager.query(
      `UPDATE warranty_tickets SET status = 'closed', confirmed_at = now(), rating = $2, rating_comment = $3,
              updated_at = now()
        WHERE id = $1`,
      [ticketId, rating, comment],
    );
  }

  /** The call-backs (回访任务) the ticket's repair visits were waiting on end with the owner's own confirmation. */
  async closeCallBacks(manager: EntityManager, ticketId: string): Promise<void> {
    await manager.query(
      `UPDATE warranty_call_back_tasks SET closed_at = now(), closed_by = NULL, close_reason = 'confirmation_recorded'
        WHERE ticket_id = $1 AND closed_at IS NULL`,
      [ticketId],
    );
  }

  /** Marks a scheduled visit of the ticket accepted by the owner; false when no such scheduled visit. */
  async acceptVisit(manager: EntityManager, ticketId: string, visitId: string): Promise<boolean> {
    const [rows]: [unknown[], number] = await manager.query(
      `UPDATE warranty_visits SET owner_accepted_at = coalesce(owner_accepted_at, now()), updated_at = now()
        WHERE id = $1 AND ticket_id = $2 AND status = 'scheduled' AND starts_at > now() RETURNING id`,
      [visitId, ticketId],
    );
    return rows.length > 0;
  }

  async insertWindow(
    manager: EntityManager,
    window: { projectId: string; ticketId: string; startsAt: Date; endsAt: Date },
  ): Promise<string> {
    const [row]: { id: string }[] = await manager.query(
      `INSERT INTO warranty_visit_windows (project_id, ticket_id, starts_at, ends_at) VALUES ($1, $2, $3, $4)
       RETURNING id`,
      [window.projectId, window.ticketId, window.startsAt, window.endsAt],
    );
    return row.id;
  }
}
