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

/** The page itself never scrolls sideways at this width; wide tables scroll inside their own box. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  await expect(page.locator('[data-testid="loading"], .ant-skeleton')).toHaveCount(0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `the page is ${overflow}px wider than the window`).toBeLessThanOrEqual(0);
}

test.use({ viewport: { width: 768, height: 1024 } });

test("on a 768-wide tablet the lead's and HQ's main screens fit the width", async ({ page, request }) => {
  const run = unique();
  const lead = await createUser(request, { name: `李项目${run}`, role: 'project_lead' });
  const hq = await createUser(request, { name: `集团${run}`, role: 'hq' });
  const project = await apiAs<{ id: string }>(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: `平板项目${run}`,
    batch: '一期',
    firstHandoverDate: addDays(todayInShanghai(), 90),
    centralizedDays: 3,
  });

  await signIn(page, lead);
  await expectNoSidewaysScroll(page);
  await page.goto(`/console/projects/${project.id}`);
  await expect(page.getByTestId('project-title')).toContainText(`平板项目${run}`);
  await expectNoSidewaysScroll(page);
  await screenshot(page, '17-tablet-project-page');
  await page.goto(`/console/projects/${project.id}/units`);
  await expectNoSidewaysScroll(page);

  await page.getByRole('button', { name: /退出登录|Sign out/ }).click();
  await signIn(page, hq);
  await expect(page).toHaveURL(/\/console\/hq\/board$/);
  await expect(page.getByTestId('board-card').first()).toBeVisible();
  await expectNoSidewaysScroll(page);
  await screenshot(page, '18-tablet-hq-board');
  for (const path of ['/console/hq/escalations', '/console/hq/rollup', '/console/cases']) {
    await page.goto(path);
    await expectNoSidewaysScroll(page);
  }
});
