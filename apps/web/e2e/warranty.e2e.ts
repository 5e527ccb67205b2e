import { expect, test, type APIRequestContext } from '@playwright/test';
import { Client } from 'pg';
import { apiAs, baseUrl, createUser, screenshot, signIn, unique, type TestUser } from './support/stack';

const HEADER = '楼栋,单元,房号,业主姓名,业主电话,合同面积,实测面积,单价,精装/毛坯';
const DAY_MS = 86_400_000;

async function importUnits(request: APIRequestContext, lead: TestUser, projectId: string): Promise<void> {
  const rows = ['101', '102'].map((room, index) =>
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
  const response = await request.post(`${baseUrl()}/projects/${projectId}/units/import`, {
    data: [HEADER, ...rows].join('\n'),
    headers: { Authorization: `Bearer ${lead.token}`, 'Content-Type': 'text/csv' },
  });
  expect(response.status(), await response.text()).toBe(201);
}

async function assign(request: APIRequestContext, lead: TestUser, projectId: string, head: TestUser) {
  const response = await request.post(`${baseUrl()}/projects/${projectId}/assignments`, {
    data: { userId: head.id },
    headers: { Authorization: `Bearer ${lead.token}` },
  });
  expect(response.status(), await response.text()).toBe(204);
}

/** The product's database, for what the test cannot wait for (a handover years ago, a repair 25 hours ago). */
async function sql(text: string, params: unknown[]): Promise<number> {
  const url = process.env.WEB_E2E_DATABASE_URL;
  if (!url) throw new Error('WEB_E2E_DATABASE_URL is not set: run the browser tests through scripts/web-e2e.js.');
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    return (await db.query(text, params)).rowCount ?? 0;
  } finally {
    await db.end();
  }
}

