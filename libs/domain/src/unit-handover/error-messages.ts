import type { ErrorParams } from '../errors/error-messages';
import type { Language } from '../errors/language';
import {
  alreadyPhrase,
  alreadyPhraseZh,
  cannotRecord,
  notYetPhrase,
  notYetPhraseZh,
  stateName,
  stateNameZh,
  stepNameZh,
} from './step-phrases';

type Render = (params: ErrorParams) => string;

const CLOSED_REASON: Record<string, string> = {
  handed_over: 'the unit has already been handed over (交付完成); no further steps can be recorded',
  refused: 'the owner refused the handover (拒收); no further steps can be recorded',
  objected: 'the owner has an open objection (交付异议); resolve it before continuing',
};

const CLOSED_REASON_ZH: Record<string, string> = {
  handed_over: '该户已交付完成，不能再登记后续步骤',
  refused: '业主已拒收，不能再登记后续步骤',
  objected: '业主有未处理的交付异议，请先处理异议后再继续',
};

const ACTION_PHRASE: Record<string, string> = {
  refuse: 'Cannot record a refusal (拒收)',
  object: 'Cannot record an objection (交付异议)',
  resolve_objection: 'Cannot resolve an objection',
};

const ACTION_PHRASE_ZH: Record<string, string> = {
  refuse: '无法登记拒收',
  object: '无法登记交付异议',
  resolve_objection: '无法处理交付异议',
};

function ownerActionReason(action: unknown, current: unknown): string {
  if (action === 'resolve_objection') return `no objection is open (the unit is at ${stateName(current)})`;
  switch (current) {
    case 'not_started':
      return 'the owner has not checked in yet';
    case 'handed_over':
      return 'the unit has already been handed over (交付完成)';
    case 'refused':
      return 'the owner has already refused the handover';
    case 'objected':
      return 'an objection is already open; resolve it first';
    default:
      return `not allowed at ${stateName(current)}`;
  }
}

function ownerActionReasonZh(action: unknown, current: unknown): string {
  if (action === 'resolve_objection') return `该户当前没有未处理的交付异议（该户处于「${stateNameZh(current)}」）`;
  switch (current) {
    case 'not_started':
      return '业主尚未签到，请先办理签到';
    case 'handed_over':
      return '该户已交付完成';
    case 'refused':
      return '业主已拒收';
    case 'objected':
      return '已有未处理的交付异议，请先处理该异议';
    default:
      return `该户处于「${stateNameZh(current)}」，此时不能办理`;
  }
}

/**
 * The refusals of the per-unit handover flow (分户交付), rendered from their params: `step` (the step attempted),
 * `state` (where the unit is), `missingStep`, `action` (an owner action), `value` (an unreadable stored state).
 */
export const UNIT_HANDOVER_ERROR_MESSAGES = {
  HANDOVER_STEP_OUT_OF_ORDER: {
    'zh-CN': (p) => `无法登记「${stepNameZh(p.step)}」：${notYetPhraseZh(p.missingStep)}。`,
    en: (p) => `${cannotRecord(p.step)}: ${notYetPhrase(p.missingStep)}.`,
  },
  HANDOVER_STEP_ALREADY_RECORDED: {
    'zh-CN': (p) =>
      `无法登记「${stepNameZh(p.step)}」：${alreadyPhraseZh(p.step)}${p.step === p.state ? '' : `（该户已进行到「${stateNameZh(p.state)}」）`}，无需重复登记。`,
    en: (p) =>
      `${cannotRecord(p.step)}: ${alreadyPhrase(p.step)}${p.step === p.state ? '' : ` (the unit is already at ${stateName(p.state)})`}.`,
  },
  HANDOVER_CLOSED: {
    'zh-CN': (p) =>
      `无法登记「${stepNameZh(p.step)}」：${CLOSED_REASON_ZH[p.state] ?? `该户处于「${stateNameZh(p.state)}」`}。`,
    en: (p) => `${cannotRecord(p.step)}: ${CLOSED_REASON[p.state] ?? `the unit is at ${stateName(p.state)}`}.`,
  },
  HANDOVER_OWNER_ACTION_NOT_ALLOWED: {
    'zh-CN': (p) =>
      `${ACTION_PHRASE_ZH[p.action] ?? `无法办理 ${p.action}`}：${ownerActionReasonZh(p.action, p.state)}。`,
    en: (p) => `${ACTION_PHRASE[p.action] ?? `Cannot ${p.action}`}: ${ownerActionReason(p.action, p.state)}.`,
  },
  HANDOVER_STATE_UNKNOWN: {
    'zh-CN': (p) => `该户的交付状态 ${p.value} 无法识别（数据可能已损坏，或来自更新的版本），请联系系统管理员核查。`,
    en: (p) => `Unknown unit handover state ${p.value}.`,
  },
} satisfies Record<string, Record<Language, Render>>;

export type UnitHandoverErrorCode = keyof typeof UNIT_HANDOVER_ERROR_MESSAGES;
