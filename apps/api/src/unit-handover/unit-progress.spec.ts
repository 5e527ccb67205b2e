import { renderErrorMessage, StepOutOfOrderError } from '@handover/domain';
import { ApiError } from '../common/api-error';
import { progressOf, transition } from './unit-progress';

/** The coded refusal `act` throws: its status, code and params, and its sentence in English. */
function refusal(act: () => unknown): { status: number; code: string; params: object; en: string } {
  try {
    act();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    return {
      status: error.getStatus(),
      code: error.code,
      params: error.params,
      en: renderErrorMessage(error.code, error.params, 'en'),
    };
  }
  throw new Error('not refused');
}

describe('progressOf', () => {
  it('reads the stored state, with where an open objection resumes', () => {
    expect(progressOf({ handoverState: 'not_started', handoverResumeFrom: null })).toEqual({ state: 'not_started' });
    expect(progressOf({ handoverState: 'objected', handoverResumeFrom: 'fees_paid' })).toEqual({
      state: 'objected',
      resumeFrom: 'fees_paid',
    });
  });

  it('refuses a corrupt state instead of guessing', () => {
    expect(refusal(() => progressOf({ handoverState: 'teleported', handoverResumeFrom: null }))).toEqual({
      status: 409,
      code: 'HANDOVER_STATE_UNKNOWN',
      params: { value: '"teleported"' },
      en: 'Unknown unit handover state "teleported".',
    });
    expect(refusal(() => progressOf({ handoverState: 'objected', handoverResumeFrom: null })).en).toBe(
      'Unknown unit handover state null.',
    );
    expect(refusal(() => progressOf({ handoverState: 'objected', handoverResumeFrom: 'handed_over' })).code).toBe(
      'HANDOVER_STATE_UNKNOWN',
    );
  });
});

describe('transition', () => {
  it('applies steps and owner actions through the domain state machine', () => {
    expect(transition({ state: 'not_started' }, 'checked_in')).toEqual({ state: 'checked_in' });
    const objected = transition({ state: 'fees_paid' }, 'objected');
    expect(objected).toEqual({ state: 'objected', resumeFrom: 'fees_paid' });
    expect(transition(objected, 'objection_resolved')).toEqual({ state: 'fees_paid' });
    expect(transition(objected, 'refused')).toEqual({ state: 'refused' });
  });

  it("turns a refused transition into 409 with the domain's code and params, naming the missing step", () => {
    const expected = new StepOutOfOrderError('keys_handed_over', 'fees_paid', 'inspected');
    expect(refusal(() => transition({ state: 'fees_paid' }, 'keys_handed_over'))).toEqual({
      status: 409,
      code: 'HANDOVER_STEP_OUT_OF_ORDER',
      params: { step: 'keys_handed_over', state: 'fees_paid', missingStep: 'inspected' },
      en: expected.message,
    });
    expect(refusal(() => transition({ state: 'checked_in' }, 'checked_in')).code).toBe(
      'HANDOVER_STEP_ALREADY_RECORDED',
    );
    expect(refusal(() => transition({ state: 'not_started' }, 'refused')).en).toMatch(/has not checked in yet/);
    expect(refusal(() => transition({ state: 'checked_in' }, 'objection_resolved')).en).toMatch(/no objection is open/);
  });
});
