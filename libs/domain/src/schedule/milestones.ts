import { ApprovalParty } from './departments';
import { PhaseKey } from './phases';

export type MilestoneKey =
  | 'riskSelfCheck'
  | 'unitInspection'
  | 'openDay'
  | 'rectification'
  | 'propertyTransfer'
  | 'rehearsal'
  | 'handoverReadiness'
  | 'centralizedHandover'
  | 'scatteredHandover'
  | 'summaryAccepted';

interface MilestoneInfo {
  phase: PhaseKey;
  nameZh: string;
  /** English wording for messages shown to people */
  label: string;
}

/** Milestones in plan order. */
export const MILESTONE_INFO: Readonly<Record<MilestoneKey, MilestoneInfo>> = Object.freeze({
  riskSelfCheck: { phase: 'riskSelfCheck', nameZh: '交付风险自查', label: 'risk self-check' },
  unitInspection: { phase: 'unitInspection', nameZh: '分户验收', label: 'unit-by-unit inspection' },
  openDay: { phase: 'openDay', nameZh: '业主开放日', label: 'owner open day' },
  rectification: { phase: 'rectification', nameZh: '整改', label: 'rectification' },
  propertyTransfer: { phase: 'propertyTransfer', nameZh: '交付前移交', label: 'transfer to the property company' },
  rehearsal: { phase: 'handoverPreparation', nameZh: '现场演练', label: 'on-site rehearsal' },
  handoverReadiness: { phase: 'handoverPreparation', nameZh: '交付准备就绪', label: 'handover readiness' },
  centralizedHandover: { phase: 'centralizedHandover', nameZh: '集中交付', label: 'centralized handover' },
  scatteredHandover: { phase: 'scatteredHandover', nameZh: '零星交付', label: 'scattered handover' },
  summaryAccepted: { phase: 'summary', nameZh: '交付总结验收', label: 'acceptance of the handover summary' },
});

export const DEFAULT_MILESTONE_PARTIES: Record<MilestoneKey, ApprovalParty[]> = {
  riskSelfCheck: ['engineering', 'design', 'sales', 'customer_service', 'property', 'project_lead'],
  unitInspection: ['engineering'],
  openDay: ['customer_service', 'project_lead'],
  rectification: ['engineering', 'customer_service'],
  propertyTransfer: ['property', 'engineering'],
  rehearsal: ['project_lead'],
  handoverReadiness: ['project_lead', 'customer_service'],
  centralizedHandover: ['project_lead'],
  scatteredHandover: ['project_lead', 'property'],
  summaryAccepted: ['hq'],
};

export const MILESTONE_KEYS = Object.keys(MILESTONE_INFO) as MilestoneKey[];

/** How messages name a milestone gate: its English label with the Chinese name, e.g. "owner open day (业主开放日)". */
export function milestoneLabel(key: MilestoneKey): string {
  const { label, nameZh } = MILESTONE_INFO[key];
  return `${label} (${nameZh})`;
}
