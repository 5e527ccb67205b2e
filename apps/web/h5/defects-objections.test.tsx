import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/** 我的问题 and 异议 in the owner app, against a stub of /owner/*. */
interface Received {
  method: string;
  path: string;
  form: Record<string, string[]> | null;
  json: unknown;
}
const received: Received[] = [];
type Answer = { status: number; body?: unknown };
let answers: Record<string, Answer> = {};

const UNIT = {
  id: 'u1',
  projectId: 'p1',
  projectName: '滨江花园一期',
  timeZone: 'Asia/Shanghai',
  building: '3',
  unit: '2',
  room: '1501',
  ownerName: '李业主',
  fitOut: 'fitted',
  handoverState: 'checked_in',
  contractedAreaCenti: 8950,
  surveyedAreaCenti: 8900,
};
const DEFECT = {
  id: 'd1',
  source: 'open_day',
  status: 'fixed',
  description: '主卧窗框渗水',
  createdAt: '2027-03-01T02:00:00.000Z',
  deadline: '2027-03-08',
  fixedAt: '2027-03-05T02:00:00.000Z',
  closedAt: null,
  ownerReply: null,
  reopenCount: 0,
  awaitingOwner: true,
  photos: [],
};
const page = (items: unknown[]) => ({ status: 200, body: { items, page: 1, pageSize: 100, total: items.length } });

vi.stubGlobal('fetch', async (input: Request) => {
  const url = new URL(input.url);
  const type = input.headers.get('content-type') ?? '';
  let form: Record<string, string[]> | null = null;
  let json: unknown = undefined;
  if (type.startsWith('multipart/form-data')) {
    form = {};
    for (const [name, value] of (await input.formData()).entries())
      (form[name] ??= []).push(typeof value === 'string' ? value : `file:${value.name}`);
  } else {
    const text = await input.text();
    json = text ? JSON.parse(text) : undefined;
  }
  received.push({ method: input.method, path: url.pathname, form, json });
  const answer = answers[`${input.method} ${url.pathname}`] ?? {
    status: 404,
    body: { statusCode: 404, code: 'NOT_FOUND', message: `no ${url.pathname} in this test` },
  };
  return new Response(JSON.stringify(answer.body ?? {}), {
    status: answer.status,
    headers: { 'content-type': 'application/json' },
  });
});

const { OwnerApp } = await import('./owner-app');
const { ownerSession } = await import('./owner-session');

beforeEach(() => {
  received.length = 0;
  localStorage.clear();
  ownerSession.save('hov_owner_t1');
  answers = {
    'GET /owner/me/units/u1': { status: 200, body: UNIT },
    'GET /owner/me/units/u1/defects': page([DEFECT]),
    'GET /owner/me/units/u1/objections': page([]),
  };
});

afterEach(() => {
  ownerSession.clear();
});

