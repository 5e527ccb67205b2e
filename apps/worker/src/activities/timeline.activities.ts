import { Injectable, Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { EscalationClimb, EscalationRecord, HandoverActivities, HandoverProjectState } from '@handover/contracts';
import { currentPhaseOf, stateChangeNotices } from '@handover/contracts';
import { EscalationsRepository, NotificationEventsRepository, ProjectReadModelRepository } from '@handover/database';
import { renderEscalationMessage, type PlannedNotification } from '@handover/domain';
import { PROJECT_LANGUAGE } from './project-language';

/** Activities of the handover timeline: mirror to the read model, reminders, escalations. All idempotent. */
@Injectable()
export class TimelineActivities implements HandoverActivities {
  private readonly logger = new Logger('TimelineActivities');

  constructor(
    private readonly dataSource: DataSource,
    private readonly readModel: ProjectReadModelRepository,
    private readonly notifications: NotificationEventsRepository,
    private readonly escalations: EscalationsRepository,
  ) {}

  async mirrorProjectState(state: HandoverProjectState): Promise<void> {
    const projectId = state.input.projectId;
    await this.dataSource.transaction(async (manager) => {
      const before = (await this.readModel.lockSnapshot(projectId, manager)) as HandoverProjectState | null;
      const stored = await this.readModel.storeSnapshot(
        {
          projectId,
          snapshot: state,
          revision: state.revision,
          status: state.status,
          currentPhase: currentPhaseOf(state),
          atRisk: state.atRisk,
          firstHandoverDate: state.plan.firstHandoverDate,
        },
        manager,
      );
      if (!stored) return;
      await this.readModel.storeMilestones(
        projectId,
        state.milestones.map((milestone) => ({
          key: milestone.key,
          phase: milestone.phase,
          dueDate: milestone.dueDate,
          status: milestone.status,
          parties: milestone.parties,
          approvedParties: milestone.approvals.map((approval) => approval.party),
        })),
        manager,
      );
      // What the timeline settled resolves its escalations: closed gates, and a handover date no longer at risk (re-planned).
      const closedGates = state.milestones.filter((milestone) => milestone.status === 'closed');
      await this.escalations.resolveForClosedGates(
        projectId,
        closedGates.map(({ key, closedAt }) => ({ key, closedAt })),
        manager,
      );
      if (!state.atRisk)
        await this.escalations.resolveHandoverDateAtRisk(projectId, state.planHistory.at(-1)?.at ?? null, manager);
      // Approvals now waiting and decisions made since the last mirror, for the people they concern.
      for (const change of stateChangeNotices(before, state)) {
        const recipients =
          change.audience.kind === 'signers'
            ? await this.notifications.signerRecipients(projectId, change.audience.milestoneKey, manager)
            : [`user:${change.audience.userId}`];
        await this.notifications.emit(
          { projectId, kind: change.kind, key: change.key, recipients, payload: { notice: change.notice } },
          manager,
        );
      }
    });
  }

  async sendReminder(projectId: string, notification: PlannedNotification): Promise<void> {
    // Reminders go to the parties that still have to sign: as user ids where known, else as role markers.
    const recipients = await this.notifications.reminderRecipients(projectId, notification.milestoneKey);
    const emitted = await this.notifications.emit({
      projectId,
      kind: 'reminder',
      key: notification.key,
      recipients,
      payload: notification,
    });
    if (emitted) {
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
      // Runs from before the codes send their English sentence, stored as it is.
      message: escalation.codedMessage
        ? renderEscalationMessage(escalation.codedMessage, PROJECT_LANGUAGE)
        : (escalation.message ?? ''),
      codedMessage: escalation.codedMessage,
      raisedAt: escalation.at,
      // Under the escalation ladder the first step reaches those who still have to sign and the lead; HQ later.
      recipients:
        escalation.reaches === 'signers'
          ? await this.notifications.reminderRecipients(projectId, escalation.milestoneKey)
          : ['role:hq'],
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

  async climbEscalation(projectId: string, climb: EscalationClimb): Promise<void> {
    const recipients = climb.step === 'hq' ? ['role:hq'] : await this.notifications.cityEscalationRecipients(projectId);
    const emitted = await this.notifications.emit({
      projectId,
      kind: 'escalation',
      key: climb.key,
      recipients,
      payload: climb,
    });
    if (emitted)
      this.logger.warn({ event: 'escalation_climb', projectId, milestone: climb.milestoneKey, step: climb.step });
  }

  /** The object handed to the Temporal worker: every activity bound to this service. */
  bind(): HandoverActivities {
    return {
      mirrorProjectState: this.mirrorProjectState.bind(this),
      sendReminder: this.sendReminder.bind(this),
      escalate: this.escalate.bind(this),
      climbEscalation: this.climbEscalation.bind(this),
    };
  }
}
