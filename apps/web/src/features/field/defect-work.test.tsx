import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// the machine is shared: a slow render is not a failure
vi.setConfig({ testTimeout: 45_000 });

/** 整改 screens and the phone's 现场巡检 against a stubbed server that records what it got. */
type Answer = { status: number; body?: unknown };
interface Received {
  method: string;
  path: string;
  contentType: string;
  body: string;
}
const received: Received[] = [];
let answerFor: (method: string, path: string, search: URLSearchParams) => Answer | undefined = () => undefined;
let me = { id: 'u1', name: '李项目', role: 'project_lead', department: null as string | null };

const PROJECT = {
  id: 'p1',
  name: '滨江壹号',
  batch: '一期',
  cityCompany: '杭州城市公司',
  firstHandoverDate: '2030-03-01',
  currentPhase: 'rectification',
  atRisk: false,
  timeZone: 'Asia/Shanghai',
};
const UNIT = {
  id: 'u-101',
  projectId: 'p1',
  building: '1#',
  unit: '1',
  room: '101',
  ownerName: '业主甲',
  ownerPhoneMasked: '139****0000',
  contractedAreaCenti: 8957,
  surveyedAreaCenti: 8957,
  priceFenPerSqm: 2500000,
  fitOut: 'fitted',
  handoverState: 'not_started',
};
const NEXT: Record<string, string[]> = {
  open: ['assigned', 'fixed', 'cannot_fix'],
  assigned: ['assigned', 'fixed', 'cannot_fix'],
  fixed: ['verified', 'assigned'],
  verified: [],
  cannot_fix: [],
};
function defect(id: string, status: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    projectId: 'p1',
    unitId: 'u-101',
    publicArea: null,
    source: 'open_day',
    category: 'quality',
    trade: '土建',
    description: `问题${id}`,
    responsibleParty: null,
    deadline: null,
    status,
    allowedNext: NEXT[status],
    explanation: null,
    compensationPlan: null,
    ownerReply: null,
    ownerRepliedAt: null,
    deferredUntil: null,
    deferralReason: null,
    createdAt: '2030-02-01T02:00:00.000Z',
    updatedAt: '2030-02-01T02:00:00.000Z',
    closedAt: null,
    unit: { building: '1#', unitNo: '1', room: '101' },
    photoCount: 0,
    ...extra,
  };
}
const page = <T,>(items: T[]) => ({ items, page: 1, pageSize: 20, total: items.length });
const refusal = (status: number, code: string, params: Record<string, string>, message = 'refused') => ({
  status,
  body: { statusCode: status, code, params, message },
});

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const body = input.method === 'GET' ? '' : await input.text();
  received.push({
    method: input.method,
    path: `${url.pathname}${url.search}`,
    contentType: input.headers.get('content-type') ?? '',
    body,
  });
  const answer =
    answerFor(input.method, url.pathname, url.searchParams) ??
    (url.pathname === '/users/me'
      ? { status: 200, body: me }
      : url.pathname === '/projects/p1'
        ? { status: 200, body: PROJECT }
        : url.pathname === '/projects/p1/units/u-101'
          ? { status: 200, body: UNIT }
          : url.pathname === '/projects/p1/units'
            ? { status: 200, body: page([UNIT]) }
            : url.pathname === '/projects/p1/defects' && input.method === 'GET'
              ? { status: 200, body: page([]) }
              : url.pathname.endsWith('/photos') && input.method === 'GET'
                ? { status: 200, body: [] }
                : { status: 404, body: { statusCode: 404, message: `no ${url.pathname} in this test` } });
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
// The client captures fetch when it is created, so everything that imports it comes after the stub.
const { session } = await import('../../auth/session');
await import('../../i18n');
const { renderProjectPage } = await import('../keys/page-harness');
const { DefectListPage } = await import('./defect-list-page');
const { DefectDetailPage } = await import('./defect-detail-page');
const { InspectPage } = await import('../inspector/inspect-page');

const sent = (method: string, path: string) => received.filter((r) => r.method === method && r.path.startsWith(path));
const created = () => received.filter((r) => r.method === 'POST' && r.path === '/projects/p1/defects');
const posts = () => received.filter((r) => r.method === 'POST').map((r) => r.path);
const png = (name: string) => new File([new Uint8Array([137, 80, 78, 71])], name, { type: 'image/png' });
const choose = (input: HTMLElement, ...files: File[]) => fireEvent.change(input, { target: { files } });

