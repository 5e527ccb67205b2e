import type { ComplaintStatus } from '../complaints/lifecycle';
import type { DefectEscalationLevel } from '../defects/escalation-ladder';
import type { DefectCategory, DefectStatus } from '../defects/lifecycle';
import type { Language } from '../errors/language';
import type { CalendarDate } from '../schedule/calendar-date';
import { MILESTONE_INFO, milestoneLabel, type MilestoneKey } from '../schedule/milestones';

/** What each escalation (升级) says, as parameters: the sentence is rendered in the reader's language. */
export interface EscalationMessageParams {
  /** a gate still open the day after its due date */
  MILESTONE_OVERDUE: { milestoneKey: MilestoneKey; projectName: string; dueDate: CalendarDate };
  /** the property transfer was not approved by D-20 (`dueDate`); HQ must postpone or proceed */
  HANDOVER_DATE_AT_RISK: { projectName: string; dueDate: CalendarDate; firstHandoverDate: CalendarDate };
  /**
   * a defect still to fix past its fix deadline (整改期限); `level`, the step of its escalation ladder
   * (整改逾期升级阶梯) it reached, absent for escalations from before the ladder
   */
  DEFECT_OVERDUE: {
    trade: string;
    place: string;
    deadline: CalendarDate;
    status: DefectStatus;
    level?: DefectEscalationLevel;
  };
  /** a complaint not replied to by its committed reply time (答复时限), an ISO instant */
  COMPLAINT_REPLY_OVERDUE: { subject: string; replyDeadline: string; status: ComplaintStatus };
  /**
   * a major (重大) or group (群诉) complaint, which HQ hears of at once; `receivedAt` an ISO instant,
   * `receivedAtLocal` the same on the project's wall clock ('YYYY-MM-DD HH:mm')
   */
  MAJOR_COMPLAINT: { subject: string; severity: 'major' | 'group'; receivedAt: string; receivedAtLocal: string };
  /** 高频问题预警: `count` defects of one category and trade in one building within the window's days */
  FREQUENT_PROBLEM: {
    building: string;
    category: DefectCategory;
    trade: string;
    count: number;
    windowDays: number;
    windowStart: CalendarDate;
    windowEnd: CalendarDate;
  };
}

export type EscalationMessageCode = keyof EscalationMessageParams;

/** A code with its parameters, as stored beside the rendered sentence (escalations.message_code, message_params). */
export type EscalationMessage = {
  [Code in EscalationMessageCode]: { code: Code; params: EscalationMessageParams[Code] };
}[EscalationMessageCode];

// The statuses as the sentences name them; an unknown one (a row older than a status) is named as stored.
const DEFECT_STATUS_NAMES: Record<Language, Record<DefectStatus, string>> = {
  'zh-CN': {
    open: '待派单',
    assigned: '整改中',
    fixed: '已整改待验收',
    verified: '已验收',
    cannot_fix: '无法整改',
    disputed: '施工单位有异议',
    dismissed: '不予整改',
  },
  en: {
    open: 'open',
    assigned: 'assigned',
    fixed: 'fixed',
    verified: 'verified',
    cannot_fix: 'cannot_fix',
    disputed: 'disputed',
    dismissed: 'dismissed',
  },
};
const COMPLAINT_STATUS_NAMES: Record<Language, Record<ComplaintStatus, string>> = {
  'zh-CN': {
    received: '已登记',
    accepted: '已受理',
    investigating: '核实中',
    responsibility_determined: '已界定责任',
    replied: '已答复',
  },
  en: {
    received: 'received',
    accepted: 'accepted',
    investigating: 'investigating',
    responsibility_determined: 'responsibility_determined',
    replied: 'replied',
  },
};
// Whom each level of the defect ladder reaches, as the sentences name them.
const DEFECT_LEVEL_NAMES: Record<Language, Record<DefectEscalationLevel, string>> = {
  'zh-CN': { 1: '施工单位', 2: '工程负责人', 3: '项目负责人', 4: '集团' },
  en: { 1: 'contractor company', 2: 'engineering head', 3: 'project lead', 4: 'HQ' },
};
/** 「整改逾期（第2级·工程负责人）：」 before the sentence of a defect escalated on the ladder; nothing before it otherwise. */
const defectLevelPrefix = (level: DefectEscalationLevel | undefined, language: Language): string => {
  if (level === undefined) return '';
  const name = DEFECT_LEVEL_NAMES[language][level] ?? String(level);
  return language === 'zh-CN' ? `整改逾期（第${level}级·${name}）：` : `Defect overdue (level ${level}, ${name}): `;
};
const named = <S extends string>(names: Record<S, string>, status: S): string => names[status] ?? status;

