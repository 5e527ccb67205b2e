import type { ErrorParams } from '../errors/error-messages';
import type { Language } from '../errors/language';
import { ROLE_ZH } from '../errors/people-phrases';

type Render = (params: ErrorParams) => string;

/** The narrative sections of the summary, as its form names them. */
const NARRATIVE_SECTIONS: Record<string, { en: string; zh: string }> = {
  lessonsLearned: { en: 'lessons learned (经验教训)', zh: '经验教训' },
  focusPoints: { en: 'focus points (关注重点)', zh: '关注重点' },
  recommendations: { en: 'recommendations (建议)', zh: '建议' },
};
const sections = (p: ErrorParams, language: 'en' | 'zh'): string[] =>
  String(p.sections)
    .split(',')
    .map((key) => NARRATIVE_SECTIONS[key]?.[language] ?? key);

const SUMMARY_STATUS_ZH: Record<string, string> = { draft: '草稿', submitted: '已提交', accepted: '已验收' };
const statusZh = (status: unknown): string => SUMMARY_STATUS_ZH[String(status)] ?? String(status);

/** What only the project lead does with the summary (`action`). */
const LEAD_ACTION: Record<string, { en: string; zh: string }> = {
  update: { en: 'edits the summary narrative', zh: '编写交付总结' },
  submit: { en: 'submits the summary', zh: '提交交付总结' },
};

/**
 * The refusals of the handover summary (交付总结): compiled from the records, written and submitted by the project
 * lead, accepted by HQ at the last gate (交付总结验收). Params: `status` (draft, submitted, accepted), `sections`.
 */
export const SUMMARY_ERROR_MESSAGES = {
  SUMMARY_NOT_COMPILED: {
    'zh-CN': () => '本项目的交付总结尚未生成，请先生成。',
    en: () => 'The handover summary of this project has not been compiled yet; compile it first.',
  },
  SUMMARY_FROZEN: {
    'zh-CN': (p) => `交付总结${statusZh(p.status)}：总部审核期间及验收之后，总结中的数据不再重新汇总。`,
    en: (p) => `The summary is ${p.status}; its figures are frozen while HQ reviews it and after acceptance.`,
  },
  SUMMARY_ACCEPTED: {
    'zh-CN': () => '交付总结已通过总部验收，不能再修改。',
    en: () => 'The summary has been accepted by HQ; its narrative can no longer change.',
  },
  SUMMARY_UNDER_REVIEW: {
    'zh-CN': () => '交付总结已提交，总部正在审核；只有总部退回后才能再次修改。',
    en: () => 'The summary is submitted and HQ is reviewing it; it can be edited again only if HQ sends it back.',
  },
  SUMMARY_NOT_DRAFT: {
    'zh-CN': (p) => `交付总结${statusZh(p.status)}，无需重复提交。`,
    en: (p) => `The summary is already ${p.status}.`,
  },
  SUMMARY_NARRATIVE_MISSING: {
    'zh-CN': (p) => `请先填写「${sections(p, 'zh').join('」「')}」，再提交交付总结。`,
    en: (p) => `Write the ${sections(p, 'en').join(', ')} before submitting the summary.`,
  },
  SUMMARY_LEAD_ONLY: {
    'zh-CN': (p) =>
      `只有本项目的项目负责人可以${LEAD_ACTION[String(p.action)]?.zh ?? p.action}；您是${ROLE_ZH[String(p.role)] ?? p.role}。`,
    en: (p) => `Only the project lead ${LEAD_ACTION[String(p.action)]?.en ?? p.action}; you are ${p.role}.`,
  },
  GATE_SUMMARY_NOT_COMPILED: {
    'zh-CN': () => '交付总结尚未生成：须由项目负责人生成总结、填写总结内容并提交后，总部才能验收。',
    en: () =>
      'The handover summary has not been compiled yet; the project lead compiles it, completes the narrative and submits it before HQ can accept it.',
  },
  GATE_SUMMARY_DRAFT: {
    'zh-CN': () => '交付总结仍是草稿：须项目负责人提交后，总部才能验收。',
    en: () => 'The handover summary is still a draft; HQ can accept it only after the project lead has submitted it.',
  },
} satisfies Record<string, Record<Language, Render>>;
