import type { ApprovalParty, MilestoneKey, PhaseKey } from '@handover/domain';

export const MILESTONE_LABELS: Record<MilestoneKey, string> = {
  riskSelfCheck: 'risk self-check (交付风险自查)',
  unitInspection: 'unit-by-unit inspection (分户验收)',
  openDay: 'owner open day (业主开放日)',
  rectification: 'rectification (整改)',
  propertyTransfer: 'property transfer (交付前移交)',
  rehearsal: 'on-site rehearsal (现场演练)',
  handoverReadiness: 'handover readiness (交付准备就绪)',
  centralizedHandover: 'centralized handover (集中交付)',
  scatteredHandover: 'scattered handover (零星交付)',
  summaryAccepted: 'handover summary (交付总结)',
};

export const PHASE_LABELS: Record<PhaseKey, string> = {
  riskSelfCheck: 'risk self-check',
  unitInspection: 'unit inspection',
  openDay: 'open day',
  rectification: 'rectification',
  propertyTransfer: 'property transfer',
  handoverPreparation: 'handover preparation',
  centralizedHandover: 'centralized handover',
  scatteredHandover: 'scattered handover',
  summary: 'summary',
};

export function partyLabel(party: ApprovalParty | string): string {
  return party.replace('_', ' ');
}
