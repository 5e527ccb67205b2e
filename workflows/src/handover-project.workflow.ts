import {
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  proxyActivities,
  setHandler,
  upsertSearchAttributes,
  workflowInfo,
} from '@temporalio/workflow';
import {
  approveMilestoneUpdate,
  decideAtRiskUpdate,
  decidePostponementUpdate,
  rejectMilestoneUpdate,
  requestPostponementUpdate,
  searchAttributeKeys,
  statusQuery,
  type HandoverActivities,
  type HandoverProjectInput,
  type HandoverProjectState,
} from '@handover/contracts';
import { DEFAULT_ESCALATION_LADDER, milestoneLabel, type EscalationLadder } from '@handover/domain';
import {
  applyApprove,
  applyDecideAtRisk,
  applyDecidePostponement,
  applyReject,
  applyRequestPostponement,
  checkApprove,
  checkDecideAtRisk,
  checkDecidePostponement,
  checkReject,
  checkRequestPostponement,
  currentPhase,
  escalationClimb,
  initialState,
  markHandoverDateAtRisk,
  overdueEscalation,
  pendingNotifications,
  statusView,
  type EscalationWording,
} from './handover-project/timeline-state';
import { recordedMilestoneLabel } from './handover-project/recorded-labels';

const activities = proxyActivities<HandoverActivities>({
  startToCloseTimeout: '30 seconds',
  retry: { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 },
});

/** Past this many events the run hands its state to a fresh run (continue-as-new), keeping history bounded. */
const HISTORY_EVENT_BUDGET = 4_000;
/** Patch id: wait for changes not yet mirrored, including those made while a mirror was in flight. */
const MIRROR_CHANGES_DURING_MIRROR = 'mirror-changes-made-during-mirror';
/**
 * Patch id: escalation messages name the gate as libs/domain does ("transfer to the property company (交付前移交)");
 * runs started before keep the names their histories recorded ("property transfer (交付前移交)").
 */
const DOMAIN_MILESTONE_LABELS = 'milestone-labels-from-domain';
/**
 * Patch id: escalations carry a code with parameters (libs/domain's escalation messages), rendered in the reader's
 * language; runs started before send the English sentences their histories recorded.
 */
const ESCALATION_TEXTS_FROM_CODES = 'escalation-texts-from-codes';
/**
 * Patch id: an overdue gate climbs a ladder (升级阶梯): the day after its due date those who still have to sign and
 * the lead hear of it, then the city company's responsible person, then HQ (libs/domain DEFAULT_ESCALATION_LADDER);
 * runs started before tell HQ the day after the due date.
 */
const ESCALATION_LADDER = 'escalation-ladder';
/** A reminder whose moment passed more than a day ago (e.g. after a re-plan) is recorded as fired but not sent. */
const STALE_REMINDER_MS = 24 * 3600 * 1000;

/** Codes since ESCALATION_TEXTS_FROM_CODES; before it, the English with the gate names of DOMAIN_MILESTONE_LABELS or not. */
function escalationLadder(input: HandoverProjectInput): EscalationLadder | undefined {
  return patched(ESCALATION_LADDER) ? (input.escalationLadder ?? DEFAULT_ESCALATION_LADDER) : undefined;
}

function escalationWording(): EscalationWording {
  if (patched(ESCALATION_TEXTS_FROM_CODES)) return { codes: true };
  return { codes: false, label: patched(DOMAIN_MILESTONE_LABELS) ? milestoneLabel : recordedMilestoneLabel };
}

/**
 * 交付项目 timeline, one per project: phases 1–9, department approval gates (Updates with validators),
 * reminders and escalations on durable timers, the D-20 at-risk rule and HQ's postponement decisions.
 */
