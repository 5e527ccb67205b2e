import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { ApiError } from './api/api-error';
import { routes } from './routes';

function retryUnlessRefused(failureCount: number, error: unknown): boolean {
  // A refusal (4xx) will not change on retry; a dropped connection or a 5xx might.
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function App() {
  const { i18n } = useTranslation();
  const queryClient = useMemo(
    () => new QueryClient({ defaultOptions: { queries: { retry: retryUnlessRefused, staleTime: 15_000, refetchOnWindowFocus: false } } }),
    [],
  );
  const router = useMemo(() => createBrowserRouter(routes, { basename: '/console' }), []);
  return (
    <ConfigProvider locale={i18n.language === 'en' ? enUS : zhCN} button={{ autoInsertSpace: false }} theme={{ token: { colorPrimary: '#1f6feb', borderRadius: 6 } }}>
      <AntApp>
        <QueryClientProvider client={queryClient}>
          <RouterProvider router={router} />
        </QueryClientProvider>
      </AntApp>
    </ConfigProvider>
  );
}
