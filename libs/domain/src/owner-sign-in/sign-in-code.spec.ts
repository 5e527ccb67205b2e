import {
  isMainlandMobile,
  isSignInCodeShaped,
  judgeSignInAttempt,
  maskMobile,
  SIGN_IN_CODE_MAX_ATTEMPTS,
  signInCodeFrom,
} from './sign-in-code';

const now = new Date('2026-05-01T10:00:00Z');
const later = new Date(now.getTime() + 60_000);
const live = { expiresAt: later, attempts: 0, consumedAt: null };

describe('the owner sign-in code', () => {
  it('is six digits, leading zeros kept, and only from [0, 10^6)', () => {
    expect(signInCodeFrom(42)).toBe('000042');
    expect(signInCodeFrom(999_999)).toBe('999999');
    expect(() => signInCodeFrom(1_000_000)).toThrow(RangeError);
    expect(() => signInCodeFrom(-1)).toThrow(RangeError);
    expect(() => signInCodeFrom(1.5)).toThrow(RangeError);
    expect(isSignInCodeShaped('000042')).toBe(true);
    expect(isSignInCodeShaped('42')).toBe(false);
    expect(isSignInCodeShaped('12345a')).toBe(false);
  });

  it('is accepted once while live and matching', () => {
    expect(judgeSignInAttempt(live, true, now)).toEqual({ kind: 'accepted' });
    expect(judgeSignInAttempt({ ...live, consumedAt: now }, true, later)).toEqual({ kind: 'consumed' });
  });

  it('counts wrong tries and dies at the fifth', () => {
    for (let attempts = 0; attempts < SIGN_IN_CODE_MAX_ATTEMPTS; attempts += 1) {
      const outcome = judgeSignInAttempt({ ...live, attempts }, false, now);
      expect(outcome).toEqual({
        kind: 'wrong',
        attemptsLeft: SIGN_IN_CODE_MAX_ATTEMPTS - attempts - 1,
        dead: attempts === SIGN_IN_CODE_MAX_ATTEMPTS - 1,
      });
    }
    // the right code after five wrong tries is refused too
    expect(judgeSignInAttempt({ ...live, attempts: SIGN_IN_CODE_MAX_ATTEMPTS }, true, now)).toEqual({
      kind: 'exhausted',
    });
  });

  it('is refused from its expiry on, right or wrong', () => {
    expect(judgeSignInAttempt(live, true, later)).toEqual({ kind: 'expired' });
    expect(judgeSignInAttempt(live, false, new Date(later.getTime() + 1))).toEqual({ kind: 'expired' });
  });
});

describe('mainland mobile numbers', () => {
  it('are 11 digits starting with 1', () => {
    expect(isMainlandMobile('13900000001')).toBe(true);
    expect(isMainlandMobile('23900000001')).toBe(false);
    expect(isMainlandMobile('1390000000')).toBe(false);
    expect(isMainlandMobile('139000000012')).toBe(false);
    expect(isMainlandMobile('0571-88886666')).toBe(false);
  });

  it('are masked for logs and audit rows', () => {
    expect(maskMobile('13900000001')).toBe('139****0001');
    expect(maskMobile('123')).toBe('****');
  });
});
