import type { PhaseKey } from '@handover/domain';
import type { HandoverProjectState } from './handover-project';

/** The earliest phase still active; null once every gate is closed. */
export function currentPhaseOf(state: Pick<HandoverProjectState, 'phases'>): PhaseKey | null {
  return state.phases.find((phase) => phase.status === 'active')?.key ?? null;
}
