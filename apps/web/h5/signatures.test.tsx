import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** 签字确认 in the owner app, against a stub of /owner/*: read what is signed, sign on the pad, download the PDF. */
interface Received {
  method: string;
  path: string;
  json: unknown;
}
const received: Received[] = [];
type Answer = { status: number; body?: unknown; pdf?: boolean };
let answers: Record<string, Answer> = {};

const UNIT = {
  id: 'u1',
  projectId: 'p1',
  projectName: '滨江花园一期',
  // a project outside China: every time on the screen is in its zone
  timeZone: 'Europe/Berlin',
  building: '7#',
  unit: '2',
  room: '1801',
  ownerName: '陈业主',
  fitOut: 'fitted',
  handoverState: 'inspected',
  contractedAreaCenti: 9000,
  surveyedAreaCenti: 9100,
};
const INSPECTION_DRAFT = {
  document: 'inspection_record',
  projectName: '滨江花园一期',
  address: '7#-2-1801',
  ownerName: '陈业主',
  inspectedAt: '2027-03-01T09:30:00.000Z',
  items: [
    { description: '主卧门吸缺失', status: 'fixed_on_spot' },
    { description: '卫生间墙面空鼓约 0.3m²', status: 'logged_for_repair' },
  ],
};
const CONFIRMATION_DRAFT = {
  document: 'handover_confirmation',
  projectName: '滨江花园一期',
  address: '7#-2-1801',
  ownerName: '陈业主',
  keys: [{ label: '7#-2-1801 入户门' }],
  documents: { qualityGuarantee: true, userManual: true, ownerHandbook: false },
  payments: [
    { kind: 'area_difference', amountFen: 2_000_000, receiptNo: 'R-0001' },
    { kind: 'property_fee', amountFen: 378_000, receiptNo: 'R-0002' },
  ],
};
const NOT_YET = {
  status: 409,
  body: {
    statusCode: 409,
    code: 'OWNER_SIGNATURE_NOT_YET',
    params: { document: 'handover_confirmation', after: 'keys_handed_over' },
    message: '收楼确认书需在“钥匙交接”完成后签字，目前还不能签。',
  },
};
const SIGNED = {
  document: 'inspection_record',
  signedAt: '2027-03-01T10:05:00.000Z',
  contentSha256: 'a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c6d7e8f90',
  pdfSha256: 'f'.repeat(64),
  pdfBytes: 21_000,
};
const PAD_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const text = await input.text();
  received.push({ method: input.method, path: url.pathname, json: text ? JSON.parse(text) : undefined });
  const answer = answers[`${input.method} ${url.pathname}`] ?? {
    status: 404,
    body: { statusCode: 404, code: 'NOT_FOUND', message: `no ${url.pathname} in this test` },
  };
  if (answer.pdf) return new Response('%PDF-1.7', { status: 200, headers: { 'content-type': 'application/pdf' } });
  return new Response(JSON.stringify(answer.body ?? {}), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});

// jsdom draws nothing: a context that takes the strokes, and the pad's PNG
const strokes: string[] = [];
HTMLCanvasElement.prototype.getContext = function getContext() {
  return {
    scale: () => {},
    beginPath: () => strokes.push('begin'),
    moveTo: () => {},
    lineTo: () => strokes.push('line'),
    stroke: () => {},
    save: () => {},
    restore: () => {},
    setTransform: () => {},
    clearRect: () => strokes.push('clear'),
  } as unknown as CanvasRenderingContext2D;
} as unknown as HTMLCanvasElement['getContext'];
HTMLCanvasElement.prototype.toDataURL = () => PAD_PNG;

const { OwnerApp } = await import('./owner-app');
const { ownerSession } = await import('./owner-session');

beforeEach(() => {
  received.length = 0;
  strokes.length = 0;
  localStorage.clear();
  ownerSession.save('hov_owner_t1');
  answers = {
    'GET /owner/me/units/u1': { status: 200, body: UNIT },
    'GET /owner/me/units/u1/documents': { status: 200, body: { items: [] } },
    'GET /owner/me/units/u1/documents/inspection_record/draft': { status: 200, body: INSPECTION_DRAFT },
    'GET /owner/me/units/u1/documents/handover_confirmation/draft': NOT_YET,
  };
  window.history.replaceState(null, '', '/h5/units/u1/signatures');
});

afterEach(() => {
  ownerSession.clear();
});

const draw = (pad: HTMLElement) => {
  fireEvent.pointerDown(pad, { clientX: 20, clientY: 40, pointerId: 1 });
  fireEvent.pointerMove(pad, { clientX: 120, clientY: 90, pointerId: 1 });
  fireEvent.pointerUp(pad, { pointerId: 1 });
};

