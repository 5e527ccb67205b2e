import { QueryClientProvider } from '@tanstack/react-query';
import { render } from '@testing-library/react';
import { App as AntApp, ConfigProvider } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import type { ComponentType } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { RequireSession } from '../../auth/auth-context';
import { createQueryClient } from '../../shared/query-client';

/**
 * For component tests: one project screen under the console's providers (antd configured as the console does it, a
 * fresh query client, the signed-in user from GET /users/me) at `path` of `pattern`, without the console's route table
 * (so a test of this screen does not build every other screen).
 */
export function renderProjectPage(Page: ComponentType, pattern: string, path: string) {
  const router = createMemoryRouter(
    [
      {
        path: pattern,
        element: (
          <RequireSession>
            <Page />
          </RequireSession>
        ),
      },
      { path: '*', element: <div data-testid="elsewhere" /> },
    ],
    { initialEntries: [path] },
  );
  return {
    router,
    ...render(
      <ConfigProvider locale={zhCN} button={{ autoInsertSpace: false }}>
        <AntApp>
          <QueryClientProvider client={createQueryClient()}>
            <RouterProvider router={router} />
          </QueryClientProvider>
        </AntApp>
      </ConfigProvider>,
    ),
  };
}
