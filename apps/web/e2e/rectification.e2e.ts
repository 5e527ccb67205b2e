import { expect, test } from '@playwright/test';
import { apiAs, createUser, screenshot, signIn, unique } from './support/stack';

/** The local date `days` from today in Asia/Shanghai (the project's zone), as YYYY-MM-DD. */
function shanghaiDate(days: number): string {
  const instant = new Date(Date.now() + days * 86_400_000);
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(instant);
}

test('a lead sets the days to fix, reads the overdue ageing and the contractor scorecards; HQ reads the portfolio', async ({
  page,
  request,
  browser,
}) => {
  const lead = await createUser(request, { name: `周整改${unique()}`, role: 'project_lead' });
  const hq = await createUser(request, { name: `总部${unique()}`, role: 'hq' });
  const admin = await createUser(request, { name: `管理员${unique()}`, role: 'admin' });
  const project = await apiAs<{ id: string }>(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: `滨江看板${unique()}`,
    batch: '一期',
    firstHandoverDate: '2031-06-01',
    centralizedDays: 3,
  });
  const company = await apiAs<{ id: string }>(request, admin, 'POST', '/contractor-companies', {
    name: `甲防水${unique()}`,
    kind: 'waterproofing',
  });
  await apiAs(request, lead, 'POST', `/projects/${project.id}/contractors`, { companyId: company.id });
  // Public-area defects overdue by 3, 10 and 40 days (hand-picked: one in each of 1–7, 8–14 and over 30).
  for (const [days, place] of [
    [3, '1# 大堂'],
    [10, '1# 地库'],
    [40, '1# 屋面'],
  ] as const) {
    const defect = await apiAs<{ id: string }>(request, lead, 'POST', `/projects/${project.id}/defects`, {
      publicArea: place,
      source: 'unit_inspection',
      category: 'quality',
      trade: 'waterproofing',
      description: `${place}渗水`,
      deadline: shanghaiDate(-days),
    });
    await apiAs(request, lead, 'POST', `/projects/${project.id}/defects/${defect.id}/assign`, {
      contractorCompanyId: company.id,
    });
  }

  await signIn(page, lead);
  await page.goto(`/console/projects/${project.id}/setup`);
  const sla = page.getByTestId('defect-sla-form');
  await expect(page.getByTestId('sla-inUnitDays')).toHaveValue('7');
  await page.getByTestId('sla-inUnitDays').fill('5');
  await page.getByTestId('sla-save').click();
  await expect(page.getByText('整改时限已保存')).toBeVisible();
  await screenshot(page, '34-defect-sla');
  const stored = await apiAs<{ inUnitDays: number }>(request, lead, 'GET', `/projects/${project.id}/defect-sla`);
  expect(stored.inUnitDays).toBe(5);
  await expect(sla).toBeVisible();

  await page.goto(`/console/projects/${project.id}/rectification?by=trade`);
  const ageing = page.getByTestId('ageing-table');
  const row = ageing.getByRole('row', { name: /waterproofing/ });
  await expect(row.getByRole('cell')).toHaveText(['waterproofing', '3', '3', '1', '1', '0', '1']);
  await screenshot(page, '34a-ageing');

  const scorecards = page.getByTestId('scorecards-table');
  const card = scorecards.getByRole('row', { name: /甲防水/ });
  await expect(card.getByRole('cell').nth(2)).toHaveText('3'); // received
  await expect(card.getByRole('cell').nth(9)).toHaveText('3'); // overdue
  await expect(card.getByRole('cell').nth(10)).toHaveText('100.0%'); // overdue rate
  const download = page.waitForEvent('download');
  await page.getByTestId('scorecards-download').click();
  expect((await download).suggestedFilename()).toBe(`contractor-scorecards-${project.id}.xlsx`);
  await screenshot(page, '34b-scorecards');

  const hqPage = await (await browser.newContext()).newPage();
  await signIn(hqPage, hq);
  await hqPage.goto('/console/hq/scorecards');
  await expect(hqPage.getByTestId('scorecards-table').getByRole('row', { name: /甲防水/ })).toBeVisible();
  await screenshot(hqPage, '34c-hq-scorecards');
});
