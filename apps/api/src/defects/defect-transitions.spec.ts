import { canMove, DEFECT_TRANSITIONS } from './defect-transitions';

describe('defect transitions', () => {
  it('follows open → assigned → fixed → verified', () => {
    expect(canMove('open', 'assigned')).toBe(true);
    expect(canMove('assigned', 'fixed')).toBe(true);
    expect(canMove('fixed', 'verified')).toBe(true);
  });

  it('refuses skipping verification or leaving a closed state', () => {
    expect(canMove('open', 'verified')).toBe(false);
    expect(canMove('assigned', 'verified')).toBe(false);
    expect(DEFECT_TRANSITIONS.verified).toEqual([]);
    expect(DEFECT_TRANSITIONS.cannot_fix).toEqual([]);
  });
});
