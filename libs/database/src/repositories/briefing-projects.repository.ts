import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { BriefingCalendar, BriefingHeading } from '@handover/domain';

/** The project's briefing calendar as stored; `briefingTime` is null when the project has not set one. */
export interface StoredBriefingCalendar extends Omit<BriefingCalendar, 'status' | 'briefingTime'> {
  status: Exclude<BriefingCalendar['status'], 'missing'>;
  briefingTime: string | null;
}

/** What the reporting workflow reads of a project (集中交付快报): when to brief, and the briefing's heading. */
@Injectable()
export class BriefingProjectsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** D, n, the zone, the status, the units not handed over yet and the evening briefing time; null without the project. */
  async calendarOf(projectId: string): Promise<StoredBriefingCalendar | null> {
    const [row] = await this.dataSource.query(
      `SELECT to_char(p.first_handover_date, 'YYYY-MM-DD') AS "firstHandoverDate", p.centralized_days AS "centralizedDays",
              p.time_zone AS "timeZone", p.status, s.briefing_time AS "briefingTime",
              (SELECT count(*)::int FROM units u
                WHERE u.project_id = p.id AND u.handover_state NOT IN ('handed_over', 'refused')) AS "unitsRemaining"
         FROM projects p LEFT JOIN project_briefing_settings s ON s.project_id = p.id
        WHERE p.id = $1`,
      [projectId],
    );
    return row ?? null;
  }

  /** The city company, name, batch, D and n the briefing is titled with; null without the project. */
  async headingOf(projectId: string): Promise<BriefingHeading | null> {
    const [row] = await this.dataSource.query(
      `SELECT city_company AS "cityCompany", name, batch, to_char(first_handover_date, 'YYYY-MM-DD') AS "firstHandoverDate",
              centralized_days AS "centralizedDays"
         FROM projects WHERE id = $1`,
      [projectId],
    );
    return row ?? null;
  }
}
