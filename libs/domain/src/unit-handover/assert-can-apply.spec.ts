import { assertCanApply } from './assert-can-apply';
import {
  StepAlreadyRecordedError,
  StepOutOfOrderError,
  UnitHandoverClosedError,
  UnitHandoverTransitionError,
  UnknownUnitHandoverStateError,
} from './errors';
import { UNIT_HANDOVER_STEPS } from './steps';
import type { UnitHandoverState, UnitHandoverStep } from './steps';

function errorOf(current: UnitHandoverState, step: UnitHandoverStep): unknown {
  try {
    assertCanApply(current, step);
  } catch (error) {
    return error;
  }
  throw new Error(`expected ${step} to be refused at ${current}`);
}

describe('assertCanApply', () => {
  it('accepts exactly the next step from every state of the happy path', () => {
    const from: UnitHandoverState[] = ['not_started', ...UNIT_HANDOVER_STEPS.slice(0, -1)];
    from.forEach((current, i) => expect(() => assertCanApply(current, UNIT_HANDOVER_STEPS[i])).not.toThrow());
  });

  it('refuses every out-of-order step, naming the first missing step', () => {
    const from: UnitHandoverState[] = ['not_started', ...UNIT_HANDOVER_STEPS];
    let checked = 0;
    from.forEach((current, currentIndex) => {
      UNIT_HANDOVER_STEPS.forEach((step, stepIndex) => {
        if (stepIndex <= currentIndex) return; // the next step (allowed) or a step already recorded
        if (current === 'handed_over') return;
        const error = errorOf(current, step);
        expect(error).toBeInstanceOf(StepOutOfOrderError);
        expect(error).toBeInstanceOf(UnitHandoverTransitionError);
        expect(error).toBeInstanceOf(Error);
        expect(error).toMatchObject({ attempted: step, current, missingStep: UNIT_HANDOVER_STEPS[currentIndex] });
        checked += 1;
      });
    });
    expect(checked).toBe(28); // 7 + 6 + … + 1 skipped-step pairs
  });

  it('explains inspection before handover (先验房后交付)', () => {
    expect(() => assertCanApply('fees_paid', 'keys_handed_over')).toThrow(
      'Cannot record keys handed over: the unit has not been inspected yet (inspection comes before handover, 先验房后交付).',
    );
  });

  it('explains that the area difference must be settled first', () => {
    expect(() => assertCanApply('checked_in', 'fees_paid')).toThrow(
      'Cannot record fees paid: the area difference has not been settled yet.',
    );
    expect(errorOf('checked_in', 'keys_handed_over')).toMatchObject({
      missingStep: 'area_settled',
      message: 'Cannot record keys handed over: the area difference has not been settled yet.',
    });
  });

  it('names the missing step in plain words for every step', () => {
    expect(() => assertCanApply('not_started', 'area_settled')).toThrow(
      'Cannot record area difference settled: the owner has not checked in yet.',
    );
    expect(() => assertCanApply('area_settled', 'inspected')).toThrow(
      'Cannot record inspected: the fees have not been paid yet.',
    );
    expect(() => assertCanApply('inspected', 'documents_handed_over')).toThrow(
      'Cannot record documents handed over: the keys have not been handed over yet.',
    );
    expect(() => assertCanApply('keys_handed_over', 'gift_recorded')).toThrow(
      'Cannot record gift recorded: the quality guarantee, user manual and owner handbook have not been handed over yet.',
    );
    expect(() => assertCanApply('documents_handed_over', 'handed_over')).toThrow(
      'Cannot record handover complete: the gift has not been recorded yet.',
    );
  });

  it('refuses repeating a step already done', () => {
    expect(errorOf('fees_paid', 'fees_paid')).toBeInstanceOf(StepAlreadyRecordedError);
    expect(() => assertCanApply('fees_paid', 'fees_paid')).toThrow(
      'Cannot record fees paid: the fees have already been paid.',
    );
    expect(() => assertCanApply('checked_in', 'checked_in')).toThrow(
      'Cannot record checked in: the owner has already checked in.',
    );
  });

  it('refuses an earlier step once the unit has moved past it', () => {
    expect(errorOf('keys_handed_over', 'inspected')).toMatchObject({
      attempted: 'inspected',
      current: 'keys_handed_over',
    });
    expect(() => assertCanApply('keys_handed_over', 'inspected')).toThrow(
      "Cannot record inspected: the unit has already been inspected (the unit is already at 'Keys handed over' (钥匙交接)).",
    );
  });

  it('refuses every step after handover', () => {
    for (const step of UNIT_HANDOVER_STEPS) {
      const error = errorOf('handed_over', step);
      expect(error).toBeInstanceOf(UnitHandoverClosedError);
      expect((error as Error).message).toMatch(/the unit has already been handed over \(交付完成\); no further steps/);
    }
  });

  it('refuses every step after refusal', () => {
    for (const step of UNIT_HANDOVER_STEPS) {
      expect(errorOf('refused', step)).toBeInstanceOf(UnitHandoverClosedError);
    }
    expect(() => assertCanApply('refused', 'keys_handed_over')).toThrow(
      'Cannot record keys handed over: the owner refused the handover (拒收); no further steps can be recorded.',
    );
  });

  it('refuses every step while an objection is open', () => {
    for (const step of UNIT_HANDOVER_STEPS) {
      expect(errorOf('objected', step)).toBeInstanceOf(UnitHandoverClosedError);
    }
    expect(() => assertCanApply('objected', 'inspected')).toThrow(
      'Cannot record inspected: the owner has an open objection (交付异议); resolve it before continuing.',
    );
  });

  it('rejects unknown states and steps', () => {
    expect(() => assertCanApply('lost' as UnitHandoverState, 'checked_in')).toThrow(UnknownUnitHandoverStateError);
    expect(() => assertCanApply('lost' as UnitHandoverState, 'checked_in')).toThrow(
      'Unknown unit handover state "lost".',
    );
    expect(() => assertCanApply('not_started', 'paid' as UnitHandoverStep)).toThrow(
      'Unknown unit handover step "paid".',
    );
  });
});
