import { escalationTitle, gateReminderText, reminderDigestText } from './notification-texts';

const reminder = { projectName: '滨江壹号', milestoneKey: 'openDay', dueDate: '2030-01-10', daysBefore: 3 };

describe('notification texts', () => {
  it('words a gate reminder in Chinese and in English, with the gate, the project and the due date', () => {
    expect(gateReminderText(reminder, 'zh-CN')).toEqual({
      title: '【提醒】滨江壹号：「业主开放日」3 天后（2030-01-10）到期',
      body: '滨江壹号的「业主开放日」节点将于 2030-01-10 到期，您还未签署。请在到期前完成审批。',
    });
    expect(gateReminderText(reminder, 'en')).toEqual({
      title: 'Reminder: owner open day of 滨江壹号 is due in 3 days',
      body: 'The owner open day gate of 滨江壹号 is due on 2030-01-10 and still needs your approval.',
    });
    expect(gateReminderText({ ...reminder, daysBefore: 1 }, 'en').title).toMatch(/due tomorrow$/);
    expect(gateReminderText({ ...reminder, daysBefore: 0 }, 'zh-CN').title).toBe(
      '【提醒】滨江壹号：「业主开放日」今天到期',
    );
  });

  it('gathers several reminders for one person into one digest', () => {
    const digest = reminderDigestText([reminder, { ...reminder, milestoneKey: 'propertyTransfer' }], 'zh-CN');
    expect(digest.title).toBe('【提醒】您有 2 个节点即将到期');
    expect(digest.body.split('\n')).toEqual([
      '· 【提醒】滨江壹号：「业主开放日」3 天后（2030-01-10）到期',
      '· 【提醒】滨江壹号：「交付前移交」3 天后（2030-01-10）到期',
    ]);
  });

  it('titles an escalation with the project', () => {
    expect(escalationTitle('滨江壹号', 'zh-CN')).toBe('【升级】滨江壹号');
    expect(escalationTitle('滨江壹号', 'en')).toBe('Escalation: 滨江壹号');
  });
});
