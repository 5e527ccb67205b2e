import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Language } from '@handover/domain/errors/language';
import { LanguageContext, storeLanguage, storedLanguage, translator, type LanguageState } from './i18n';
import { ownerApi } from './owner-api';
import { ownerSession } from './owner-session';
import { SignInScreen } from './sign-in-screen';
import { UnitsScreen } from './units-screen';

/** Where the app is served; its screens are paths below it. */
export const OWNER_APP_BASE = '/h5/';
const SIGN_IN_PATH = `${OWNER_APP_BASE}sign-in`;

/** The address follows the session: /h5/sign-in when signed out, /h5/ when signed in. */
function useAddressFor(signedIn: boolean) {
  useEffect(() => {
    const onSignIn = window.location.pathname === SIGN_IN_PATH;
    if (signedIn && onSignIn) window.history.replaceState(null, '', OWNER_APP_BASE);
    if (!signedIn && !onSignIn) window.history.replaceState(null, '', SIGN_IN_PATH);
  }, [signedIn]);
}

/** 业主端: the shell (title, language switch, sign-out) around 登录 or 我的房屋. */
export function OwnerApp() {
  const token = useSyncExternalStore(ownerSession.subscribe, ownerSession.token, () => null);
  const [language, setLanguageState] = useState<Language>(storedLanguage);
  const setLanguage = useCallback((next: Language) => {
    storeLanguage(next);
    setLanguageState(next);
  }, []);
  const languageState = useMemo<LanguageState>(
    () => ({ language, t: translator(language), setLanguage }),
    [language, setLanguage],
  );
  const { t } = languageState;
  useAddressFor(token !== null);
  useEffect(() => {
    document.title = t('appTitle');
  }, [t]);

  async function signOut() {
    // the token is forgotten here whatever the server answers; a revoked or unknown one is of no use either way
    await ownerApi.POST('/owner/sign-out').catch(() => undefined);
    ownerSession.clear();
  }

  return (
    <LanguageContext.Provider value={languageState}>
      <header className="bar">
        <span className="bar__title">{t('appTitle')}</span>
        <span className="bar__actions">
          <button
            type="button"
            className="link"
            lang={language === 'en' ? 'zh-CN' : 'en'}
            onClick={() => setLanguage(language === 'en' ? 'zh-CN' : 'en')}
          >
            {t('switchLanguage')}
          </button>
          {token && (
            <button type="button" className="link" onClick={() => void signOut()}>
              {t('signOut')}
            </button>
          )}
        </span>
      </header>
      {token ? <UnitsScreen /> : <SignInScreen />}
    </LanguageContext.Provider>
  );
}