describe('签字确认', () => {
  it('shows the 验房单 to sign, sends the drawn signature, then offers the PDF', async () => {
    const user = userEvent.setup();
    render(<OwnerApp />);
    const inspection = await screen.findByTestId('document-inspection_record', {}, { timeout: 10_000 });
    expect(inspection).toHaveTextContent('验房时间：2027-03-01 10:30');
    expect(inspection).toHaveTextContent('主卧门吸缺失（已现场整改）');
    expect(inspection).toHaveTextContent('卫生间墙面空鼓约 0.3m²（已登记维修）');
    // the confirmation waits for the keys: the server's sentence
    expect(screen.getByTestId('document-handover_confirmation')).toHaveTextContent(
      '收楼确认书需在“钥匙交接”完成后签字，目前还不能签。',
    );

    draw(within(inspection).getByTestId('signature-pad'));
    expect(strokes).toContain('line');
    answers['POST /owner/me/units/u1/signatures'] = { status: 201, body: SIGNED };
    answers['GET /owner/me/units/u1/documents'] = { status: 200, body: { items: [SIGNED] } };
    await user.click(within(inspection).getByRole('button', { name: '确认签字' }));
    expect(await screen.findByRole('status')).toHaveTextContent('验房单已签字。');
    expect(received.find((r) => r.method === 'POST')).toEqual({
      method: 'POST',
      path: '/owner/me/units/u1/signatures',
      json: { document: 'inspection_record', signaturePng: PAD_PNG },
    });
    const signed = await screen.findByText('已于 2027-03-01 11:05 签字');
    expect(signed).toBeInTheDocument();
    expect(screen.getByTestId('document-inspection_record')).toHaveTextContent('校验码 a1b2c3d4e5f60718');
  });

  it('will not send an empty pad, and clears a signature to start again', async () => {
    const user = userEvent.setup();
    render(<OwnerApp />);
    const inspection = await screen.findByTestId('document-inspection_record', {}, { timeout: 10_000 });
    const clear = within(inspection).getByRole('button', { name: '重写' });
    expect(clear).toBeDisabled();
    await user.click(within(inspection).getByRole('button', { name: '确认签字' }));
    expect(within(inspection).getByRole('alert')).toHaveTextContent('请先在框内签名。');
    draw(within(inspection).getByTestId('signature-pad'));
    expect(clear).toBeEnabled();
    await user.click(clear);
    expect(strokes).toContain('clear');
    await user.click(within(inspection).getByRole('button', { name: '确认签字' }));
    expect(within(inspection).getByRole('alert')).toHaveTextContent('请先在框内签名。');
    expect(received.some((r) => r.method === 'POST')).toBe(false);
  });

  it('shows the 收楼确认书 with keys, documents and amounts in yuan, and a refusal in Chinese', async () => {
    answers['GET /owner/me/units/u1/documents'] = { status: 200, body: { items: [SIGNED] } };
    answers['GET /owner/me/units/u1/documents/handover_confirmation/draft'] = { status: 200, body: CONFIRMATION_DRAFT };
    const user = userEvent.setup();
    render(<OwnerApp />);
    const confirmation = await screen.findByTestId('document-handover_confirmation', {}, { timeout: 10_000 });
    expect(await within(confirmation).findByText('7#-2-1801 入户门')).toBeInTheDocument();
    expect(confirmation).toHaveTextContent('《住宅质量保证书》：已收；《住宅使用说明书》：已收；《业主手册》：未收');
    expect(within(confirmation).getByTestId('signature-payment-area_difference')).toHaveTextContent(
      '面积补差：¥20,000.00（收据 R-0001）',
    );
    expect(within(confirmation).getByTestId('signature-payment-total')).toHaveTextContent('合计：¥23,780.00');
    // the signed 验房单 is not asked again
    expect(received.some((r) => r.path.endsWith('/inspection_record/draft'))).toBe(false);

    answers['POST /owner/me/units/u1/signatures'] = {
      status: 409,
      body: { statusCode: 409, code: 'OWNER_SIGNATURE_ALREADY', message: '收楼确认书已签字，不能重复签字。' },
    };
    draw(within(confirmation).getByTestId('signature-pad'));
    await user.click(within(confirmation).getByRole('button', { name: '确认签字' }));
    expect(await within(confirmation).findByRole('alert')).toHaveTextContent('收楼确认书已签字，不能重复签字。');
  });

  it('downloads the signed PDF with the owner session', async () => {
    answers['GET /owner/me/units/u1/documents'] = { status: 200, body: { items: [SIGNED] } };
    answers['GET /owner/me/units/u1/documents/inspection_record.pdf'] = { status: 200, pdf: true };
    const created = vi.fn(() => 'blob:signed');
    vi.stubGlobal('URL', Object.assign(URL, { createObjectURL: created, revokeObjectURL: () => {} }));
    const clicks = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    const user = userEvent.setup();
    render(<OwnerApp />);
    const inspection = await screen.findByTestId('document-inspection_record', {}, { timeout: 10_000 });
    await user.click(within(inspection).getByRole('button', { name: '下载 PDF' }));
    await vi.waitFor(() => expect(clicks).toHaveBeenCalledTimes(1));
    expect(received.some((r) => r.path === '/owner/me/units/u1/documents/inspection_record.pdf')).toBe(true);
    const [blob] = created.mock.calls[0] as unknown as [Blob];
    expect(blob.type).toBe('application/pdf');
    expect((clicks.mock.instances[0] as unknown as HTMLAnchorElement).download).toBe('验房单.pdf');
    clicks.mockRestore();
  });
});
