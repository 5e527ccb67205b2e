import { expect, test } from '@playwright/test';
import { apiAs, baseUrl, createUser, importUnits, screenshot, signIn, unique } from './support/stack';

// 1#: floors 1–3 with 4 rooms each; 2#: 3 rooms on floor 1. 1#-1-101 measures 0.45 m² smaller than contracted.
const ROWS = [
  ...[1, 2, 3].flatMap((floor) => [1, 2, 3, 4].map((room) => ['1#', String(floor * 100 + room)])),
  ['2#', '101'],
  ['2#', '102'],
  ['2#', '103'],
].map(([building, room], index) =>
  [
    building,
    '1',
    room,
    `业主${index}`,
    `1390000${String(index).padStart(4, '0')}`,
    '89.57',
    room === '101' && building === '1#' ? '89.12' : '89.57',
    '25000.00',
    '精装',
  ].join(','),
);
/** A real 4×4 PNG (made with sharp): the API decodes every photo and refuses one that does not decode. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWM4sWUBHDEQxwEAcGEhwchg/LYAAAAASUVORK5CYII=',
  'base64',
);

interface GridCell {
  id: string;
  building: string;
  room: string;
}

test('field screens: unit grid, unit page with money and photos, defect list filtered through the URL, tablet check-in', async ({
  page,
  request,
}) => {
  const lead = await createUser(request, { name: `王现场${unique()}`, role: 'project_lead' });
  const firstHandoverDate = new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10);
  const project = await apiAs<{ id: string }>(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: `滨江现场-${unique()}`,
    batch: '一期',
    firstHandoverDate,
    centralizedDays: 3,
  });
  const base = `/projects/${project.id}`;
  await importUnits(request, lead, project.id, ROWS);
  await apiAs(request, lead, 'PUT', `${base}/fee-settings`, {
    propertyFeePerSqmMonth: '3.50',
    deedTaxRateBp: 150,
    maintenanceFundPerSqm: '45.00',
  });

  const { units } = await apiAs<{ units: GridCell[] }>(request, lead, 'GET', `${base}/units/grid`);
  const unitAt = (building: string, room: string) => units.find((u) => u.building === building && u.room === room)!.id;
  await apiAs(request, lead, 'POST', `${base}/units/${unitAt('1#', '102')}/handover/check-in`, {});
  await apiAs(request, lead, 'POST', `${base}/units/${unitAt('1#', '103')}/handover/check-in`, {});
  await apiAs(request, lead, 'POST', `${base}/units/${unitAt('1#', '103')}/handover/refuse`, {
    reason: '业主对交付标准有异议',
  });

  const unitId = unitAt('1#', '101');
  const withPhoto = await apiAs<{ id: string }>(request, lead, 'POST', `${base}/defects`, {
    unitId,
    source: 'open_day',
    category: 'quality',
    trade: 'civil',
    description: '客厅墙面空鼓',
    deadline: '2020-01-31',
  });
  const photo = await request.post(`${baseUrl()}${base}/defects/${withPhoto.id}/photos`, {
    headers: { Authorization: `Bearer ${lead.token}` },
    multipart: { file: { name: 'wall.png', mimeType: 'image/png', buffer: PNG } },
  });
  expect(photo.status(), await photo.text()).toBe(201);
  await apiAs(request, lead, 'POST', `${base}/defects`, {
    unitId,
    source: 'open_day',
    category: 'non_quality',
    trade: 'landscape',
    description: '景观与宣传不符',
  });
  await apiAs(request, lead, 'POST', `${base}/defects`, {
    unitId: unitAt('2#', '101'),
    source: 'open_day',
    category: 'quality',
    trade: 'windows',
    description: '窗框渗漏',
  });

  // the unit grid: cells by building, coloured by step, with legend counts
  await signIn(page, lead);
  await page.goto(`/console${base}/units`);
  const grid = page.getByTestId('unit-grid');
  await expect(grid.getByTestId('unit-cell')).toHaveCount(15);
  await expect(page.getByTestId('building-card')).toHaveCount(2);
  await expect(grid.locator('[data-state="checked_in"]')).toHaveText(['102']);
  await expect(grid.locator('[data-state="refused"]')).toHaveText(['103']);
  await expect(page.getByTestId('legend-count-not_started')).toHaveText('13');
  await screenshot(page, '07-unit-grid');
  await page.getByTestId('legend-refused').click();
  await expect(page).toHaveURL(/state=refused/);
  await expect(grid.getByTestId('unit-cell')).toHaveCount(1);
  await page.getByTestId('legend-refused').click();
  await expect(grid.getByTestId('unit-cell')).toHaveCount(15);

  // the unit page: money in yuan with two decimals, defects with their photo
  await page.locator(`[data-unit-id="${unitId}"]`).click();
  await expect(page).toHaveURL(new RegExp(`/units/${unitId}$`));
  await expect(page.getByTestId('unit-address')).toHaveText('1#-1-101');
  // −0.45 m² × ¥25,000.00 = −¥11,250.00 refunded; fees: property 8912 × 3.50 × 3 = ¥935.76, deed tax 1.5 % of ¥2,239,250.00, fund ¥4,010.40
  await expect(page.getByTestId('area-amount')).toHaveText('-¥11,250.00');
  await expect(page.getByTestId('due-total')).toHaveText(/^¥[\d,]+\.\d{2}$/);
  await expect(page.getByTestId('balance')).toHaveText(await page.getByTestId('due-total').innerText());
  await expect(page.getByTestId('unit-defects')).toContainText('客厅墙面空鼓');
  await expect(page.getByTestId('defect-photo').locator('img').first()).toHaveAttribute('src', /^blob:/);
  await screenshot(page, '08-unit-page');

  // the defect list, filtered through the URL and the API
  await page.goto(`/console${base}/defects?building=${encodeURIComponent('1#')}&status=open`);
  const rows = page.getByTestId('defect-table').locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(2);
  await expect(page.getByTestId('defect-table')).not.toContainText('窗框渗漏');
  await expect(page.getByTestId('defect-unit-link').first()).toHaveText('1#-1-101');
  await expect(page.getByTestId('overdue')).toHaveCount(1);
  await expect(page.getByTestId('photo-count').and(page.locator('[data-count="1"]'))).toHaveCount(1);
  await screenshot(page, '09-defect-list');
  await page.goto(`/console${base}/defects?building=${encodeURIComponent('2#')}`);
  await expect(rows).toHaveCount(1);
  await expect(page.getByTestId('defect-table')).toContainText('窗框渗漏');

  // 交付异议 on the unit page: the form's required rule, the flow paused with the reply time in the project's zone,
  // then resolved and resumed where it was raised
  const objectedUnit = unitAt('1#', '102');
  await page.goto(`/console${base}/units/${objectedUnit}`);
  await expect(page.getByTestId('unit-state')).toHaveText('已签到');
  await expect(page.getByTestId('owner-resolve')).toHaveCount(0);
  await page.getByTestId('owner-object').click();
  await page.getByTestId('owner-action-submit').click();
  await expect(page.getByTestId('owner-action-form')).toContainText('请填写异议内容');
  await page.getByTestId('objection-description').fill('对公摊面积有异议');
  await page.getByTestId('objection-reply-due').fill('2027-03-17 18:00');
  await page.getByTestId('objection-reply-due').press('Enter');
  await page.getByTestId('owner-action-submit').click();
  await expect(page.getByTestId('unit-state')).toHaveText('交付异议');
  await expect(page.getByTestId('owner-action-success')).toContainText('已登记交付异议');
  await expect(page.getByTestId('open-objection')).toContainText('对公摊面积有异议');
  await expect(page.getByTestId('open-objection')).toContainText('2027/03/17 18:00');
  await expect(page.getByTestId('owner-object')).toHaveCount(0);
  const objectedDetail = await apiAs<{
    resumeFrom: string;
    history: { step: string; payload: Record<string, unknown> }[];
  }>(request, lead, 'GET', `${base}/units/${objectedUnit}/handover`);
  expect(objectedDetail.resumeFrom).toBe('checked_in');
  expect(objectedDetail.history.find((event) => event.step === 'objected')?.payload.replyDueAt).toBe(
    '2027-03-17T10:00:00.000Z',
  );
  await page.getByTestId('step-area_settled').click();
  // The console is in Chinese, so the server words its refusals in Chinese too (Accept-Language).
  await expect(page.getByTestId('step-error')).toContainText('业主有未处理的交付异议');
  await screenshot(page, '10a-unit-objection');
  await page.getByTestId('owner-resolve').click();
  await page.getByTestId('objection-resolution').fill('已出示测绘报告');
  await page.getByTestId('owner-action-submit').click();
  await expect(page.getByTestId('unit-state')).toHaveText('已签到');
  await expect(page.getByTestId('owner-action-success')).toContainText('流程恢复至「已签到」');
  await expect(page.getByTestId('open-objection')).toHaveCount(0);
  await expect(page.getByText('下一步：面积补差结清')).toBeVisible();
  await expect(page.getByText('已出示测绘报告')).toBeVisible();

  // another desk records an objection while this form is open: the server's 409 is shown and the page catches up
  await page.getByTestId('owner-object').click();
  await apiAs(request, lead, 'POST', `${base}/units/${objectedUnit}/handover/object`, { description: '窗外景观遮挡' });
  await page.getByTestId('objection-description').fill('重复登记的异议');
  await page.getByTestId('owner-action-submit').click();
  await expect(page.getByTestId('owner-action-error')).toContainText('与当前状态冲突');
  await expect(page.getByTestId('owner-action-error')).toContainText('已有未处理的交付异议');
  await page.getByRole('button', { name: '取消' }).click();
  await expect(page.getByTestId('unit-state')).toHaveText('交付异议');
  await expect(page.getByTestId('open-objection')).toContainText('窗外景观遮挡');
  await expect(page.getByTestId('open-objection')).toContainText('未约定答复时间');
  await page.getByTestId('owner-resolve').click();
  await page.getByTestId('owner-action-submit').click();
  await expect(page.getByTestId('unit-state')).toHaveText('已签到');

  // the handover desk on a tablet: find the unit, check in, and see the server refuse keys before the earlier steps
  await page.setViewportSize({ width: 768, height: 1024 });
  await page.goto(`/console${base}/check-in`);
  await page.getByTestId('check-in-search').locator('input').fill('1#-1-104');
  await page.getByTestId('check-in-search').locator('input').press('Enter');
  await expect(page.getByTestId('check-in-result')).toHaveCount(1);
  await page.getByTestId('check-in-result').click();
  await expect(page.getByTestId('check-in-state')).toHaveText('未开始');
  await expect(page.getByTestId('area-amount')).toHaveText('¥0.00');
  await page.getByTestId('step-checked_in').click();
  await expect(page.getByTestId('step-success')).toBeVisible();
  await expect(page.getByTestId('check-in-state')).toHaveText('已签到');
  await expect(page.getByTestId('step-checked_in')).toBeDisabled();
  await page.getByTestId('step-keys_handed_over').click();
  await expect(page.getByTestId('step-error')).toContainText('无法登记「钥匙交接」');
  await expect(page.getByTestId('step-error')).toContainText('与当前状态冲突');
  const box = await page.getByTestId('step-area_settled').boundingBox();
  expect(box?.height).toBeGreaterThanOrEqual(56);
  await screenshot(page, '10-check-in-tablet');

  // 业主拒收 at the desk: the reason is required, the refusal ends the flow, the unit page shows 拒收 with the reason
  const refusedUnit = unitAt('1#', '201');
  await apiAs(request, lead, 'POST', `${base}/units/${refusedUnit}/handover/check-in`, {});
  await page.getByTestId('check-in-search').locator('input').fill('1#-1-201');
  await page.getByTestId('check-in-search').locator('input').press('Enter');
  await expect(page.getByTestId('check-in-result')).toHaveCount(1);
  await page.getByTestId('check-in-result').click();
  await expect(page.getByTestId('check-in-state')).toHaveText('已签到');
  await page.getByTestId('owner-refuse').click();
  await page.getByTestId('owner-action-submit').click();
  await expect(page.getByTestId('owner-action-form')).toContainText('请填写拒收原因');
  await page.getByTestId('refuse-reason').fill('层高不符合宣传');
  await page.getByTestId('owner-action-submit').click();
  await expect(page.getByTestId('check-in-state')).toHaveText('拒收');
  await expect(page.getByTestId('refusal')).toContainText('层高不符合宣传');
  await expect(page.getByTestId('owner-refuse')).toHaveCount(0);
  await expect(page.getByTestId('owner-object')).toHaveCount(0);
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await screenshot(page, '10b-check-in-refusal');
  await page.goto(`/console${base}/units/${refusedUnit}`);
  await expect(page.getByTestId('unit-state')).toHaveText('拒收');
  await expect(page.getByTestId('refusal')).toContainText('层高不符合宣传');

  const grid2 = await apiAs<{ units: (GridCell & { state: string })[] }>(request, lead, 'GET', `${base}/units/grid`);
  expect(grid2.units.find((u) => u.building === '1#' && u.room === '104')?.state).toBe('checked_in');
  expect(grid2.units.find((u) => u.building === '1#' && u.room === '102')?.state).toBe('checked_in');
  expect(grid2.units.find((u) => u.building === '1#' && u.room === '201')?.state).toBe('refused');
});
