import { dailyBriefingText, escalationTitle, gateReminderText, reminderDigestText } from './notification-texts';

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
    const digest = reminderDigestText([{ ...reminder, milestoneKey: 'propertyTransfer' }, reminder], 'zh-CN');
    expect(digest.title).toBe('【提醒】您有 2 个节点即将到期');
    expect(digest.body.split('\n')).toEqual([
      '· 【提醒】滨江壹号：「业主开放日」3 天后（2030-01-10）到期',
      '· 【提醒】滨江壹号：「交付前移交」3 天后（2030-01-10）到期',
    ]); // in the timeline's order, whichever came first
    const sooner = { ...reminder, milestoneKey: 'rehearsal', dueDate: '2030-01-08', daysBefore: 1 };
    expect(reminderDigestText([reminder, sooner], 'en').body.split('\n')[0]).toBe(
      '· Reminder: on-site rehearsal of 滨江壹号 is due tomorrow',
    );
  });

  it('titles an escalation with the project', () => {
    expect(escalationTitle('滨江壹号', 'zh-CN')).toBe('【升级】滨江壹号');
    expect(escalationTitle('滨江壹号', 'en')).toBe('Escalation: 滨江壹号');
  });

  it("words a project's daily briefing with its figures", () => {
    const params = {
      projectName: '滨江壹号',
      date: '2030-01-10',
      totalUnits: 1200,
      handedOverToday: 86,
      handedOverCumulative: 430,
      handoverRateBp: 3583,
      defectsOpen: 57,
      complaintsOpen: 3,
    };
    expect(dailyBriefingText(params, 'zh-CN')).toEqual({
      title: '【交付简报】滨江壹号 2030-01-10',
      body: '今日交付 86 户，累计 430/1200 户（交付率 35.8%）；未关闭问题项 57 个，未答复投诉 3 件。',
    });
    expect(dailyBriefingText(params, 'en').body).toBe(
      '86 units handed over today, 430 of 1200 in all (35.8%); 57 defects and 3 complaints open.',
    );
  });
});
