import type { components } from '../../api/schema';

export type UnitState = components['schemas']['UnitGridCellDto']['state'];

/** Every state of the per-unit handover flow in order, as the legend lists them (labels: common `step.*`). */
export const UNIT_STATES: readonly UnitState[] = [
  'not_started',
  'checked_in',
  'area_settled',
  'fees_paid',
  'inspected',
  'keys_handed_over',
  'documents_handed_over',
  'gift_recorded',
  'handed_over',
  'refused',
  'objected',
];

export function isUnitState(value: string | null | undefined): value is UnitState {
  return UNIT_STATES.includes(value as UnitState);
}
