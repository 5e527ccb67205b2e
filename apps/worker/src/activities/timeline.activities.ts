import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EscalationRecord, HandoverActivities, HandoverProjectState } from '@handover/contracts';
import { currentPhaseOf } from '@handover/contracts';
import { EscalationsRepository } from '@handover/database';
import type { PlannedNotification } from '@handover/domain';

/** Activities of the handover timeline: mirror to the read model, reminders, escalations. All idempotent. */
@Injectable()
export class TimelineActivities implements HandoverActivities {
  private readonly logger = new Logger('TimelineActivities');

  constructor(
    private readonly dataSource: DataSource,
    private readonly escalations: EscalationsRepository,
  ) {}

  async mirrorProjectState(state: HandoverProjectState): Promise<void> {
    const projectId = state.input.projectId;
    await this.dataSource.transaction(async (manager) => {
      const updated = await manager.query(
        `UPDATE projects SET snapshot = $2, snapshot_revision = $3, status = $4, current_phase = $5, at_risk = $6,
                first_handover_date = $7, updated_at = now()
          WHERE id = $1 AND snapshot_revision < $3 RETURNING id`,
        [
          projectId,
          state,
          state.revision,
          state.status,
          currentPhaseOf(state),
          state.atRisk,
          state.plan.firstHandoverDate,
        ],
      );
      if (updated[1] === 0 || (Array.isArray(updated[0]) && updated[0].length === 0)) return;
      for (const milestone of state.milestones) {
        await manager.query(
          `INSERT INTO project_milestones (project_id, key, phase, due_date, status, parties, approved_parties)
           VALUES ($1, $2, $3, $4, $5, $6, $7)
           ON CONFLICT (project_id, key) DO UPDATE SET phase = EXCLUDED.phase, due_date = EXCLUDED.due_date,
             status = EXCLUDED.status, parties = EXCLUDED.parties, approved_parties = EXCLUDED.approved_parties`,
          [
            projectId,
            milestone.key,
            milestone.phase,
            milestone.dueDate,
            milestone.status,
            milestone.parties,
            milestone.approvals.map((approval) => approval.party),
          ],
        );
      }
      // What the timeline settled resolves its escalations: closed gates, and a handover date no longer at risk (re-planned).
      const closedGates = state.milestones.filter((milestone) => milestone.status === 'closed');
      await this.escalations.resolveForClosedGates(
        projectId,
        closedGates.map(({ key, closedAt }) => ({ key, closedAt })),
        manager,
      );
      if (!state.atRisk)
        await this.escalations.resolveHandoverDateAtRisk(projectId, state.planHistory.at(-1)?.at ?? null, manager);
    });
  }

  async sendReminder(projectId: string, notification: PlannedNotification): Promise<void> {
    const recipients = await this.recipientsOf(projectId, notification.milestoneKey);
    const inserted = await this.dataSource.query(
      `INSERT INTO notification_events (project_id, kind, key, recipients, payload) VALUES ($1, 'reminder', $2, $3, $4)
       ON CONFLICT (project_id, key) DO NOTHING RETURNING id`,
      [projectId, notification.key, recipients, notification],
    );
    if (inserted.length > 0) {
      this.logger.log({
        event: 'reminder',
        projectId,
        milestone: notification.milestoneKey,
        dueDate: notification.dueDate,
        daysBefore: notification.daysBefore,
      });
    }
  }

  async escalate(projectId: string, escalation: EscalationRecord): Promise<void> {
    const raised = await this.escalations.raise({
      projectId,
      key: escalation.key,
      kind: escalation.kind,
      milestoneKey: escalation.milestoneKey,
      recordId: null,
      dueDate: escalation.dueDate,
      message: escalation.message,
      raisedAt: escalation.at,
      recipients: ['role:hq'],
      payload: escalation,
    });
    if (raised) {
      this.logger.warn({
        event: 'escalation',
        projectId,
        kind: escalation.kind,
        milestone: escalation.milestoneKey,
        dueDate: escalation.dueDate,
      });
    }
  }

  /** Reminders go to the parties that still have to sign: as user ids where known, else as role markers. */
  private async recipientsOf(projectId: string, milestoneKey: string): Promise<string[]> {
    const rows: { recipient: string }[] = await this.dataSource.query(
      `SELECT 'user:' || p.lead_user_id AS recipient FROM projects p WHERE p.id = $1
       UNION
       SELECT 'user:' || u.id FROM project_assignments a JOIN users u ON u.id = a.user_id
         JOIN project_milestones m ON m.project_id = a.project_id AND m.key = $2
        WHERE a.project_id = $1 AND u.department = ANY(m.parties) AND NOT (u.department = ANY(m.approved_parties))`,
      [projectId, milestoneKey],
    );
    return rows.map((row) => row.recipient);
  }

  /** The object handed to the Temporal worker: every activity bound to this service. */
  bind(): HandoverActivities {
    return {
      mirrorProjectState: this.mirrorProjectState.bind(this),
      sendReminder: this.sendReminder.bind(this),
      escalate: this.escalate.bind(this),
    };
  }
}
