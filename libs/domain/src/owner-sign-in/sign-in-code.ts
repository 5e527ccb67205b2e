/**
 * 业主验证码登录: the rules of the one-time code an owner signs in with. Pure: the API draws the random number and
 * computes the hash (node:crypto), this file decides what a code looks like and whether an attempt may succeed.
 */

/** Digits of a code (验证码位数). */
export const SIGN_IN_CODE_DIGITS = 6;
/** How long a code may be used after it was sent (有效期): 5 minutes. */
export const SIGN_IN_CODE_TTL_SECONDS = 5 * 60;
/** Wrong tries before a code is dead (最多尝试次数). */
export const SIGN_IN_CODE_MAX_ATTEMPTS = 5;
/** How long an owner session lasts (业主登录有效期): 7 days. */
export const OWNER_SESSION_TTL_SECONDS = 7 * 24 * 3600;

/** A mainland mobile number (中国大陆手机号): 11 digits starting with 1. */
export const MAINLAND_MOBILE = /^1\d{10}$/;

export function isMainlandMobile(phone: string): boolean {
  return MAINLAND_MOBILE.test(phone);
}

/** For logs and audit rows: 13900000001 → 139****0001; never the number in clear. */
export function maskMobile(phone: string): string {
  if (phone.length < 8) return '****';
  return `${phone.slice(0, 3)}****${phone.slice(-4)}`;
}

/** A uniformly drawn integer in [0, 10^6) as the code's six digits, leading zeros kept. */
export function signInCodeFrom(drawn: number): string {
  const limit = 10 ** SIGN_IN_CODE_DIGITS;
  if (!Number.isInteger(drawn) || drawn < 0 || drawn >= limit)
    throw new RangeError(`a code is drawn from [0, ${limit})`);
  return String(drawn).padStart(SIGN_IN_CODE_DIGITS, '0');
}

export function isSignInCodeShaped(code: string): boolean {
  return new RegExp(`^\\d{${SIGN_IN_CODE_DIGITS}}$`).test(code);
}

/** What the database holds of a code: never the code itself. */
export interface SignInCodeState {
  expiresAt: Date;
  attempts: number;
  consumedAt: Date | null;
}

/**
 * The outcome of presenting a code: `accepted` consumes it; `wrong` counts a try (`dead` once it was the last one);
 * `expired`, `consumed` and `exhausted` are refused without counting. The caller answers every refusal alike.
 */
export type SignInAttemptOutcome =
  | { kind: 'accepted' }
  | { kind: 'wrong'; attemptsLeft: number; dead: boolean }
  | { kind: 'expired' }
  | { kind: 'consumed' }
  | { kind: 'exhausted' };

export function judgeSignInAttempt(state: SignInCodeState, matches: boolean, now: Date): SignInAttemptOutcome {
  if (state.consumedAt) return { kind: 'consumed' };
  if (state.attempts >= SIGN_IN_CODE_MAX_ATTEMPTS) return { kind: 'exhausted' };
  if (now.getTime() >= state.expiresAt.getTime()) return { kind: 'expired' };
  if (matches) return { kind: 'accepted' };
  const attemptsLeft = SIGN_IN_CODE_MAX_ATTEMPTS - state.attempts - 1;
  return { kind: 'wrong', attemptsLeft, dead: attemptsLeft === 0 };
}