export async function handoverProjectWorkflow(
  input: HandoverProjectInput,
  carried?: HandoverProjectState,
): Promise<HandoverProjectState> {
  const state = carried ?? initialState(input, new Date().toISOString());
  let mirroredRevision = carried ? carried.revision - 1 : 0;

  setHandler(statusQuery, () => statusView(state));
  setHandler(
    approveMilestoneUpdate,
    (args) => {
      applyApprove(state, args, new Date().toISOString());
      return statusView(state);
    },
    { validator: (args) => void checkApprove(state, args) },
  );
  setHandler(
    rejectMilestoneUpdate,
    (args) => {
      applyReject(state, args, new Date().toISOString());
      return statusView(state);
    },
    { validator: (args) => void checkReject(state, args) },
  );
  setHandler(
    requestPostponementUpdate,
    (args) => {
      applyRequestPostponement(state, args, Date.now());
      return statusView(state);
    },
    { validator: (args) => checkRequestPostponement(state, args, Date.now()) },
  );
  setHandler(
    decidePostponementUpdate,
    (args) => {
      applyDecidePostponement(state, args, Date.now());
      return statusView(state);
    },
    { validator: (args) => checkDecidePostponement(state, args, Date.now()) },
  );
  setHandler(
    decideAtRiskUpdate,
    (args) => {
      applyDecideAtRisk(state, args, Date.now());
      return statusView(state);
    },
    { validator: (args) => checkDecideAtRisk(state, args, Date.now()) },
  );

  let searchAttributes = '';
  async function mirror(): Promise<void> {
    if (state.revision === mirroredRevision) return;
    const revision = state.revision;
    const attributes = JSON.stringify([currentPhase(state), state.atRisk]);
    if (attributes !== searchAttributes) {
      upsertSearchAttributes([
        { key: searchAttributeKeys.phase, value: currentPhase(state) ?? 'completed' },
        { key: searchAttributeKeys.atRisk, value: state.atRisk },
      ]);
      searchAttributes = attributes;
    }
    await activities.mirrorProjectState(state);
    mirroredRevision = revision;
  }

  async function fireDueNotifications(): Promise<void> {
    const ladder = escalationLadder(state.input);
    for (const notification of pendingNotifications(state, ladder)) {
      const now = Date.now();
      if (notification.at > now) break;
      state.firedNotificationKeys.push(notification.key);
      state.revision += 1;
      const nowIso = new Date(now).toISOString();
      if (notification.kind === 'reminder') {
        if (now - notification.at <= STALE_REMINDER_MS)
          await activities.sendReminder(state.input.projectId, notification);
        continue;
      }
      if (notification.kind === 'climb') {
        // A step long past (a run that took the ladder while overdue) is recorded as fired, not sent.
        if (now - notification.at <= STALE_REMINDER_MS)
          await activities.climbEscalation(state.input.projectId, escalationClimb(state, notification, nowIso));
        continue;
      }
      const wording = escalationWording();
      const escalation = overdueEscalation(state, notification, nowIso, wording);
      if (ladder) escalation.reaches = 'signers';
      state.escalations.push(escalation);
      await activities.escalate(state.input.projectId, escalation);
      if (notification.milestoneKey === 'propertyTransfer' && state.atRiskDecision?.status !== 'pending') {
        const atRisk = markHandoverDateAtRisk(state, notification, nowIso, wording);
        state.escalations.push(atRisk);
        await activities.escalate(state.input.projectId, atRisk);
      }
    }
  }

  while (state.status === 'active') {
    await fireDueNotifications();
    await mirror();
    if (state.status !== 'active') break;
    if (
      workflowInfo().historyLength > (state.input.historyEventBudget ?? HISTORY_EVENT_BUDGET) ||
      workflowInfo().continueAsNewSuggested
    ) {
      // Nothing may be awaited between this and continueAsNew, or an update could land in the closing run.
      await condition(allHandlersFinished);
      state.continuedAsNewCount += 1;
      await continueAsNew<typeof handoverProjectWorkflow>(state.input, state);
    }
    const revisionBefore = state.revision;
    const next = pendingNotifications(state, escalationLadder(state.input))[0];
    // Runs that started before this patch compared with the revision seen here, so a change made while the
    // mirror activity was in flight was not mirrored until the next event; patched runs wait for "not yet mirrored".
    const changed = patched(MIRROR_CHANGES_DURING_MIRROR)
      ? () => state.revision !== mirroredRevision
      : () => state.revision !== revisionBefore;
    if (next) await condition(changed, Math.max(1, next.at - Date.now()));
    else await condition(changed);
  }

  await condition(allHandlersFinished);
  await mirror();
  return state;
}
