import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Result, Spin } from 'antd';
import { createContext, useContext, useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { api, call } from '../api/client';
import { ApiErrorAlert } from '../shared/api-error-alert';
import { queryProblem } from '../shared/query-view';
import type { CurrentUser } from './roles';
import { session, SESSION_EXPIRED_EVENT } from './session';

const CurrentUserContext = createContext<CurrentUser | null>(null);

export function useCurrentUser(): CurrentUser {
  const user = useContext(CurrentUserContext);
  if (!user) throw new Error('useCurrentUser outside a signed-in page');
  return user;
}

export function signInPathFor(location: { pathname: string; search: string }, expired = false): string {
  const next = encodeURIComponent(`${location.pathname}${location.search}`);
  return `/sign-in?next=${next}${expired ? '&expired=1' : ''}`;
}

/** Pages behind it need a token; an expired or refused token sends the person to sign-in and back afterwards. */
export function RequireSession({ children }: { children: ReactNode }) {
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { t } = useTranslation('common');
  const token = session.token();

  useEffect(() => {
    const onExpired = () => {
      queryClient.clear();
      void navigate(signInPathFor(location, true), { replace: true });
    };
    window.addEventListener(SESSION_EXPIRED_EVENT, onExpired);
    return () => window.removeEventListener(SESSION_EXPIRED_EVENT, onExpired);
  }, [navigate, queryClient, location]);

  const me = useQuery({
    queryKey: ['me', token],
    queryFn: async () => (await call(api.GET('/users/me'))) as CurrentUser,
    enabled: token !== null,
    staleTime: 5 * 60_000,
  });

  if (!token) return <Navigate to={signInPathFor(location, session.hasExpired())} replace />;
  const problem = queryProblem(me);
  if (problem) {
    return (
      <Result
        status="warning"
        title={t('signInFailed')}
        extra={<ApiErrorAlert error={problem.error} retrying={problem.retrying} onRetry={() => void me.refetch()} />}
      />
    );
  }
  if (!me.isSuccess) return <Spin fullscreen tip={t('loading')} />;
  return <CurrentUserContext.Provider value={me.data}>{children}</CurrentUserContext.Provider>;
}
