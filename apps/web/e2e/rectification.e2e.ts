import { expect, test } from '@playwright/test';
import { apiAs, createUser, importUnits, screenshot, signIn, unique } from './support/stack';

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

test('five leaks of one trade in a building within three days raise one frequent-problem alert, which the lead makes a case', async ({
  page,
  request,
}) => {
  const lead = await createUser(request, { name: `吴预警${unique()}`, role: 'project_lead' });
  const project = await apiAs<{ id: string }>(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: `滨江预警${unique()}`,
    batch: '一期',
    firstHandoverDate: '2031-06-01',
    centralizedDays: 3,
  });
  const rooms = ['101', '102', '103', '104', '201', '202'];
  await importUnits(
    request,
    lead,
    project.id,
    rooms.map((room, i) =>
      ['3#', '1', room, `业主${i}`, `1391111${String(i).padStart(4, '0')}`, '89.57', '89.57', '25000.00', '精装'].join(
        ',',
      ),
    ),
  );
  const { units } = await apiAs<{ units: { id: string; room: string }[] }>(
    request,
    lead,
    'GET',
    `/projects/${project.id}/units/grid`,
  );
  // Five waterproofing leaks in 3# today reach the default threshold (5 in 3 days); a sixth raises nothing more.
  for (const room of rooms)
    await apiAs(request, lead, 'POST', `/projects/${project.id}/defects`, {
      unitId: units.find((unit) => unit.room === room)!.id,
      source: 'open_day',
      category: 'quality',
      trade: '防水',
      description: `${room} 卫生间渗水`,
    });

  await signIn(page, lead);
  await page.goto(`/console/projects/${project.id}/rectification`);
  const alerts = page.getByTestId('defect-alerts-table');
  const row = alerts.getByRole('row', { name: /防水/ });
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('cell').first()).toHaveText('3#');
  await expect(row).toContainText('5 个（阈值 5）');
  await screenshot(page, '34d-defect-alerts');

  await row.getByTestId('alert-promote').click();
  await expect(row.getByTestId('alert-case-link')).toBeVisible();
  const cases = await apiAs<{ items: { title: string; sourceKind: string }[] }>(
    request,
    lead,
    'GET',
    `/cases?projectId=${project.id}`,
  );
  expect(cases.items.map((item) => [item.sourceKind, item.title])).toEqual([
    ['frequent_problem', expect.stringContaining('防水')],
  ]);
  await screenshot(page, '34e-alert-case');
});
