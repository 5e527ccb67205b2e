import type { ErrorParams } from '../errors/error-messages';
import type { Language } from '../errors/language';
import { callerEn, callerZh } from '../errors/people-phrases';
import { WARRANTY_COMPONENT_EN, WARRANTY_COMPONENT_ZH, type WarrantyComponent } from './periods';

type Render = (params: ErrorParams) => string;

const STATUS_ZH: Record<string, string> = {
  reported: '已报修',
  visit_booked: '已预约上门',
  repaired: '已维修待确认',
  closed: '已关闭',
};
const ACTION_ZH: Record<string, string> = { book_visit: '预约上门', repaired: '登记维修完成', confirm: '业主确认' };
const VISIT_STATUS_ZH: Record<string, string> = { scheduled: '待上门', done: '已完成', cancelled: '已取消' };
const VISIT_ACTION_ZH: Record<string, string> = { done: '登记维修完成', cancel: '取消预约', confirm: '登记业主确认' };
const componentZh = (p: ErrorParams) => WARRANTY_COMPONENT_ZH[p.component as WarrantyComponent] ?? String(p.component);
const componentEn = (p: ErrorParams) => WARRANTY_COMPONENT_EN[p.component as WarrantyComponent] ?? String(p.component);

/**
 * The refusals of warranty tickets (保修单). Params: `ticketId`, `unitId`, `component`, `handedOverOn`, `endedOn`
 * (the first day no longer covered), `lastDay`, `reportedOn`, `years`, `statutoryYears`, `status`, `action`; of repair
 * visits (上门维修) and call-back tasks (回访任务) also `visitId`, `taskId`, `technician`, `keyEntrustmentId`, `problem`,
 * `maxHours`, and `from`, `until`, `now` as the project's wall clock reads them ('YYYY-MM-DD HH:mm').
 */
