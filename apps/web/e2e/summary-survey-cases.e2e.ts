import { expect, request as playwrightRequest, test, type APIRequestContext } from '@playwright/test';
import { apiAs, baseUrl, createUser, screenshot, signIn, unique, type TestUser } from './support/stack';

const HEADER = '楼栋,单元,房号,业主姓名,业主电话,合同面积,实测面积,单价,精装/毛坯';
const ROOMS = ['101', '102', '103'];
/** The gates before the summary, signed by the lead alone in this project, so the summary phase opens in seconds. */
const GATES_BEFORE_SUMMARY = [
  'riskSelfCheck',
  'unitInspection',
  'openDay',
  'rectification',
  'propertyTransfer',
  'rehearsal',
  'handoverReadiness',
  'centralizedHandover',
];

interface Setup {
  lead: TestUser;
  hq: TestUser;
  projectId: string;
  run: string;
}
let setup: Setup;
let api: APIRequestContext;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  api = await playwrightRequest.newContext();
  const run = unique();
  const lead = await createUser(api, { name: `周项目${run}`, role: 'project_lead' });
  const hq = await createUser(api, { name: `集团验收${run}`, role: 'hq' });
  const project = await apiAs<{ id: string }>(api, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: `总结项目${run}`,
    batch: '一期',
    firstHandoverDate: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
    centralizedDays: 3,
    timeZone: 'Asia/Shanghai',
    milestoneParties: GATES_BEFORE_SUMMARY.map((milestone) => ({ milestone, parties: ['project_lead'] })),
  });
  const rows = ROOMS.map((room, index) =>
    [
      '1#',
      '1',
      room,
      `业主${index}`,
      `1390000${String(index).padStart(4, '0')}`,
      '89.57',
      '89.57',
      '25000.00',
      '精装',
    ].join(','),
  );
  const imported = await api.post(`${baseUrl()}/projects/${project.id}/units/import`, {
    data: [HEADER, ...rows].join('\n'),
    headers: { Authorization: `Bearer ${lead.token}`, 'Content-Type': 'text/csv' },
  });
  expect(imported.status(), await imported.text()).toBe(201);
  setup = { lead, hq, projectId: project.id, run };
});

test.afterAll(async () => {
  await api.dispose();
});

