import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { placeLabel, type CalendarDate, type ComplaintStatus, type DefectStatus } from '@handover/domain';

/** What the deadline check needs of a record's project: its zone and its lead (who is told besides HQ). */
interface RecordProject {
  projectId: string;
  timeZone: string;
  leadUserId: string;
}

/** A defect with its fix deadline (整改期限, a calendar date of the project) and where it is. */
export interface DefectDeadlineFacts extends RecordProject {
  status: DefectStatus;
  deadline: CalendarDate | null;
  trade: string;
  /** building-unit-room of its unit, or its public area */
  place: string;
}

/** A complaint with its committed reply time (答复时限). */
export interface ComplaintDeadlineFacts extends RecordProject {
  status: ComplaintStatus;
  replyDeadline: Date | null;
  subject: string;
}

/**
 * The records whose deadlines the record-deadline workflow watches, read and locked inside the caller's transaction
 * (FOR UPDATE of the record) so a concurrent change cannot slip between the check and the escalation.
 */
@Injectable()
export class DeadlineRecordsRepository {
  async lockDefect(manager: EntityManager, defectId: string): Promise<DefectDeadlineFacts | null> {
    const [row] = await manager.query(
      `SELECT d.project_id AS "projectId", p.time_zone AS "timeZone", p.lead_user_id AS "leadUserId", d.status,
              to_char(d.deadline, 'YYYY-MM-DD') AS deadline, d.trade, d.public_area AS "publicArea",
              u.building, u.unit_no AS "unitNo", u.room
         FROM defects d JOIN projects p ON p.id = d.project_id LEFT JOIN units u ON u.id = d.unit_id
        WHERE d.id = $1 FOR UPDATE OF d`,
      [defectId],
    );
    if (!row) return null;
    const { building, unitNo, room, publicArea, ...facts } = row;
    return { ...facts, place: placeLabel({ unit: building === null ? null : { building, unitNo, room }, publicArea }) };
  }

  async lockComplaint(manager: EntityManager, complaintId: string): Promise<ComplaintDeadlineFacts | null> {
    const [row] = await manager.query(
      `SELECT c.project_id AS "projectId", p.time_zone AS "timeZone", p.lead_user_id AS "leadUserId", c.status,
              c.reply_deadline AS "replyDeadline", c.subject
         FROM complaints c JOIN projects p ON p.id = c.project_id WHERE c.id = $1 FOR UPDATE OF c`,
      [complaintId],
    );
    return row ?? null;
  }
}