describe('我的问题', () => {
  it('lists the defect awaiting the owner and confirms the fix', async () => {
    window.history.replaceState(null, '', '/h5/units/u1/defects');
    const user = userEvent.setup();
    render(<OwnerApp />);
    const card = await screen.findByTestId('owner-defect', {}, { timeout: 10_000 });
    expect(card).toHaveTextContent('主卧窗框渗水');
    expect(card).toHaveTextContent('开放日');
    expect(card).toHaveTextContent('待您确认');
    answers['POST /owner/me/units/u1/defects/d1/confirm'] = { status: 200, body: { ...DEFECT, status: 'verified' } };
    answers['GET /owner/me/units/u1/defects'] = page([{ ...DEFECT, status: 'verified', awaitingOwner: false }]);
    await user.click(within(card).getByRole('button', { name: '确认已整改' }));
    expect(await screen.findByRole('status')).toHaveTextContent('已确认整改完成');
    expect(received.some((r) => r.method === 'POST' && r.path === '/owner/me/units/u1/defects/d1/confirm')).toBe(true);
    expect(await screen.findByText('已完成')).toBeInTheDocument();
  });

  it('will not send a refusal without a photo, and sends reason and photo as multipart', async () => {
    window.history.replaceState(null, '', '/h5/units/u1/defects');
    const user = userEvent.setup();
    render(<OwnerApp />);
    const card = await screen.findByTestId('owner-defect', {}, { timeout: 10_000 });
    await user.click(within(card).getByRole('button', { name: '未整改' }));
    await user.type(within(card).getByLabelText('哪里还没有修好？'), '仍然渗水');
    await user.click(within(card).getByRole('button', { name: '提交（退回整改）' }));
    expect(within(card).getByRole('alert')).toHaveTextContent('请拍一张照片');
    expect(received.some((r) => r.path.endsWith('/refuse'))).toBe(false);

    answers['POST /owner/me/units/u1/defects/d1/refuse'] = { status: 200, body: { ...DEFECT, status: 'assigned' } };
    const photo = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], 'window.png', { type: 'image/png' });
    await user.upload(within(card).getByLabelText('照片'), photo);
    await user.click(within(card).getByRole('button', { name: '提交（退回整改）' }));
    expect(await screen.findByRole('status')).toHaveTextContent('已退回施工单位重新整改');
    const refusal = received.find((r) => r.path === '/owner/me/units/u1/defects/d1/refuse');
    // one file part (jsdom's Request drops the part's file name on the way)
    expect(refusal?.form).toEqual({ reason: ['仍然渗水'], photos: [expect.stringMatching(/^file:/)] });
  });

  it("shows the server's refusal in the owner's language", async () => {
    window.history.replaceState(null, '', '/h5/units/u1/defects');
    const user = userEvent.setup();
    render(<OwnerApp />);
    const card = await screen.findByTestId('owner-defect', {}, { timeout: 10_000 });
    answers['POST /owner/me/units/u1/defects/d1/confirm'] = {
      status: 409,
      body: { statusCode: 409, code: 'OWNER_DEFECT_NOT_AWAITING_OWNER', message: ['该问题当前无需您确认。'] },
    };
    await user.click(within(card).getByRole('button', { name: '确认已整改' }));
    expect(await within(card).findByRole('alert')).toHaveTextContent('该问题当前无需您确认。');
  });
});

describe('异议', () => {
  it('raises an objection and shows the promised reply time and the reply', async () => {
    // a project in Tokyo: the times are on its clock
    answers['GET /owner/me/units/u1'] = { status: 200, body: { ...UNIT, timeZone: 'Asia/Tokyo' } };
    window.history.replaceState(null, '', '/h5/units/u1/objections');
    const user = userEvent.setup();
    render(<OwnerApp />);
    expect(await screen.findByText('您还没有提出异议。', {}, { timeout: 10_000 })).toBeInTheDocument();
    answers['POST /owner/me/units/u1/objections'] = { status: 201, body: {} };
    answers['GET /owner/me/units/u1/objections'] = page([
      {
        id: 'o1',
        subject: '面积差补款有疑问',
        description: '实测面积与合同相差过大',
        status: 'replied',
        receivedAt: '2027-03-01T02:00:00.000Z',
        replyDeadline: '2027-03-03T10:00:00.000Z',
        repliedAt: '2027-03-02T02:00:00.000Z',
        replyContent: '已复核测绘报告，差额无误。',
      },
    ]);
    await user.type(screen.getByLabelText('事项（一句话）'), '面积差补款有疑问');
    await user.type(screen.getByLabelText('详细说明'), '实测面积与合同相差过大');
    await user.click(screen.getByRole('button', { name: '提交异议' }));
    const item = await screen.findByTestId('owner-objection');
    expect(received.find((r) => r.method === 'POST' && r.path.endsWith('/objections'))?.json).toEqual({
      subject: '面积差补款有疑问',
      description: '实测面积与合同相差过大',
    });
    // 10:00 UTC is 19:00 in Asia/Tokyo
    expect(item).toHaveTextContent('承诺答复时间：2027-03-03 19:00');
    expect(item).toHaveTextContent('答复：已复核测绘报告，差额无误。');
  });
});
