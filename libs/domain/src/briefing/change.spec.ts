import { briefingChange, formatSigned } from './change';
import type { BriefingFigures } from './figures';

const figures = (overrides: Partial<BriefingFigures> = {}): BriefingFigures => ({
  totalUnits: 300,
  handedOverToday: 0,
  handedOverCumulative: 0,
  handoverRateBp: 0,
  ownersReceivedToday: 0,
  inspectionsToday: 0,
  defectsRaisedToday: 0,
  defectsFixedOnSpotToday: 0,
  defectsOpen: 0,
  objectionsOpen: 0,
  objectionsOverdue: 0,
  complaintsOpen: 0,
  complaintsOverdue: 0,
  settledFen: 0,
  refundedFen: 0,
  incidentsToday: 0,
  ...overrides,
});

describe('change against the previous day (较昨日)', () => {
  it('is today minus the previous briefing, figure by figure', () => {
    const yesterday = figures({
      handedOverToday: 40,
      handedOverCumulative: 40,
      handoverRateBp: 1333,
      defectsOpen: 12,
      settledFen: 500_000_00,
      refundedFen: 1_000,
    });
    const today = figures({
      handedOverToday: 25,
      handedOverCumulative: 65,
      handoverRateBp: 2166,
      defectsOpen: 9,
      settledFen: 320_000_00,
      incidentsToday: 1,
    });
    const change = briefingChange(today, yesterday)!;
    expect(change).toMatchObject({
      totalUnits: 0,
      handedOverToday: -15,
      handedOverCumulative: 25,
      handoverRateBp: 833,
      defectsOpen: -3,
      settledFen: -180_000_00,
      refundedFen: -1_000,
      incidentsToday: 1,
    });
    expect(Object.keys(change)).toHaveLength(16);
  });

  it('is null without a previous briefing, not a jump from zero', () => {
    expect(briefingChange(figures({ handedOverToday: 10 }), null)).toBeNull();
  });

  it('refuses a non-integer figure', () => {
    expect(() => briefingChange(figures({ settledFen: 1.5 }), figures())).toThrow(RangeError);
  });

  it('prints signed changes', () => {
    expect(formatSigned(3)).toBe('+3');
    expect(formatSigned(-2)).toBe('-2');
    expect(formatSigned(0)).toBe('0');
    expect(formatSigned(null)).toBe('—');
  });
});
