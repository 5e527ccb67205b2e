import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { apiAs, baseUrl, createUser, screenshot, signIn, unique, type TestUser } from './support/stack';

/** A real 4×4 PNG: the API decodes every photo and refuses one that does not decode. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWM4sWUBHDEQxwEAcGEhwchg/LYAAAAASUVORK5CYII=',
  'base64',
);

interface Defect {
  id: string;
  status: string;
  contractorCompanyId: string | null;
  reopenCount: number;
  disputeReason: string | null;
  acceptedAt: string | null;
}
interface Photo {
  id: string;
  stage: string;
}

/** Nothing on the page is wider than the phone's screen. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
}

async function contractorUser(request: APIRequestContext, admin: TestUser, companyId: string): Promise<TestUser> {
  const created = await apiAs<TestUser>(request, admin, 'POST', '/users', {
    name: `孙施工${unique()}`,
    role: 'contractor',
    contractorCompanyId: companyId,
  });
  // a token of its own, as the admin hands it over (POST /users/{id}/tokens)
  return apiAs<TestUser>(request, admin, 'POST', `/users/${created.id}/tokens`);
}

test("a contractor's day: its work orders on a phone, accept and fix with a photo, dispute; the developer reopens and rules", async ({
  browser,
  request,
}) => {
  const admin = await createUser(request, { name: `周管理${unique()}`, role: 'admin' });
  const lead = await createUser(request, { name: `吴项目${unique()}`, role: 'project_lead' });
  const engineering = await createUser(request, {
    name: `郑工程${unique()}`,
    role: 'department_head',
    department: 'engineering',
  });
  const project = await apiAs<{ id: string; name: string }>(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: `施工协同-${unique()}`,
    batch: '一期',
    firstHandoverDate: new Date(Date.now() + 90 * 86_400_000).toISOString().slice(0, 10),
    centralizedDays: 3,
  });
  const base = `/projects/${project.id}`;
  const staffed = await request.post(`${baseUrl()}${base}/assignments`, {
    data: { userId: engineering.id },
    headers: { Authorization: `Bearer ${lead.token}` },
  });
  expect(staffed.status(), await staffed.text()).toBe(204);

  // the companies: ours (plumbing) and another on the same project (windows)
  const company = await apiAs<{ id: string; name: string }>(request, admin, 'POST', '/contractor-companies', {
    name: `滨江给排水${unique()}`,
    kind: 'plumbing',
  });
  const otherCompany = await apiAs<{ id: string }>(request, admin, 'POST', '/contractor-companies', {
    name: `恒信门窗${unique()}`,
    kind: 'doors_windows',
  });
  await apiAs(request, lead, 'POST', `${base}/contractors`, { companyId: company.id });
  await apiAs(request, lead, 'POST', `${base}/contractors`, { companyId: otherCompany.id });
  const contractor = await contractorUser(request, admin, company.id);

  // the engineering head records three defects and assigns them to the company; one is past its deadline
  const record = async (description: string, deadline: string, companyId = company.id) => {
    const defect = await apiAs<Defect>(request, engineering, 'POST', `${base}/defects`, {
      publicArea: '3#楼 地下车库',
      source: 'open_day',
      category: 'quality',
      trade: '给排水',
      description,
    });
    await apiAs(request, engineering, 'POST', `${base}/defects/${defect.id}/assign`, {
      contractorCompanyId: companyId,
      deadline,
    });
    return defect;
  };
  const toFix = await record('地漏反水', '2031-06-01');
  const toDispute = await record('消防管道渗漏', '2031-06-10');
  const late = await record('集水井水泵不启动', '2020-01-31');
  const theirs = await record('车库门窗破损（别家）', '2031-06-01', otherCompany.id);
  const read = (id: string) => apiAs<Defect>(request, engineering, 'GET', `${base}/defects/${id}`);

  // On a phone (390 × 844): the contractor signs in and lands on 我的整改单.
  const phoneContext = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: 390, height: 844 },
    isMobile: true,
    hasTouch: true,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const phone = await phoneContext.newPage();
  await signIn(phone, contractor);
  await expect(phone).toHaveURL(/\/console\/contractor$/);
  await expect(phone.getByTestId('contractor-defects')).toBeVisible();
  const orders = phone.getByTestId('work-order');
  await expect(orders).toHaveCount(3);
  // overdue first, highlighted; the other company's defect is not there
  await expect(orders.first()).toHaveAttribute('data-defect-id', late.id);
  await expect(orders.first()).toHaveAttribute('data-overdue', 'true');
  await expect(orders.first().getByTestId('work-order-overdue')).toHaveText('已超期');
  await expect(phone.getByText('车库门窗破损（别家）')).toHaveCount(0);
  // the contractor's menu: its work orders and notifications only
  await phone.locator('.ant-layout-sider-zero-width-trigger').click();
  await expect(phone.getByTestId('main-menu').getByRole('menuitem')).toHaveText(['我的整改单', '通知']);
  await phone.locator('.ant-layout-sider-zero-width-trigger').click();
  // folded away again before the screenshot
  await expect(phone.locator('.ant-layout-sider')).toHaveCSS('width', '0px');
  await expect(phone.getByTestId('main-menu')).not.toBeInViewport();
  await expectNoSidewaysScroll(phone);
  await screenshot(phone, '32-contractor-list');

  // accept one and mark it fixed: refused without a photo (worded from DEFECT_FIX_PHOTO_REQUIRED), then with one
  await orders.filter({ hasText: '地漏反水' }).click();
  await expect(phone.getByTestId('contractor-defect-description')).toHaveText('地漏反水');
  await phone.getByTestId('contractor-accept').click();
  await expect(phone.getByTestId('contractor-accept')).toHaveCount(0);
  expect((await read(toFix.id)).acceptedAt).not.toBeNull();
  await phone.getByTestId('contractor-fix').click();
  await phone.getByTestId('contractor-fix-submit').click();
  await expect(phone.getByTestId('contractor-fix-error')).toContainText('请先上传至少一张整改后照片');
  expect((await read(toFix.id)).status).toBe('assigned');
  await phone
    .getByTestId('contractor-fix-photo')
    .setInputFiles({ name: 'fixed.png', mimeType: 'image/png', buffer: PNG });
  await expect(phone.getByTestId('chosen-photo')).toHaveCount(1);
  await phone.getByTestId('contractor-fix-note').fill('已更换地漏并闭水试验');
  await phone.getByTestId('contractor-fix-submit').click();
  await expect(phone.getByTestId('defect-status')).toHaveAttribute('data-status', 'fixed');
  await expect(phone.getByTestId('contractor-no-actions')).toBeVisible();
  await expect(phone.getByTestId('defect-photo')).toHaveCount(1);
  await expect(phone.getByTestId('defect-photo')).toHaveAttribute('data-stage', 'after');
  expect((await read(toFix.id)).status).toBe('fixed');
  const photos = await apiAs<Photo[]>(request, engineering, 'GET', `${base}/defects/${toFix.id}/photos`);
  expect(photos.map((p) => p.stage)).toEqual(['after']);
  await expectNoSidewaysScroll(phone);
  await screenshot(phone, '32a-contractor-fixed');

  // dispute another: not our trade, with a note
  await phone.getByRole('button', { name: '返回我的整改单' }).click();
  await orders.filter({ hasText: '消防管道渗漏' }).click();
  await phone.getByTestId('contractor-dispute').click();
  await phone.getByTestId('contractor-dispute-submit').click();
  await expect(phone.getByText('请选择异议理由')).toBeVisible();
  await phone.getByTestId('dispute-reason-not_our_trade').click();
  await phone.getByTestId('contractor-dispute-note').fill('消防管道属消防分包，非给排水范围');
  await phone.getByTestId('contractor-dispute-submit').click();
  await expect(phone.getByTestId('defect-status')).toHaveAttribute('data-status', 'disputed');
  await expect(phone.getByTestId('defect-status')).toHaveText('施工单位有异议');
  await expect(phone.getByTestId('own-dispute')).toContainText('不属于本单位专业');
  const disputed = await read(toDispute.id);
  expect([disputed.status, disputed.disputeReason]).toEqual(['disputed', 'not_our_trade']);
  await expectNoSidewaysScroll(phone);
  await screenshot(phone, '32b-contractor-dispute');

  // At the desk (1280): the engineering head reopens the fixed one with a reason and rejects the dispute.
  const deskContext = await browser.newContext({
    baseURL: baseUrl(),
    viewport: { width: 1280, height: 900 },
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
  });
  const desk = await deskContext.newPage();
  await signIn(desk, engineering);
  await desk.goto(`/console${base}/defects/${toFix.id}`);
  await expect(desk.getByTestId('defect-status')).toHaveAttribute('data-status', 'fixed');
  await expect(desk.getByTestId('ruling-company')).toHaveText(company.name);
  await desk.getByTestId('ruling-reopen').click();
  await desk.getByTestId('reopen-reason').fill('闭水试验仍有渗漏');
  await desk.getByTestId('reopen-submit').click();
  await expect(desk.getByTestId('defect-status')).toHaveAttribute('data-status', 'assigned');
  await expect(desk.getByTestId('ruling-reopen-count')).toHaveText('退回 1 次');
  const reopened = await read(toFix.id);
  expect([reopened.status, reopened.reopenCount]).toEqual(['assigned', 1]);

  await desk.goto(`/console${base}/defects/${toDispute.id}`);
  await expect(desk.getByTestId('defect-status')).toHaveText('施工单位有异议');
  await expect(desk.getByTestId('ruling-dispute-reason')).toHaveText('不属于本单位专业');
  await expect(desk.getByTestId('ruling-dispute-note')).toHaveText('消防管道属消防分包，非给排水范围');
  await expect(desk.getByTestId('defect-action-assign')).toHaveCount(0);
  await desk.getByTestId('ruling-outcome-rejected').click();
  await desk.getByTestId('ruling-note').fill('经核查属给排水专业，请继续整改');
  await screenshot(desk, '32c-ruling');
  await desk.getByTestId('ruling-submit').click();
  await expect(desk.getByTestId('defect-status')).toHaveAttribute('data-status', 'assigned');
  const rejected = await read(toDispute.id);
  expect([rejected.status, rejected.contractorCompanyId]).toEqual(['assigned', company.id]);

  // The contractor sees both back in its list: to fix again, the reopened one counted.
  await phone.goto('/console/contractor');
  await expect(orders).toHaveCount(3);
  const again = orders.filter({ hasText: '地漏反水' });
  await expect(again.getByTestId('defect-status')).toHaveAttribute('data-status', 'assigned');
  await expect(again.getByTestId('work-order-reopened')).toHaveText('退回 1 次');
  await expect(orders.filter({ hasText: '消防管道渗漏' }).getByTestId('defect-status')).toHaveAttribute(
    'data-status',
    'assigned',
  );
  // filtered by status through the URL
  await phone.goto('/console/contractor?status=assigned');
  await expect(orders).toHaveCount(3);
  await phone.goto('/console/contractor?status=fixed');
  await expect(phone.getByTestId('contractor-empty')).toBeVisible();

  // Another company's defect: a 404 page, nothing of the defect (also through the developer's URL of it).
  await phone.goto(`/console/contractor${base}/defects/${theirs.id}`);
  await expect(phone.getByTestId('contractor-not-found')).toBeVisible();
  await expect(phone.getByText('车库门窗破损（别家）')).toHaveCount(0);
  await phone.goto(`/console${base}/defects/${theirs.id}`);
  await expect(phone).toHaveURL(new RegExp(`/console/contractor${base}/defects/${theirs.id}$`));
  await expect(phone.getByTestId('contractor-not-found')).toBeVisible();
  await expectNoSidewaysScroll(phone);

  await phoneContext.close();
  await deskContext.close();
});
