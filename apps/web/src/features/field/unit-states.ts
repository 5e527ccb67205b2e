import { UNIT_HANDOVER_STATES } from '@handover/domain';
import type { components } from '../../api/schema';

export type UnitState = components['schemas']['UnitGridCellDto']['state'];

/** Every state of the per-unit handover flow in order, as the legend lists them (labels: common `step.*`). */
export const UNIT_STATES: readonly UnitState[] = UNIT_HANDOVER_STATES;

export function isUnitState(value: string | null | undefined): value is UnitState {
  return UNIT_STATES.includes(value as UnitState);
}
