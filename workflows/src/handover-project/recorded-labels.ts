import { milestoneLabel, type MilestoneKey } from '@handover/domain';

/**
 * The gate names escalation messages used before they came from libs/domain, where they differed. Those messages
 * are in the histories and carried state of runs started before the DOMAIN_MILESTONE_LABELS patch, so such runs
 * keep writing them; every other gate was already named as libs/domain names it.
 */
const RECORDED_MILESTONE_LABELS: Partial<Record<MilestoneKey, string>> = {
  propertyTransfer: 'property transfer (交付前移交)',
  summaryAccepted: 'handover summary (交付总结)',
};

export function recordedMilestoneLabel(key: MilestoneKey): string {
  return RECORDED_MILESTONE_LABELS[key] ?? milestoneLabel(key);
}
