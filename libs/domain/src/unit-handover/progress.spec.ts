import { InvalidOwnerActionError, StepOutOfOrderError, UnitHandoverClosedError } from './errors';
import { nextStep } from './next-step';
import { applyStep, NOT_STARTED, raiseObjection, refuseHandover, resolveObjection } from './progress';
import type { UnitHandoverProgress } from './progress';
import { UNIT_HANDOVER_STEPS } from './steps';
import type { UnitHandoverStep } from './steps';

function advanceTo(step: UnitHandoverStep): UnitHandoverProgress {
  let progress = NOT_STARTED;
  for (const next of UNIT_HANDOVER_STEPS.slice(0, UNIT_HANDOVER_STEPS.indexOf(step) + 1)) {
    progress = applyStep(progress, next);
  }
  return progress;
}

describe('unit handover progress', () => {
  it('walks the whole flow in order', () => {
    let progress = NOT_STARTED;
    const visited: string[] = [];
    for (let step = nextStep(progress.state); step !== null; step = nextStep(progress.state)) {
      progress = applyStep(progress, step);
      visited.push(progress.state);
    }
    expect(visited).toEqual([...UNIT_HANDOVER_STEPS]);
    expect(progress).toEqual({ state: 'handed_over' });
  });

  it('does not mutate the previous progress', () => {
    const before = advanceTo('fees_paid');
    const after = applyStep(before, 'inspected');
    expect(before).toEqual({ state: 'fees_paid' });
    expect(after).toEqual({ state: 'inspected' });
  });

  it('refuses an out-of-order step', () => {
    expect(() => applyStep(advanceTo('fees_paid'), 'keys_handed_over')).toThrow(StepOutOfOrderError);
  });

  describe('refusal (拒收)', () => {
    it.each(UNIT_HANDOVER_STEPS.slice(0, -1))('is allowed at %p and ends the flow', (step) => {
      const refused = refuseHandover(advanceTo(step));
      expect(refused).toEqual({ state: 'refused' });
      expect(nextStep(refused.state)).toBeNull();
      expect(() => applyStep(refused, UNIT_HANDOVER_STEPS[UNIT_HANDOVER_STEPS.indexOf(step) + 1])).toThrow(
        UnitHandoverClosedError,
      );
    });

    it('is allowed while an objection is open', () => {
      expect(refuseHandover(raiseObjection(advanceTo('inspected')))).toEqual({ state: 'refused' });
    });

    it('is not allowed before check-in, after handover or twice', () => {
      expect(() => refuseHandover(NOT_STARTED)).toThrow(InvalidOwnerActionError);
      expect(() => refuseHandover(NOT_STARTED)).toThrow(
        'Cannot record a refusal (拒收): the owner has not checked in yet.',
      );
      expect(() => refuseHandover(advanceTo('handed_over'))).toThrow(
        'Cannot record a refusal (拒收): the unit has already been handed over (交付完成).',
      );
      expect(() => refuseHandover({ state: 'refused' })).toThrow(
        'Cannot record a refusal (拒收): the owner has already refused the handover.',
      );
    });
  });

  describe('objection (交付异议)', () => {
    it.each(UNIT_HANDOVER_STEPS.slice(0, -1))('raised at %p pauses the flow and resumes there', (step) => {
      const objected = raiseObjection(advanceTo(step));
      expect(objected).toEqual({ state: 'objected', resumeFrom: step });
      expect(nextStep(objected.state)).toBeNull();
      const resumed = resolveObjection(objected);
      expect(resumed).toEqual({ state: step });
      expect(nextStep(resumed.state)).toBe(UNIT_HANDOVER_STEPS[UNIT_HANDOVER_STEPS.indexOf(step) + 1]);
    });

    it('blocks steps until resolved, then the flow continues from where it was raised', () => {
      const objected = raiseObjection(advanceTo('fees_paid'));
      expect(() => applyStep(objected, 'inspected')).toThrow(
        'Cannot record inspected: the owner has an open objection (交付异议); resolve it before continuing.',
      );
      const resumed = resolveObjection(objected);
      expect(applyStep(resumed, 'inspected')).toEqual({ state: 'inspected' });
      expect(() => applyStep(resumed, 'keys_handed_over')).toThrow(
        'Cannot record keys handed over: the unit has not been inspected yet (inspection comes before handover, 先验房后交付).',
      );
    });

    it('can be raised again after an earlier one was resolved', () => {
      const first = resolveObjection(raiseObjection(advanceTo('checked_in')));
      const second = raiseObjection(applyStep(first, 'area_settled'));
      expect(second).toEqual({ state: 'objected', resumeFrom: 'area_settled' });
    });

    it('is not allowed before check-in, after handover or refusal, or while one is open', () => {
      expect(() => raiseObjection(NOT_STARTED)).toThrow(
        'Cannot record an objection (交付异议): the owner has not checked in yet.',
      );
      expect(() => raiseObjection(advanceTo('handed_over'))).toThrow(
        'Cannot record an objection (交付异议): the unit has already been handed over (交付完成).',
      );
      expect(() => raiseObjection({ state: 'refused' })).toThrow(InvalidOwnerActionError);
      expect(() => raiseObjection(raiseObjection(advanceTo('inspected')))).toThrow(
        'Cannot record an objection (交付异议): an objection is already open; resolve it first.',
      );
    });

    it('cannot be resolved when none is open', () => {
      expect(() => resolveObjection(advanceTo('inspected'))).toThrow(
        "Cannot resolve an objection: no objection is open (the unit is at 'Inspected' (验房)).",
      );
      const error = (() => {
        try {
          resolveObjection(NOT_STARTED);
        } catch (caught) {
          return caught;
        }
      })();
      expect(error).toMatchObject({ attempted: 'resolve_objection', current: 'not_started' });
    });
  });
});
