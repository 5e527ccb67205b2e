/** Words of the hq screens. */
export const hq = {
  'zh-CN': {},
  en: {},
} as const;
