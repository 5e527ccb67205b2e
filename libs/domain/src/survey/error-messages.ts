import type { ErrorParams } from '../errors/error-messages';
import type { Language } from '../errors/language';
import { callerEn, callerZh } from '../errors/people-phrases';

type Render = (params: ErrorParams) => string;

/** Each problem of a response's answers, when its param (a comma-separated list) is not empty. */
function answerProblems(p: ErrorParams, language: Language): string[] {
  const problems: string[] = [];
  const zh = language === 'zh-CN';
  if (p.duplicates)
    problems.push(zh ? `以下维度重复作答：${p.duplicates}` : `dimension(s) answered more than once: ${p.duplicates}`);
  if (p.unknown)
    problems.push(zh ? `以下维度不属于本调查：${p.unknown}` : `not a dimension of this survey: ${p.unknown}`);
  if (p.missing)
    problems.push(
      zh ? `每个维度都须作答，缺少：${p.missing}` : `every dimension must be answered; missing: ${p.missing}`,
    );
  return problems;
}

/** The refusals of the owner satisfaction survey (满意度调查): its dimensions (调查维度) and one response per unit. */
export const SURVEY_ERROR_MESSAGES = {
  SURVEY_FORBIDDEN: {
    'zh-CN': (p) => `满意度调查由项目负责人、客服负责人或总部负责；您是${callerZh(p)}。`,
    en: (p) =>
      `The satisfaction survey is run by the project lead, the customer service head or HQ; you are ${callerEn(p)}.`,
  },
  SURVEY_DIMENSION_NAME_BLANK: {
    'zh-CN': () => '调查维度的名称不能为空。',
    en: () => 'names must not be blank.',
  },
  SURVEY_DIMENSIONS_FIXED: {
    'zh-CN': (p) => `该调查已有 ${p.responses} 份答卷；第一位业主作答后，调查维度就不能再增加了。`,
    en: (p) =>
      `The survey already has ${p.responses} response(s); its dimensions are fixed once the first owner has answered.`,
  },
  SURVEY_TOO_MANY_DIMENSIONS: {
    'zh-CN': (p) => `一份调查最多 ${p.max} 个维度。`,
    en: (p) => `A survey has at most ${p.max} dimensions.`,
  },
  SURVEY_NO_DIMENSIONS: {
    'zh-CN': () => '调查还没有设置维度，请先添加维度，再录入答卷。',
    en: () => 'The survey has no dimensions yet; add them before recording responses.',
  },
  SURVEY_ANSWERS_INVALID: {
    'zh-CN': (p) => `答卷有误：${answerProblems(p, 'zh-CN').join('；')}。`,
    en: (p) => answerProblems(p, 'en').join('; '),
  },
  SURVEY_ALREADY_ANSWERED: {
    'zh-CN': () => '该户已提交过满意度调查，每户只能提交一份答卷。',
    en: (p) => `Unit ${p.unitId} has already answered the survey; one response per unit.`,
  },
} satisfies Record<string, Record<Language, Render>>;
