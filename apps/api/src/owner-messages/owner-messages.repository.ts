import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { OwnerMessageKind } from '@handover/domain';

/** A message to write in the transaction of the action it tells of. */
export interface OwnerMessageToQueue {
  projectId: string;
  unitId: string;
  kind: OwnerMessageKind;
  sourceKey: string;
  params: object;
  sendAfter: Date;
}

/** What a message's text reads of its unit and project (never the owner's name or number). */
export interface OwnerMessageUnitContext {
  unitId: string;
  projectId: string;
  projectName: string;
  timeZone: string;
  building: string;
  unitNo: string;
  room: string;
}

/** The handover notice's values for a project: its days and the notice's place (null when not set). */
export interface NoticeMessageProject {
  projectName: string;
  firstHandoverDate: string;
  centralizedDays: number;
  place: string | null;
}

/** A mainland mobile number as the unit list holds it: the units a message can reach. */
const MOBILE_NUMBER = `'^1[3-9][0-9]{9}$'`;

/** The key of an owner's preferences: the SHA-256 of the number (one person, several units), computed by PostgreSQL. */
const PHONE_SHA256 = (parameter: string) => `encode(sha256(convert_to(${parameter}, 'UTF8')), 'hex')`;

/** owner_messages and owner_message_preferences (migration 1764002500000), in SQL. */
@Injectable()
export class OwnerMessagesRepository {
  constructor(private readonly dataSource: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.dataSource.transaction(work);
  }

  /** Queues a message; a second one with the same source key is the same message (false). */
  async enqueue(manager: EntityManager, message: OwnerMessageToQueue): Promise<boolean> {
    const rows = (await manager.query(
      `INSERT INTO owner_messages (project_id, unit_id, kind, source_key, params, send_after)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (source_key) DO NOTHING RETURNING id`,
      [
        message.projectId,
        message.unitId,
        message.kind,
        message.sourceKey,
        JSON.stringify(message.params),
        message.sendAfter,
      ],
    )) as { id: string }[];
    return rows.length === 1;
  }

  /** Cancels a message not sent yet (a booking moved or cancelled, a visit cancelled); false when none waited. */
  async cancelPending(manager: EntityManager, sourceKey: string): Promise<boolean> {
    const rows = (await manager.query(
      `UPDATE owner_messages SET status = 'cancelled', updated_at = now()
        WHERE source_key = $1 AND status = 'pending' RETURNING id`,
      [sourceKey],
    )) as { id: string }[];
    return rows.length === 1;
  }

  async unitContext(manager: EntityManager, unitId: string): Promise<OwnerMessageUnitContext | null> {
    const rows = (await manager.query(
      `SELECT u.id AS "unitId", p.id AS "projectId", p.name AS "projectName", p.time_zone AS "timeZone",
              u.building, u.unit_no AS "unitNo", u.room
         FROM units u JOIN projects p ON p.id = u.project_id WHERE u.id = $1`,
      [unitId],
    )) as OwnerMessageUnitContext[];
    return rows[0] ?? null;
  }

  async noticeProject(projectId: string, manager: EntityManager): Promise<NoticeMessageProject | null> {
    const rows = (await manager.query(
      `SELECT p.name AS "projectName", p.first_handover_date::text AS "firstHandoverDate",
              p.centralized_days AS "centralizedDays", n.place
         FROM projects p LEFT JOIN project_handover_notices n ON n.project_id = p.id
        WHERE p.id = $1`,
      [projectId],
    )) as NoticeMessageProject[];
    return rows[0] ?? null;
  }

  /** The project's units, and whether each has a mobile number a message can go to. */
  async noticeUnits(projectId: string, manager: EntityManager): Promise<{ id: string; reachable: boolean }[]> {
    return (await manager.query(
      `SELECT id, owner_phone ~ ${MOBILE_NUMBER} AS reachable FROM units WHERE project_id = $1 ORDER BY id`,
      [projectId],
    )) as { id: string; reachable: boolean }[];
  }

  /** Queues many messages of one kind in one statement; the count of new rows (repeated source keys add none). */
  async enqueueMany(
    manager: EntityManager,
    projectId: string,
    kind: OwnerMessageKind,
    messages: { unitId: string; sourceKey: string }[],
    params: object,
    sendAfter: Date,
  ): Promise<number> {
    if (messages.length === 0) return 0;
    const rows = (await manager.query(
      `INSERT INTO owner_messages (project_id, unit_id, kind, source_key, params, send_after)
       SELECT $1, m.unit_id, $2, m.source_key, $3, $4
         FROM unnest($5::uuid[], $6::text[]) AS m(unit_id, source_key)
       ON CONFLICT (source_key) DO NOTHING RETURNING id`,
      [
        projectId,
        kind,
        JSON.stringify(params),
        sendAfter,
        messages.map((message) => message.unitId),
        messages.map((message) => message.sourceKey),
      ],
    )) as { id: string }[];
    return rows.length;
  }

  /** The kinds the number has turned off. */
  async optedOut(phone: string, manager: EntityManager = this.dataSource.manager): Promise<OwnerMessageKind[]> {
    const rows = (await manager.query(
      `SELECT kind FROM owner_message_preferences WHERE phone_sha256 = ${PHONE_SHA256('$1')} AND opted_out`,
      [phone],
    )) as { kind: OwnerMessageKind }[];
    return rows.map((row) => row.kind);
  }

  async setPreference(manager: EntityManager, phone: string, kind: OwnerMessageKind, optedOut: boolean): Promise<void> {
    await manager.query(
      `INSERT INTO owner_message_preferences (phone_sha256, kind, opted_out) VALUES (${PHONE_SHA256('$1')}, $2, $3)
       ON CONFLICT (phone_sha256, kind) DO UPDATE SET opted_out = EXCLUDED.opted_out, updated_at = now()`,
      [phone, kind, optedOut],
    );
  }
}
