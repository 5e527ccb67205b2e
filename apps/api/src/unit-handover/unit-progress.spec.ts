import { ConflictException } from '@nestjs/common';
import { StepOutOfOrderError } from '@handover/domain';
import { progressOf, transition } from './unit-progress';

describe('progressOf', () => {
  it('reads the stored state, with where an open objection resumes', () => {
    expect(progressOf({ handoverState: 'not_started', handoverResumeFrom: null })).toEqual({ state: 'not_started' });
    expect(progressOf({ handoverState: 'objected', handoverResumeFrom: 'fees_paid' })).toEqual({
      state: 'objected',
      resumeFrom: 'fees_paid',
    });
  });

  it('refuses a corrupt state instead of guessing', () => {
    expect(() => progressOf({ handoverState: 'teleported', handoverResumeFrom: null })).toThrow(ConflictException);
    expect(() => progressOf({ handoverState: 'objected', handoverResumeFrom: null })).toThrow(ConflictException);
    expect(() => progressOf({ handoverState: 'objected', handoverResumeFrom: 'handed_over' })).toThrow(
      ConflictException,
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

  it("turns a refused transition into 409 with the domain's message naming the missing step", () => {
    const expected = new StepOutOfOrderError('keys_handed_over', 'fees_paid', 'inspected').message;
    expect(() => transition({ state: 'fees_paid' }, 'keys_handed_over')).toThrow(new ConflictException(expected));
    expect(() => transition({ state: 'checked_in' }, 'checked_in')).toThrow(ConflictException);
    expect(() => transition({ state: 'not_started' }, 'refused')).toThrow(/has not checked in yet/);
    expect(() => transition({ state: 'checked_in' }, 'objection_resolved')).toThrow(/no objection is open/);
  });
});
