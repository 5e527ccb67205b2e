import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { Client } from 'pg';
import { apiAs, baseUrl, createUser, screenshot, signIn, unique, type TestUser } from './support/stack';

const HEADER = '楼栋,单元,房号,业主姓名,业主电话,合同面积,实测面积,单价,精装/毛坯';
// 1#: four units on floors 1–2; 2#: one unit (its keys are registered apart, not by the building run for 1#).
const UNITS = [
  ['1#', '101'],
  ['1#', '102'],
  ['1#', '201'],
  ['1#', '202'],
  ['2#', '101'],
];

async function importUnits(request: APIRequestContext, lead: TestUser, projectId: string): Promise<void> {
  const rows = UNITS.map(([building, room], index) =>
    [
      building,
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

/** Today in Shanghai (the project's zone), as the slot form's date input takes it. */
const todayInShanghai = (): string =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date());

async function chooseUnit(page: Page, testId: string, search: string, address: string): Promise<void> {
  await page.getByTestId(testId).click();
  await page.keyboard.type(search);
  await page.locator('.ant-select-item-option', { hasText: address }).click();
}

const keyRow = (page: Page, label: string) => page.locator(`[data-testid="key-row"][data-label="${label}"]`);

/**
 * The API calls a loan overdue once its due time (the end of the local day it was made) has passed; a loan made now is
 * due tonight, so the test moves its due time to yesterday evening, as a loan not returned yesterday would have.
 */
async function dueYesterday(loanOf: string): Promise<void> {
  const url = process.env.WEB_E2E_DATABASE_URL;
  if (!url) throw new Error('WEB_E2E_DATABASE_URL is not set: run the browser tests through scripts/web-e2e.js.');
  const db = new Client({ connectionString: url });
  await db.connect();
  try {
    const result = await db.query(
      `UPDATE key_movements m SET at = now() - interval '20 hours', due_back_at = now() - interval '12 hours'
         FROM keys k
        WHERE k.id = m.key_id AND k.label = $1 AND m.kind = 'loan' AND m.returned_at IS NULL`,
      [loanOf],
    );
    expect(result.rowCount).toBe(1);
  } finally {
    await db.end();
  }
}

test('a lead opens a slot of one seat, books a unit, sees the second booking refused, the slot and the booked unit at check-in, cancels the booking after a reload; keys of a building registered, transferred, lent (the key history showing both) and overdue, entrusted and given back', async ({
  page,
  request,
}) => {
  const lead = await createUser(request, { name: `周预约${unique()}`, role: 'project_lead' });
  const project = await apiAs<{ id: string }>(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: `滨江钥匙-${unique()}`,
    batch: '一期',
    firstHandoverDate: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
    centralizedDays: 3,
  });
  const base = `/projects/${project.id}`;
  await importUnits(request, lead, project.id);
  await apiAs(request, lead, 'PUT', `${base}/fee-settings`, {
    propertyFeePerSqmMonth: '3.50',
    deedTaxRateBp: 150,
    maintenanceFundPerSqm: '45.00',
  });
  await signIn(page, lead);

  // 预约: a handover slot today with one seat.
  await page.goto(`/console${base}`);
  await page.getByRole('tab', { name: '预约' }).click();
  await expect(page).toHaveURL(new RegExp(`/console${base}/appointments$`));
  await page.getByTestId('slot-date').fill(todayInShanghai());
  await page.getByTestId('slot-start').fill('08:00');
  await page.getByTestId('slot-end').fill('23:59');
  await page.getByTestId('slot-capacity').fill('1');
  await page.getByTestId('slot-submit').click();
  await expect(page.getByText('共 1 个名额')).toBeVisible();
  const slot = page.getByTestId('slot-row');
  await expect(slot).toHaveCount(1);
  await expect(slot).toContainText(`${todayInShanghai()} 08:00–23:59`);
  await expect(slot.getByTestId('slot-remaining')).toHaveText('1');

  await slot.getByTestId('slot-book').click();
  await chooseUnit(page, 'book-unit', '1#-1-101', '1#-1-101');
  await page.getByTestId('book-ok').click();
  await expect(page.getByText(/1#-1-101 已预约 交付/)).toBeVisible();
  await expect(slot.getByTestId('slot-remaining')).toHaveText('已约满');
  await expect(page.getByTestId('booking-row')).toContainText('1#-1-101');
  await expect(page.getByTestId('booking-row')).toContainText('有效');
  const booked = await apiAs<{ items: { booked: number; remaining: number }[] }>(
    request,
    lead,
    'GET',
    `${base}/appointment-slots`,
  );
  expect(booked.items).toMatchObject([{ booked: 1, remaining: 0 }]);

  // The second unit finds the slot full: refused in Chinese, from the refusal's code.
  await slot.getByTestId('slot-book').click();
  await chooseUnit(page, 'book-unit', '1#-1-102', '1#-1-102');
  await page.getByTestId('book-ok').click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText(
    '该时段已约满（共 1 个名额），请选择其他时段。',
  );
  await page
    .getByRole('dialog')
    .getByRole('button', { name: /取\s*消/ })
    .click();

  // The check-in desk sees today's slot with its booking, and finds the booked unit.
  await page.getByRole('tab', { name: '交付签到' }).click();
  const today = page.getByTestId('today-slot');
  await expect(today).toHaveCount(1);
  await expect(today).toContainText('08:00–23:59');
  await expect(today.getByTestId('today-slot-seats')).toHaveText('已约 1 / 1 户');
  // 今日预约户: the booked household is listed for today with its owner and slot time, found by its address as typed.
  const todayBooking = page.getByTestId('today-booking');
  await expect(todayBooking).toHaveCount(1);
  await expect(todayBooking).toContainText('1#-1-101');
  await expect(todayBooking).toContainText('业主0');
  await expect(todayBooking).toContainText('08:00–23:59');
  await page.getByTestId('today-bookings-search').locator('input').fill('1-1-102');
  await page.getByTestId('today-bookings-search').locator('input').press('Enter');
  await expect(page.getByTestId('today-bookings')).toContainText('今天的预约中没有该房号');
  await page.getByTestId('today-bookings-search').locator('input').fill('1-1-101');
  await page.getByTestId('today-bookings-search').locator('input').press('Enter');
  await expect(todayBooking).toHaveCount(1);
  await expect(todayBooking).toContainText('1#-1-101');
  await screenshot(page, '25a-check-in-bookings');
  await todayBooking.click();
  await expect(page).toHaveURL(/[?&]unit=/);
  await expect(page.getByTestId('check-in-unit')).toContainText('1#-1-101');
  await expect(page.getByTestId('check-in-unit')).toContainText('业主0');
  await page.getByTestId('check-in-search').locator('input').fill('1#-1-101');
  await page.getByTestId('check-in-search').locator('input').press('Enter');
  await expect(page.getByTestId('check-in-result')).toContainText('1#-1-101');

  // After a reload the appointments page still lists the slot's booking, read from the API, and cancels it.
  await page.getByRole('tab', { name: '预约' }).click();
  await expect(page).toHaveURL(new RegExp(`/console${base}/appointments$`));
  await page.reload();
  await expect(slot.getByTestId('slot-bookings-toggle')).toHaveText('查看名单（1）');
  await slot.getByTestId('slot-bookings-toggle').click();
  const bookingRow = page.getByTestId('booking-row');
  await expect(bookingRow).toHaveCount(1);
  await expect(bookingRow).toContainText('1#-1-101');
  await expect(bookingRow).toContainText('业主0');
  await expect(bookingRow).toContainText('有效');
  await screenshot(page, '25-slots');
  await bookingRow.getByTestId('booking-cancel').click();
  await page.getByRole('button', { name: /确\s*定/ }).click();
  await expect(page.getByText('已取消 1#-1-101 的预约，名额已释放')).toBeVisible();
  await expect(page.getByTestId('slot-bookings')).toContainText('该时段还没有有效预约');
  await expect(slot.getByTestId('slot-remaining')).toHaveText('1');
  const afterCancel = await apiAs<{ items: { status: string; unit: { room: string } }[] }>(
    request,
    lead,
    'GET',
    `${base}/bookings?status=cancelled`,
  );
  expect(afterCancel.items).toMatchObject([{ status: 'cancelled', unit: { room: '101' } }]);

  // 钥匙台账: every unit of 1# gets two unit-door keys and a mailbox key, with the contractor.
  await page.getByRole('tab', { name: '钥匙台账' }).click();
  await expect(page).toHaveURL(new RegExp(`/console${base}/keys$`));
  await page.getByTestId('register-building').fill('1#');
  await page.getByTestId('register-submit').click();
  await expect(page.getByTestId('register-building-result')).toContainText('1#：4 户共登记 12 把钥匙');
  await expect(page.getByTestId('key-row')).toHaveCount(12);
  await expect(page.locator('[data-testid="key-row"][data-custody="with_contractor"]')).toHaveCount(12);
  await expect(keyRow(page, '1#-1-101-户门-1').getByTestId('key-action-lend')).toHaveCount(0);

  // 钥匙移交: all twelve to the property company at once.
  await page.getByTestId('key-table').locator('thead input[type="checkbox"]').check();
  await expect(page.getByTestId('transfer-selected')).toHaveText(/移交物业（12 把）/);
  await page.getByTestId('transfer-selected').click();
  await expect(page.getByText('已移交物业 12 把钥匙')).toBeVisible();
  await expect(page.locator('[data-testid="key-row"][data-custody="with_property"]')).toHaveCount(12);

  // 钥匙借用: a contractor borrows a key for the day; it shows lent, and overdue once its due time has passed.
  await keyRow(page, '1#-1-101-户门-1').getByTestId('key-action-lend').click();
  await page.getByTestId('key-action-borrower').fill('总包 王师傅（水电）');
  await page.getByTestId('key-action-ok').click();
  await expect(keyRow(page, '1#-1-101-户门-1')).toHaveAttribute('data-custody', 'on_loan');
  await expect(keyRow(page, '1#-1-101-户门-1')).toContainText('已借出');
  await expect(keyRow(page, '1#-1-101-户门-1')).toContainText('借给 总包 王师傅（水电）');
  await expect(keyRow(page, '1#-1-101-户门-1').getByTestId('key-action-return_loan')).toBeVisible();
  await expect(page.getByTestId('overdue-none')).toBeVisible();

  // 钥匙履历: the lent key's drawer shows where it stands and its transfer then its loan, from GET …/keys/{keyId}.
  await keyRow(page, '1#-1-101-户门-1').getByTestId('key-open-history').click();
  const history = page.getByTestId('key-history');
  await expect(history).toContainText('1#-1-101-户门-1 的履历');
  await expect(history.getByTestId('key-history-custody')).toHaveText('已借出');
  await expect(history.getByTestId('key-history-loan')).toContainText('总包 王师傅（水电）');
  const entries = history.getByTestId('key-history-entry');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toHaveAttribute('data-kind', 'transfer');
  await expect(entries.nth(0)).toContainText('移交物业');
  await expect(entries.nth(0)).toContainText('总包 → 物业');
  await expect(entries.nth(1)).toHaveAttribute('data-kind', 'loan');
  await expect(entries.nth(1)).toContainText('借用人：总包 王师傅（水电）');
  await expect(entries.nth(1)).toContainText('物业 → 总包');
  await expect(page).toHaveURL(/[?&]key=/);
  await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 }); // the toasts cover the drawer
  await screenshot(page, '26a-key-history');
  await page.keyboard.press('Escape');
  await expect(history).toBeHidden();
  await expect(page).not.toHaveURL(/[?&]key=/);
  await dueYesterday('1#-1-101-户门-1');

  // 钥匙委托书: the owner of 1#-1-102 has had the keys handed over, and leaves one for a repair.
  const grid = await apiAs<{ units: { id: string; building: string; room: string }[] }>(
    request,
    lead,
    'GET',
    `${base}/units/grid`,
  );
  const unit102 = grid.units.find((unit) => unit.building === '1#' && unit.room === '102')!.id;
  const handover = `${base}/units/${unit102}/handover`;
  await apiAs(request, lead, 'POST', `${handover}/check-in`, {});
  await apiAs(request, lead, 'POST', `${handover}/settle-area`, {});
  await apiAs(request, lead, 'POST', `${handover}/pay-fees`, {});
  await apiAs(request, lead, 'POST', `${handover}/inspect`, { team: { sales: 'S', engineering: 'E', property: 'P' } });
  await apiAs(request, lead, 'POST', `${handover}/hand-over-keys`, {});
  await page.reload();
  const overdue = page.getByTestId('overdue-row');
  await expect(overdue).toHaveCount(1);
  await expect(overdue).toContainText('1#-1-101-户门-1');
  await expect(overdue).toContainText('总包 王师傅（水电）');
  await expect(keyRow(page, '1#-1-102-户门-1')).toHaveAttribute('data-custody', 'with_owner');
  const letterNo = `WT-${unique()}`;
  await keyRow(page, '1#-1-102-户门-1').getByTestId('key-action-entrust').click();
  await page.getByTestId('key-action-letterNo').fill(letterNo);
  await page.getByTestId('key-action-ok').click();
  await expect(keyRow(page, '1#-1-102-户门-1')).toHaveAttribute('data-custody', 'entrusted');
  await expect(keyRow(page, '1#-1-102-户门-1')).toContainText(`委托书 ${letterNo}`);
  await expect(keyRow(page, '1#-1-102-户门-1').getByTestId('key-action-return_entrusted')).toBeVisible();
  await screenshot(page, '26-key-ledger');

  // Given back only against its own letter: a wrong number is refused in Chinese, the right one closes the letter.
  await keyRow(page, '1#-1-102-户门-1').getByTestId('key-action-return_entrusted').click();
  await page.getByTestId('key-action-letterNo').fill('WT-0000');
  await page.getByTestId('key-action-ok').click();
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText(letterNo);
  await expect(page.getByRole('dialog').getByRole('alert')).toContainText('WT-0000');
  await page.getByTestId('key-action-letterNo').fill(letterNo);
  await page.getByTestId('key-action-ok').click();
  await expect(keyRow(page, '1#-1-102-户门-1')).toHaveAttribute('data-custody', 'with_owner');
  const ledger = await apiAs<{ items: { label: string; custody: string; entrustment: unknown; loan: unknown }[] }>(
    request,
    lead,
    'GET',
    `${base}/keys?unitId=${unit102}`,
  );
  expect(ledger.items.find((key) => key.label === '1#-1-102-户门-1')).toMatchObject({
    custody: 'with_owner',
    entrustment: null,
    loan: null,
  });
});
