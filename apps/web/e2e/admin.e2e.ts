import { expect, test } from '@playwright/test';
import { apiAs, createUser, screenshot, signIn, unique, type TestUser } from './support/stack';

test('an admin creates a user and their token, who signs in with it; as the lead they see the staff, name the city responsible, save a robot and test it', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const admin = await createUser(request, { name: `管理员${unique()}`, role: 'admin' });
  const leadName = `周项目${unique()}`;

  // The admin creates a project lead from 用户管理 and gets the token once.
  await signIn(page, admin);
  await page.getByRole('menuitem', { name: '用户管理' }).click();
  await expect(page).toHaveURL(/\/console\/admin\/users/);
  await page.getByTestId('users-create').click();
  const form = page.getByTestId('create-user-form');
  await form.getByTestId('create-user-name').fill(leadName);
  await form.getByTestId('create-user-role').click();
  await page.getByTitle('项目负责人', { exact: true }).click();
  await form.getByTestId('create-user-submit').click();
  const issued = page.getByTestId('token-issued');
  await expect(issued).toContainText('令牌只显示这一次');
  const token = (await issued.getByTestId('token-value').innerText()).trim();
  expect(token.split('.')).toHaveLength(3);
  await expect(issued.getByRole('button', { name: /复制令牌|copy/i })).toBeVisible();
  await screenshot(page, '29a-token-issued');
  await page.getByTestId('token-done').click();
  await expect(issued).toBeHidden();

  // The new user is in the list, found by part of the name on the server.
  await page.getByTestId('users-search').locator('input').fill(leadName.slice(0, -2));
  await expect(page).toHaveURL(/q=/);
  const list = page.getByTestId('users-list');
  await expect(list.getByRole('row', { name: new RegExp(leadName) })).toContainText('项目负责人');
  await screenshot(page, '29-admin-users');

  // The new user signs in with that token, in a browser of their own.
  const lead: TestUser = { id: '', name: leadName, role: 'project_lead', department: null, token };
  const leadContext = await browser.newContext();
  const leadPage = await leadContext.newPage();
  await signIn(leadPage, lead);
  const me = await apiAs<{ id: string }>(request, lead, 'GET', '/users/me');
  lead.id = me.id;

  // Their project, staffed with a department head; a city-company person to name as responsible.
  const engineering = await createUser(request, {
    name: `吴工程${unique()}`,
    role: 'department_head',
    department: 'engineering',
  });
  const city = await createUser(request, { name: `郑城市${unique()}`, role: 'project_lead' });
  const project = await apiAs<{ id: string }>(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: `钱江壹号${unique()}`,
    batch: '一期',
    firstHandoverDate: '2031-06-01',
    centralizedDays: 3,
    departmentHeadIds: [engineering.id],
  });
  await leadPage.goto(`/console/projects/${project.id}/setup`);
  await expect(leadPage.getByTestId('current-staff')).toContainText(engineering.name);
  await expect(leadPage.getByTestId('current-staff')).toContainText('工程');

  // 城市公司负责人: searched by name among everyone, saved, and shown with the staff.
  const picker = leadPage.getByTestId('city-responsible');
  await picker.getByRole('combobox').fill(city.name);
  await leadPage.getByTitle(`${city.name} · 项目负责人`).click();
  await picker.getByTestId('city-responsible-save').click();
  await expect(leadPage.getByTestId('city-responsible-name')).toHaveText(city.name);
  const staff = await apiAs<{ cityResponsible: { userId: string } | null }>(
    request,
    lead,
    'GET',
    `/projects/${project.id}/assignments`,
  );
  expect(staff.cityResponsible?.userId).toBe(city.id);

  // A WeChat Work robot with a key no group has: saved, then a test message through it. The robot refuses it
  // (errcode 93000) or, without internet, cannot be reached: either way a coded outcome, never a server error.
  const robots = leadPage.getByTestId('robots');
  await robots
    .getByTestId('robot-url')
    .fill('https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=playwright-no-such-key');
  await robots.getByTestId('robots-time-input').fill('19:30');
  await robots.getByTestId('robots-save').click();
  await expect(robots.getByTestId('robot-row')).toHaveCount(1);
  await expect(robots.getByTestId('robot-row')).toContainText('key=…-key');
  await expect(robots.getByTestId('robots-time')).toHaveText('19:30');
  await expect(robots.getByTestId('robots-time-input')).toHaveValue('19:30');
  await robots.getByTestId('robots-test').click();
  await expect(robots.getByTestId('robots-test-summary')).toContainText('测试消息：0 / 1 个机器人已收到', {
    timeout: 40_000,
  });
  await expect(robots.getByTestId('robot-outcome')).toHaveText(/机器人拒收（错误码 \d+）|无法连接机器人/);
  await expect(robots.getByTestId('robot-detail')).toContainText('机器人答复');
  await robots.getByTestId('reporting-start').click();
  await expect(robots.getByTestId('reporting-started')).toContainText('每日快报');
  await expect(leadPage.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await screenshot(leadPage, '30-robots');
  await leadContext.close();
});
