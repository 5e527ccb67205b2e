import { useEffect, useState, type FormEvent } from 'react';
import { MAINLAND_MOBILE } from '@handover/domain/owner-sign-in';
import { ApiError } from '../src/api/api-error';
import { useLanguage } from './i18n';
import { call, ownerApi, refusalText } from './owner-api';
import { ownerSession } from './owner-session';

/** Seconds before 获取验证码 may be pressed again: the server takes one code request a minute per number. */
export const RESEND_SECONDS = 60;

const SIX_DIGITS = /^\d{6}$/;

/** Counts down to zero from the moment `start(seconds)` is called; a deadline, so a throttled tab stays right. */
function useCountdown(): [number, (seconds: number) => void] {
  const [deadline, setDeadline] = useState(0);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline <= Date.now()) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  const left = Math.max(0, Math.ceil((deadline - now) / 1000));
  const start = (seconds: number) => {
    setNow(Date.now());
    setDeadline(Date.now() + seconds * 1000);
  };
  return [left, start];
}

/** 登录: phone number → 获取验证码 → the six-digit code → 登录. */
export function SignInScreen() {
  const { t, language } = useLanguage();
  const [phone, setPhone] = useState('');
  const [code, setCode] = useState('');
  const [notice, setNotice] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<'code' | 'sign-in' | null>(null);
  const [resendIn, startCountdown] = useCountdown();

  const phoneValid = MAINLAND_MOBILE.test(phone);

  async function requestCode() {
    setProblem(null);
    setNotice(null);
    if (!phoneValid) return setProblem(t('phoneInvalid'));
    setBusy('code');
    try {
      const sent = await call(ownerApi.POST('/owner/sign-in/code', { body: { phone } }));
      startCountdown(RESEND_SECONDS);
      setNotice(t('codeSent', { minutes: Math.round(sent.expiresInSeconds / 60) }));
    } catch (error) {
      const wait = error instanceof ApiError ? error.params?.retryAfterSeconds : undefined;
      if (typeof wait === 'number') startCountdown(Math.min(wait, 3600));
      setProblem(refusalText(error, language, t));
    } finally {
      setBusy(null);
    }
  }

  async function signIn(event: FormEvent) {
    event.preventDefault();
    setProblem(null);
    if (!phoneValid) return setProblem(t('phoneInvalid'));
    if (!SIX_DIGITS.test(code)) return setProblem(t('codeInvalid'));
    setBusy('sign-in');
    try {
      const session = await call(ownerApi.POST('/owner/sign-in', { body: { phone, code } }));
      ownerSession.save(session.token);
    } catch (error) {
      setProblem(refusalText(error, language, t));
      setBusy(null);
    }
  }

  return (
    <main className="screen sign-in">
      <h1>{t('signInTitle')}</h1>
      <p className="hint">{t('signInHint')}</p>
      <form onSubmit={(event) => void signIn(event)} noValidate>
        <label className="field">
          <span>{t('phone')}</span>
          <input
            name="phone"
            type="tel"
            inputMode="numeric"
            autoComplete="tel-national"
            maxLength={11}
            placeholder={t('phonePlaceholder')}
            value={phone}
            onChange={(event) => setPhone(event.target.value.replace(/\D/g, ''))}
          />
        </label>
        <label className="field">
          <span>{t('code')}</span>
          <span className="code-row">
            <input
              name="code"
              type="text"
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={6}
              placeholder={t('codePlaceholder')}
              value={code}
              onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
            />
            <button
              type="button"
              className="secondary"
              disabled={busy !== null || resendIn > 0}
              onClick={() => void requestCode()}
            >
              {resendIn > 0 ? t('resendIn', { seconds: resendIn }) : t('requestCode')}
            </button>
          </span>
        </label>
        {notice && (
          <p className="notice" role="status">
            {notice}
          </p>
        )}
        {problem && (
          <p className="problem" role="alert">
            {problem}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy !== null}>
          {busy === 'sign-in' ? t('signingIn') : t('signIn')}
        </button>
      </form>
    </main>
  );
}