beforeEach(() => {
  me = { id: 'u1', name: '李项目', role: 'project_lead', department: null };
  session.save(
    `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 }))}.sig`,
  );
});
afterEach(() => {
  received.length = 0;
  answerFor = () => undefined;
  localStorage.clear();
  sessionStorage.clear();
});

describe('<DefectRecordForm> recording a defect', () => {
  it('names the missing fields, then records the defect and uploads its photos one by one as multipart', async () => {
    const user = userEvent.setup();
    answerFor = (method, path) =>
      method === 'POST' && path === '/projects/p1/defects'
        ? { status: 201, body: defect('d9', 'open') }
        : method === 'POST' && path === '/projects/p1/defects/d9/photos'
          ? { status: 201, body: { id: 'ph', defectId: 'd9' } }
          : undefined;
    renderProjectPage(DefectListPage, '/projects/:projectId/defects', '/projects/p1/defects');
    await user.click(await screen.findByTestId('defect-record', {}, { timeout: 10_000 }));
    const form = await screen.findByTestId('defect-record-form');
    await user.click(within(form).getByTestId('record-submit'));
    expect(await within(form).findByText('请选择房号')).toBeVisible();
    expect(within(form).getByText('请填写专业')).toBeVisible();
    expect(within(form).getByText('请描述问题')).toBeVisible();
    expect(created()).toHaveLength(0);

    // the unit is searched on the server
    // the first combobox is the unit's (source and trade follow)
    await user.click(within(form).getAllByRole('combobox')[0]);
    await user.keyboard('101');
    await waitFor(() => expect(sent('GET', '/projects/p1/units?search=101')).not.toHaveLength(0));
    await user.click(await screen.findByTitle('1#-1-101'));
    await user.type(within(form).getByTestId('record-trade'), ' 防水 ');
    await user.type(within(form).getByTestId('record-description'), '阳台地面积水');
    fireEvent.change(within(form).getByTestId('record-deadline'), { target: { value: '2030-02-20' } });
    choose(within(form).getByTestId('photo-input'), png('a.png'), png('b.png'));
    expect(within(form).getAllByTestId('chosen-photo')).toHaveLength(2);
    await user.click(within(form).getByTestId('record-submit'));

    expect(await screen.findByText('已登记问题项')).toBeVisible();
    const [recorded] = created();
    expect(JSON.parse(recorded.body)).toEqual({
      unitId: 'u-101',
      source: 'unit_inspection',
      category: 'quality',
      trade: '防水',
      description: '阳台地面积水',
      deadline: '2030-02-20',
    });
    const uploads = sent('POST', '/projects/p1/defects/d9/photos');
    expect(uploads).toHaveLength(2);
    // photos of the defect as found
    expect(uploads.map((upload) => upload.path)).toEqual([
      '/projects/p1/defects/d9/photos?stage=before',
      '/projects/p1/defects/d9/photos?stage=before',
    ]);
    expect(uploads[0].contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(uploads[0].body).toContain('name="file"');
  });

  it('keeps the defect recorded when a photo is refused and sends only the remaining photos again', async () => {
    const user = userEvent.setup();
    let photoAttempts = 0;
    answerFor = (method, path) => {
      if (method === 'POST' && path === '/projects/p1/defects') return { status: 201, body: defect('d9', 'open') };
      if (method === 'POST' && path === '/projects/p1/defects/d9/photos') {
        photoAttempts += 1;
        return photoAttempts === 2
          ? refusal(400, 'PHOTO_NOT_AN_IMAGE', {}, 'not an image')
          : { status: 201, body: { id: `ph${photoAttempts}`, defectId: 'd9' } };
      }
      return undefined;
    };
    renderProjectPage(DefectListPage, '/projects/:projectId/defects', '/projects/p1/defects');
    await user.click(await screen.findByTestId('defect-record', {}, { timeout: 10_000 }));
    const form = await screen.findByTestId('defect-record-form');
    await user.click(within(form).getByText('公共区域'));
    await user.type(await within(form).findByTestId('record-public-area'), '3# 大堂');
    await user.type(within(form).getByTestId('record-trade'), '精装');
    await user.type(within(form).getByTestId('record-description'), '大堂吊顶开裂');
    choose(within(form).getByTestId('photo-input'), png('one.png'), png('two.png'));
    await user.click(within(form).getByTestId('record-submit'));

    const warning = await within(form).findByTestId('record-photo-error');
    expect(warning).toHaveTextContent('问题项已登记，但照片「two.png」上传失败');
    expect(within(form).getAllByTestId('chosen-photo')).toHaveLength(1);
    expect(JSON.parse(created()[0].body)).toMatchObject({ publicArea: '3# 大堂' });

    await user.click(within(form).getByRole('button', { name: '重新上传剩余照片' }));
    expect(await screen.findByText('已登记问题项')).toBeVisible();
    expect(created()).toHaveLength(1);
    expect(sent('POST', '/projects/p1/defects/d9/photos')).toHaveLength(3);
  });
});

describe('<DefectDetailPage> actions from the status', () => {
  it('offers only what a fixed defect allows; a non-quality item is verified only after the owner was answered', async () => {
    answerFor = (method, path) =>
      method === 'GET' && path === '/projects/p1/defects/d1'
        ? { status: 200, body: defect('d1', 'fixed', { category: 'non_quality' }) }
        : undefined;
    renderProjectPage(DefectDetailPage, '/projects/:projectId/defects/:defectId', '/projects/p1/defects/d1');
    const actions = await screen.findByTestId('defect-actions', {}, { timeout: 10_000 });
    expect(
      within(actions)
        .getAllByRole('button')
        .map((button) => button.textContent),
    ).toEqual(['派单', '验收通过', '延期', '答复业主']);
    expect(within(actions).getByTestId('defect-action-verify')).toBeDisabled();
    expect(within(actions).getByTestId('defect-action-assign')).toBeEnabled();
  });

  it('marks a defect fixed only with a photo: the photo is uploaded first, then the fix; a refusal is worded in Chinese', async () => {
    const user = userEvent.setup();
    let fixAttempts = 0;
    answerFor = (method, path) => {
      if (method === 'GET' && path === '/projects/p1/defects/d1')
        return { status: 200, body: defect('d1', 'assigned') };
      if (method === 'POST' && path === '/projects/p1/defects/d1/photos')
        return { status: 201, body: { id: 'ph', defectId: 'd1' } };
      if (method === 'POST' && path === '/projects/p1/defects/d1/fix') {
        fixAttempts += 1;
        return fixAttempts === 1
          ? refusal(403, 'DEFECTS_FORBIDDEN', { role: 'department_head', department: 'finance' })
          : { status: 200, body: defect('d1', 'fixed') };
      }
      return undefined;
    };
    renderProjectPage(DefectDetailPage, '/projects/:projectId/defects/:defectId', '/projects/p1/defects/d1');
    await user.click(await screen.findByTestId('defect-action-fix', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('action-submit'));
    expect(await within(dialog).findByText('请至少拍一张整改后照片')).toBeVisible();
    expect(posts()).toEqual([]);

    choose(within(dialog).getByTestId('fix-photo-input'), png('fixed.png'));
    await user.type(within(dialog).getByTestId('action-note'), '已修补');
    await user.click(within(dialog).getByTestId('action-submit'));
    const error = await within(dialog).findByTestId('action-error');
    expect(error).toHaveTextContent('无权');
    expect(posts()).toEqual(['/projects/p1/defects/d1/photos?stage=after', '/projects/p1/defects/d1/fix']);
    expect(JSON.parse(sent('POST', '/projects/p1/defects/d1/fix')[0].body)).toEqual({ note: '已修补' });

    // sent again: the photo already went in, only the fix is repeated
    await user.click(within(dialog).getByTestId('action-submit'));
    expect(await screen.findByText('已标记为已整改')).toBeVisible();
    expect(posts()).toEqual([
      '/projects/p1/defects/d1/photos?stage=after',
      '/projects/p1/defects/d1/fix',
      '/projects/p1/defects/d1/fix',
    ]);
  });

  it('assigns to a contractor company working on the project, or refuses locally when neither it nor a party is given', async () => {
    const user = userEvent.setup();
    answerFor = (method, path) => {
      if (method === 'GET' && path === '/projects/p1/defects/d1') return { status: 200, body: defect('d1', 'open') };
      if (method === 'GET' && path === '/projects/p1/contractors')
        return {
          status: 200,
          body: [
            { id: 'c1', name: '浙江精工门窗有限公司', kind: 'doors_windows', createdAt: '2030-01-01T00:00:00.000Z' },
          ],
        };
      if (method === 'POST' && path === '/projects/p1/defects/d1/assign')
        return { status: 200, body: defect('d1', 'assigned', { contractorCompanyId: 'c1' }) };
      return undefined;
    };
    renderProjectPage(DefectDetailPage, '/projects/:projectId/defects/:defectId', '/projects/p1/defects/d1');
    await user.click(await screen.findByTestId('defect-action-assign', {}, { timeout: 10_000 }));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('action-submit'));
    expect(await within(dialog).findByText('请选择施工单位或填写责任单位')).toBeVisible();
    expect(posts()).toEqual([]);
    await user.click(within(dialog).getAllByRole('combobox')[0]);
    await user.click(await screen.findByTitle('浙江精工门窗有限公司'));
    fireEvent.change(within(dialog).getByTestId('assign-deadline'), { target: { value: '2030-02-28' } });
    await user.click(within(dialog).getByTestId('action-submit'));
    await waitFor(() => expect(sent('POST', '/projects/p1/defects/d1/assign')).toHaveLength(1));
    expect(JSON.parse(sent('POST', '/projects/p1/defects/d1/assign')[0].body)).toEqual({
      contractorCompanyId: 'c1',
      deadline: '2030-02-28',
    });
  });

  it('an HQ user reads a defect without action buttons', async () => {
    me = { id: 'u2', name: '总部', role: 'hq', department: null };
    answerFor = (method, path) =>
      method === 'GET' && path === '/projects/p1/defects/d1' ? { status: 200, body: defect('d1', 'open') } : undefined;
    renderProjectPage(DefectDetailPage, '/projects/:projectId/defects/:defectId', '/projects/p1/defects/d1');
    expect(await screen.findByText('您的角色只能查看问题项', {}, { timeout: 10_000 })).toBeVisible();
    expect(screen.queryByTestId('defect-actions')).toBeNull();
  });
});

describe('<DefectBulkAssign> assigning the selected defects of a building', () => {
  it('assigns each selected defect through its own route and shows each row went through or why it was refused', async () => {
    const user = userEvent.setup();
    const list = [defect('d1', 'open', { deadline: '2020-01-31' }), defect('d2', 'open'), defect('d3', 'open')];
    answerFor = (method, path, search) => {
      if (method === 'GET' && path === '/projects/p1/defects')
        return search.get('building') === '1#' ? { status: 200, body: page(list) } : { status: 200, body: page([]) };
      if (method === 'POST' && path === '/projects/p1/defects/d1/assign')
        return { status: 200, body: defect('d1', 'assigned') };
      if (method === 'POST' && path === '/projects/p1/defects/d3/assign')
        return refusal(409, 'DEFECT_STATUS_TRANSITION', {
          defectId: 'd3',
          status: 'verified',
          target: 'assigned',
          allowed: '',
        });
      return undefined;
    };
    renderProjectPage(DefectListPage, '/projects/:projectId/defects', '/projects/p1/defects?building=1%23');
    const table = await screen.findByTestId('defect-table', {}, { timeout: 10_000 });
    await waitFor(() => expect(table.querySelectorAll('tbody tr.ant-table-row')).toHaveLength(3));
    expect(table.querySelectorAll('tr.defect-row--overdue')).toHaveLength(1);
    expect(within(table).getAllByTestId('overdue')).toHaveLength(1);
    await user.click(within(table).getByRole('checkbox', { name: '问题d1' }));
    await user.click(within(table).getByRole('checkbox', { name: '问题d3' }));
    await user.click(screen.getByTestId('bulk-assign'));

    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('bulk-submit'));
    expect(await within(dialog).findByText('请选择施工单位或填写责任单位')).toBeVisible();
    await user.type(within(dialog).getByTestId('bulk-responsible'), '浙江精工');
    await user.click(within(dialog).getByTestId('bulk-submit'));

    expect(await within(dialog).findByTestId('bulk-summary')).toHaveTextContent('成功 1 项，未成功 1 项');
    const rows = within(dialog).getAllByTestId('bulk-row');
    expect(rows.map((row) => row.getAttribute('data-result'))).toEqual(['ok', 'refused']);
    expect(within(rows[1]).getByTestId('bulk-refusal')).toHaveTextContent('已验收');
    expect(posts()).toEqual(['/projects/p1/defects/d1/assign', '/projects/p1/defects/d3/assign']);
    expect(JSON.parse(sent('POST', '/projects/p1/defects/d1/assign')[0].body)).toEqual({
      responsibleParty: '浙江精工',
    });
  });

  it('offers no selection until the list is filtered by building', async () => {
    answerFor = (method, path) =>
      method === 'GET' && path === '/projects/p1/defects'
        ? { status: 200, body: page([defect('d1', 'open')]) }
        : undefined;
    renderProjectPage(DefectListPage, '/projects/:projectId/defects', '/projects/p1/defects');
    const table = await screen.findByTestId('defect-table', {}, { timeout: 10_000 });
    await waitFor(() => expect(table.querySelectorAll('tbody tr.ant-table-row')).toHaveLength(1));
    expect(within(table).queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByText('按楼栋筛选后可勾选多项批量派单')).toBeVisible();
  });
});

