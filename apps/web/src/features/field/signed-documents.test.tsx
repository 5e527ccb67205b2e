import { QueryClientProvider } from '@tanstack/react-query';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App as AntApp } from 'antd';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// the whole console loads its lazy chunks first
vi.setConfig({ testTimeout: 60_000 });

/** 签字文件 on the unit page: which documents the owner signed, and each signed one downloaded as its PDF. */
type Answer = { status: number; body: unknown; type?: string };
const requests: { path: string; authorization: string | null }[] = [];
let answers: Record<string, Answer> = {};

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
const INSPECTION_SIGNED = {
  document: 'inspection_record',
  // 10:30 in Shanghai
  signedAt: '2026-12-03T02:30:00.000Z',
  contentSha256: 'c'.repeat(64),
  pdfSha256: `0123456789abcdef${'e'.repeat(48)}`,
  pdfBytes: 48_213,
};
const PDF_BYTES = '%PDF-1.7 signed';

vi.stubGlobal('fetch', async (input: Request | string, init?: RequestInit) => {
  const request = typeof input === 'string' ? new Request(new URL(input, 'http://localhost'), init) : input;
  const url = new URL(request.url);
  requests.push({ path: `${url.pathname}${url.search}`, authorization: request.headers.get('Authorization') });
  const answer = answers[url.pathname] ?? { status: 404, body: { statusCode: 404, code: 'NOT_FOUND', message: 'x' } };
  const pdf = answer.type === 'application/pdf';
  return new Response(pdf ? String(answer.body) : JSON.stringify(answer.body), {
    status: answer.status,
    headers: { 'content-type': answer.type ?? 'application/json' },
  });
});
// The client captures fetch when it is created, so everything that imports it comes after the stub.
const { SignedDocuments } = await import('./signed-documents');
const { App } = await import('../../app');
const { createQueryClient } = await import('../../shared/query-client');
const { session } = await import('../../auth/session');
await import('../../i18n');

const LIST = '/projects/p1/units/u1/documents';
const INSPECTION_PDF = '/projects/p1/units/u1/documents/inspection_record.pdf';

/** What the download helper saved: the object URL's blob text and the file name of each link it clicked. */
const saved: { fileName: string; text: Promise<string> }[] = [];

function renderBlock() {
  return render(
    <AntApp>
      <QueryClientProvider client={createQueryClient()}>
        <SignedDocuments projectId="p1" unitId="u1" fileStem="7#-2-1801" />
      </QueryClientProvider>
    </AntApp>,
  );
}
const row = (document: string) => screen.getByTestId(`signed-document-${document}`);

