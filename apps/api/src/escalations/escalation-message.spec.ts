import { escalationMessageIn } from './escalation-message';

describe('escalationMessageIn', () => {
  const coded = {
    message: '滨江壹号的「业主开放日」节点应于 2030-01-10 关闭，至今未关闭。',
    messageCode: 'MILESTONE_OVERDUE',
    messageParams: { milestoneKey: 'openDay', projectName: '滨江壹号', dueDate: '2030-01-10' },
  };

  it('words a coded escalation in the caller’s language', () => {
    expect(escalationMessageIn(coded, 'en')).toBe(
      'The owner open day (业主开放日) gate of 滨江壹号 was due on 2030-01-10 and is not closed.',
    );
    expect(escalationMessageIn(coded, 'zh-CN')).toBe(coded.message);
  });

  it('reads a row from before the codes, or with a code it does not know, as stored', () => {
    const old = { message: 'The owner open day gate was due.', messageCode: null, messageParams: null };
    expect(escalationMessageIn(old, 'zh-CN')).toBe(old.message);
    expect(escalationMessageIn({ ...coded, messageCode: 'LATER_CODE' }, 'en')).toBe(coded.message);
  });
});
