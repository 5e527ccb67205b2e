import { STATE_LABELS, STEP_LABELS } from './labels';
import type { UnitHandoverState, UnitHandoverStep } from './steps';

/** Why a later step cannot be recorded yet, in plain words. */
const NOT_YET: Record<UnitHandoverStep, string> = {
  checked_in: 'the owner has not checked in yet',
  area_settled: 'the area difference has not been settled yet',
  fees_paid: 'the fees have not been paid yet',
  inspected: 'the unit has not been inspected yet (inspection comes before handover, 先验房后交付)',
  keys_handed_over: 'the keys have not been handed over yet',
  documents_handed_over: 'the quality guarantee, user manual and owner handbook have not been handed over yet',
  gift_recorded: 'the gift has not been recorded yet',
  handed_over: 'the handover has not been completed yet',
};

/** Why a step cannot be recorded again, in plain words. */
const ALREADY: Record<UnitHandoverStep, string> = {
  checked_in: 'the owner has already checked in',
  area_settled: 'the area difference has already been settled',
  fees_paid: 'the fees have already been paid',
  inspected: 'the unit has already been inspected',
  keys_handed_over: 'the keys have already been handed over',
  documents_handed_over: 'the documents have already been handed over',
  gift_recorded: 'the gift has already been recorded',
  handed_over: 'the unit has already been handed over (交付完成)',
};

/** 'Cannot record keys handed over' */
export function cannotRecord(step: unknown): string {
  return `Cannot record ${(STEP_LABELS[step as UnitHandoverStep]?.en ?? String(step)).toLowerCase()}`;
}

export function notYetPhrase(step: unknown): string {
  return NOT_YET[step as UnitHandoverStep] ?? `${String(step)} has not been recorded yet`;
}

export function alreadyPhrase(step: unknown): string {
  return ALREADY[step as UnitHandoverStep] ?? `${String(step)} has already been recorded`;
}

/** "'Inspected' (验房)"; an unknown value is shown as it is. */
export function stateName(state: unknown): string {
  const label = STATE_LABELS[state as UnitHandoverState];
  return label ? `'${label.en}' (${label.zh})` : `'${String(state)}'`;
}

/** 尚未……: why a later step cannot be recorded yet, in Chinese, with what to do. */
const NOT_YET_ZH: Record<UnitHandoverStep, string> = {
  checked_in: '业主尚未签到，请先办理签到',
  area_settled: '面积补差尚未结清，请先结清面积补差',
  fees_paid: '费用尚未缴清，请先完成缴费',
  inspected: '该户尚未验房，请先验房（先验房后交付）',
  keys_handed_over: '钥匙尚未交接，请先完成钥匙交接',
  documents_handed_over: '《住宅质量保证书》《住宅使用说明书》及业主手册尚未移交，请先完成资料移交',
  gift_recorded: '礼品尚未登记，请先登记礼品',
  handed_over: '交付尚未完成',
};

/** 已……: why a step cannot be recorded again, in Chinese. */
const ALREADY_ZH: Record<UnitHandoverStep, string> = {
  checked_in: '业主已签到',
  area_settled: '面积补差已结清',
  fees_paid: '费用已缴清',
  inspected: '该户已验房',
  keys_handed_over: '钥匙已交接',
  documents_handed_over: '资料已移交',
  gift_recorded: '礼品已登记',
  handed_over: '该户已交付完成',
};

/** The Chinese name of a step, e.g. '钥匙交接'; an unknown value is shown as it is. */
export function stepNameZh(step: unknown): string {
  return STEP_LABELS[step as UnitHandoverStep]?.zh ?? String(step);
}

/** The Chinese name of a state, e.g. '验房'; an unknown value is shown as it is. */
export function stateNameZh(state: unknown): string {
  return STATE_LABELS[state as UnitHandoverState]?.zh ?? String(state);
}

export function notYetPhraseZh(step: unknown): string {
  return NOT_YET_ZH[step as UnitHandoverStep] ?? `「${stepNameZh(step)}」尚未完成`;
}

export function alreadyPhraseZh(step: unknown): string {
  return ALREADY_ZH[step as UnitHandoverStep] ?? `「${stepNameZh(step)}」已登记`;
}
