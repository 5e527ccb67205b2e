/** Words of the lead screens. */
export const lead = {
  'zh-CN': {},
  en: {},
} as const;
