import type { ErrorParams } from '../errors/error-messages';
import type { Language } from '../errors/language';
import { callerEn, callerZh } from '../errors/people-phrases';

type Render = (params: ErrorParams) => string;

/** 交付异议/投诉 statuses in Chinese. */
const COMPLAINT_STATUS_ZH: Record<string, string> = {
  received: '已登记',
  accepted: '已受理',
  investigating: '调查中',
  responsibility_determined: '已定责',
  replied: '已答复',
};
const statusZh = (status: unknown): string => COMPLAINT_STATUS_ZH[String(status)] ?? String(status);

const allowedOf = (p: ErrorParams): string[] => (p.allowed ? String(p.allowed).split(',') : []);

/** The times a complaint names, as the form labels them. */
const TIME_FIELD_ZH: Record<string, string> = { receivedAt: '接报时间', repliedAt: '答复时间' };

/**
 * The refusals of complaints and objections (交付异议/投诉): handled by the project lead or the customer service head,
 * in the order accept → investigate → determine responsibility → reply. Params: `complaintId`, `status`, `target`,
 * `allowed` (comma-separated), `field`.
 */
export const COMPLAINT_ERROR_MESSAGES = {
  COMPLAINTS_FORBIDDEN: {
    'zh-CN': (p) => `投诉由项目负责人或本项目的客服负责人处理；您是${callerZh(p)}。`,
    en: (p) =>
      `Complaints are handled by the project lead or the assigned customer service head; you are ${callerEn(p)}.`,
  },
  COMPLAINT_TIME_IN_FUTURE: {
    'zh-CN': (p) => `${TIME_FIELD_ZH[String(p.field)] ?? p.field}（${p.field}）晚于当前时间，请填写实际发生的时间。`,
    en: (p) => `${p.field} lies in the future.`,
  },
  COMPLAINT_REPLY_DEADLINE_TOO_EARLY: {
    'zh-CN': () => '承诺答复时间（replyDeadline）须晚于接报时间。',
    en: () => 'replyDeadline must be after the time the complaint was received.',
  },
  COMPLAINT_NOT_FOUND: {
    'zh-CN': (p) => `本项目中找不到该投诉（${p.complaintId}），请刷新后重试。`,
    en: (p) => `No complaint ${p.complaintId} in this project.`,
  },
  COMPLAINT_STATUS_TRANSITION: {
    'zh-CN': (p) => {
      const allowed = allowedOf(p);
      const next =
        allowed.length > 0 ? `下一步可以是：${allowed.map(statusZh).join('、')}` : '该投诉已答复，处理已结束';
      return `该投诉当前为「${statusZh(p.status)}」，不能改为「${statusZh(p.target)}」；${next}。投诉须按受理、调查、定责、答复的顺序处理。`;
    },
    en: (p) => {
      const allowed = allowedOf(p);
      const next =
        allowed.length > 0 ? `allowed next: ${allowed.join(', ')}` : 'it has been replied to, nothing may follow';
      return `Complaint ${p.complaintId} is ${p.status} and cannot become ${p.target}; ${next}.`;
    },
  },
  COMPLAINT_REPLY_DEADLINE_FIXED: {
    'zh-CN': (p) => `该投诉当前为「${statusZh(p.status)}」；只有已受理、尚未答复的投诉才能调整承诺答复时间。`,
    en: (p) =>
      `Complaint ${p.complaintId} is ${p.status}; the reply deadline can be changed only while a reply is pending.`,
  },
  COMPLAINT_NOT_ACCEPTED: {
    'zh-CN': () => '该投诉尚未受理：请先受理，再指定跟进人。',
    en: (p) => `Complaint ${p.complaintId} is not accepted yet; accept it before naming a follow-up owner.`,
  },
} satisfies Record<string, Record<Language, Render>>;
