/** Words of the field screens. */
export const field = {
  'zh-CN': {},
  en: {},
} as const;
