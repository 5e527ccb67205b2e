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

test('an admin registers a contractor company, adds it to a project from set-up and creates a contractor user for it', async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const admin = await createUser(request, { name: `管理员${unique()}`, role: 'admin' });
  const lead = await createUser(request, { name: `冯项目${unique()}`, role: 'project_lead' });
  const engineering = await createUser(request, {
    name: `褚工程${unique()}`,
    role: 'department_head',
    department: 'engineering',
  });
  const project = await apiAs<{ id: string; name: string }>(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: `之江府${unique()}`,
    batch: '一期',
    firstHandoverDate: '2031-06-01',
    centralizedDays: 3,
    departmentHeadIds: [engineering.id],
  });
  const companyName = `东方雨虹防水工程${unique()}有限公司`;

  // 施工单位: the admin registers a waterproofing subcontractor; a second time the name is refused in Chinese.
  await signIn(page, admin);
  await page.getByRole('menuitem', { name: /施工单位$/ }).click();
  await expect(page).toHaveURL(/\/console\/admin\/contractor-companies/);
  const register = async () => {
    await page.getByTestId('companies-create').click();
    const form = page.getByTestId('company-form');
    await form.getByTestId('company-name').fill(companyName);
    await form.getByTestId('company-kind').click();
    await page.getByTitle('防水分包', { exact: true }).click();
    await form.getByTestId('company-submit').click();
    return form;
  };
  await register();
  await expect(page.getByText(`已登记施工单位 ${companyName}`)).toBeVisible();
  await expect(page.getByTestId('company-form')).toBeHidden();
  const again = await register();
  await expect(again.getByRole('alert')).toContainText(`已有名为“${companyName}”的施工单位，请直接选用它。`);
  await again.getByRole('button', { name: /取\s*消/ }).click();
  await expect(again).toBeHidden();
  await page.getByTestId('companies-search').locator('input').fill(companyName.slice(0, 12));
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByTestId('companies-list').getByRole('row', { name: new RegExp(companyName) })).toContainText(
    '防水分包',
  );
  const companies = await apiAs<{ items: { id: string; name: string; kind: string }[] }>(
    request,
    admin,
    'GET',
    `/contractor-companies?q=${encodeURIComponent(companyName)}`,
  );
  expect(companies.items).toHaveLength(1);
  expect(companies.items[0]).toMatchObject({ name: companyName, kind: 'waterproofing' });
  const companyId = companies.items[0]!.id;

  // 项目设置: the company is brought onto the project, found by part of its name.
  await page.goto(`/console/projects/${project.id}/setup`);
  const panel = page.getByTestId('project-contractors');
  await expect(panel).toContainText('尚未加入施工单位');
  await panel.getByTestId('project-contractors-picker').getByRole('combobox').fill(companyName.slice(0, 12));
  await page.getByTitle(`${companyName} · 防水分包`, { exact: true }).click();
  await panel.getByTestId('project-contractors-add').click();
  await expect(panel.getByTestId('project-contractor')).toHaveCount(1);
  await expect(panel.getByTestId('project-contractor')).toContainText(companyName);
  await expect(page.getByText(`已把 ${companyName} 加入项目`)).toBeVisible();
  const onProject = await apiAs<{ id: string }[]>(request, admin, 'GET', `/projects/${project.id}/contractors`);
  expect(onProject.map((company) => company.id)).toEqual([companyId]);
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
  await panel.scrollIntoViewIfNeeded();
  await screenshot(page, '31-contractor-company');

  // 用户管理: a contractor user needs the company (refused here without it), then gets the token once.
  const workerName = `卫施工${unique()}`;
  await page.getByRole('menuitem', { name: '用户管理' }).click();
  await page.getByTestId('users-create').click();
  const form = page.getByTestId('create-user-form');
  await form.getByTestId('create-user-name').fill(workerName);
  await form.getByTestId('create-user-role').click();
  await page.getByTitle('施工单位', { exact: true }).click();
  await form.getByTestId('create-user-submit').click();
  await expect(form).toContainText('施工单位账号须选择所属施工单位');
  await form.getByTestId('create-user-company').getByRole('combobox').fill(companyName.slice(0, 12));
  await page.getByTitle(`${companyName} · 防水分包`, { exact: true }).click();
  await form.getByTestId('create-user-submit').click();
  const issued = page.getByTestId('token-issued');
  await expect(issued).toContainText('令牌只显示这一次');
  const token = (await issued.getByTestId('token-value').innerText()).trim();
  await screenshot(page, '31a-contractor-user');
  await page.getByTestId('token-done').click();

  // The token is the contractor's, and the project their company was added to is theirs to see.
  const worker: TestUser = { id: '', name: workerName, role: 'contractor', department: null, token };
  const me = await apiAs<{ name: string; role: string }>(request, worker, 'GET', '/users/me');
  expect(me).toMatchObject({ name: workerName, role: 'contractor' });
  const theirs = await apiAs<{ items: { id: string }[] }>(request, worker, 'GET', '/projects');
  expect(theirs.items.map((item) => item.id)).toContain(project.id);
});
