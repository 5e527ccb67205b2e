import { createContext, useContext } from 'react';
import type { Language } from '@handover/domain/errors/language';

/** 业主端 texts in Chinese (the default) and English; a plain table instead of i18next keeps the bundle small. */
const MESSAGES = {
  'zh-CN': {
    appTitle: '业主服务',
    switchLanguage: 'English',
    signInTitle: '业主登录',
    signInHint: '请使用购房时登记的手机号登录。',
    phone: '手机号',
    phonePlaceholder: '请输入 11 位手机号',
    phoneInvalid: '请输入正确的 11 位手机号。',
    code: '验证码',
    codePlaceholder: '6 位验证码',
    codeInvalid: '请输入 6 位数字验证码。',
    requestCode: '获取验证码',
    resendIn: '{seconds} 秒后重新获取',
    codeSent: '如该手机号已登记，验证码已发送，{minutes} 分钟内有效。',
    signIn: '登录',
    signingIn: '登录中…',
    myUnits: '我的房屋',
    noUnits: '暂无与该手机号关联的房屋。',
    loading: '加载中…',
    unitLabel: '楼栋-单元-房号',
    handoverState: '交付状态',
    fitOut: '交付标准',
    fitted: '精装',
    shell: '毛坯',
    contractedArea: '合同面积',
    squareMetres: '{area} m²',
    signOut: '退出登录',
    unreachable: '网络连接失败，请稍后再试。',
    serverAnswered: '服务暂不可用（{status}），请稍后再试。',
    retry: '重试',
    back: '返回',
    unitNotFound: '未找到该房屋，或它不属于您的手机号。',
    openUnit: '查看',
  },
  en: {
    appTitle: 'Owner services',
    switchLanguage: '中文',
    signInTitle: 'Owner sign-in',
    signInHint: 'Sign in with the phone number you gave when you bought your home.',
    phone: 'Phone number',
    phonePlaceholder: '11-digit mobile number',
    phoneInvalid: 'Enter an 11-digit mainland mobile number.',
    code: 'Code',
    codePlaceholder: '6-digit code',
    codeInvalid: 'Enter the six-digit code.',
    requestCode: 'Get code',
    resendIn: 'Resend in {seconds} s',
    codeSent: 'If this number is registered, a code is on its way; it is valid for {minutes} minutes.',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    myUnits: 'My homes',
    noUnits: 'No homes are linked to this number yet.',
    loading: 'Loading…',
    unitLabel: 'Building-unit-room',
    handoverState: 'Handover',
    fitOut: 'Finish',
    fitted: 'Fitted',
    shell: 'Shell',
    contractedArea: 'Contracted area',
    squareMetres: '{area} m²',
    signOut: 'Sign out',
    unreachable: 'Could not reach the server; try again later.',
    serverAnswered: 'The service is unavailable ({status}); try again later.',
    retry: 'Retry',
    back: 'Back',
    unitNotFound: 'This home was not found, or it is not linked to your number.',
    openUnit: 'Open',
  },
} satisfies Record<Language, Record<string, string>>;

export type MessageKey = keyof (typeof MESSAGES)['zh-CN'];
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

const LANGUAGE_KEY = 'handover.owner.language';

/** The owner's chosen language, Chinese unless they switched. */
export function storedLanguage(): Language {
  return globalThis.localStorage?.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

export function storeLanguage(language: Language): void {
  localStorage.setItem(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
}

export function translator(language: Language): Translate {
  return (key, params = {}) =>
    MESSAGES[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

export interface LanguageState {
  language: Language;
  t: Translate;
  setLanguage: (language: Language) => void;
}

export const LanguageContext = createContext<LanguageState>({
  language: 'zh-CN',
  t: translator('zh-CN'),
  setLanguage: () => {},
});

export const useLanguage = (): LanguageState => useContext(LanguageContext);

/** A screen's own texts, in both languages, so each feature keeps its wording beside its screen. */
export type ScreenTexts<K extends string> = Record<Language, Record<K, string>>;

/** The translate function of a screen's own table, in the owner's current language. */
export function useTexts<K extends string>(
  table: ScreenTexts<K>,
): (key: K, params?: Record<string, string | number>) => string {
  const { language } = useLanguage();
  return (key, params = {}) =>
    table[language][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}
