/** Words of the approvals screens. */
export const approvals = {
  'zh-CN': {},
  en: {},
} as const;
