import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiAs, baseUrl, createUser, screenshot, signIn, unique, type TestUser } from './support/stack';

const SHANGHAI = 'Asia/Shanghai';
const todayIn = (timeZone: string) =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
function addDays(date: string, days: number): string {
  const instant = new Date(`${date}T00:00:00Z`);
  instant.setUTCDate(instant.getUTCDate() + days);
  return instant.toISOString().slice(0, 10);
}

/** Two homes imported as CSV, so the project has units for the survey. */
async function importUnits(request: APIRequestContext, lead: TestUser, projectId: string): Promise<void> {
  const csv = [
    '楼栋,单元,房号,业主姓名,业主电话,合同面积,实测面积,单价,精装/毛坯',
    '1#,1,101,业主甲,13900000001,89.57,89.12,25000.50,精装',
    '1#,1,102,业主乙,13900000002,89.57,89.57,25000.50,毛坯',
  ].join('\n');
  const response = await request.post(`${baseUrl()}/projects/${projectId}/units/import`, {
    data: csv,
    headers: { Authorization: `Bearer ${lead.token}`, 'Content-Type': 'text/csv' },
  });
  expect(response.ok(), await response.text()).toBeTruthy();
}

test('HQ sees a launched project on the board, its briefing, the roll-up with its .xlsx, the survey gaps and the case library', async ({
  page,
  request,
}) => {
  const run = unique();
  const lead = await createUser(request, { name: `李项目${run}`, role: 'project_lead' });
  const hq = await createUser(request, { name: `集团${run}`, role: 'hq' });
  const today = todayIn(SHANGHAI);
  const name = `看板项目${run}`;
  const project = await apiAs<{ id: string }>(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name,
    batch: '一期',
    firstHandoverDate: addDays(today, 90),
    centralizedDays: 3,
    timeZone: SHANGHAI,
  });
  await apiAs(request, lead, 'POST', `/projects/${project.id}/briefings/${today}/regenerate`);
  await importUnits(request, lead, project.id);
  const units = await apiAs<{ items: { id: string }[] }>(
    request,
    lead,
    'GET',
    `/projects/${project.id}/units?pageSize=10`,
  );
  const dimensions = await apiAs<{ items: { id: string; name: string }[] }>(
    request,
    lead,
    'POST',
    `/projects/${project.id}/survey/dimensions`,
    {
      names: ['交付流程', '房屋质量'],
    },
  );
  const [flow, quality] = dimensions.items;
  for (const [index, unit] of units.items.entries()) {
    await apiAs(request, lead, 'POST', `/projects/${project.id}/survey/responses`, {
      unitId: unit.id,
      answers: [
        { dimensionId: flow.id, importance: 6, expectation: 7, experience: 8 },
        { dimensionId: quality.id, importance: 9, expectation: 9, experience: 5 + index },
      ],
    });
  }
  const defect = await apiAs<{ id: string }>(request, lead, 'POST', `/projects/${project.id}/defects`, {
    publicArea: '3# 地下室',
    source: 'open_day',
    category: 'quality',
    trade: 'waterproofing',
    description: '地下室外墙渗漏',
  });
  const caseTitle = `地下室渗漏${run}`;
  await apiAs(request, lead, 'POST', '/cases', {
    kind: 'common_quality_problem',
    title: caseTitle,
    summary: '外墙防水卷材搭接不足导致渗漏；后续项目加强隐蔽验收。',
    tags: ['防水', run],
    source: { projectId: project.id, recordKind: 'defect', recordId: defect.id },
  });

  // Board: the project is there, with D and D-n; at-risk and escalated cards come first.
  await signIn(page, hq, '/console/hq/board');
  const card = page.locator(`[data-testid="board-card"][data-project-id="${project.id}"]`);
  await expect(card).toContainText(`${name} · 一期`);
  await expect(card).toContainText('杭州城市公司');
  await expect(card).toContainText(`D ${addDays(today, 90)} · D-90`);
  const flags = await page
    .locator('[data-testid="board-phase"]')
    .evaluateAll((sections) =>
      sections.map((section) =>
        [...section.querySelectorAll('[data-testid="board-card"]')].map(
          (element) => element.querySelector('[data-testid="card-at-risk"]') !== null,
        ),
      ),
    );
  for (const column of flags) expect(column).toEqual([...column].sort((a, b) => Number(b) - Number(a)));
  await screenshot(page, '11-hq-board');

  await card.click();
  await expect(page).toHaveURL(new RegExp(`/console/projects/${project.id}$`));

  // Escalations and decisions.
  await page.goto('/console/hq/escalations');
  await expect(page.getByTestId('pending-decisions')).toBeVisible();
  await expect(page.getByTestId('escalation-list')).toBeVisible();
  await screenshot(page, '12-escalations');

  // The daily briefing generated through the API.
  await page.goto(`/console/projects/${project.id}/briefings`);
  await expect(page.getByTestId('project-title')).toContainText(name);
  await page.getByTestId(`briefing-${today}`).click();
  const detail = page.getByTestId('briefing-detail');
  await expect(detail).toContainText(`${today} · D-90`);
  await expect(page.getByTestId('figure-totalUnits')).toHaveText('0');
  await expect(page.getByTestId('figure-settledFen')).toHaveText('¥0.00');
  await screenshot(page, '13-briefing');

  // Roll-up of today, with its chart and the .xlsx.
  await page.goto(`/console/hq/rollup?date=${today}`);
  await expect(page.getByTestId('rollup-table')).toContainText(name);
  await expect(page.getByTestId('rate-chart')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByTestId('rollup-download').click();
  const file = await downloading;
  expect(file.suggestedFilename()).toBe(`hq-rollup-${today}.xlsx`);
  expect(await file.failure()).toBeNull();
  await screenshot(page, '14-rollup');

  // Survey gaps: 房屋质量 falls short (gap −3.5, weighted −31.5) and is the key experience.
  await page.goto(`/console/projects/${project.id}/survey`);
  await expect(page.getByTestId('key-experience')).toContainText('房屋质量');
  await expect(page.getByTestId('gap-chart').locator('.recharts-bar-rectangle').first()).toBeVisible();
  await screenshot(page, '15-survey');

  // Case library: search by text, open the case in the drawer.
  await page.goto('/console/cases');
  const search = page.getByPlaceholder('搜索标题或内容');
  await search.fill(`渗漏${run}`);
  await search.press('Enter');
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(`渗漏${run}`)}`));
  await expect(page.getByTestId('case-list').getByTestId('case-title')).toHaveText([caseTitle]);
  await page.getByTestId('case-title').click();
  await expect(page.getByTestId('case-detail')).toContainText('外墙防水卷材搭接不足');
  await screenshot(page, '16-cases');
});
