import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// the whole console loads its lazy chunks first
vi.setConfig({ testTimeout: 60_000 });

/** 打印整栋 on the unit grid: the building's PDF downloaded with the pages asked for; a refusal worded from its code. */
type Answer = { status: number; body: unknown; type?: string };
const requests: { url: URL; authorization: string | null }[] = [];
let answers: Record<string, Answer> = {};
/** Holds the print's answer until the test lets it go (to see the loading state). */
let printGate: Promise<void> = Promise.resolve();

const PROJECT = {
  id: 'p1',
  name: '金鸡湖壹号',
  batch: '三期',
  cityCompany: '苏州城市公司',
  firstHandoverDate: '2026-12-04',
  currentPhase: 'handoverDays',
  atRisk: false,
  timeZone: 'Asia/Shanghai',
};
const PRINT = '/projects/p1/buildings/9%23/print.pdf';

vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
  const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost'), init) : input;
  const url = new URL(request.url);
  requests.push({ url, authorization: request.headers.get('Authorization') });
  if (url.pathname.endsWith('/print.pdf')) await printGate;
  const answer = answers[url.pathname] ?? { status: 404, body: { statusCode: 404, code: 'NOT_FOUND', message: 'x' } };
  return new Response(answer.type ? String(answer.body) : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': answer.type ?? 'application/json' },
  });
});
// The client captures fetch when it is created, so everything that imports it comes after the stub.
const { BuildingPrint } = await import('./building-print');
const { App } = await import('../../app');
const { createQueryClient } = await import('../../shared/query-client');
const { session } = await import('../../auth/session');
await import('../../i18n');

const saved: string[] = [];
const prints = () => requests.filter((r) => r.url.pathname.endsWith('/print.pdf'));

function renderPrint(building = '9#') {
  return render(
    <AntApp>
      <QueryClientProvider client={createQueryClient()}>
        <BuildingPrint projectId="p1" building={building} />
      </QueryClientProvider>
    </AntApp>,
  );
}

describe('<BuildingPrint>', () => {
  beforeEach(() => {
    requests.length = 0;
    saved.length = 0;
    printGate = Promise.resolve();
    answers = {
      '/projects/p1': { status: 200, body: PROJECT },
      [PRINT]: { status: 200, body: '%PDF-1.7 building', type: 'application/pdf' },
    };
    session.save('token-1');
    URL.createObjectURL = vi.fn(() => 'blob:print');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    session.clear();
  });

  it("downloads the building's print with all three documents, spinning while the PDF is made", async () => {
    let release!: () => void;
    printGate = new Promise((resolve) => (release = resolve));
    renderPrint();
    const button = screen.getByTestId('print-building');
    expect(button).toHaveTextContent('打印整栋');
    await userEvent.click(button);
    await waitFor(() => expect(button).toHaveClass('ant-btn-loading'));
    expect(button).toHaveTextContent('正在生成 PDF…');
    release();
    await waitFor(() => expect(saved).toEqual(['9#-交付资料.pdf']));
    expect(button).not.toHaveClass('ant-btn-loading');
    expect(prints()).toHaveLength(1);
    const [{ url, authorization }] = prints();
    expect(url.pathname).toBe(PRINT);
    expect(url.searchParams.get('documents')).toBe('notice,inspection_record,key_handover');
    expect(authorization).toBe('Bearer token-1');
  });

  it('asks only for the ticked documents, in print order; nothing ticked: no print', async () => {
    renderPrint();
    const boxes = within(screen.getByTestId('print-documents'));
    await userEvent.click(boxes.getByLabelText('验房单'));
    await userEvent.click(screen.getByTestId('print-building'));
    await waitFor(() => expect(prints()).toHaveLength(1));
    expect(prints()[0]!.url.searchParams.get('documents')).toBe('notice,key_handover');

    await userEvent.click(boxes.getByLabelText('交付通知书'));
    await userEvent.click(boxes.getByLabelText('钥匙交接记录'));
    expect(screen.getByTestId('print-building')).toBeDisabled();
    // ticked again after the others: still printed in the API's order
    await userEvent.click(boxes.getByLabelText('钥匙交接记录'));
    await userEvent.click(boxes.getByLabelText('交付通知书'));
    await userEvent.click(screen.getByTestId('print-building'));
    await waitFor(() => expect(prints()).toHaveLength(2));
    expect(prints()[1]!.url.searchParams.get('documents')).toBe('notice,key_handover');
  });

  it("shows the server's refusal in Chinese, worded from its code and params", async () => {
    answers[PRINT] = {
      status: 404,
      body: {
        statusCode: 404,
        error: 'Not Found',
        code: 'BUILDING_NOT_FOUND',
        params: { building: '9#' },
        message: 'This project has no building “9#”.',
      },
    };
    renderPrint();
    await userEvent.click(screen.getByTestId('print-building'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('本项目没有楼栋“9#”。');
    expect(alert).not.toHaveTextContent('This project has no building');
    expect(saved).toEqual([]);
    expect(screen.getByTestId('print-building')).toHaveTextContent('打印整栋');
  });
});

describe('the unit grid page (房源图) with the print', () => {
  beforeEach(() => {
    requests.length = 0;
    saved.length = 0;
    answers = {
      '/users/me': { status: 200, body: { id: 'u1', name: '李项目', role: 'project_lead', department: null } },
      '/projects/p1': { status: 200, body: PROJECT },
      '/projects/p1/units/grid': {
        status: 200,
        body: {
          units: [
            { id: 'u1', building: '9#', unit: '1', room: '101', floor: 1, state: 'inspected' },
            { id: 'u2', building: '10#', unit: '1', room: '101', floor: 1, state: 'not_started' },
          ],
        },
      },
      [PRINT]: { status: 200, body: '%PDF-1.7 building', type: 'application/pdf' },
    };
    session.save(
      `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub: 'u1', exp: Math.floor(Date.now() / 1000) + 3600 }))}.sig`,
    );
    URL.createObjectURL = vi.fn(() => 'blob:print');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
    sessionStorage.clear();
  });

  function openGrid(search: string) {
    window.history.pushState({}, '', `/console/projects/p1/units${search}`);
    return render(<App />);
  }

  it('prints the building picked in the filter', async () => {
    openGrid(`?building=${encodeURIComponent('9#')}`);
    const button = await screen.findByTestId('print-building', {}, { timeout: 10_000 });
    expect(screen.queryByTestId('print-pick-building')).toBeNull();
    await userEvent.click(button);
    await waitFor(() => expect(saved).toEqual(['9#-交付资料.pdf']));
    expect(prints().map((r) => r.url.pathname)).toEqual([PRINT]);
  });

  it('asks for a building first when all buildings are shown', async () => {
    openGrid('');
    expect(await screen.findByTestId('print-pick-building', {}, { timeout: 10_000 })).toHaveTextContent(
      '选择楼栋后可打印整栋交付资料',
    );
    expect(screen.queryByTestId('print-building')).toBeNull();
  });
});
