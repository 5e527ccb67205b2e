import { expect, type APIRequestContext, type Page } from '@playwright/test';
import path from 'node:path';

/** Talks to the product under test the way an admin or a script would: users, tokens, projects. */
export const baseUrl = (): string => {
  const url = process.env.WEB_E2E_BASE_URL;
  if (!url) throw new Error('WEB_E2E_BASE_URL is not set: run the browser tests through `npm run test:web-e2e`.');
  return url;
};

const adminToken = (): string => {
  const token = process.env.WEB_E2E_ADMIN_TOKEN;
  if (!token) throw new Error('WEB_E2E_ADMIN_TOKEN is not set: run the browser tests through `npm run test:web-e2e`.');
  return token;
};

export interface TestUser {
  id: string;
  name: string;
  role: string;
  department: string | null;
  token: string;
}

export async function createUser(
  request: APIRequestContext,
  user: { name: string; role: 'project_lead' | 'department_head' | 'hq' | 'admin'; department?: string },
): Promise<TestUser> {
  const response = await request.post(`${baseUrl()}/users`, {
    data: user,
    headers: { Authorization: `Bearer ${adminToken()}` },
  });
  expect(response.status(), await response.text()).toBe(201);
  return (await response.json()) as TestUser;
}

export async function apiAs<T>(
  request: APIRequestContext,
  user: TestUser,
  method: 'GET' | 'POST' | 'PUT',
  url: string,
  data?: unknown,
): Promise<T> {
  const response = await request.fetch(`${baseUrl()}${url}`, {
    method,
    data,
    headers: { Authorization: `Bearer ${user.token}` },
  });
  expect(response.ok(), `${method} ${url}: ${response.status()} ${await response.text()}`).toBeTruthy();
  return (await response.json()) as T;
}

/** Signs in through the sign-in screen, as a person pasting their token would. */
export async function signIn(page: Page, user: TestUser, landing = '/console/'): Promise<void> {
  await page.goto(landing);
  await page.getByTestId('token-input').fill(user.token);
  await page.getByRole('button', { name: /登录|Sign in/ }).click();
  await expect(page.getByTestId('current-user')).toHaveText(user.name);
}

const screenshotDir = path.join(__dirname, '..', '..', 'test-results', 'screenshots');

/** Screenshots of the main screens, written by every run (not committed): apps/web/test-results/screenshots. */
export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

/** A unique suffix, so tests can share one product without colliding. */
export const unique = (): string => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

/** The unit list's header as a Chinese spreadsheet names its columns (楼栋, 单元, 房号, …). */
export const UNIT_LIST_HEADER = '楼栋,单元,房号,业主姓名,业主电话,合同面积,实测面积,单价,精装/毛坯';

/** Imports the project's unit list as CSV rows under {@link UNIT_LIST_HEADER}; every row must be taken. */
export async function importUnits(
  request: APIRequestContext,
  lead: TestUser,
  projectId: string,
  rows: readonly string[],
): Promise<void> {
  const response = await request.post(`${baseUrl()}/projects/${projectId}/units/import`, {
    data: [UNIT_LIST_HEADER, ...rows].join('\n'),
    headers: { Authorization: `Bearer ${lead.token}`, 'Content-Type': 'text/csv' },
  });
  expect(response.status(), await response.text()).toBe(201);
}
