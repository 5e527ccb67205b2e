import { nextStep } from './next-step';
import type { UnitHandoverState } from './steps';

describe('nextStep', () => {
  it.each<[UnitHandoverState, string | null]>([
    ['not_started', 'checked_in'],
    ['checked_in', 'area_settled'],
    ['area_settled', 'fees_paid'],
    ['fees_paid', 'inspected'],
    ['inspected', 'keys_handed_over'],
    ['keys_handed_over', 'documents_handed_over'],
    ['documents_handed_over', 'gift_recorded'],
    ['gift_recorded', 'handed_over'],
    ['handed_over', null],
    ['refused', null],
    ['objected', null],
  ])('after %p comes %p', (current, expected) => {
    expect(nextStep(current)).toBe(expected);
  });

  it('rejects an unknown state', () => {
    expect(() => nextStep('lost' as UnitHandoverState)).toThrow('Unknown unit handover state "lost".');
  });
});
