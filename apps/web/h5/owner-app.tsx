import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import type { Language } from '@handover/domain/errors/language';
import { LanguageContext, storeLanguage, storedLanguage, translator, type LanguageState } from './i18n';
import { ownerApi } from './owner-api';
import { ownerSession } from './owner-session';
import { navigate, OWNER_APP_BASE, parseRoute, SIGN_IN_PATH, usePath } from './router';
import { SignInScreen } from './sign-in-screen';
import { UnitHomeScreen } from './unit-home-screen';
import { UnitsScreen } from './units-screen';

/**
 * The address follows the session: /h5/sign-in when signed out; after signing in, back to the page the owner opened
 * (a link in an SMS, say) or /h5/.
 */
function useAddressFor(signedIn: boolean) {
  useEffect(() => {
    const path = window.location.pathname;
    if (signedIn && path === SIGN_IN_PATH) {
      const wanted = new URLSearchParams(window.location.search).get('next');
      navigate(wanted?.startsWith(OWNER_APP_BASE) ? wanted : OWNER_APP_BASE, 'replace');
    }
    if (!signedIn && path !== SIGN_IN_PATH) {
      const next = path === OWNER_APP_BASE ? '' : `?next=${encodeURIComponent(path)}`;
      navigate(`${SIGN_IN_PATH}${next}`, 'replace');
    }
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
  const route = parseRoute(usePath());
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
      {!token ? (
        <SignInScreen />
      ) : route.unitId ? (
        <UnitHomeScreen unitId={route.unitId} section={route.section} />
      ) : (
        <UnitsScreen />
      )}
    </LanguageContext.Provider>
  );
}
