export type PhaseKey =
  | 'riskSelfCheck'
  | 'unitInspection'
  | 'openDay'
  | 'rectification'
  | 'propertyTransfer'
  | 'handoverPreparation'
  | 'centralizedHandover'
  | 'scatteredHandover'
  | 'summary';

/** In timeline order, phase 1 to 9. */
export const PHASE_KEYS: readonly PhaseKey[] = Object.freeze([
  'riskSelfCheck',
  'unitInspection',
  'openDay',
  'rectification',
  'propertyTransfer',
  'handoverPreparation',
  'centralizedHandover',
  'scatteredHandover',
  'summary',
] as const);

export const PHASE_NAMES_ZH: Readonly<Record<PhaseKey, string>> = Object.freeze({
  riskSelfCheck: '交付风险自查',
  unitInspection: '分户验收',
  openDay: '业主开放日',
  rectification: '整改',
  propertyTransfer: '交付前移交',
  handoverPreparation: '交付准备',
  centralizedHandover: '集中交付',
  scatteredHandover: '零星交付',
  summary: '交付总结',
});

/** English names of the phases, for messages shown to people (refusals of the workflow's gates). */
export const PHASE_LABELS: Readonly<Record<PhaseKey, string>> = Object.freeze({
  riskSelfCheck: 'risk self-check',
  unitInspection: 'unit inspection',
  openDay: 'open day',
  rectification: 'rectification',
  propertyTransfer: 'property transfer',
  handoverPreparation: 'handover preparation',
  centralizedHandover: 'centralized handover',
  scatteredHandover: 'scattered handover',
  summary: 'summary',
});