describe('<DefectSummary> per household', () => {
  it('asks the server for the open day by default and shows each household’s counts', async () => {
    const user = userEvent.setup();
    answerFor = (method, path) =>
      method === 'GET' && path === '/projects/p1/defects/summary-by-unit'
        ? {
            status: 200,
            body: page([
              {
                unitId: 'u-101',
                building: '1#',
                unitNo: '1',
                room: '101',
                total: 3,
                open: 1,
                assigned: 1,
                fixed: 0,
                verified: 1,
                cannotFix: 0,
                quality: 2,
                nonQuality: 1,
                awaitingOwnerReply: 1,
              },
            ]),
          }
        : undefined;
    renderProjectPage(DefectListPage, '/projects/:projectId/defects', '/projects/p1/defects?view=summary');
    const summary = await screen.findByTestId('defect-summary', {}, { timeout: 10_000 });
    expect(sent('GET', '/projects/p1/defects/summary-by-unit')[0].path).toContain('source=open_day');
    expect(within(summary).getByRole('link', { name: '1#-1-101' })).toBeVisible();
    expect(within(summary).getByTestId('summary-total')).toHaveTextContent('3');
    expect(within(summary).getByTestId('summary-awaitingOwnerReply')).toHaveTextContent('1');
    await user.click(screen.getByRole('tab', { name: '问题清单' }));
    await screen.findByTestId('defect-table');
  });
});

