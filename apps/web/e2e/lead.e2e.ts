import { expect, test, type Page } from '@playwright/test';
import { apiAs, createUser, screenshot, signIn, unique } from './support/stack';

/** A calendar day `days` from today in Asia/Shanghai (the projects' time zone), as YYYY-MM-DD. */
function dayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function pickDate(page: Page, selector: string, date: string): Promise<void> {
  const input = page.locator(selector);
  await input.click();
  await input.press('ControlOrMeta+a');
  await input.pressSequentially(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
}

test('a project lead previews the plan while launching, lands on the project page and previews a postponement', async ({
  page,
  request,
}) => {
  const lead = await createUser(request, { name: `李项目${unique()}`, role: 'project_lead' });
  const engineer = await createUser(request, {
    name: `张工${unique()}`,
    role: 'department_head',
    department: 'engineering',
  });
  const existing = `已有项目${unique()}`;
  await apiAs(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: existing,
    batch: '一期',
    firstHandoverDate: dayFromToday(120),
    centralizedDays: 3,
  });

  await signIn(page, lead);
  await expect(page.getByTestId('projects-table')).toContainText(`${existing} · 一期`);
  await screenshot(page, '02-lead-projects');

  await page.getByTestId('launch-project').click();
  await expect(page).toHaveURL(/\/console\/projects\/new$/);
  const name = `滨江壹号${unique()}`;
  await page.locator('#cityCompany').fill('杭州城市公司');
  await page.locator('#name').fill(name);
  await page.locator('#batch').fill('二期 3#–5#');

  // D too close to today: the D-20 transfer cannot be met, and the preview says why before anything is submitted.
  await pickDate(page, '#firstHandoverDate', dayFromToday(10));
  const problems = page.getByTestId('plan-problems');
  await expect(problems).toContainText('property transfer');
  await expect(problems.locator('li[data-code="transfer_rule"]')).toHaveCount(1);

  const D = dayFromToday(90);
  await pickDate(page, '#firstHandoverDate', D);
  await expect(page.getByTestId('preview-timeline-d')).toHaveAttribute('data-date', D);
  await expect(page.getByTestId('plan-ok')).toBeVisible();
  await expect(page.getByTestId('preview-milestone-propertyTransfer')).toContainText(dayFromToday(70));
  await expect(page.getByTestId('preview-milestone-propertyTransfer')).toContainText('物业');
  await expect(page.getByTestId('preview-milestone-openDay')).toContainText(dayFromToday(60));
  await expect(page.getByTestId('preview-phases')).toContainText('集中交付');
  await expect(page.getByTestId('preview-timeline-bar-riskSelfCheck')).toBeVisible();
  await screenshot(page, '03-launch-plan-preview');

  // Staff it with a department head found by name, not by typing an id.
  await page.getByTestId('department-head-picker').click();
  await page.keyboard.type(engineer.name);
  await page.locator('.ant-select-item-option', { hasText: `${engineer.name} · 工程` }).click();
  await page.keyboard.press('Escape');

  // The project's own reminders and escalation ladder (提醒与升级), sent with the launch.
  await page.getByText('提醒与升级', { exact: false }).click();
  await page.getByTestId('notifications-reminderDaysBefore').fill('x');
  await expect(page.getByText('请填写 0–30 之间的整数，用逗号分隔')).toBeVisible();
  await page.getByTestId('notifications-reminderDaysBefore').fill('7,2');
  await page.getByTestId('notifications-reminderTime').fill('08:30');
  await page.getByLabel('逾期几天升级集团').fill('6');
  await screenshot(page, '03a-launch-notifications');

  const launched = page.waitForRequest((req) => req.method() === 'POST' && /\/projects$/.test(req.url()));
  await page.getByTestId('launch-submit').click();
  expect((await launched).postDataJSON().notifications).toEqual({
    reminderDaysBefore: [7, 2],
    reminderTime: '08:30',
    hqAfterDays: 6,
  });
  await expect(page).toHaveURL(/\/console\/projects\/[0-9a-f-]{36}$/);
  const projectId = page.url().split('/').pop()!;
  const seenByEngineer = await apiAs<{ id: string }>(request, engineer, 'GET', `/projects/${projectId}`);
  expect(seenByEngineer.id).toBe(projectId);
  await expect(page.getByTestId('project-title')).toHaveText(`${name} · 二期 3#–5#`);
  await expect(page.getByTestId('timeline-bar-riskSelfCheck')).toHaveAttribute('data-status', 'active');
  await expect(page.getByTestId('timeline-bar-summary')).toHaveAttribute('data-status', 'pending');
  await expect(page.getByTestId('timeline-today')).toHaveAttribute('data-date', dayFromToday(0));
  await expect(page.getByTestId('timeline-d')).toHaveAttribute('data-date', D);
  await expect(page.getByTestId('milestone-propertyTransfer')).toContainText(dayFromToday(70));
  await expect(page.getByTestId('milestone-unitInspection')).toContainText('待审批');
  await expect(page.getByTestId('plan-history')).toContainText(D);
  await screenshot(page, '04-project-page');

  const newD = dayFromToday(104);
  await pickDate(page, '#newDate', newD);
  const preview = page.getByTestId('postponement-preview');
  await expect(preview.getByTestId('timeline-current-d')).toHaveAttribute('data-date', D);
  await expect(preview.getByTestId('timeline-proposed-d')).toHaveAttribute('data-date', newD);
  await expect(preview.getByTestId('shift-propertyTransfer')).toHaveText('+14');
  await expect(page.getByTestId('postponement-due-dates')).toContainText(dayFromToday(84));
  await page.getByTestId('postpone-reason').fill('电梯安装延误');
  await screenshot(page, '05-postponement-preview');

  await page.getByTestId('postpone-submit').click();
  await expect(page.getByTestId('postponement-requests')).toContainText('待集团决定');
  await expect(page.getByTestId('postponement-requests')).toContainText(newD);
});