test('the lead edits, compiles and submits the handover summary; HQ accepts it at its gate', async ({ browser }) => {
  const { lead, hq, projectId } = setup;
  // Phase 9 opens once the centralized handover has closed: the lead signs the gates before it through the API.
  for (const milestone of GATES_BEFORE_SUMMARY) {
    await apiAs(api, lead, 'POST', `/projects/${projectId}/milestones/${milestone}/approve`, {});
  }

  const page = await (await browser.newContext()).newPage();
  await signIn(page, lead);
  await page.goto(`/console/projects/${projectId}`);
  await page.getByRole('tab', { name: '交付总结' }).click();
  await expect(page).toHaveURL(new RegExp(`/console/projects/${projectId}/summary$`));
  await expect(page.getByTestId('summary-not-compiled')).toContainText('尚未编制交付总结');
  await page.getByTestId('summary-compile').click();
  await expect(page.getByTestId('summary-status')).toHaveText('草稿');
  await expect(page.getByTestId('summary-section-batchOverview')).toContainText('户数3');
  await expect(page.getByTestId('summary-table-milestones')).toContainText('集中交付');

  // Submitting before the narrative is written is refused, in Chinese, from the code.
  await page.getByTestId('summary-submit').click();
  await page.getByRole('button', { name: /确\s?定|OK/ }).click();
  await expect(page.getByRole('alert').first()).toContainText('经验教训');

  await page.getByTestId('narrative-lessonsLearned').fill('开放日前完成分户验收复验，业主投诉明显减少。');
  await page.getByTestId('narrative-focusPoints').fill('地下室防水与电梯调试。');
  await page.getByTestId('narrative-recommendations').fill('后续项目提前两周进行现场演练。');
  await page.getByTestId('narrative-save').click();
  await expect(page.getByText('已保存')).toBeVisible();
  await page.getByTestId('summary-compile').click();
  await expect(page.getByTestId('summary')).toContainText('第 2 次');
  await expect(page.getByTestId('narrative-recommendations')).toHaveValue('后续项目提前两周进行现场演练。');
  await page.getByTestId('summary-submit').click();
  await page.getByRole('button', { name: /确\s?定|OK/ }).click();
  await expect(page.getByTestId('summary-status')).toHaveText('已提交，待集团验收');
  await expect(page.getByTestId('summary-submit')).toHaveCount(0);
  await expect(page.getByTestId('summary-narrative')).toContainText('地下室防水与电梯调试。');

  // HQ accepts at the summaryAccepted gate from the summary itself.
  const hqPage = await (await browser.newContext()).newPage();
  await signIn(hqPage, hq);
  await hqPage.goto(`/console/projects/${projectId}/summary`);
  await expect(hqPage.getByTestId('summary-status')).toHaveText('已提交，待集团验收');
  await expect(hqPage.getByTestId('narrative-save')).toHaveCount(0);
  await hqPage.getByTestId(`approve-summaryAccepted-${projectId}`).click();
  await hqPage.getByRole('dialog').getByTestId('gate-decision-text').fill('总结完整，同意验收');
  await hqPage
    .getByRole('dialog')
    .getByRole('button', { name: /同\s?意/ })
    .click();
  await expect(hqPage.getByTestId('summary-accepted')).toContainText('集团已验收本总结');
  await expect(hqPage.getByTestId('summary-status')).toHaveText('已验收');
  await expect(hqPage.getByTestId('summary-accept')).toHaveCount(0);
  await screenshot(hqPage, '27-summary');

  const summary = await apiAs<{ status: string; gateStatus: string; narrative: { focusPoints: string } }>(
    api,
    lead,
    'GET',
    `/projects/${projectId}/summary`,
  );
  expect(summary).toMatchObject({
    status: 'accepted',
    gateStatus: 'closed',
    narrative: { focusPoints: '地下室防水与电梯调试。' },
  });
});

