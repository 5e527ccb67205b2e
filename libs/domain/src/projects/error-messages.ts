import type { ErrorParams } from '../errors/error-messages';
import type { Language } from '../errors/language';

type Render = (params: ErrorParams) => string;

/** What each problem of a plan (PlanProblem.code, see validatePlan) means, in Chinese. */
const PLAN_PROBLEM_ZH: Record<string, string> = {
  invalid_date: '日期或时区无效',
  centralized_days: '集中交付天数须为 1 至 30 的整数',
  offset_order: '各节点日期的先后顺序不符合要求',
  handover_in_past: '首次交付日须晚于计划启动日',
  transfer_offset: '交付前移交须至少在首次交付日前 20 天完成，以留出开荒时间',
  transfer_rule: '启动时距首次交付日太近，交付前移交的完成期限已过',
  milestone_already_due: '有节点的截止日期早于计划启动日',
};

/** `problems`: the plan problems' codes, comma-separated → their meanings in Chinese, each once. */
export const planProblemsZh = (problems: unknown): string =>
  [...new Set(String(problems).split(','))].map((code) => PLAN_PROBLEM_ZH[code] ?? code).join('；');

/**
 * The refusals of launching a project (项目启动) and assigning people to it. Params: `projectId`, `userId(s)`,
 * `timeZone`; a refused plan sends `planProblems` (the plan problems' codes), `waivable` (1 when HQ could accept it with
 * an exception) and `detail` (the problems in English, as validatePlan words them).
 */
export const PROJECT_ERROR_MESSAGES = {
  PROJECT_NOT_FOUND: {
    'zh-CN': (p) => `找不到该项目（${p.projectId}），请确认项目存在且您有权查看。`,
    en: (p) => `No project ${p.projectId}.`,
  },
  PROJECT_LAUNCHED_DIFFERENTLY: {
    'zh-CN': (p) =>
      `${p.cityCompany} 已有名为「${p.name}」、批次「${p.batch}」的项目（${p.projectId}），且启动信息与本次提交不同：请换一个批次名称，或打开已有项目。`,
    en: (p) =>
      `${p.cityCompany} already has a project "${p.name}" batch "${p.batch}" (id ${p.projectId}) launched with different details.`,
  },
  HQ_EXCEPTION_HQ_ONLY: {
    'zh-CN': () => '只有总部可以登记交付节点规则的例外。',
    en: () => 'Only HQ can record an exception to the plan rules.',
  },
  PLAN_NOT_ACCEPTABLE: {
    'zh-CN': (p) =>
      `交付计划不符合节点规则：${planProblemsZh(p.planProblems)}。${Number(p.waivable) ? '如确有需要，可由总部登记例外后启动。' : ''}`,
    en: (p) =>
      `The plan cannot be accepted: ${p.detail}${Number(p.waivable) ? ' HQ can accept it by recording an exception.' : ''}`,
  },
  TIME_ZONE_UNKNOWN: {
    'zh-CN': (p) => `无法识别时区「${p.timeZone}」，请填写 IANA 时区名称，如 Asia/Shanghai。`,
    en: (p) => `timeZone "${p.timeZone}" is not a known IANA time zone, e.g. Asia/Shanghai.`,
  },
  LAUNCH_OWN_PROJECTS_ONLY: {
    'zh-CN': () => '项目负责人只能启动由自己负责的项目。',
    en: () => 'A project lead launches projects they lead themself.',
  },
  LAUNCH_LEAD_REQUIRED: {
    'zh-CN': () => '总部或系统管理员启动项目时，须指定项目负责人（leadUserId）。',
    en: () => 'leadUserId is required when HQ or an admin launches a project.',
  },
  LAUNCH_LEAD_NOT_PROJECT_LEAD: {
    'zh-CN': (p) => `用户 ${p.userId} 不是项目负责人，不能指定为本项目的负责人。`,
    en: (p) => `User ${p.userId} is not a project lead.`,
  },
  LAUNCH_FORBIDDEN: {
    'zh-CN': () => '只有项目负责人、总部和系统管理员可以启动项目。',
    en: () => 'Only project leads, HQ and admins launch projects.',
  },
  ASSIGNMENT_FORBIDDEN: {
    'zh-CN': () => '部门负责人不能为项目分配人员。',
    en: () => 'Department heads cannot assign people to projects.',
  },
  NOT_DEPARTMENT_HEADS: {
    'zh-CN': (p) => `只能把部门负责人分配到项目，以下用户不是部门负责人：${p.userIds}。`,
    en: (p) => `Not department heads: ${p.userIds}.`,
  },
} satisfies Record<string, Record<Language, Render>>;
