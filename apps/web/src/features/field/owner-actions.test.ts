import { describe, expect, it } from 'vitest';
import { ownerActionsAt } from './owner-actions';

describe('ownerActionsAt', () => {
  it('offers an objection or a refusal between check-in and handover', () => {
    for (const state of ['checked_in', 'fees_paid', 'gift_recorded']) {
      expect(ownerActionsAt(state)).toEqual(['object', 'refuse']);
    }
  });

  it('offers resolving or a refusal while an objection is open', () => {
    expect(ownerActionsAt('objected')).toEqual(['resolve', 'refuse']);
  });

  it('offers nothing before check-in, after handover or after a refusal', () => {
    for (const state of ['not_started', 'handed_over', 'refused']) expect(ownerActionsAt(state)).toEqual([]);
  });
});
