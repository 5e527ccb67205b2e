import { expect, test, type Page } from '@playwright/test';
import { apiAs, baseUrl, createUser, importUnits, screenshot, signIn, unique } from './support/stack';

const ROOMS = [
  ['1#', '101'],
  ['1#', '102'],
  ['1#', '103'],
  ['2#', '101'],
];
/** A real 4×4 PNG: the API decodes every photo and refuses one that does not decode. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWM4sWUBHDEQxwEAcGEhwchg/LYAAAAASUVORK5CYII=',
  'base64',
);
const photo = (name: string) => ({ name, mimeType: 'image/png', buffer: PNG });

interface Defect {
  id: string;
  status: string;
  description: string;
  responsibleParty: string | null;
  deadline: string | null;
}
interface GridCell {
  id: string;
  building: string;
  room: string;
}

function unitRows(): string[] {
  return ROOMS.map(([building, room], index) =>
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
}

/** Nothing on the page is wider than the phone's screen. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
}

test('defects: a lead records and bulk-assigns at the desk; an inspector records, fixes with a photo and verifies on a phone', async ({
  page,
  browser,
  request,
}) => {
  const lead = await createUser(request, { name: `赵整改${unique()}`, role: 'project_lead' });
  const inspector = await createUser(request, {
    name: `钱验房${unique()}`,
    role: 'department_head',
    department: 'engineering',
  });
  const firstHandoverDate = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  const project = await apiAs<{ id: string; name: string }>(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: `滨江整改-${unique()}`,
    batch: '一期',
    firstHandoverDate,
    centralizedDays: 3,
  });
  const base = `/projects/${project.id}`;
  const assigned = await request.post(`${baseUrl()}${base}/assignments`, {
    data: { userId: inspector.id },
    headers: { Authorization: `Bearer ${lead.token}` },
  });
  expect(assigned.status(), await assigned.text()).toBe(204);
  await importUnits(request, lead, project.id, unitRows());
  const { units } = await apiAs<{ units: GridCell[] }>(request, lead, 'GET', `${base}/units/grid`);
  const unitAt = (building: string, room: string) => units.find((u) => u.building === building && u.room === room)!.id;

  // Two open-day defects in building 1#, one of them past its deadline, and one in 2#.
  const overdue = await apiAs<Defect>(request, lead, 'POST', `${base}/defects`, {
    unitId: unitAt('1#', '101'),
    source: 'open_day',
    category: 'quality',
    trade: '土建',
    description: '客厅墙面空鼓',
    deadline: '2020-01-31',
  });
  const other = await apiAs<Defect>(request, lead, 'POST', `${base}/defects`, {
    unitId: unitAt('1#', '102'),
    source: 'open_day',
    category: 'quality',
    trade: '门窗',
    description: '卧室窗扇关不严',
  });
  expect(other.deadline).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  await apiAs(request, lead, 'POST', `${base}/defects`, {
    unitId: unitAt('2#', '101'),
    source: 'open_day',
    category: 'quality',
    trade: '水电',
    description: '卫生间地漏反味',
  });

  // At the desk: the lead records a defect with a photo from the 整改 tab.
  await signIn(page, lead);
  await page.goto(`/console${base}`);
  await page.getByRole('tab', { name: '问题', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${base}/defects$`));
  await page.getByTestId('defect-record').click();
  const form = page.getByTestId('defect-record-form');
  await form.getByTestId('record-unit-select').click();
  await page.keyboard.type('1#-1-103');
  await page.locator('.ant-select-item-option', { hasText: '1#-1-103' }).click();
  await form.getByTestId('record-source').click();
  await page.locator('.ant-select-item-option', { hasText: '业主开放日' }).click();
  await form.getByTestId('record-trade').fill('防水');
  await form.getByTestId('record-description').fill('阳台地面积水');
  await form.getByTestId('record-responsible').fill('杭州建工');
  await form.getByTestId('record-deadline').fill('2031-05-01');
  await form.getByTestId('photo-input').setInputFiles(photo('balcony.png'));
  await expect(form.getByTestId('chosen-photo')).toHaveCount(1);
  await form.getByTestId('record-submit').click();
  await expect(page.getByText('已登记问题项')).toBeVisible();
  await expect(form).toHaveCount(0);
  const recorded = (
    await apiAs<{ items: (Defect & { photoCount: number })[] }>(
      request,
      lead,
      'GET',
      `${base}/defects?unitId=${unitAt('1#', '103')}`,
    )
  ).items;
  expect(recorded).toHaveLength(1);
  expect(recorded[0]).toMatchObject({
    description: '阳台地面积水',
    trade: '防水',
    responsibleParty: '杭州建工',
    deadline: '2031-05-01',
    source: 'open_day',
    status: 'open',
    photoCount: 1,
  });

  // Building 1#, filtered through the API: the overdue defect is highlighted; two are assigned together.
  await page.getByTestId('filter-building').locator('input').fill('1#');
  await page.getByTestId('filter-building').locator('input').press('Enter');
  await expect(page).toHaveURL(/building=1%23/);
  const table = page.getByTestId('defect-table');
  const rows = table.locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(3);
  await expect(table).not.toContainText('卫生间地漏反味');
  await expect(table.locator('tr.defect-row--overdue')).toHaveCount(1);
  await expect(table.locator('tr.defect-row--overdue')).toContainText('客厅墙面空鼓');
  await expect(table.getByTestId('overdue')).toHaveCount(1);
  await rows.filter({ hasText: '客厅墙面空鼓' }).locator('.ant-checkbox-input').check();
  await rows.filter({ hasText: '卧室窗扇关不严' }).locator('.ant-checkbox-input').check();
  await page.getByTestId('bulk-assign').click();
  await page.getByTestId('bulk-responsible').fill('浙江精工门窗');
  await page.getByTestId('bulk-submit').click();
  await expect(page.getByTestId('bulk-summary')).toContainText('成功 2 项，未成功 0 项');
  await expect(page.locator('[data-testid="bulk-row"][data-result="ok"]')).toHaveCount(2);
  for (const id of [overdue.id, other.id]) {
    const defect = await apiAs<Defect>(request, lead, 'GET', `${base}/defects/${id}`);
    // no deadline given: each keeps its own (the one recorded without one has the project's SLA deadline)
    expect(defect).toMatchObject({
      status: 'assigned',
      responsibleParty: '浙江精工门窗',
      deadline: id === overdue.id ? '2020-01-31' : other.deadline,
    });
  }
  await page.getByTestId('bulk-close').click();
  // assigned, the overdue defect is still overdue (its deadline runs while it is assigned) and stays highlighted
  await expect(rows.filter({ hasText: '客厅墙面空鼓' }).getByTestId('defect-status')).toHaveText('已派单');
  await expect(rows.filter({ hasText: '卧室窗扇关不严' }).getByTestId('defect-status')).toHaveText('已派单');
  await expect(table.locator('tr.defect-row--overdue')).toHaveCount(1);
  await expect(table.locator('tr.defect-row--overdue')).toContainText('浙江精工门窗');
  await expect(page.getByTestId('bulk-assign')).toHaveText(/批量派单（0）/);
  await expect(table.locator('.ant-checkbox-checked')).toHaveCount(0);
  await expect(page.getByText('已登记问题项')).toHaveCount(0); // the toast has gone
  await screenshot(page, '23-defects');

  // Its detail offers only what an assigned defect allows.
  await rows.filter({ hasText: '卧室窗扇关不严' }).getByTestId('defect-open').click();
  await expect(page.getByTestId('defect-detail')).toContainText('浙江精工门窗');
  const actions = page.getByTestId('defect-actions');
  await expect(actions.getByRole('button')).toHaveText(['派单', '标记已整改', '无法整改', '延期', '答复业主']);

  // The household summary after the open day.
  await page.goto(`/console${base}/defects?view=summary`);
  const summary = page.getByTestId('defect-summary');
  await expect(summary.getByTestId('summary-row')).toHaveCount(4);
  await expect(
    summary.getByTestId('summary-row').filter({ hasText: '1#-1-101' }).getByTestId('summary-assigned'),
  ).toHaveText('1');

  // On a phone (390 × 844): the engineering inspector finds a unit from the menu's 现场巡检.
  const phone = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const mobile = await phone.newPage();
  await signIn(mobile, inspector);
  await mobile.goto('/console/inspect');
  await mobile.getByTestId('inspect-project').filter({ hasText: project.name }).click();
  await expect(mobile).toHaveURL(new RegExp(`/console/inspect/${project.id}$`));
  await mobile.getByTestId('inspect-search').locator('input').fill('1#-1-101');
  await mobile.getByTestId('inspect-search').locator('input').press('Enter');
  await mobile.getByTestId('inspect-unit').filter({ hasText: '1#-1-101' }).click();
  await expect(mobile.getByTestId('inspect-unit-address')).toHaveText('1#-1-101');
  const cards = mobile.getByTestId('inspect-defect');
  await expect(cards).toHaveCount(1);
  await expect(cards.first()).toContainText('客厅墙面空鼓');
  await expect(cards.first()).toHaveClass(/inspect-defect--overdue/);
  await expect(cards.first().getByTestId('defect-action-fix')).toBeVisible();
  await expectNoSidewaysScroll(mobile);
  await screenshot(mobile, '24-phone-unit');

  // Records a defect with a photo from the camera.
  await mobile.getByTestId('inspect-record').click();
  const phoneForm = mobile.getByTestId('defect-record-form');
  await expect(phoneForm.getByTestId('record-unit')).toHaveText('1#-1-101');
  await phoneForm.getByTestId('record-trade').fill('精装');
  await phoneForm.getByTestId('record-trade').press('Escape'); // closes the trade suggestions
  await phoneForm.getByTestId('record-description').fill('入户门门框划痕');
  await phoneForm.getByTestId('photo-input').setInputFiles(photo('door.png'));
  await expect(phoneForm.getByTestId('chosen-photo')).toHaveCount(1);
  await expectNoSidewaysScroll(mobile);
  await screenshot(mobile, '24a-phone-record-defect');
  await phoneForm.getByTestId('record-submit').click();
  await expect(cards).toHaveCount(2);
  const door = cards.filter({ hasText: '入户门门框划痕' });
  await expect(door).toHaveAttribute('data-status', 'open');
  await expect(door.getByTestId('inspect-show-photos')).toHaveText(/1 张照片/);

  // Marks it fixed: the photo of the fix first, then the fix.
  await door.getByTestId('defect-action-fix').click();
  const fixDialog = mobile.getByTestId('action-form-fix');
  await mobile.getByTestId('action-submit').click();
  await expect(fixDialog).toContainText('请至少拍一张整改后照片');
  await fixDialog.getByTestId('fix-photo-input').setInputFiles(photo('door-fixed.png'));
  await mobile.getByTestId('action-note').fill('已补漆');
  await mobile.getByTestId('action-submit').click();
  await expect(door).toHaveAttribute('data-status', 'fixed');
  await expect(door.getByTestId('defect-status')).toHaveText('已整改');
  await expect(door.getByTestId('inspect-show-photos')).toHaveText(/2 张照片/);
  await door.getByTestId('inspect-show-photos').click();
  await expect(door.getByTestId('defect-photo').locator('img')).toHaveCount(2);
  await expect(door.locator('[data-testid="defect-photo"][data-stage="after"]')).toContainText('整改后');
  await expect(door.locator('[data-testid="defect-photo"][data-stage="before"]')).toContainText('整改前');
  await expect(door.getByTestId('defect-action-verify')).toBeVisible();
  await expectNoSidewaysScroll(mobile);
  await screenshot(mobile, '24b-phone-fixed');

  // Someone verifies it: the inspector, on the same card.
  await door.getByTestId('defect-action-verify').click();
  await mobile.getByTestId('action-submit').click();
  await expect(door).toHaveAttribute('data-status', 'verified');
  await expect(door.getByTestId('defect-action-verify')).toHaveCount(0);
  const doorDefect = (
    await apiAs<{ items: (Defect & { photoCount: number })[] }>(
      request,
      lead,
      'GET',
      `${base}/defects?unitId=${unitAt('1#', '101')}&status=verified`,
    )
  ).items;
  expect(doorDefect).toHaveLength(1);
  expect(doorDefect[0]).toMatchObject({ description: '入户门门框划痕', trade: '精装', photoCount: 2 });
  await expectNoSidewaysScroll(mobile);
  await phone.close();
});
