import type { PhaseKey } from '@handover/domain';

/**
 * Which phases must be closed before a phase opens. Risk self-check and unit inspection run side by side
 * from launch; scattered handover and the summary both follow the centralized period.
 */
export const PHASE_PREREQUISITES: Record<PhaseKey, PhaseKey[]> = {
  riskSelfCheck: [],
  unitInspection: [],
  openDay: ['riskSelfCheck', 'unitInspection'],
  rectification: ['openDay'],
  propertyTransfer: ['rectification'],
  handoverPreparation: ['propertyTransfer'],
  centralizedHandover: ['handoverPreparation'],
  scatteredHandover: ['centralizedHandover'],
  summary: ['centralizedHandover'],
};