/**
 * Every escalation's sentence in each language. The English ones are the sentences the workflow and the deadline
 * activity composed before the codes, word for word, so old and new rows read alike.
 */
export const ESCALATION_MESSAGES: {
  [Code in EscalationMessageCode]: Record<Language, (params: EscalationMessageParams[Code]) => string>;
} = {
  MILESTONE_OVERDUE: {
    'zh-CN': (p) =>
      `${p.projectName}的「${MILESTONE_INFO[p.milestoneKey].nameZh}」节点应于 ${p.dueDate} 关闭，至今未关闭。`,
    en: (p) =>
      `The ${milestoneLabel(p.milestoneKey)} gate of ${p.projectName} was due on ${p.dueDate} and is not closed.`,
  },
  HANDOVER_DATE_AT_RISK: {
    'zh-CN': (p) =>
      `交付日期存在风险：${p.projectName}的交付前移交未在 ${p.dueDate}（首次交付日 ${p.firstHandoverDate} 前 20 天）前通过审批，需集团决定延期，或记录例外后按期交付。`,
    en: (p) =>
      `Handover date at risk: the property transfer of ${p.projectName} was not approved by ${p.dueDate} (20 days before ${p.firstHandoverDate}). HQ must postpone or proceed with a recorded exception.`,
  },
  DEFECT_OVERDUE: {
    'zh-CN': (p) =>
      `${defectLevelPrefix(p.level, 'zh-CN')}问题项（${p.trade}，${p.place}）已超过整改期限 ${p.deadline}，目前仍为「${named(DEFECT_STATUS_NAMES['zh-CN'], p.status)}」。`,
    en: (p) =>
      `${defectLevelPrefix(p.level, 'en')}Defect ${p.trade} at ${p.place} is past its deadline ${p.deadline} and still ${named(DEFECT_STATUS_NAMES.en, p.status)}.`,
  },
  COMPLAINT_REPLY_OVERDUE: {
    'zh-CN': (p) =>
      `投诉「${p.subject}」承诺的答复时间 ${p.replyDeadline} 已过，仍未答复（状态：${named(COMPLAINT_STATUS_NAMES['zh-CN'], p.status)}）。`,
    en: (p) =>
      `The committed reply to complaint "${p.subject}" was due ${p.replyDeadline} and has not been given (status ${named(COMPLAINT_STATUS_NAMES.en, p.status)}).`,
  },
  MAJOR_COMPLAINT: {
    'zh-CN': (p) =>
      `收到${p.severity === 'group' ? '群诉' : '重大投诉'}（${p.receivedAtLocal}）：「${p.subject}」，已即时通报集团。`,
    en: (p) =>
      `A ${p.severity === 'group' ? 'group complaint (群诉)' : 'major complaint'} was received at ${p.receivedAt}: "${p.subject}". HQ is informed at once.`,
  },
  FREQUENT_PROBLEM: {
    'zh-CN': (p) =>
      `高频问题预警：${p.building} 栋 ${p.windowDays} 天内（${p.windowStart} 至 ${p.windowEnd}）登记了 ${p.count} 个${p.trade}${p.category === 'quality' ? '质量问题' : '非质量问题'}，请排查共性原因，防范群诉。`,
    en: (p) =>
      `Frequent problem: ${p.count} ${p.trade} ${p.category === 'quality' ? 'quality' : 'non-quality'} defects recorded in building ${p.building} within ${p.windowDays} days (${p.windowStart} to ${p.windowEnd}); look for the common cause before it becomes a group complaint.`,
  },
};

export function isEscalationMessageCode(value: unknown): value is EscalationMessageCode {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ESCALATION_MESSAGES, value);
}

/** The sentence of the escalation in `language`. */
export function renderEscalationMessage(message: EscalationMessage, language: Language): string {
  const render = ESCALATION_MESSAGES[message.code][language] as (params: EscalationMessage['params']) => string;
  return render(message.params);
}
