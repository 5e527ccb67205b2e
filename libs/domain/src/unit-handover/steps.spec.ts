import { STATE_LABELS, STEP_LABELS } from './labels';
import {
  isInProgressStep,
  isUnitHandoverState,
  isUnitHandoverStep,
  UNIT_HANDOVER_STATES,
  UNIT_HANDOVER_STEPS,
} from './steps';

describe('unit handover steps', () => {
  it('lists the steps in the order the guideline requires', () => {
    expect(UNIT_HANDOVER_STEPS).toEqual([
      'checked_in',
      'area_settled',
      'fees_paid',
      'inspected',
      'keys_handed_over',
      'documents_handed_over',
      'gift_recorded',
      'handed_over',
    ]);
  });

  it('lists every state with not_started first', () => {
    expect(UNIT_HANDOVER_STATES[0]).toBe('not_started');
    expect(UNIT_HANDOVER_STATES).toEqual(expect.arrayContaining([...UNIT_HANDOVER_STEPS, 'refused', 'objected']));
    expect(UNIT_HANDOVER_STATES).toHaveLength(UNIT_HANDOVER_STEPS.length + 3);
  });

  it('labels every step and state in English and Chinese', () => {
    for (const state of UNIT_HANDOVER_STATES) {
      expect(STATE_LABELS[state].en).toBeTruthy();
      expect(STATE_LABELS[state].zh).toBeTruthy();
    }
    expect(STEP_LABELS.inspected).toEqual({ en: 'Inspected', zh: '验房' });
    expect(STEP_LABELS.area_settled.zh).toBe('面积补差结清');
    expect(STEP_LABELS.documents_handed_over.zh).toContain('《住宅质量保证书》');
    expect(STATE_LABELS.refused.zh).toBe('拒收');
    expect(STATE_LABELS.objected.zh).toBe('交付异议');
  });

  it('guards unknown values', () => {
    expect(isUnitHandoverStep('inspected')).toBe(true);
    expect(isUnitHandoverStep('refused')).toBe(false);
    expect(isUnitHandoverState('refused')).toBe(true);
    expect(isUnitHandoverState('toString')).toBe(false);
    expect(isUnitHandoverState(3)).toBe(false);
    expect(isInProgressStep('checked_in')).toBe(true);
    expect(isInProgressStep('gift_recorded')).toBe(true);
    expect(isInProgressStep('handed_over')).toBe(false);
    expect(isInProgressStep('not_started')).toBe(false);
  });
});
