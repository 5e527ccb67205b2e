import {
  bookingReminderDueAt,
  OWNER_MESSAGE_KINDS,
  OWNER_MESSAGE_TEMPLATES,
  OWNER_MESSAGE_VARIABLE_MAX,
  ownerMessageRetryAt,
  ownerMessageSourceKey,
  ownerMessageVariables,
  renderOwnerMessage,
} from './owner-messages';

const at = (iso: string) => Date.parse(iso);

describe('bookingReminderDueAt (10:00 the day before, on the project clock)', () => {
  it('is 10:00 Shanghai (02:00 UTC) on the day before the slot', () => {
    const slot = at('2026-06-10T01:30:00Z'); // 09:30 on 10 June in Shanghai
    expect(new Date(bookingReminderDueAt(slot, 'Asia/Shanghai', at('2026-06-01T00:00:00Z'))!).toISOString()).toBe(
      '2026-06-09T02:00:00.000Z',
    );
  });

  it('takes the slot’s local day, not its UTC day', () => {
    // 23:30 UTC on 9 June is 07:30 on 10 June in Shanghai: the reminder is 10:00 on 9 June there
    const slot = at('2026-06-09T23:30:00Z');
    expect(new Date(bookingReminderDueAt(slot, 'Asia/Shanghai', at('2026-06-01T00:00:00Z'))!).toISOString()).toBe(
      '2026-06-09T02:00:00.000Z',
    );
    // the same instant in New York is 19:30 on 9 June: 10:00 on 8 June, daylight time (UTC-4)
    expect(new Date(bookingReminderDueAt(slot, 'America/New_York', at('2026-06-01T00:00:00Z'))!).toISOString()).toBe(
      '2026-06-08T14:00:00.000Z',
    );
  });

  it('follows a clock change between the day before and the slot', () => {
    // Europe/Berlin goes to summer time on 29 March 2026: 10:00 on 28 March is still UTC+1
    const slot = at('2026-03-29T08:00:00Z');
    expect(new Date(bookingReminderDueAt(slot, 'Europe/Berlin', at('2026-03-01T00:00:00Z'))!).toISOString()).toBe(
      '2026-03-28T09:00:00.000Z',
    );
  });

  it('sends at once for a booking made after that time, and not at all once the slot started', () => {
    const slot = at('2026-06-10T06:00:00Z');
    const lateBooking = at('2026-06-09T12:00:00Z');
    expect(bookingReminderDueAt(slot, 'Asia/Shanghai', lateBooking)).toBe(lateBooking);
    expect(bookingReminderDueAt(slot, 'Asia/Shanghai', slot)).toBeNull();
    expect(bookingReminderDueAt(slot, 'Asia/Shanghai', slot + 1)).toBeNull();
  });
});

describe('owner message texts (zh-CN)', () => {
  it('renders each kind with its values', () => {
    expect(
      renderOwnerMessage({
        kind: 'handover_notice',
        params: { projectName: '滨江花园', firstDate: '2026-06-10', lastDate: '2026-06-12', place: '3号楼大堂' },
      }),
    ).toBe('滨江花园交付通知：集中交付日2026-06-10至2026-06-12，地点3号楼大堂。应缴款项及所需材料请在业主App查看。');
    expect(
      renderOwnerMessage({
        kind: 'booking_reminder',
        params: { projectName: '滨江花园', unit: '3-1-1201', visit: '交付', from: '2026-06-10 09:30', until: '10:30' },
      }),
    ).toBe('温馨提醒：滨江花园3-1-1201的交付预约在2026-06-10 09:30-10:30，请准时到场。如需改约请在业主App操作。');
    expect(renderOwnerMessage({ kind: 'objection_reply', params: { projectName: '滨江花园', unit: '3-1-1201' } })).toBe(
      '您就滨江花园3-1-1201提出的交付异议已有答复，请在业主App「我的异议」查看。',
    );
    expect(
      renderOwnerMessage({
        kind: 'repair_visit',
        params: { projectName: '滨江花园', unit: '3-1-1201', from: '2026-07-01 14:00', until: '16:00' },
      }),
    ).toBe('滨江花园3-1-1201的报修已安排上门：2026-07-01 14:00-16:00，请留意接听维修人员电话。');
  });

  it('names every placeholder of a template among its variables, and nothing else', () => {
    for (const kind of OWNER_MESSAGE_KINDS) {
      const { text, variables } = OWNER_MESSAGE_TEMPLATES[kind];
      const placeholders = [...text.matchAll(/\$\{(\w+)\}/g)].map((match) => match[1]);
      expect(placeholders.sort()).toEqual([...(variables as string[])].sort());
    }
  });

  it('clips a long variable to what providers accept, counting characters not bytes', () => {
    const place = '某某市某某区某某路一百二十三号某某大厦地下一层停车场东侧入口进入后左转的交付中心';
    const [, , , clipped] = ownerMessageVariables({
      kind: 'handover_notice',
      params: { projectName: 'P', firstDate: 'a', lastDate: 'b', place },
    });
    expect([...clipped!.value]).toHaveLength(OWNER_MESSAGE_VARIABLE_MAX);
    expect(clipped!.value.endsWith('…')).toBe(true);
    expect(clipped!.value.startsWith('某某市某某区')).toBe(true);
  });

  it('keeps the variables in the template’s order (腾讯云 numbers them)', () => {
    expect(
      ownerMessageVariables({
        kind: 'repair_visit',
        params: { projectName: 'P', unit: 'U', from: 'F', until: 'T' },
      }),
    ).toEqual([
      { name: 'projectName', value: 'P' },
      { name: 'unit', value: 'U' },
      { name: 'from', value: 'F' },
      { name: 'until', value: 'T' },
    ]);
  });
});

describe('retries and source keys', () => {
  it('waits 1, 2, 4, 8 minutes and gives up at the fifth failure', () => {
    const now = 1_000_000;
    expect([1, 2, 3, 4].map((attempts) => ownerMessageRetryAt(attempts, now)! - now)).toEqual([
      60_000, 120_000, 240_000, 480_000,
    ]);
    expect(ownerMessageRetryAt(5, now)).toBeNull();
  });

  it('gives the notice one key per unit and content', () => {
    const notice = { firstDate: '2026-06-10', lastDate: '2026-06-12', place: '大堂' };
    expect(ownerMessageSourceKey.handoverNotice('u1', notice)).toBe(ownerMessageSourceKey.handoverNotice('u1', notice));
    expect(ownerMessageSourceKey.handoverNotice('u1', notice)).not.toBe(
      ownerMessageSourceKey.handoverNotice('u1', { ...notice, place: '会所' }),
    );
    expect(ownerMessageSourceKey.bookingReminder('b1')).toBe('booking:b1');
  });
});
