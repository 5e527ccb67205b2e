import type { ErrorParams } from '../errors/error-messages';
import type { Language } from '../errors/language';
import { callerEn, callerZh } from '../errors/people-phrases';

type Render = (params: ErrorParams) => string;

/**
 * The refusals of frequent-problem alerts (高频问题预警) and their threshold. Params: `alertId`, `caseId` (the case an
 * alert became), `role` and `department` (the caller).
 */
export const FREQUENT_PROBLEM_ERROR_MESSAGES = {
  DEFECT_ALERT_NOT_FOUND: {
    'zh-CN': (p) => `本项目中找不到该高频问题预警（${p.alertId}），请刷新后重试。`,
    en: (p) => `No frequent-problem alert ${p.alertId} in this project.`,
  },
  DEFECT_ALERT_PROMOTED: {
    'zh-CN': (p) => `该高频问题预警已转为案例 ${p.caseId}；每条预警只能转为一个案例。`,
    en: (p) => `This frequent-problem alert is already case ${p.caseId}; an alert becomes one case.`,
  },
  FREQUENT_PROBLEM_THRESHOLD_FORBIDDEN: {
    'zh-CN': (p) => `高频问题预警阈值由项目负责人或系统管理员设置；您是${callerZh(p)}。`,
    en: (p) => `The frequent-problem threshold is set by the project lead or an admin; you are ${callerEn(p)}.`,
  },
} satisfies Record<string, Record<Language, Render>>;
