import type { EscalationClimb, EscalationRecord, HandoverActivities, HandoverProjectState } from '@handover/contracts';
import type { PlannedNotification } from '@handover/domain';

/** In-memory activities: what the workflow mirrored, reminded and escalated, deduplicated like the real ones. */
export class FakeTimelineActivities {
  mirrored: HandoverProjectState | null = null;
  mirrorCalls = 0;
  reminders = new Map<string, PlannedNotification>();
  escalations = new Map<string, EscalationRecord>();
  climbs = new Map<string, EscalationClimb>();

  bind(): HandoverActivities {
    return {
      mirrorProjectState: async (state) => {
        this.mirrorCalls += 1;
        if (!this.mirrored || state.revision > this.mirrored.revision) this.mirrored = state;
      },
      sendReminder: async (_projectId, notification) => {
        this.reminders.set(notification.key, notification);
      },
      escalate: async (_projectId, escalation) => {
        this.escalations.set(escalation.key, escalation);
      },
      climbEscalation: async (_projectId, climb) => {
        this.climbs.set(climb.key, climb);
      },
    };
  }

  reminderKeys(milestone: string): string[] {
    return [...this.reminders.values()]
      .filter((n) => n.milestoneKey === milestone)
      .map((n) => `${n.dueDate}:${n.daysBefore}`);
  }

  escalationsOf(kind: EscalationRecord['kind']): EscalationRecord[] {
    return [...this.escalations.values()].filter((escalation) => escalation.kind === kind);
  }
}