describe('<InspectPage> the phone screen', () => {
  it('finds a unit on the server, lists its defects with the overdue one marked, and offers fix from the card', async () => {
    const user = userEvent.setup();
    me = { id: 'u3', name: '钱验房', role: 'department_head', department: 'engineering' };
    answerFor = (method, path, search) =>
      method === 'GET' && path === '/projects/p1/defects' && search.get('unitId') === 'u-101'
        ? {
            status: 200,
            body: page([defect('d1', 'assigned', { deadline: '2020-01-31' }), defect('d2', 'fixed')]),
          }
        : undefined;
    renderProjectPage(InspectPage, '/inspect/:projectId', '/inspect/p1');
    const search = await screen.findByPlaceholderText('房号，如 1#-1-101 或 101', {}, { timeout: 10_000 });
    await user.type(search, '1#-1-101{Enter}');
    await user.click(await screen.findByTestId('inspect-unit'));
    expect(sent('GET', '/projects/p1/units')[0].path).toContain('search=1%23-1-101');

    expect(await screen.findByTestId('inspect-unit-address')).toHaveTextContent('1#-1-101');
    await waitFor(() => expect(screen.getAllByTestId('inspect-defect')).toHaveLength(2));
    const [overdue, fixed] = screen.getAllByTestId('inspect-defect');
    expect(overdue).toHaveClass('inspect-defect--overdue');
    expect(within(overdue).getByTestId('defect-action-fix')).toHaveTextContent('已整改');
    expect(within(overdue).queryByTestId('defect-action-assign')).toBeNull();
    expect(fixed).not.toHaveClass('inspect-defect--overdue');
    expect(within(fixed).getByTestId('defect-action-verify')).toHaveTextContent('验收');
    expect(within(fixed).queryByTestId('defect-action-fix')).toBeNull();

    // recording on the phone: the unit is given, the camera input asks for the rear camera
    await user.click(screen.getByTestId('inspect-record'));
    const form = await screen.findByTestId('defect-record-form');
    expect(within(form).getByTestId('record-unit')).toHaveTextContent('1#-1-101');
    const camera = within(form).getByTestId('photo-input');
    expect(camera).toHaveAttribute('accept', 'image/*');
    expect(camera).toHaveAttribute('capture', 'environment');
    await user.type(within(form).getByTestId('record-trade'), '精装');
    await user.type(within(form).getByTestId('record-description'), '入户门划痕');
    await user.click(within(form).getByTestId('record-submit'));
    await waitFor(() => expect(created()).toHaveLength(1));
    expect(JSON.parse(created()[0].body)).toEqual({
      unitId: 'u-101',
      source: 'handover_inspection',
      category: 'quality',
      trade: '精装',
      description: '入户门划痕',
    });
  });
});
