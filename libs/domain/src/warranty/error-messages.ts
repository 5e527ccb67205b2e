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
const componentZh = (p: ErrorParams) => WARRANTY_COMPONENT_ZH[p.component as WarrantyComponent] ?? String(p.component);
const componentEn = (p: ErrorParams) => WARRANTY_COMPONENT_EN[p.component as WarrantyComponent] ?? String(p.component);

/**
 * The refusals of warranty tickets (保修单). Params: `ticketId`, `unitId`, `component`, `handedOverOn`, `endedOn`
 * (the first day no longer covered), `lastDay`, `reportedOn`, `years`, `statutoryYears`, `status`, `action`.
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
} satisfies Record<string, Record<Language, Render>>;