describe('<SignedDocuments>', () => {
  beforeEach(() => {
    requests.length = 0;
    saved.length = 0;
    answers = { '/projects/p1': { status: 200, body: PROJECT } };
    session.save('token-1');
    let lastBlob: Blob | undefined;
    URL.createObjectURL = vi.fn((blob: Blob) => {
      lastBlob = blob;
      return 'blob:signed';
    });
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ fileName: this.download, text: lastBlob!.text() });
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    session.clear();
  });

  it('shows the signed 验房单 with its time and hash, the unsigned 收楼确认书 without a download', async () => {
    answers[LIST] = { status: 200, body: { items: [INSPECTION_SIGNED] } };
    renderBlock();
    await waitFor(() => expect(row('inspection_record')).toHaveAttribute('data-signed', 'true'));
    expect(screen.getByTestId('signed-documents')).toHaveTextContent('签字文件');
    const inspection = within(row('inspection_record'));
    expect(inspection.getByText('验房单')).toBeInTheDocument();
    expect(inspection.getByText('已签字')).toBeInTheDocument();
    await waitFor(() => expect(inspection.getByText('业主签字于 2026/12/03 10:30')).toBeInTheDocument());
    expect(inspection.getByText('PDF SHA-256：0123456789abcdef…')).toBeInTheDocument();
    expect(inspection.getByTestId('download-inspection_record')).toBeEnabled();

    expect(row('handover_confirmation')).toHaveAttribute('data-signed', 'false');
    const confirmation = within(row('handover_confirmation'));
    expect(confirmation.getByText('收楼确认书')).toBeInTheDocument();
    expect(confirmation.getByText('未签字')).toBeInTheDocument();
    expect(confirmation.getByText('业主尚未在手机上签字')).toBeInTheDocument();
    expect(confirmation.getByTestId('download-handover_confirmation')).toBeDisabled();
  });

  it('shows both unsigned when the owner signed nothing', async () => {
    answers[LIST] = { status: 200, body: { items: [] } };
    renderBlock();
    await waitFor(() => expect(row('inspection_record')).toHaveAttribute('data-signed', 'false'));
    expect(row('handover_confirmation')).toHaveAttribute('data-signed', 'false');
    expect(screen.getAllByText('未签字')).toHaveLength(2);
    expect(screen.getByTestId('download-inspection_record')).toBeDisabled();
    expect(screen.getByTestId('download-handover_confirmation')).toBeDisabled();
  });

  it("downloads the signed PDF from the unit's document URL with the session's token and saves it by name", async () => {
    answers[LIST] = { status: 200, body: { items: [INSPECTION_SIGNED] } };
    answers[INSPECTION_PDF] = { status: 200, body: PDF_BYTES, type: 'application/pdf' };
    renderBlock();
    await userEvent.click(await screen.findByTestId('download-inspection_record'));
    await waitFor(() => expect(saved).toHaveLength(1));
    expect(requests.filter((r) => r.path === INSPECTION_PDF)).toEqual([
      { path: INSPECTION_PDF, authorization: 'Bearer token-1' },
    ]);
    expect(saved[0]!.fileName).toBe('7#-2-1801-验房单.pdf');
    expect(await saved[0]!.text).toBe(PDF_BYTES);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("words the server's refusal of a download in Chinese from its code", async () => {
    answers[LIST] = { status: 200, body: { items: [INSPECTION_SIGNED] } };
    answers[INSPECTION_PDF] = {
      status: 404,
      body: {
        statusCode: 404,
        error: 'Not Found',
        code: 'OWNER_DOCUMENT_NOT_SIGNED',
        params: { document: 'inspection_record' },
        message: 'The inspection record is not signed yet; there is nothing to download.',
      },
    };
    renderBlock();
    await userEvent.click(await screen.findByTestId('download-inspection_record'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('验房单尚未签字，暂无文件可下载。');
    expect(saved).toHaveLength(0);
  });
});

describe('the unit page with the 签字文件 block', () => {
  beforeEach(() => {
    saved.length = 0;
    answers = {
      '/users/me': { status: 200, body: { id: 'u9', name: '前台 王敏', role: 'project_lead', department: null } },
      '/projects/p1': { status: 200, body: PROJECT },
      '/projects/p1/units/u1/handover': {
        status: 200,
        body: {
          projectId: 'p1',
          unitId: 'u1',
          building: '7#',
          unitNo: '2',
          room: '1801',
          state: 'inspected',
          stateLabel: { zh: '验房', en: 'Inspected' },
          nextStep: 'keys_handed_over',
          resumeFrom: null,
          history: [],
          inspectionItems: [],
          keys: [],
          payments: [],
          paymentsTotal: { fen: 0, yuan: '0.00' },
        },
      },
      [LIST]: { status: 200, body: { items: [INSPECTION_SIGNED] } },
      [INSPECTION_PDF]: { status: 200, body: PDF_BYTES, type: 'application/pdf' },
    };
    session.save(
      `eyJhbGciOiJIUzI1NiJ9.${btoa(JSON.stringify({ sub: 'u9', exp: Math.floor(Date.now() / 1000) + 3600 }))}.sig`,
    );
    URL.createObjectURL = vi.fn(() => 'blob:signed');
    URL.revokeObjectURL = vi.fn();
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push({ fileName: this.download, text: Promise.resolve('') });
    });
  });
  afterEach(() => {
    vi.restoreAllMocks();
    localStorage.clear();
    sessionStorage.clear();
  });

  it("shows the unit's signed documents and saves the PDF under the unit's address", async () => {
    window.history.pushState({}, '', '/console/projects/p1/units/u1');
    render(<App />);
    const block = await screen.findByTestId('signed-documents', {}, { timeout: 10_000 });
    await waitFor(() => expect(row('inspection_record')).toHaveAttribute('data-signed', 'true'));
    expect(row('handover_confirmation')).toHaveAttribute('data-signed', 'false');
    await userEvent.click(within(block).getByTestId('download-inspection_record'));
    await waitFor(() => expect(saved.map((s) => s.fileName)).toEqual(['7#-2-1801-验房单.pdf']));
  });
});
