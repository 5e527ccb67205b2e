import fs from 'node:fs';
import path from 'node:path';
import { Worker } from '@temporalio/worker';
import { workflowBundle } from './support/workflow-test-env';

/** The parts of a recorded history event this test reads (JSON as `temporal workflow show --output json`). */
interface HistoryEvent {
  markerRecordedEventAttributes?: { details?: Record<string, { payloads?: { data: string }[] }> };
  activityTaskScheduledEventAttributes?: {
    activityType?: { name?: string };
    input?: { payloads?: { data: string }[] };
  };
}

const HISTORIES = path.join(__dirname, 'histories');

const decoded = (payload: { data: string }) => JSON.parse(Buffer.from(payload.data, 'base64').toString('utf8'));

/** A committed history's patch markers and the escalations its run handed to the `escalate` activity. */
function recorded(file: string): { patches: string[]; escalations: Record<string, unknown>[] } {
  const history = JSON.parse(fs.readFileSync(path.join(HISTORIES, file), 'utf8'));
  const patches = history.events
    .flatMap((event: HistoryEvent) => event.markerRecordedEventAttributes?.details?.['patch-data']?.payloads ?? [])
    .map((payload: { data: string }) => decoded(payload).id);
  const escalations = history.events
    .map((event: HistoryEvent) => event.activityTaskScheduledEventAttributes)
    .filter(
      (scheduled: HistoryEvent['activityTaskScheduledEventAttributes']) => scheduled?.activityType?.name === 'escalate',
    )
    .map((scheduled: NonNullable<HistoryEvent['activityTaskScheduledEventAttributes']>) =>
      decoded(scheduled.input!.payloads![1]),
    );
  return { patches, escalations };
}

/** Every committed history must replay against the current workflow code: logic changes go behind patched(). */
describe('replay of committed histories', () => {
  const files = fs.readdirSync(HISTORIES).filter((file) => file.endsWith('.json'));

  it('has committed histories to replay', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it('has a history recorded under escalation-texts-from-codes, whose escalation carries a code and no sentence', () => {
    const { patches, escalations } = recorded('timeline-v4-escalation-codes.json');
    expect(patches).toContain('escalation-texts-from-codes');
    expect(escalations.length).toBeGreaterThan(0);
    for (const escalation of escalations) {
      expect(escalation.codedMessage).toMatchObject({ code: 'MILESTONE_OVERDUE' });
      expect(escalation).not.toHaveProperty('message');
    }
  });

  it('has a history recorded under escalation-ladder, whose overdue gate reaches the signers first', () => {
    const { patches, escalations } = recorded('timeline-v5-escalation-ladder.json');
    expect(patches).toContain('escalation-ladder');
    expect(escalations.length).toBeGreaterThan(0);
    for (const escalation of escalations) expect(escalation).toMatchObject({ reaches: 'signers' });
  });

  it('has a record-deadline history from before the watcher (sleeps on) and one under its patch (hands over)', () => {
    const checks = (file: string) =>
      JSON.parse(fs.readFileSync(path.join(HISTORIES, file), 'utf8')).events.filter(
        (event: HistoryEvent) =>
          event.activityTaskScheduledEventAttributes?.activityType?.name === 'checkAndEscalateOverdue',
      ).length;
    expect(recorded('record-deadline-v1-sleeps-on.json').patches).toEqual([]);
    expect(checks('record-deadline-v1-sleeps-on.json')).toBe(2);
    expect(recorded('record-deadline-v2-watcher-handover.json').patches).toEqual(['project-deadline-watcher']);
    expect(checks('record-deadline-v2-watcher-handover.json')).toBe(1);
  });

  it.each(files)('%s replays without nondeterminism', async (file) => {
    const history = JSON.parse(fs.readFileSync(path.join(HISTORIES, file), 'utf8'));
    await Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, file);
  });
});