export const WARRANTY_ERROR_MESSAGES = {
  WARRANTY_FORBIDDEN: {
    'zh-CN': (p) => `保修单由项目负责人或本项目的客服、物业、工程负责人处理；您是${callerZh(p)}。`,
    en: (p) =>
      `Warranty tickets are changed by the project lead or an assigned customer service, property or engineering head; you are ${callerEn(p)}.`,
  },
  WARRANTY_TICKET_NOT_FOUND: {
    'zh-CN': (p) => `本项目中找不到该保修单（${p.ticketId}），请刷新后重试。`,
    en: (p) => `No warranty ticket ${p.ticketId} in this project.`,
  },
  WARRANTY_UNIT_NOT_HANDED_OVER: {
    'zh-CN': () => '该房屋尚未完成交付，保修期自交付之日起计算；交付前的问题请按问题项（整改）处理。',
    en: (p) =>
      `Unit ${p.unitId} has not been handed over; the warranty counts from the handover, so record a defect instead.`,
  },
  WARRANTY_EXPIRED: {
    'zh-CN': (p) =>
      `${componentZh(p)}的保修期为 ${p.years} 年，自 ${p.handedOverOn} 交付起算，已于 ${p.endedOn} 届满（最后一天为 ${p.lastDay}）；${p.reportedOn} 的报修不在保修期内。`,
    en: (p) =>
      `The ${p.years}-year warranty on ${componentEn(p)} counted from the handover on ${p.handedOverOn} ended on ${p.endedOn} (last day covered ${p.lastDay}); a repair reported on ${p.reportedOn} is out of warranty.`,
  },
  WARRANTY_REPORTED_BEFORE_HANDOVER: {
    'zh-CN': (p) => `报修时间（${p.reportedOn}）早于该房屋的交付日期（${p.handedOverOn}），请核对报修时间。`,
    en: (p) => `Reported on ${p.reportedOn}, before the unit was handed over on ${p.handedOverOn}; check the time.`,
  },
  WARRANTY_PERIOD_TOO_SHORT: {
    'zh-CN': (p) =>
      `${componentZh(p)}的保修期不得短于法定最低 ${p.statutoryYears} 年（《建设工程质量管理条例》第四十条），不能设为 ${p.years} 年。`,
    en: (p) =>
      `The warranty on ${componentEn(p)} may not be shorter than the statutory ${p.statutoryYears} years (Construction Quality Regulations art. 40); ${p.years} refused.`,
  },
  WARRANTY_STATUS_TRANSITION: {
    'zh-CN': (p) =>
      `该保修单当前为「${STATUS_ZH[String(p.status)] ?? p.status}」，不能「${ACTION_ZH[String(p.action)] ?? p.action}」。`,
    en: (p) => `Warranty ticket ${p.ticketId} is ${p.status}; ${p.action} is not possible now.`,
  },
  WARRANTY_TICKET_CLOSED: {
    'zh-CN': () => '该保修单已关闭（业主已确认），不能再安排上门或登记确认；如有新问题请重新登记报修。',
    en: (p) =>
      `Warranty ticket ${p.ticketId} is closed (the owner confirmed the repair); record a new call for a new problem.`,
  },
  WARRANTY_VISIT_NOT_FOUND: {
    'zh-CN': (p) => `该保修单中找不到这次上门记录（${p.visitId}），请刷新后重试。`,
    en: (p) => `No repair visit ${p.visitId} on this warranty ticket.`,
  },
  WARRANTY_VISIT_IN_PAST: {
    'zh-CN': (p) => `上门时间 ${p.from} 已过（现在是 ${p.now}）；上门须预约将来的时间，以便提前通知业主。`,
    en: (p) =>
      `The visit at ${p.from} is not ahead (it is ${p.now} now); book a time to come so the owner is told in advance.`,
  },
  WARRANTY_VISIT_WINDOW: {
    'zh-CN': (p) =>
      p.problem === 'too_long'
        ? `一次上门的预约时段最长 ${p.maxHours} 小时（${p.from} 至 ${p.until} 过长），请缩短时段或分次预约。`
        : `上门的结束时间（${p.until}）须晚于开始时间（${p.from}）。`,
    en: (p) =>
      p.problem === 'too_long'
        ? `A visit's window is at most ${p.maxHours} hours; ${p.from} to ${p.until} is longer.`
        : `The visit must end (${p.until}) after it starts (${p.from}).`,
  },
  WARRANTY_VISIT_ALREADY_SCHEDULED: {
    'zh-CN': (p) => `该保修单已预约 ${p.from} 上门；请先登记该次维修完成或取消预约，再重新预约。`,
    en: (p) =>
      `This ticket already has a visit booked for ${p.from} (${p.visitId}); mark it done or cancel it before booking another.`,
  },
  WARRANTY_VISIT_OVERLAP: {
    'zh-CN': (p) => `维修人员「${p.technician}」在 ${p.from} 至 ${p.until} 已有其他上门预约，请换一个时段或人员。`,
    en: (p) =>
      `${p.technician} already has a visit booked from ${p.from} to ${p.until} (${p.visitId}); choose another time or technician.`,
  },
  WARRANTY_VISIT_KEY_ENTRUSTMENT: {
    'zh-CN': () =>
      '所选的钥匙委托书不是该房屋钥匙的、或委托钥匙已退还业主；请在钥匙台账中为该房屋登记委托书后再选择，或先不选委托书。',
    en: (p) =>
      `Key entrustment ${p.keyEntrustmentId} is not an open entrustment letter of a key of this unit; record the letter in the key ledger first, or leave it out.`,
  },
  WARRANTY_VISIT_STATUS: {
    'zh-CN': (p) =>
      `这次上门当前为「${VISIT_STATUS_ZH[String(p.status)] ?? p.status}」，不能「${VISIT_ACTION_ZH[String(p.action)] ?? p.action}」。`,
    en: (p) => `Repair visit ${p.visitId} is ${p.status}; ${p.action} is not possible now.`,
  },
  WARRANTY_VISIT_ALREADY_CONFIRMED: {
    'zh-CN': () => '这次上门的业主确认已登记过，不能重复登记。',
    en: (p) => `The owner's confirmation of visit ${p.visitId} is already recorded.`,
  },
  WARRANTY_CALL_BACK_NOT_FOUND: {
    'zh-CN': (p) => `本项目中找不到该回访任务（${p.taskId}），请刷新后重试。`,
    en: (p) => `No call-back task ${p.taskId} in this project.`,
  },
  WARRANTY_REQUEST_NOT_HANDED_OVER: {
    'zh-CN': () => '房屋尚未交付，交付前发现的问题请在“我的问题”中提出。',
    en: () => 'The home is not handed over yet; report problems found before handover as handover issues.',
  },
  WARRANTY_REQUEST_NOT_REPAIRED: {
    'zh-CN': () => '维修完成后才能评价。',
    en: () => 'The repair can be rated once it is done.',
  },
  WARRANTY_REQUEST_ALREADY_RATED: {
    'zh-CN': () => '这次维修已评价过，每个报修只能评价一次。',
    en: () => 'This repair is already rated; a request is rated once.',
  },
  WARRANTY_REQUEST_CLOSED: {
    'zh-CN': () => '该报修已完成，不能再预约上门时间。',
    en: () => 'This request is finished; no visit time can be arranged for it.',
  },
  WARRANTY_VISIT_NOT_PROPOSED: {
    'zh-CN': () => '该上门时间已不可选，请刷新后重试。',
    en: () => 'This visit time can no longer be accepted; refresh and try again.',
  },
  WARRANTY_WINDOW_INVALID: {
    'zh-CN': (p) => `上门时间段无效：须在将来、结束晚于开始、不超过 ${p.maxHours} 小时。`,
    en: (p) =>
      `Invalid visit window: it must be in the future, end after it starts and last at most ${p.maxHours} hours.`,
  },
  WARRANTY_PHOTO_LIMIT: {
    'zh-CN': (p) => `每个报修最多 ${p.max} 张照片。`,
    en: (p) => `A request has at most ${p.max} photos.`,
  },
  WARRANTY_CALL_BACK_CLOSED: {
    'zh-CN': () => '该回访任务已关闭，无需重复处理。',
    en: (p) => `Call-back task ${p.taskId} is already closed.`,
  },
} satisfies Record<string, Record<Language, Render>>;
