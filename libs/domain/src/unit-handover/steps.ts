/**
 * The per-unit handover flow on the handover day (集中交付 / 零星交付), in the order the guideline requires:
 * 签到 → 面积补差结清 → 缴费 → 验房 (先验房后交付) → 钥匙交接 → 资料移交 → 礼品登记 → 交付完成.
 */
export const UNIT_HANDOVER_STEPS = [
  'checked_in',
  'area_settled',
  'fees_paid',
  'inspected',
  'keys_handed_over',
  'documents_handed_over',
  'gift_recorded',
  'handed_over',
] as const;

/** One recordable step of the per-unit handover. */
export type UnitHandoverStep = (typeof UNIT_HANDOVER_STEPS)[number];

/** Where a unit stands: the last step recorded, not started, refused (拒收) or under objection (交付异议). */
export type UnitHandoverState = UnitHandoverStep | 'not_started' | 'refused' | 'objected';

/** Every state, initial first. */
export const UNIT_HANDOVER_STATES: readonly UnitHandoverState[] = [
  'not_started',
  ...UNIT_HANDOVER_STEPS,
  'refused',
  'objected',
];

/** Steps at which the owner may still refuse or object: checked in, but not yet handed over. */
export type InProgressStep = Exclude<UnitHandoverStep, 'handed_over'>;

export function isUnitHandoverStep(value: unknown): value is UnitHandoverStep {
  return typeof value === 'string' && (UNIT_HANDOVER_STEPS as readonly string[]).includes(value);
}

export function isUnitHandoverState(value: unknown): value is UnitHandoverState {
  return typeof value === 'string' && (UNIT_HANDOVER_STATES as readonly string[]).includes(value);
}

/** True for the steps between check-in (inclusive) and handover (exclusive). */
export function isInProgressStep(value: unknown): value is InProgressStep {
  return isUnitHandoverStep(value) && value !== 'handed_over';
}

/** Position of a step in {@link UNIT_HANDOVER_STEPS}; 'not_started' is −1. */
export function stepIndex(state: UnitHandoverStep | 'not_started'): number {
  return state === 'not_started' ? -1 : UNIT_HANDOVER_STEPS.indexOf(state);
}
