import { expect, test } from '@playwright/test';
import { createUser, screenshot, signIn, unique } from './support/stack';

test("a person signs in with a token, sees only their role's menu, and returns to their page after the token is refused", async ({
  page,
  request,
}) => {
  const lead = await createUser(request, { name: `李项目${unique()}`, role: 'project_lead' });
  await page.goto('/console/');
  await expect(page).toHaveURL(/\/console\/sign-in\?next=/);
  await screenshot(page, '01-sign-in');

  await signIn(page, lead);
  await expect(page).toHaveURL(/\/console\/projects$/);
  const menu = page.getByTestId('main-menu');
  await expect(menu).toContainText('我的项目');
  await expect(menu).not.toContainText('项目看板');

  // English is one click away and stays chosen in this browser.
  await page.getByTestId('language-switch').click();
  await expect(menu).toContainText('My projects');
  await expect(page.getByTestId('projects-table')).toBeVisible();
  await page.reload();
  await expect(page.getByTestId('main-menu')).toContainText('My projects');
  await page.getByTestId('language-switch').click();
  await expect(menu).toContainText('我的项目');

  // The server refuses the token on the next page load: sign-in says why and keeps the page for afterwards.
  await page.evaluate(() => localStorage.setItem('handover.token', 'not-a-valid-token'));
  await page.goto('/console/cases?q=渗漏');
  await expect(page).toHaveURL(/\/console\/sign-in\?next=%2Fcases%3Fq%3D/);
  await expect(page.getByText('登录已过期')).toBeVisible();
  await signIn(page, lead, page.url());
  await expect(page).toHaveURL(/\/console\/cases\?q=/);
});

test("a wrong token gets the server's message, not a blank page", async ({ page }) => {
  await page.goto('/console/sign-in');
  await page.getByTestId('token-input').fill('eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0.bad');
  await page.getByRole('button', { name: /登录|Sign in/ }).click();
  await expect(page.getByRole('alert')).toContainText('登录已失效');
});
