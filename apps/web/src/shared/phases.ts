/** The nine phases of a handover project in timeline order (words in common phase.*). */
export const PHASE_KEYS = [
  'riskSelfCheck',
  'unitInspection',
  'openDay',
  'rectification',
  'propertyTransfer',
  'handoverPreparation',
  'centralizedHandover',
  'scatteredHandover',
  'summary',
] as const;
export type PhaseKey = (typeof PHASE_KEYS)[number];
