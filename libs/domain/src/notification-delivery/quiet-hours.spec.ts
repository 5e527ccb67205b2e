import { deliverableAt } from './quiet-hours';

const NIGHT = { start: '21:00', end: '08:00' };
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();

describe('deliverableAt', () => {
  it('sends at once outside quiet hours', () => {
    expect(iso(deliverableAt(at('2026-12-02T04:00:00Z'), NIGHT, 'Asia/Shanghai'))).toBe('2026-12-02T04:00:00.000Z'); // 12:00 local
    expect(iso(deliverableAt(at('2026-12-02T00:00:00Z'), NIGHT, 'Asia/Shanghai'))).toBe('2026-12-02T00:00:00.000Z'); // 08:00 local
  });

  it('defers a message raised in the evening to 08:00 local the next morning', () => {
    // 22:30 in Shanghai on 2 December → 08:00 on 3 December (00:00Z)
    expect(iso(deliverableAt(at('2026-12-02T14:30:00Z'), NIGHT, 'Asia/Shanghai'))).toBe('2026-12-03T00:00:00.000Z');
    // 21:00 exactly is already quiet
    expect(iso(deliverableAt(at('2026-12-02T13:00:00Z'), NIGHT, 'Asia/Shanghai'))).toBe('2026-12-03T00:00:00.000Z');
  });

  it('defers a message raised before dawn to 08:00 the same local day', () => {
    // 03:00 in Shanghai on 3 December (19:00Z on the 2nd) → 08:00 on 3 December
    expect(iso(deliverableAt(at('2026-12-02T19:00:00Z'), NIGHT, 'Asia/Shanghai'))).toBe('2026-12-03T00:00:00.000Z');
  });

  it("uses the person's own zone, far from Shanghai, across a daylight-saving change", () => {
    // 22:00 in Los Angeles on 31 October 2026 (PDT) → 08:00 on 1 November, which is PST (clocks went back at 02:00)
    expect(iso(deliverableAt(at('2026-11-01T05:00:00Z'), NIGHT, 'America/Los_Angeles'))).toBe(
      '2026-11-01T16:00:00.000Z',
    );
  });

  it('handles a window within one day, and none when start equals end', () => {
    const lunch = { start: '12:00', end: '14:00' };
    expect(iso(deliverableAt(at('2026-12-02T05:00:00Z'), lunch, 'Asia/Shanghai'))).toBe('2026-12-02T06:00:00.000Z');
    expect(iso(deliverableAt(at('2026-12-02T07:00:00Z'), lunch, 'Asia/Shanghai'))).toBe('2026-12-02T07:00:00.000Z');
    const none = { start: '00:00', end: '00:00' };
    expect(iso(deliverableAt(at('2026-12-02T15:00:00Z'), none, 'Asia/Shanghai'))).toBe('2026-12-02T15:00:00.000Z');
  });
});
