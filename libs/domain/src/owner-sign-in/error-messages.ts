import type { ErrorParams } from '../errors/error-messages';
import type { Language } from '../errors/language';

type Render = (params: ErrorParams) => string;

/**
 * The refusals of owner sign-in (业主验证码登录). One code for every refused code — wrong, expired, used, dead or
 * never sent — so the answer tells nobody whether a number is in a unit list. Params: `retryAfterSeconds`.
 */
export const OWNER_SIGN_IN_ERROR_MESSAGES = {
  OWNER_SIGN_IN_TOO_MANY: {
    'zh-CN': (p) => `请求过于频繁，请 ${p.retryAfterSeconds} 秒后再试。`,
    en: (p) => `Too many requests; try again in ${p.retryAfterSeconds} seconds.`,
  },
  OWNER_SIGN_IN_REFUSED: {
    'zh-CN': () => '验证码错误或已失效，请重新获取验证码。',
    en: () => 'The code is wrong or no longer valid; ask for a new code.',
  },
  OWNER_SESSION_REQUIRED: {
    'zh-CN': () => '请先用手机号和验证码登录业主服务。',
    en: () => 'Sign in as an owner with your phone number and a code first.',
  },
} satisfies Record<string, Record<Language, Render>>;
