import { gzipSync } from 'node:zlib';
import { expect, test, type Response } from '@playwright/test';
import { apiAs, baseUrl, createUser, importUnits, screenshot, unique } from './support/stack';
import { codeFromOutbox, expectNoSidewaysScroll, PHONE } from './support/owner-phone';

/** The budget for the owner app on a slow phone: the JavaScript the first screen loads, gzipped. */
const INITIAL_JS_BUDGET = 150 * 1024;

test('owner app: an owner signs in on a phone with a code from the SMS outbox and sees their home', async ({
  browser,
  request,
}) => {
  const lead = await createUser(request, { name: `孙交付${unique()}`, role: 'project_lead' });
  const admin = await createUser(request, { name: `周管理${unique()}`, role: 'admin' });
  const project = await apiAs<{ id: string; name: string }>(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: `滨江花园-${unique()}`,
    batch: '一期',
    firstHandoverDate: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
    centralizedDays: 3,
  });
  const phone = `139${String(Date.now() % 1e8).padStart(8, '0')}`;
  await importUnits(request, lead, project.id, [`6#,2,1801,吴业主,${phone},118.20,118.05,31000.00,精装`]);

  const context = await browser.newContext({
    baseURL: baseUrl(),
    ...PHONE,
  });
  const page = await context.newPage();
  // what the first screen loads (later loads, e.g. the reload's 304s, are not counted)
  const scripts: Promise<number>[] = [];
  const countScript = (response: Response) => {
    if (new URL(response.url()).pathname.startsWith('/h5/') && response.request().resourceType() === 'script') {
      scripts.push(response.body().then((body) => gzipSync(body).length));
    }
  };
  page.on('response', countScript);

  // A signed-out owner opening the app lands on 登录; a deep link is answered by the app (SPA fallback).
  await page.goto('/h5/');
  await expect(page.getByRole('heading', { name: '业主登录' })).toBeVisible();
  await expect(page).toHaveURL(/\/h5\/sign-in$/);
  page.off('response', countScript);
  const initialJs = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
  console.log(`owner app initial JS: ${(initialJs / 1024).toFixed(1)} KB gzipped in ${scripts.length} file(s)`);
  expect(initialJs).toBeGreaterThan(0);
  expect(initialJs).toBeLessThanOrEqual(INITIAL_JS_BUDGET);
  const deepLink = await page.request.get('/h5/sign-in');
  expect(deepLink.status()).toBe(200);
  expect(await deepLink.text()).toContain('<div id="root">');

  await page.getByPlaceholder('请输入 11 位手机号').fill(phone);
  await page.getByRole('button', { name: '获取验证码' }).click();
  await expect(page.getByRole('status')).toContainText('验证码已发送');
  await expect(page.getByRole('button', { name: /^\d+ 秒后重新获取$/ })).toBeDisabled();
  await expectNoSidewaysScroll(page);

  // A wrong code is refused in the owner's words, then the code from the outbox signs in.
  const code = await codeFromOutbox(page, admin, phone);
  await page.getByPlaceholder('6 位验证码').fill(code === '000000' ? '111111' : '000000');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('alert')).toHaveText('验证码错误或已失效，请重新获取验证码。');
  await page.getByPlaceholder('6 位验证码').fill(code);
  await screenshot(page, '40-owner-sign-in');
  await page.getByRole('button', { name: '登录' }).click();

  const home = page.getByTestId('owner-unit');
  await expect(home).toHaveCount(1);
  await expect(home).toContainText(project.name);
  await expect(home).toContainText('6#-2-1801');
  await expect(home).toContainText('未开始');
  await expect(home).toContainText('118.20 m²');
  await expect(page).toHaveURL(/\/h5\/$/);
  await expectNoSidewaysScroll(page);
  await screenshot(page, '40a-owner-units');

  // English on demand; a reload keeps the session and the language.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'My homes' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'My homes' })).toBeVisible();
  await expect(home).toContainText('Not started');
  await expectNoSidewaysScroll(page);

  // Signing out ends the session on the server too: the old token no longer reads the units.
  const token = await page.evaluate(() => localStorage.getItem('handover.owner.token'));
  expect(token).toMatch(/^hov_owner_/);
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('heading', { name: 'Owner sign-in' })).toBeVisible();
  const after = await page.request.get('/owner/me/units', { headers: { Authorization: `Bearer ${token}` } });
  expect(after.status()).toBe(401);
  await context.close();
});
