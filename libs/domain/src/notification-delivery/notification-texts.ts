import type { Language } from '../errors/language';
import { formatRateBp } from '../briefing/figures';
import { MILESTONE_INFO, type MilestoneKey } from '../schedule/milestones';

/** A gate's name in the language: 「业主开放日」 or "owner open day". */
function gateName(key: string, language: Language): string {
  const info = MILESTONE_INFO[key as MilestoneKey];
  if (!info) return key;
  return language === 'zh-CN' ? info.nameZh : info.label;
}

/** 提醒: a gate falls due in `daysBefore` days and the person still has to sign. */
export interface GateReminderParams {
  projectName: string;
  milestoneKey: string;
  /** the gate's due date in the project's zone, YYYY-MM-DD */
  dueDate: string;
  daysBefore: number;
}

export interface NotificationText {
  title: string;
  body: string;
}

export function gateReminderText(p: GateReminderParams, language: Language): NotificationText {
  const gate = gateName(p.milestoneKey, language);
  if (language === 'zh-CN') {
    const when = p.daysBefore === 0 ? '今天' : `${p.daysBefore} 天后（${p.dueDate}）`;
    return {
      title: `【提醒】${p.projectName}：「${gate}」${when}到期`,
      body: `${p.projectName}的「${gate}」节点将于 ${p.dueDate} 到期，您还未签署。请在到期前完成审批。`,
    };
  }
  const when = p.daysBefore === 0 ? 'today' : p.daysBefore === 1 ? 'tomorrow' : `in ${p.daysBefore} days`;
  return {
    title: `Reminder: ${gate} of ${p.projectName} is due ${when}`,
    body: `The ${gate} gate of ${p.projectName} is due on ${p.dueDate} and still needs your approval.`,
  };
}

/** Several reminders to one person at the same moment, as one message (汇总). */
export function reminderDigestText(reminders: GateReminderParams[], language: Language): NotificationText {
  // Soonest due first, then in the order of the timeline, so the same reminders always read the same.
  const order = Object.keys(MILESTONE_INFO);
  const sorted = [...reminders].sort(
    (a, b) =>
      a.dueDate.localeCompare(b.dueDate) ||
      a.projectName.localeCompare(b.projectName) ||
      order.indexOf(a.milestoneKey) - order.indexOf(b.milestoneKey),
  );
  const lines = sorted.map((reminder) => `· ${gateReminderText(reminder, language).title}`);
  return language === 'zh-CN'
    ? { title: `【提醒】您有 ${reminders.length} 个节点即将到期`, body: lines.join('\n') }
    : { title: `Reminder: ${reminders.length} gates need your approval soon`, body: lines.join('\n') };
}

/** 升级: the title above an escalation's sentence. */
export function escalationTitle(projectName: string, language: Language): string {
  return language === 'zh-CN' ? `【升级】${projectName}` : `Escalation: ${projectName}`;
}

/** 每日交付简报 as a notification: the day's figures of one project, for the HQ users who subscribed. */
export interface DailyBriefingParams {
  projectName: string;
  date: string;
  totalUnits: number;
  handedOverToday: number;
  handedOverCumulative: number;
  handoverRateBp: number;
  defectsOpen: number;
  complaintsOpen: number;
}

export function dailyBriefingText(p: DailyBriefingParams, language: Language): NotificationText {
  const rate = formatRateBp(p.handoverRateBp);
  return language === 'zh-CN'
    ? {
        title: `【交付简报】${p.projectName} ${p.date}`,
        body: `今日交付 ${p.handedOverToday} 户，累计 ${p.handedOverCumulative}/${p.totalUnits} 户（交付率 ${rate}）；未关闭问题项 ${p.defectsOpen} 个，未答复投诉 ${p.complaintsOpen} 件。`,
      }
    : {
        title: `Handover briefing: ${p.projectName}, ${p.date}`,
        body: `${p.handedOverToday} units handed over today, ${p.handedOverCumulative} of ${p.totalUnits} in all (${rate}); ${p.defectsOpen} defects and ${p.complaintsOpen} complaints open.`,
      };
}
