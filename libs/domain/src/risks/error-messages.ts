import type { ErrorParams } from '../errors/error-messages';
import type { Language } from '../errors/language';
import { departmentZh } from '../errors/people-phrases';

type Render = (params: ErrorParams) => string;

const plural = (count: unknown, one: string, many: string) => `${count} ${Number(count) === 1 ? one : many}`;

/** `byArea`: 'A: 1, C: 2' → 'A 类 1 项、C 类 2 项'. */
const byAreaZh = (byArea: unknown): string =>
  String(byArea)
    .split(', ')
    .map((entry) => {
      const [area, n] = entry.split(': ');
      return n === undefined ? entry : `${area} 类 ${n} 项`;
    })
    .join('、');

/** Open in-unit quality defects by status, from the params `open`, `assigned`, `fixed` (counts; absent is 0). */
const OPEN_DEFECT_STATUSES: [string, string, string][] = [
  ['open', 'open', '待处理'],
  ['assigned', 'assigned', '已派单'],
  ['fixed', 'fixed awaiting verification', '已整改待验收'],
];
const byStatus = (p: ErrorParams, language: Language): string =>
  OPEN_DEFECT_STATUSES.filter(([status]) => Number(p[status]) > 0)
    .map(([status, en, zh]) => (language === 'en' ? `${en}: ${p[status]}` : `${zh} ${p[status]} 项`))
    .join(language === 'en' ? ', ' : '、');

/**
 * The refusals of the risk self-check (交付风险自查): the A–H register, its items and their departments' decisions, and
 * the gates that rest on the records (risk self-check, rectification, transfer to the property company). Params:
 * `department` (the caller's), `itemDepartment` (the risk item's), `count` with `byArea` or `open`/`assigned`/`fixed`.
 */
export const RISK_ERROR_MESSAGES = {
  RISK_REGISTER_INIT_FORBIDDEN: {
    'zh-CN': () => '只有项目负责人可以初始化风险自查台账。',
    en: () => 'Only the project lead initialises the risk register.',
  },
  RISK_REGISTER_NOT_INITIALISED: {
    'zh-CN': (p) =>
      `本项目的风险自查台账尚未初始化，请项目负责人先初始化（POST /projects/${p.projectId}/risk-register/init）。`,
    en: (p) =>
      `The risk register of this project is not initialised; POST /projects/${p.projectId}/risk-register/init first.`,
  },
  RISK_ITEM_CREATE_FORBIDDEN: {
    'zh-CN': () => '风险项由项目负责人或本项目的部门负责人登记。',
    en: () => 'Risk items are recorded by the project lead or an assigned department head.',
  },
  RISK_ITEM_OTHER_DEPARTMENT: {
    'zh-CN': (p) =>
      `${departmentZh(p.department)}负责人只能登记本部门的风险项，不能登记${departmentZh(p.itemDepartment)}的风险项。`,
    en: (p) =>
      `A ${p.department} head records risk items of the ${p.department} department only, not of ${p.itemDepartment}.`,
  },
  RISK_ITEM_NOT_FOUND: {
    'zh-CN': (p) => `本项目中找不到该风险项（${p.riskId}），请刷新后重试。`,
    en: (p) => `No risk item ${p.riskId} in this project.`,
  },
  RISK_DECISION_FORBIDDEN: {
    'zh-CN': (p) =>
      `该风险项属于${departmentZh(p.itemDepartment)}，只能由${departmentZh(p.itemDepartment)}负责人作出处理决定。`,
    en: (p) =>
      `Only the ${p.itemDepartment} department head decides this risk item; it belongs to ${p.itemDepartment}.`,
  },
  GATE_RISKS_UNDECIDED: {
    'zh-CN': (p) =>
      `还有 ${p.count} 个风险项未作出处理决定（${byAreaZh(p.byArea)}）；须由各责任部门逐项决定“整改”或“无法整改”后，交付风险自查才能关闭。`,
    en: (p) =>
      `${plural(p.count, 'risk item is', 'risk items are')} still undecided (${p.byArea}); each needs a decision (rectify or cannot rectify) by its department before the risk self-check can close.`,
  },
  GATE_DEFECTS_OPEN: {
    'zh-CN': (p) =>
      `还有 ${p.count} 项户内质量问题未关闭（${byStatus(p, 'zh-CN')}）；请逐项整改并验收，或延期至承诺完成日期后，再关闭该节点。`,
    en: (p) =>
      `${plural(p.count, 'in-unit quality defect is', 'in-unit quality defects are')} still open (${byStatus(p, 'en')}); fix and verify each, or defer it to a committed date, before this gate can close.`,
  },
} satisfies Record<string, Record<Language, Render>>;
