import type { UnitHandoverState, UnitHandoverStep } from './steps';

/** A display label in English and Chinese. */
export interface BilingualLabel {
  en: string;
  zh: string;
}

/** Display labels for each step. */
export const STEP_LABELS: Readonly<Record<UnitHandoverStep, BilingualLabel>> = {
  checked_in: { en: 'Checked in', zh: '签到' },
  area_settled: { en: 'Area difference settled', zh: '面积补差结清' },
  fees_paid: { en: 'Fees paid', zh: '缴费' },
  inspected: { en: 'Inspected', zh: '验房' },
  keys_handed_over: { en: 'Keys handed over', zh: '钥匙交接' },
  documents_handed_over: {
    en: 'Documents handed over',
    zh: '资料移交（《住宅质量保证书》《住宅使用说明书》及业主手册）',
  },
  gift_recorded: { en: 'Gift recorded', zh: '礼品登记' },
  handed_over: { en: 'Handover complete', zh: '交付完成' },
};

/** Display labels for every state, including the non-step states. */
export const STATE_LABELS: Readonly<Record<UnitHandoverState, BilingualLabel>> = {
  not_started: { en: 'Not started', zh: '未开始' },
  ...STEP_LABELS,
  refused: { en: 'Refused by owner', zh: '拒收' },
  objected: { en: 'Objection open', zh: '交付异议' },
};
