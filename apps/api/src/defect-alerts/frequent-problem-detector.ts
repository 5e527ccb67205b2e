import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import {
  BRIEFING_ROBOTS_RECIPIENT,
  DefectAlertsRepository,
  NotificationEventsRepository,
  type DefectAlertRow,
} from '@handover/database';
import { DEFAULT_FREQUENT_PROBLEM_THRESHOLD, DEFAULT_LANGUAGE, renderEscalationMessage } from '@handover/domain';
import { AuditService } from '../audit/audit.service';

/**
 * 高频问题预警 at the defect intake: in the transaction that records a unit's defect, one statement counts its group
 * (building, category, trade) in the window and raises the alert when the threshold is reached; a new alert is one
 * outbox event to the engineering heads and the briefing group robots. No Temporal call on the request path.
 */
@Injectable()
export class FrequentProblemDetector {
  constructor(
    private readonly alerts: DefectAlertsRepository,
    private readonly notifications: NotificationEventsRepository,
    private readonly audit: AuditService,
  ) {}

  /** The alert this defect raised, or null (nothing new; a public-area defect has no building and is not counted). */
  async afterRecorded(
    defect: { id: string; projectId: string; unitId: string | null },
    manager: EntityManager,
  ): Promise<DefectAlertRow | null> {
    if (defect.unitId === null) return null;
    const alert = await this.alerts.raiseIfFrequent(defect.id, DEFAULT_FREQUENT_PROBLEM_THRESHOLD, manager);
    if (!alert) return null;
    const codedMessage = {
      code: 'FREQUENT_PROBLEM',
      params: {
        building: alert.building,
        category: alert.category,
        trade: alert.trade,
        count: alert.defectCount,
        windowDays: alert.windowDays,
        windowStart: alert.windowStart,
        windowEnd: alert.windowEnd,
      },
    } as const;
    const key = `frequent-problem:${alert.id}`;
    const recipients = [...(await this.alerts.alertRecipients(alert.projectId, manager)), BRIEFING_ROBOTS_RECIPIENT];
    await this.notifications.emit(
      {
        projectId: alert.projectId,
        // The outbox's escalation kind, with its sentence as a code (as a group complaint's): people hear of it on the
        // channels they chose for escalations.
        kind: 'escalation',
        key,
        recipients,
        payload: {
          key,
          kind: 'frequent_problem',
          alertId: alert.id,
          dueDate: alert.windowEnd,
          message: renderEscalationMessage(codedMessage, DEFAULT_LANGUAGE),
          codedMessage,
        },
      },
      manager,
    );
    await this.audit.record(
      {
        actor: null,
        action: 'defect-alert.raise',
        entityType: 'defect_alert',
        entityId: alert.id,
        projectId: alert.projectId,
        after: { ...codedMessage.params, raisedByDefectId: defect.id, recipients },
      },
      manager,
    );
    return alert;
  }
}
