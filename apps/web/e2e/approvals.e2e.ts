import { expect, test } from '@playwright/test';
import { apiAs, createUser, screenshot, signIn, unique } from './support/stack';

interface ProjectView {
  id: string;
  milestones: { key: string; status: string; approvals: { party: string; comment?: string | null }[] }[];
}

test('an engineering head approves from the inbox; a design head neither sees the gate nor may sign it', async ({
  browser,
  request,
}) => {
  const lead = await createUser(request, { name: `李项目${unique()}`, role: 'project_lead' });
  const engineering = await createUser(request, {
    name: `张工${unique()}`,
    role: 'department_head',
    department: 'engineering',
  });
  const design = await createUser(request, {
    name: `王设计${unique()}`,
    role: 'department_head',
    department: 'design',
  });
  const d = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  const project = await apiAs<ProjectView>(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: `审批项目${unique()}`,
    batch: '一期',
    firstHandoverDate: d,
    centralizedDays: 3,
  });
  for (const head of [engineering, design]) {
    const assigned = await request.post(`/projects/${project.id}/assignments`, {
      data: { userId: head.id },
      headers: { Authorization: `Bearer ${lead.token}` },
    });
    expect(assigned.status()).toBe(204);
  }
  const gateRow = (milestone: string) => `inbox-${project.id}-${milestone}`;

  // The wrong department: the unit inspection is not in its inbox, and the server refuses it on the project page.
  const designPage = await (await browser.newContext()).newPage();
  await signIn(designPage, design);
  await expect(designPage).toHaveURL(/\/console\/approvals$/);
  await expect(designPage.getByTestId(gateRow('riskSelfCheck'))).toBeVisible();
  await expect(designPage.getByTestId(gateRow('unitInspection'))).toHaveCount(0);
  await designPage.goto(`/console/projects/${project.id}`);
  await designPage.getByTestId(`approve-unitInspection-${project.id}`).click();
  await designPage
    .getByRole('dialog')
    .getByRole('button', { name: /同\s?意/ })
    .click();
  // The workflow's refusal carries a code (GATE_PARTY_NOT_YOURS): the console words it in its own language.
  await expect(designPage.getByRole('dialog').getByRole('alert')).toContainText(
    '设计部门不参与「分户验收」节点的审批；该节点由工程审批。',
  );
  await expect(designPage.getByRole('dialog').getByRole('alert')).toContainText('无权操作');

  // The right department approves from its inbox, seeing the evidence the gates rest on.
  const page = await (await browser.newContext()).newPage();
  await signIn(page, engineering);
  await expect(page).toHaveURL(/\/console\/approvals$/);
  const row = page.getByTestId(gateRow('unitInspection'));
  await expect(row).toContainText('分户验收');
  await expect(page.getByTestId(gateRow('riskSelfCheck'))).toContainText('未决风险项 0');
  await screenshot(page, '06-approval-inbox');

  await page.getByTestId(`approve-unitInspection-${project.id}`).click();
  await page.getByRole('dialog').getByTestId('gate-decision-text').fill('复验合格');
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /同\s?意/ })
    .click();
  await expect(page.getByText('已审批通过')).toBeVisible();
  const after = await apiAs<ProjectView>(request, lead, 'GET', `/projects/${project.id}`);
  const gate = after.milestones.find((m) => m.key === 'unitInspection')!;
  expect(gate.status).toBe('closed');
  expect(gate.approvals).toEqual([expect.objectContaining({ party: 'engineering', comment: '复验合格' })]);
  await expect(async () => {
    await page.reload();
    await expect(page.getByTestId(gateRow('riskSelfCheck'))).toBeVisible();
    await expect(row).toHaveCount(0, { timeout: 1000 });
  }).toPass();

  // A rejection needs a reason; the form says so before anything is sent.
  await page.getByTestId(`reject-riskSelfCheck-${project.id}`).click();
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /退\s?回/ })
    .click();
  await expect(page.getByRole('dialog')).toContainText('退回必须填写原因');
});
