import { expect, test, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { apiAs, createUser, screenshot, signIn, unique, type TestUser } from './support/stack';

/** The wall clock in Shanghai (the project's zone) `offsetMs` from now, as the date-time picker is typed. */
function shanghaiWallTime(offsetMs: number): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() + offsetMs));
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}
const DAY_MS = 86_400_000;

async function assign(request: APIRequestContext, lead: TestUser, projectId: string, head: TestUser) {
  const response = await request.post(`/projects/${projectId}/assignments`, {
    data: { userId: head.id },
    headers: { Authorization: `Bearer ${lead.token}` },
  });
  expect(response.status(), await response.text()).toBe(204);
}

async function pageFor(browser: Browser, user: TestUser): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, user);
  return page;
}

test('a lead runs the risk self-check with the engineering head, and customer service takes a complaint to its reply', async ({
  browser,
  page,
  request,
}) => {
  test.setTimeout(240_000); // two flows, three people
  const lead = await createUser(request, { name: `李项目${unique()}`, role: 'project_lead' });
  const engineer = await createUser(request, {
    name: `王工程${unique()}`,
    role: 'department_head',
    department: 'engineering',
  });
  const service = await createUser(request, {
    name: `赵客服${unique()}`,
    role: 'department_head',
    department: 'customer_service',
  });
  const project = await apiAs<{ id: string }>(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: `风险投诉${unique()}`,
    batch: '一期',
    firstHandoverDate: new Date(Date.now() + 90 * DAY_MS).toISOString().slice(0, 10),
    centralizedDays: 3,
  });
  await assign(request, lead, project.id, engineer);
  await assign(request, lead, project.id, service);

  // 交付风险自查: the lead opens the tab, initialises the A–H register and records a risk point for engineering.
  await signIn(page, lead);
  await page.goto(`/console/projects/${project.id}`);
  await page.getByRole('tab', { name: '风险自查' }).click();
  await expect(page).toHaveURL(new RegExp(`/console/projects/${project.id}/risks$`));
  const gate = page.getByTestId('risk-gate');
  await expect(gate).toHaveAttribute('data-state', 'not-initialised');
  await page.getByTestId('risk-register-init').click();
  await expect(page.getByTestId('risk-register').locator('tbody tr')).toHaveCount(8);
  await expect(page.getByTestId('risk-area-A')).toContainText('A · 户型一致性');
  await expect(gate).toHaveAttribute('data-state', 'clear');

  await page.getByTestId('risk-add-department').click();
  await page.locator('.ant-select-item-option', { hasText: '工程' }).click();
  await page.getByTestId('risk-add-description').fill('3# 楼 2 单元户型与合同附图不一致');
  await page.getByTestId('risk-add-submit').click();
  await expect(gate).toHaveAttribute('data-state', 'blocked');
  await expect(gate).toContainText('还有 1 个风险项未作出处理决定（A 类 1 项）');
  await expect(page.getByTestId('risk-area-A')).toHaveAttribute('data-undecided', '1');
  const leadRow = page.getByTestId('risk-row');
  await expect(leadRow).toHaveCount(1);
  await expect(leadRow).toContainText('待工程负责人决定');
  await expect(leadRow.getByTestId('risk-decide')).toHaveCount(0);

  // The engineering head decides it: rectify, with plan, owner and deadline.
  const engineerPage = await pageFor(browser, engineer);
  await engineerPage.goto(`/console/projects/${project.id}/risks`);
  await engineerPage.getByTestId('risk-row').getByTestId('risk-decide').click();
  await engineerPage.getByTestId('risk-decide-plan').fill('按合同附图调整 2 单元隔墙');
  await engineerPage.getByTestId('risk-decide-owner').fill('张工');
  const deadline = shanghaiWallTime(30 * DAY_MS).slice(0, 10);
  await engineerPage.getByTestId('risk-decide-deadline').fill(deadline);
  await engineerPage.getByTestId('risk-decide-deadline').press('Enter');
  await engineerPage.getByTestId('risk-decide-submit').click();
  await expect(engineerPage.getByTestId('risk-row')).toHaveAttribute('data-decision', 'rectify');
  await expect(engineerPage.getByTestId('risk-gate')).toHaveAttribute('data-state', 'clear');
  const decided = await apiAs<{ items: { decision: string; owner: string; deadline: string }[] }>(
    request,
    lead,
    'GET',
    `/projects/${project.id}/risks`,
  );
  expect(decided.items).toEqual([expect.objectContaining({ decision: 'rectify', owner: '张工', deadline })]);

  // The lead sees the gate no longer blocked by it.
  await page.reload();
  await expect(gate).toHaveAttribute('data-state', 'clear');
  await expect(gate).toContainText('共 1 个风险点，全部已由责任部门作出处理决定');
  await expect(page.getByTestId('risk-details')).toContainText('整改方案：按合同附图调整 2 单元隔墙');
  await expect(page.getByTestId('risk-details')).toContainText(`完成期限：${deadline}`);
  await screenshot(page, '21-risk-register');

  // 投诉与异议: the customer service head records a complaint received now.
  const desk = await pageFor(browser, service);
  await desk.goto(`/console/projects/${project.id}`);
  await desk.getByRole('tab', { name: '投诉与异议' }).click();
  await expect(desk).toHaveURL(new RegExp(`/console/projects/${project.id}/complaints$`));
  await desk.getByTestId('complaint-create').click();
  await desk.getByTestId('complaint-subject').fill('3#-1-1201 客厅顶棚渗水');
  await desk
    .getByTestId('complaint-description')
    .fill('业主反映交付前验房时发现客厅顶棚渗水，要求说明原因和处理时间。');
  await desk.getByTestId('complaint-create-submit').click();
  const drawer = desk.getByTestId('complaint-drawer');
  await expect(drawer.getByTestId('complaint-status')).toHaveText('已登记');
  await expect(drawer.getByTestId('complaint-actions').getByRole('button')).toHaveText([/^受\s?理$/]);

  // Accepting with a reply time before the complaint came in is refused, in Chinese from the refusal's code.
  await drawer.getByTestId('complaint-action-accept').click();
  const replyDeadline = desk.getByTestId('complaint-reply-deadline');
  // (Enter in the form's only text field submits it, as a desk user would.)
  await replyDeadline.fill(shanghaiWallTime(-DAY_MS));
  await replyDeadline.press('Enter');
  await expect(desk.locator('.ant-modal').getByRole('alert')).toContainText(
    '承诺答复时间（replyDeadline）须晚于接报时间。',
  );
  await replyDeadline.fill(shanghaiWallTime(2 * DAY_MS));
  await replyDeadline.press('Enter');
  await expect(drawer.getByTestId('complaint-status')).toHaveText('已受理');

  // Investigate, determine responsibility, reply: each step offered only when its turn has come.
  await expect(drawer.getByTestId('complaint-action-reply')).toHaveCount(0);
  await drawer.getByTestId('complaint-action-investigate').click();
  await desk.getByTestId('complaint-facts').fill('屋面防水层在 12 层管井处破损，雨水沿管井渗入。');
  await desk.getByTestId('complaint-action-submit').click();
  await expect(drawer.getByTestId('complaint-status')).toHaveText('调查中');
  await drawer.getByTestId('complaint-action-determine_responsibility').click();
  await desk.getByTestId('complaint-responsible-party').fill('总包');
  await desk.getByTestId('complaint-responsibility').fill('防水施工质量问题，由总包负责维修。');
  await desk.getByTestId('complaint-action-submit').click();
  await expect(drawer.getByTestId('complaint-status')).toHaveText('已定责');
  await drawer.getByTestId('complaint-action-reply').click();
  await desk.getByTestId('complaint-reply-content').fill('已查明为屋面防水破损，总包将于 7 日内修复并复验。');
  await desk.getByTestId('complaint-action-submit').click();
  await expect(drawer.getByTestId('complaint-status')).toHaveText('已答复');
  await expect(drawer.getByTestId('complaint-reply')).toHaveText('已查明为屋面防水破损，总包将于 7 日内修复并复验。');
  await expect(drawer.getByTestId('complaint-action-reply')).toHaveCount(0);
  await expect(desk.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 }); // the toasts cover the title
  await screenshot(desk, '22-complaint-reply');

  const complaints = await apiAs<{ items: { status: string; responsibleParty: string; repliedAt: string | null }[] }>(
    request,
    lead,
    'GET',
    `/projects/${project.id}/complaints`,
  );
  expect(complaints.items).toEqual([expect.objectContaining({ status: 'replied', responsibleParty: '总包' })]);
  expect(complaints.items[0].repliedAt).not.toBeNull();
});