test("customer service works the warranty tab: a defect open at handover carried to a ticket, an out-of-warranty call refused with the day the period ended, an owner's call booked, repaired, listed for a call-back after 24 h and confirmed with a rating", async ({
  page,
  request,
}) => {
  const lead = await createUser(request, { name: `李项目${unique()}`, role: 'project_lead' });
  const service = await createUser(request, {
    name: `赵客服${unique()}`,
    role: 'department_head',
    department: 'customer_service',
  });
  const project = await apiAs<{ id: string }>(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: `维保${unique()}`,
    batch: '一期',
    firstHandoverDate: new Date(Date.now() + 90 * DAY_MS).toISOString().slice(0, 10),
    centralizedDays: 3,
  });
  const base = `/projects/${project.id}`;
  await assign(request, lead, project.id, service);
  await importUnits(request, lead, project.id);
  const { items: units } = await apiAs<{ items: { id: string; room: string }[] }>(
    request,
    lead,
    'GET',
    `${base}/units?pageSize=10`,
  );
  const unit101 = units.find((u) => u.room === '101')!.id;
  const unit102 = units.find((u) => u.room === '102')!.id;

  // 1#-1-101 is handed over today with one defect still open (and one verified): the open one becomes a ticket.
  const open = await apiAs<{ id: string }>(request, lead, 'POST', `${base}/defects`, {
    unitId: unit101,
    source: 'handover_inspection',
    category: 'quality',
    trade: '防水',
    description: '卫生间地漏处渗水',
  });
  const closed = await apiAs<{ id: string }>(request, lead, 'POST', `${base}/defects`, {
    unitId: unit101,
    source: 'handover_inspection',
    category: 'quality',
    trade: '油漆',
    description: '墙面污染',
  });
  expect(await sql(`UPDATE defects SET status = 'verified', closed_at = now() WHERE id = $1`, [closed.id])).toBe(1);
  expect(await sql(`UPDATE units SET handover_state = 'gift_recorded' WHERE id = $1`, [unit101])).toBe(1);
  await apiAs(request, lead, 'POST', `${base}/units/${unit101}/handover/complete`, {});
  // 1#-1-102 was handed over on 2020-03-10 (local), so its 2-year decoration warranty ended on 2022-03-11.
  expect(
    await sql(
      `INSERT INTO unit_handover_events (project_id, unit_id, step, actor, payload, at)
       VALUES ($1, $2, 'handed_over', $3, '{}'::jsonb, '2020-03-10T10:00:00+08:00')`,
      [project.id, unit102, lead.id],
    ),
  ).toBe(1);

  await signIn(page, service);
  await page.goto(`/console${base}`);
  await page.getByRole('tab', { name: '维保' }).click();
  await expect(page).toHaveURL(new RegExp(`/console${base}/warranty$`));
  const rows = page.getByTestId('warranty-row');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText('1#-1-101');
  await expect(rows.first()).toContainText('卫生间地漏处渗水');
  await expect(rows.first()).toContainText('卫生间、厨房等防水');
  const carried = await apiAs<{ items: { defectId: string }[] }>(request, service, 'GET', `${base}/warranty-tickets`);
  expect(carried.items.map((item) => item.defectId)).toEqual([open.id]);

  // An owner's call for 1#-1-102's floor, today: out of warranty, refused with the day the period ended.
  await page.getByTestId('warranty-create').click();
  const dialog = page.locator('.ant-modal', { has: page.getByTestId('warranty-create-form') });
  await dialog.getByTestId('warranty-unit').click();
  await page.keyboard.type('1#-1-102');
  await page.locator('.ant-select-item-option', { hasText: '1#-1-102' }).click();
  await dialog.getByTestId('warranty-component').click();
  await page.locator('.ant-select-item-option', { hasText: '装修工程' }).click();
  await dialog.getByTestId('warranty-description').fill('木地板起拱');
  await page.getByTestId('warranty-create-submit').click();
  await expect(dialog.getByRole('alert')).toContainText('已于 2022-03-11 届满');

  // The same call for 1#-1-101 (handed over today) is taken and opens the ticket.
  await dialog.getByTestId('warranty-unit').click();
  await page.keyboard.type('1#-1-101');
  await page.locator('.ant-select-item-option', { hasText: '1#-1-101' }).click();
  await page.getByTestId('warranty-create-submit').click();
  const drawer = page.getByTestId('warranty-drawer');
  await expect(drawer.getByTestId('warranty-status')).toHaveText('已报修');
  await expect(drawer.getByTestId('warranty-actions').getByRole('button')).toHaveText(['预约上门']);

  // 预约上门, then 维修完成.
  await drawer.getByTestId('warranty-action-book_visit').click();
  await page.getByTestId('warranty-visit-note').fill('业主下午在家');
  const visitAt = page.getByTestId('warranty-visit-at');
  await visitAt.fill(
    new Intl.DateTimeFormat('sv-SE', {
      timeZone: 'Asia/Shanghai',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    }).format(new Date(Date.now() + DAY_MS)),
  );
  // (Enter commits the typed time and, in the dialog's form, submits it, as a desk user would.)
  await visitAt.press('Enter');
  const actionForm = page.getByTestId('warranty-action-form');
  if (await actionForm.isVisible())
    await page
      .getByTestId('warranty-action-submit')
      .click({ timeout: 2_000 })
      .catch(() => {});
  await expect(drawer.getByTestId('warranty-status')).toHaveText('已预约上门');
  await expect(drawer.getByTestId('warranty-detail')).toContainText('业主下午在家');
  await drawer.getByTestId('warranty-action-repaired').click();
  await page.getByTestId('warranty-repair-note').fill('已重新铺设');
  await page.getByTestId('warranty-action-submit').click();
  await expect(drawer.getByTestId('warranty-status')).toHaveText('已维修待确认');
  await expect(drawer.getByTestId('warranty-call-back-due')).toHaveCount(0);
  const ticketId = new URL(page.url()).searchParams.get('ticket')!;

  // 25 hours later the owner has not confirmed: the call-back list shows it.
  expect(
    await sql(`UPDATE warranty_tickets SET repaired_at = now() - interval '25 hours' WHERE id = $1`, [ticketId]),
  ).toBe(1);
  await page.goto(`/console${base}/warranty?needsCallBack=true`);
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('warranty-call-back')).toHaveText('待回访');
  await rows.first().click();
  await expect(drawer.getByTestId('warranty-call-back-due')).toBeVisible();
  await expect(drawer.getByTestId('warranty-steps')).toBeVisible();
  // Once the drawer's opening animation is over (its right edge at the viewport's).
  await expect
    .poll(async () => {
      const box = await drawer.boundingBox();
      const width = page.viewportSize()!.width;
      return box ? Math.abs(Math.round(box.x + box.width) - width) <= 1 : false;
    })
    .toBe(true);
  await screenshot(page, '33-warranty');

  // The owner confirms on the call-back and rates the repair 4.
  await drawer.getByTestId('warranty-action-confirm').click();
  await page
    .locator('.ant-modal', { has: page.getByTestId('warranty-action-form') })
    .getByRole('radio')
    .nth(3)
    .click();
  await page.getByTestId('warranty-action-submit').click();
  await expect(drawer.getByTestId('warranty-status')).toHaveText('已关闭');
  await expect(drawer.getByTestId('warranty-done')).toBeVisible();
  const ticket = await apiAs<{ status: string; rating: number; needsCallBack: boolean }>(
    request,
    service,
    'GET',
    `${base}/warranty-tickets/${ticketId}`,
  );
  expect(ticket).toMatchObject({ status: 'closed', rating: 4, needsCallBack: false });
  const callBacks = await apiAs<{ total: number }>(
    request,
    service,
    'GET',
    `${base}/warranty-tickets?needsCallBack=true`,
  );
  expect(callBacks.total).toBe(0);
});
