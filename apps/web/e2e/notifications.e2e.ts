import { expect, test, type Page } from '@playwright/test';
import { apiAs, createUser, screenshot, signIn, unique } from './support/stack';

const todayInShanghai = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());
function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

const bellCount = async (page: Page): Promise<number> =>
  Number(await page.getByTestId('notification-bell').getAttribute('data-count'));

test('an escalation reaches HQ in the console without a reload; the bell, the list, the settings and the admin screens', async ({
  page,
  request,
}) => {
  const run = unique();
  const lead = await createUser(request, { name: `李项目${run}`, role: 'project_lead' });
  const hq = await createUser(request, { name: `集团${run}`, role: 'hq' });
  const name = `通知项目${run}`;
  const project = await apiAs<{ id: string }>(request, lead, 'POST', '/projects', {
    cityCompany: '苏州城市公司',
    name,
    batch: '一期',
    firstHandoverDate: addDays(todayInShanghai(), 90),
    centralizedDays: 3,
  });

  await signIn(page, hq, '/console/hq/board');
  // The bell has answered once (its count is a number) before the complaint is raised.
  await expect(page.getByTestId('notification-bell')).toHaveAttribute('data-count', /^\d+$/);
  const before = await bellCount(page);
  const navigations: string[] = [];
  page.on('framenavigated', (frame) => {
    if (frame === page.mainFrame()) navigations.push(frame.url());
  });

  // The project lead raises a major complaint (重大投诉) through the API: HQ is told at once.
  await apiAs(request, lead, 'POST', `/projects/${project.id}/complaints`, {
    subject: `客厅地面空鼓${run}`,
    description: '业主在交付现场提出异议',
    receivedAt: new Date(Date.now() - 60_000).toISOString(),
    severity: 'major',
  });
  const raisedAt = Date.now();

  // The bell asks every 15 s; the dispatcher fans the complaint out within seconds.
  await expect.poll(() => bellCount(page), { timeout: 45_000, intervals: [1_000] }).toBeGreaterThan(before);
  const seconds = ((Date.now() - raisedAt) / 1000).toFixed(1);
  console.log(`the bell's count rose ${seconds} s after the complaint was raised`);
  expect(navigations, 'the page was not reloaded').toEqual([]);

  await page.getByTestId('notification-bell').click();
  const panel = page.getByTestId('notification-panel');
  const item = panel.getByTestId('notification-item').filter({ hasText: name });
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-unread', 'true');
  await expect(item).toContainText('升级');
  await expect(item.getByTestId('notification-title')).toHaveText(`【升级】${name}`);
  await expect(item).toContainText(`客厅地面空鼓${run}`);
  await screenshot(page, '19-notifications');

  // On a phone (390 px wide) the header and the panel fit the screen.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.getByTestId('notification-bell').click();
  await expect(item).toBeVisible();
  const header = await page.locator('.app-header').evaluate((element) => element.scrollWidth - element.clientWidth);
  expect(header, 'the header overflows').toBeLessThanOrEqual(0);
  // Once its opening animation is over.
  await expect
    .poll(async () => {
      const box = await panel.boundingBox();
      return box ? [Math.round(box.x) >= 0, Math.round(box.x + box.width) <= 390] : null;
    })
    .toEqual([true, true]);
  await expect(page.locator('.ant-popover').filter({ has: panel })).not.toHaveClass(/-(enter|appear)/);
  await screenshot(page, '19a-notifications-phone');

  // Opening it marks it read and goes to its page inside the console.
  const count = await bellCount(page);
  await item.click();
  await expect(page).toHaveURL(/\/console\/hq\/escalations$/);
  await expect(page.getByTestId('notification-bell')).toHaveAttribute('data-count', String(count - 1));
  await page.setViewportSize({ width: 1280, height: 800 });

  // The full list, read and unread.
  await page.goto('/console/notifications');
  const listed = page.getByTestId('notification-list').getByTestId('notification-item').filter({ hasText: name });
  await expect(listed).toHaveAttribute('data-unread', 'false');
  await screenshot(page, '19b-notification-page');

  // My notification settings, from the user menu: saved and read back.
  await page.getByTestId('user-menu').click();
  await page.getByRole('menuitem', { name: '我的通知设置' }).click();
  await expect(page).toHaveURL(/\/console\/settings\/notifications$/);
  await page.getByLabel('电子邮箱').fill(`hq-${run}@example.com`);
  await page.getByTestId('quiet-start').fill('22:00');
  await page.getByTestId('channels-daily_briefing').getByLabel('邮件').check();
  await page.getByTestId('settings-save').click();
  await expect(page.getByText('通知设置已保存')).toBeVisible();
  await screenshot(page, '19c-notification-settings');
  const saved = await apiAs<{
    email: string;
    quietHours: { start: string };
    preferences: { daily_briefing: string[] };
  }>(request, hq, 'GET', `/users/${hq.id}/contacts`);
  expect(saved).toMatchObject({
    email: `hq-${run}@example.com`,
    quietHours: { start: '22:00', end: '08:00' },
    preferences: { daily_briefing: ['email'] },
  });

  // An admin: the deliveries from the menu, and this person's settings by their id.
  await page.getByRole('button', { name: /退出登录|Sign out/ }).click();
  const admin = await createUser(request, { name: `管理员${run}`, role: 'admin' });
  await signIn(page, admin);
  await page.getByTestId('main-menu').getByText('通知投递').click();
  await expect(page).toHaveURL(/\/console\/admin\/notification-deliveries$/);
  await expect(page.getByTestId('delivery-list')).toBeVisible();
  await screenshot(page, '19d-notification-deliveries');
  await page.goto(`/console/admin/users/${hq.id}/notifications`);
  await expect(page.getByTestId('settings-title')).toHaveText(`用户 ${hq.id} 的通知设置`);
  await expect(page.getByLabel('电子邮箱')).toHaveValue(`hq-${run}@example.com`);
});
