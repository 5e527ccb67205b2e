import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// the whole console loads its lazy chunks first
vi.setConfig({ testTimeout: 40_000 });

/** 新建案例 on the cases page, in the whole console, against a stubbed server that records what it got. */
type Answer = { status: number; body?: unknown };
const received: { method: string; path: string; body: string }[] = [];
let answerFor: (method: string, path: string) => Answer | undefined = () => undefined;

const DEFECT = {
  id: 'df1',
  projectId: 'p1',
  trade: '门窗',
  description: '卫生间门与淋浴房开启冲突',
  explanation: '设计未考虑淋浴房门扇',
  ownerReply: null,
  category: 'quality',
  status: 'verified',
};
const created = (body: Record<string, unknown>) => ({
  id: 'c1',
  ...body,
  tags: body.tags ?? [],
  sourceKind: 'defect',
  sourceRecordId: 'df1',
  sourceProject: { id: 'p1', cityCompany: '杭州城市公司', name: '滨江壹号', batch: '一期', timeZone: 'Asia/Shanghai' },
  createdBy: 'u1',
  createdAt: '2030-03-20T02:00:00.000Z',
});

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const body = input.method === 'GET' ? '' : await input.text();
  received.push({ method: input.method, path: url.pathname, body });
  const answer =
    answerFor(input.method, url.pathname) ??
    (url.pathname === '/users/me'
      ? { status: 200, body: { id: 'u1', name: '李项目', role: 'project_lead', department: null } }
      : url.pathname === '/projects/p1/defects/df1'
        ? { status: 200, body: DEFECT }
        : url.pathname === '/cases' && input.method === 'GET'
          ? { status: 200, body: { items: [], page: 1, pageSize: 20, total: 0 } }
          : url.pathname === '/cases' && input.method === 'POST'
            ? { status: 201, body: created(JSON.parse(body)) }
            : url.pathname === '/cases/c1'
              ? { status: 200, body: created({ kind: 'design_defect', title: '门冲突', summary: '经过' }) }
              : { status: 404, body: { statusCode: 404, message: `no ${url.pathname} in this test` } });
  return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});
const { App } = await import('../../app');
const { session } = await import('../../auth/session');
await import('../../i18n');
const { caseFromRecordPath, parseCaseOrigin } = await import('./case-origin');

const CASE_EXISTS_ZH = '该缺陷已升级为案例 c0；每条记录只能升级为一个案例。';
const sent = (method: string, path: string) => received.filter((r) => r.method === method && r.path === path);

beforeEach(() => {
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

describe('case origin in the URL', () => {
  it('round-trips a defect or complaint and ignores anything else', () => {
    const path = caseFromRecordPath({ projectId: 'p1', recordKind: 'complaint', recordId: 'cp9' });
    expect(path).toBe('/cases?from=complaint:cp9&project=p1');
    const params = new URLSearchParams(path.split('?')[1]);
    expect(parseCaseOrigin(params.get('from'), params.get('project'))).toEqual({
      projectId: 'p1',
      recordKind: 'complaint',
      recordId: 'cp9',
    });
    expect(parseCaseOrigin('risk:r1', 'p1')).toBeNull();
    expect(parseCaseOrigin('defect:df1', null)).toBeNull();
  });
});

describe('<CreateCaseForm> 新建案例', () => {
  it('opened from a defect, is prefilled from it and creates the case with that source', async () => {
    window.history.pushState({}, '', '/console/cases?from=defect:df1&project=p1');
    render(<App />);
    const form = await screen.findByTestId('create-case-form', {}, { timeout: 10_000 });
    expect(within(form).getByTestId('case-origin')).toHaveTextContent('来自问题项 df1');
    await waitFor(() =>
      expect(within(form).getByTestId('case-new-title')).toHaveValue('门窗：卫生间门与淋浴房开启冲突'),
    );
    expect(within(form).getByTestId('case-new-summary')).toHaveValue('卫生间门与淋浴房开启冲突\n设计未考虑淋浴房门扇');
    expect(within(form).getByTestId('case-kind')).toHaveTextContent('常见质量问题');

    await userEvent.click(within(within(form).getByTestId('case-kind')).getByRole('combobox'));
    await userEvent.click(await screen.findByTitle('设计缺陷'));
    await userEvent.clear(within(form).getByTestId('case-new-title'));
    await userEvent.click(within(form).getByTestId('case-new-title'));
    await userEvent.paste('卫生间门与淋浴房冲突');
    await userEvent.click(within(form).getByTestId('case-create-submit'));

    await waitFor(() => expect(sent('POST', '/cases')).toHaveLength(1));
    expect(JSON.parse(sent('POST', '/cases')[0].body)).toEqual({
      kind: 'design_defect',
      title: '卫生间门与淋浴房冲突',
      summary: '卫生间门与淋浴房开启冲突\n设计未考虑淋浴房门扇',
      tags: ['门窗'],
      source: { projectId: 'p1', recordKind: 'defect', recordId: 'df1' },
    });
    // the new case opens in its drawer, the create form is gone and the URL no longer names the defect
    expect(await screen.findByTestId('case-detail', {}, { timeout: 5000 })).toHaveTextContent('门冲突');
    expect(screen.queryByTestId('create-case-form')).toBeNull();
    expect(window.location.search).toBe('?case=c1');
  });

  it('a refusal (already a case) is worded from its code; a blank form says what is missing', async () => {
    answerFor = (method, path) =>
      method === 'POST' && path === '/cases'
        ? {
            status: 409,
            body: {
              statusCode: 409,
              code: 'CASE_EXISTS',
              params: { recordKind: 'defect', caseId: 'c0' },
              message: 'server words',
            },
          }
        : undefined;
    window.history.pushState({}, '', '/console/cases?from=defect:df1&project=p1');
    render(<App />);
    const form = await screen.findByTestId('create-case-form', {}, { timeout: 10_000 });
    await waitFor(() => expect(within(form).getByTestId('case-new-title')).not.toHaveValue(''));
    await userEvent.clear(within(form).getByTestId('case-new-summary'));
    await userEvent.click(within(form).getByTestId('case-create-submit'));
    expect(await within(form).findByText('请填写经过、原因、处理与建议')).toBeInTheDocument();
    expect(sent('POST', '/cases')).toHaveLength(0);

    await userEvent.click(within(form).getByTestId('case-new-summary'));
    await userEvent.paste('经过');
    await userEvent.click(within(form).getByTestId('case-create-submit'));
    expect(await within(form).findByText(CASE_EXISTS_ZH)).toBeInTheDocument();
    expect(form).not.toHaveTextContent('server words');
    expect(sent('POST', '/cases')).toHaveLength(1);
  });
});
