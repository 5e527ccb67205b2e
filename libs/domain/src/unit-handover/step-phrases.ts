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
export function cannotRecord(step: UnitHandoverStep): string {
  return `Cannot record ${STEP_LABELS[step].en.toLowerCase()}`;
}

export function notYetPhrase(step: UnitHandoverStep): string {
  return NOT_YET[step];
}

export function alreadyPhrase(step: UnitHandoverStep): string {
  return ALREADY[step];
}

/** "'Inspected' (验房)" */
export function stateName(state: UnitHandoverState): string {
  const label = STATE_LABELS[state];
  return `'${label.en}' (${label.zh})`;
}