test('survey dimensions are set and three paper questionnaires typed in by keyboard', async ({ page }) => {
  const { lead, projectId } = setup;
  await signIn(page, lead);
  await page.goto(`/console/projects/${projectId}/survey`);
  await page.getByTestId('survey-to-entry').click();
  await expect(page).toHaveURL(new RegExp(`/console/projects/${projectId}/survey/entry$`));
  await expect(page.getByRole('tab', { name: '满意度', selected: true })).toBeVisible();

  const dimensionInput = page.getByTestId('survey-dimension-input').getByRole('combobox');
  await dimensionInput.click();
  for (const name of ['交付流程', '房屋质量', '服务态度']) {
    await page.keyboard.type(name);
    await page.keyboard.press('Enter');
  }
  await page.getByTestId('survey-dimension-add').click();
  await expect(page.getByTestId('survey-dimension-list')).toContainText('交付流程房屋质量服务态度');

  // Each questionnaire: the room number and Enter picks the unit, nine scores each followed by Enter (Tab on some).
  const sheets = [
    { room: '101', scores: ['9', '8', '7', '8', '9', '5', '6', '7', '8'] },
    { room: '102', scores: ['8', '8', '8', '9', '9', '6', '7', '7', '9'] },
    { room: '103', scores: ['10', '9', '9', '9', '8', '4', '5', '6', '6'] },
  ];
  const unitBox = page.getByTestId('survey-entry-unit').getByRole('combobox');
  await expect(unitBox).toBeFocused();
  for (const [index, sheet] of sheets.entries()) {
    await expect(unitBox).toBeFocused();
    await page.keyboard.type(sheet.room);
    await expect(page.getByTitle(`1#-1-${sheet.room} · 业主${index}`)).toBeVisible();
    await expect(page.locator('.ant-select-item-option')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('score-0-importance')).toBeFocused();
    for (const [position, score] of sheet.scores.entries()) {
      await page.keyboard.type(score);
      await page.keyboard.press(position % 4 === 1 ? 'Tab' : 'Enter');
    }
    await expect(page.getByTestId('survey-entry-count')).toHaveText(`本次已录入 ${index + 1} 份`);
    await expect(page.getByText(`已保存 1#-1-${sheet.room} 的问卷`)).toBeVisible();
    await expect(page.getByTestId('score-0-importance')).toHaveValue('');
  }
  await expect(unitBox).toBeFocused();
  await expect(page.getByTestId('survey-total')).toHaveText('项目共 3 份问卷');
  await expect(page.getByTestId('survey-dimensions')).toContainText('已录入 3 份问卷，维度已固定。');
  await screenshot(page, '28-survey-entry');

  const dimensions = await apiAs<{ items: { name: string }[]; responses: number }>(
    api,
    lead,
    'GET',
    `/projects/${projectId}/survey/dimensions`,
  );
  expect(dimensions.responses).toBe(3);
  expect(dimensions.items.map((d) => d.name)).toEqual(['交付流程', '房屋质量', '服务态度']);
  const analysis = await apiAs<{ dimensions: { name: string; meanExperience: string }[] }>(
    api,
    lead,
    'GET',
    `/projects/${projectId}/survey/analysis`,
  );
  // 房屋质量's experience: 5, 6, 4 → 5.00
  expect(analysis.dimensions.find((d) => d.name === '房屋质量')?.meanExperience).toBe('5.00');
});

test('a case is created from a defect, its form reached by URL and prefilled', async ({ page }) => {
  const { lead, projectId, run } = setup;
  const defect = await apiAs<{ id: string }>(api, lead, 'POST', `/projects/${projectId}/defects`, {
    publicArea: '1# 地下室',
    source: 'open_day',
    category: 'quality',
    trade: 'waterproofing',
    description: '地下室外墙渗漏',
  });
  await signIn(page, lead);
  await page.goto(`/console/cases?from=defect:${defect.id}&project=${projectId}`);
  const form = page.getByTestId('create-case-form');
  await expect(form.getByTestId('case-origin')).toContainText(`来自问题项 ${defect.id}`);
  await expect(form.getByTestId('case-new-title')).toHaveValue('waterproofing：地下室外墙渗漏');
  await expect(form.getByTestId('case-kind')).toContainText('常见质量问题');
  const title = `地下室外墙渗漏${run}`;
  await form.getByTestId('case-new-title').fill(title);
  await form.getByTestId('case-new-summary').fill('外墙防水卷材搭接不足导致渗漏；后续项目加强隐蔽工程验收。');
  await form.getByTestId('case-new-tags').getByRole('combobox').click();
  await page.keyboard.type(`防水${run}`);
  await page.keyboard.press('Enter');
  await form.getByTestId('case-create-submit').click();

  const detail = page.getByTestId('case-detail');
  await expect(detail).toContainText(title);
  await expect(detail).toContainText('常见质量问题');
  await expect(detail).toContainText(`防水${run}`);
  await expect(detail).toContainText(`问题项 ${defect.id}`);
  await expect(page).toHaveURL(/\/console\/cases\?case=/);
  await screenshot(page, '28a-case-created');

  const found = await apiAs<{ items: { title: string; sourceRecordId: string; tags: string[] }[] }>(
    api,
    lead,
    'GET',
    `/cases?q=${encodeURIComponent(title)}`,
  );
  expect(found.items).toEqual([
    expect.objectContaining({ title, sourceRecordId: defect.id, tags: ['waterproofing', `防水${run}`] }),
  ]);
});
