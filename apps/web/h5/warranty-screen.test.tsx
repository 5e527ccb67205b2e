import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { ok, OwnerApiStub, OWNER_UNIT, phoneInTimeZone, refused } from './owner-api-stub';

/** 报修 in the owner app (new request, visit times, rating), against a stub of /owner/*. */
const api = new OwnerApiStub();
api.install();
const { OwnerApp } = await import('./owner-app');

const REQUEST = {
  id: 'r1',
  component: 'wet_room_waterproofing',
  coveredUntil: '2032-03-01',
  description: '卫生间地面渗水到楼下',
  handedOverOn: '2027-03-01',
  inWarranty: true,
  mayRate: false,
  photos: [],
  proposedWindows: [],
  ratedAt: null,
  rating: null,
  ratingComment: null,
  repairedAt: null,
  // 01:30Z is 09:30 in Asia/Shanghai
  reportedAt: '2027-04-01T01:30:00.000Z',
  status: 'reported',
  visits: [
    {
      id: 'v1',
      startsAt: '2027-04-03T01:00:00.000Z',
      endsAt: '2027-04-03T03:00:00.000Z',
      ownerAcceptedAt: null,
      status: 'scheduled',
    },
  ],
  warrantyYears: 5,
};
const REPAIRED = {
  ...REQUEST,
  id: 'r2',
  component: 'decoration',
  coveredUntil: '2027-03-01',
  description: '客厅墙面开裂',
  inWarranty: false,
  mayRate: true,
  repairedAt: '2027-05-02T02:00:00.000Z',
  status: 'repaired',
  visits: [{ ...REQUEST.visits[0], id: 'v2', status: 'done' }],
  warrantyYears: 2,
};
const CLOSED = {
  ...REPAIRED,
  id: 'r3',
  description: '门锁松动',
  mayRate: false,
  status: 'closed',
  rating: 4,
  ratingComment: '师傅很准时',
};
const OVERVIEW = {
  handedOver: true,
  handedOverOn: '2027-03-01',
  timeZone: 'Asia/Shanghai',
  components: [
    { component: 'wet_room_waterproofing', coveredUntil: '2032-03-01', inWarranty: true, years: 5 },
    { component: 'decoration', coveredUntil: '2027-03-01', inWarranty: false, years: 2 },
  ],
  items: [REQUEST, REPAIRED, CLOSED],
};

phoneInTimeZone('America/New_York');

beforeEach(() =>
  api.openAt('/h5/units/u1/warranty', {
    'GET /owner/me/units/u1': ok({ ...OWNER_UNIT, handoverState: 'handed_over' }),
    'GET /owner/me/units/u1/warranty-requests': ok(OVERVIEW),
  }),
);

const cards = () => screen.findAllByTestId('warranty-request', {}, { timeout: 10_000 });
const card = (status: string) => {
  const found = screen.getAllByTestId('warranty-request').find((element) => element.dataset.status === status);
  if (!found) throw new Error(`no ${status} request on the screen`);
  return found;
};

describe('报修', () => {
  it('tells in and out of the warranty period, for a component and for each request', async () => {
    render(<OwnerApp />);
    await cards();
    const component = screen.getByRole('combobox', { name: '报修部位' });
    fireEvent.change(component, { target: { value: 'wet_room_waterproofing' } });
    expect(screen.getByText(/^保修期内 · 保修至 2032-03-01$/)).toBeInTheDocument();
    fireEvent.change(component, { target: { value: 'decoration' } });
    expect(screen.getByText(/^已过保修期（有偿维修） · 保修至 2027-03-01$/)).toBeInTheDocument();

    expect(within(card('reported')).getByTestId('warranty-in-period')).toHaveTextContent(/^保修期内$/);
    expect(within(card('repaired')).getByTestId('warranty-in-period')).toHaveTextContent('过保修期，维修可能收费');
    expect(card('reported')).toHaveTextContent('卫生间、厨房等有防水要求的房间防水已报修');
    expect(card('reported')).toHaveTextContent('报修时间 2027-04-01 09:30');
  });

  it('sends a new request with its photo and lists it', async () => {
    const user = userEvent.setup();
    render(<OwnerApp />);
    await cards();
    fireEvent.change(screen.getByRole('combobox', { name: '报修部位' }), {
      target: { value: 'wet_room_waterproofing' },
    });
    await user.click(screen.getByRole('button', { name: '提交报修' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请填写问题描述。');
    expect(api.changes()).toEqual([]);

    const created = { ...REQUEST, id: 'r9', description: '厨房水槽下渗水', visits: [] };
    api.answers['POST /owner/me/units/u1/warranty-requests'] = { status: 201, body: created };
    api.answers['POST /owner/me/units/u1/warranty-requests/r9/photos'] = { status: 201, body: {} };
    api.answers['GET /owner/me/units/u1/warranty-requests'] = ok({ ...OVERVIEW, items: [created, ...OVERVIEW.items] });
    await user.type(screen.getByLabelText('问题描述'), '  厨房水槽下渗水 ');
    await user.upload(
      screen.getByLabelText('拍照或选择照片'),
      new File([new Uint8Array([0xff, 0xd8, 0xff])], 'sink.jpg', { type: 'image/jpeg' }),
    );
    expect(screen.getByText('已选 1 张照片')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '提交报修' }));

    expect(await screen.findByRole('status')).toHaveTextContent('报修已提交，客服会尽快与您联系。');
    expect(api.changes()).toEqual([
      expect.objectContaining({
        path: '/owner/me/units/u1/warranty-requests',
        json: { component: 'wet_room_waterproofing', description: '厨房水槽下渗水' },
      }),
      // one file part (jsdom's Request drops the part's file name on the way)
      expect.objectContaining({
        path: '/owner/me/units/u1/warranty-requests/r9/photos',
        form: { file: [expect.stringMatching(/^file:/)] },
      }),
    ]);
    expect(await cards()).toHaveLength(4);
    expect(screen.getByLabelText('问题描述')).toHaveValue('');
  });

  it('accepts a visit time and proposes a window in the project’s time zone', async () => {
    const user = userEvent.setup();
    render(<OwnerApp />);
    await cards();
    const open = card('reported');
    expect(open).toHaveTextContent('上门时间2027-04-03 09:00–11:00确认此时间');

    api.answers['POST /owner/me/units/u1/warranty-requests/r1/visits/v1/accept'] = ok({
      ...REQUEST,
      status: 'visit_booked',
      visits: [{ ...REQUEST.visits[0], ownerAcceptedAt: '2027-04-01T03:00:00.000Z' }],
    });
    await user.click(within(open).getByRole('button', { name: '确认此时间' }));
    const booked = await screen.findByRole('status');
    expect(booked).toHaveTextContent('已确认');
    expect(within(card('visit_booked')).queryByRole('button', { name: '确认此时间' })).toBeNull();

    // afternoon of 2 April in Shanghai: 14:00–18:00 = 06:00–10:00 UTC
    api.answers['POST /owner/me/units/u1/warranty-requests/r1/visit-windows'] = ok({
      ...REQUEST,
      status: 'visit_booked',
      visits: [{ ...REQUEST.visits[0], ownerAcceptedAt: '2027-04-01T03:00:00.000Z' }],
      proposedWindows: [
        { id: 'w1', startsAt: '2027-04-02T06:00:00.000Z', endsAt: '2027-04-02T10:00:00.000Z', createdAt: '' },
      ],
    });
    const visitBooked = card('visit_booked');
    expect(within(visitBooked).getByRole('button', { name: '提交时间' })).toBeDisabled();
    fireEvent.change(within(visitBooked).getByLabelText('日期'), { target: { value: '2027-04-02' } });
    await user.click(within(visitBooked).getByRole('radio', { name: '下午 14–18 点' }));
    await user.click(within(visitBooked).getByRole('button', { name: '提交时间' }));
    expect(await within(visitBooked).findByText('已提交方便的时间，客服会据此安排上门。')).toBeInTheDocument();
    expect(visitBooked).toHaveTextContent('我提交的时间2027-04-02 14:00–18:00');
    expect(api.changes()).toEqual([
      expect.objectContaining({ path: '/owner/me/units/u1/warranty-requests/r1/visits/v1/accept', json: undefined }),
      expect.objectContaining({
        path: '/owner/me/units/u1/warranty-requests/r1/visit-windows',
        json: { startsAt: '2027-04-02T06:00:00.000Z', endsAt: '2027-04-02T10:00:00.000Z' },
      }),
    ]);
  });

  it('offers the rating only once a repair is done, and shows a refusal in the owner’s words', async () => {
    const user = userEvent.setup();
    render(<OwnerApp />);
    await cards();
    expect(within(card('reported')).queryByRole('radiogroup', { name: '评价维修' })).toBeNull();
    expect(within(card('closed')).queryByRole('radiogroup', { name: '评价维修' })).toBeNull();
    expect(within(card('closed')).getByTestId('warranty-rating')).toHaveTextContent('我的评价：4 星 · 师傅很准时');
    const repaired = card('repaired');
    // a repaired request takes no more visit times
    expect(within(repaired).queryByRole('button', { name: '提交时间' })).toBeNull();
    const send = within(repaired).getByRole('button', { name: '提交评价' });
    expect(send).toBeDisabled();

    api.answers['POST /owner/me/units/u1/warranty-requests/r2/rating'] = refused(
      409,
      'WARRANTY_REQUEST_ALREADY_RATED',
      {
        ticketId: 'r2',
      },
    );
    await user.click(within(repaired).getByRole('radio', { name: '5 星' }));
    await user.click(send);
    expect(await within(repaired).findByRole('alert')).toHaveTextContent('这次维修已评价过，每个报修只能评价一次。');

    api.answers['POST /owner/me/units/u1/warranty-requests/r2/rating'] = ok({
      ...REPAIRED,
      status: 'closed',
      mayRate: false,
      rating: 4,
      ratingComment: '修得很好',
      ratedAt: '2027-05-03T00:00:00.000Z',
    });
    await user.click(within(repaired).getByRole('radio', { name: '4 星' }));
    await user.type(within(repaired).getByLabelText('评价（选填）'), ' 修得很好 ');
    await user.click(send);
    expect(await within(repaired).findByRole('status')).toHaveTextContent('感谢您的评价。');
    expect(within(repaired).queryByRole('alert')).toBeNull();
    expect(repaired).toHaveTextContent('我的评价：4 星 · 修得很好');
    expect(within(repaired).queryByRole('button', { name: '提交评价' })).toBeNull();
    expect(api.sent('POST', '/owner/me/units/u1/warranty-requests/r2/rating').map((r) => r.json)).toEqual([
      { rating: 5 },
      { rating: 4, comment: '修得很好' },
    ]);
  });

  it('shows a request’s photo read with the owner session', async () => {
    const photo = {
      id: 'ph1',
      url: '/owner/me/units/u1/warranty-requests/r1/photos/ph1',
      contentType: 'image/jpeg',
      width: 4,
      height: 3,
      sizeBytes: 3,
    };
    api.answers['GET /owner/me/units/u1/warranty-requests'] = ok({
      ...OVERVIEW,
      items: [{ ...REQUEST, photos: [photo] }],
    });
    api.answers['GET /owner/me/units/u1/warranty-requests/r1/photos/ph1'] = ok('jpeg bytes');
    const created = vi.fn(() => 'blob:photo-ph1');
    const revoked = vi.fn();
    // jsdom has no object URLs
    const { createObjectURL, revokeObjectURL } = URL;
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: revoked });
    onTestFinished(() => void Object.assign(URL, { createObjectURL, revokeObjectURL }));
    const { container, unmount } = render(<OwnerApp />);
    await cards();
    await vi.waitFor(() => expect(container.querySelector('img.warranty-photo')).not.toBeNull());
    expect(container.querySelector('img.warranty-photo')).toHaveAttribute('src', 'blob:photo-ph1');
    const read = api.sent('GET', '/owner/me/units/u1/warranty-requests/r1/photos/ph1');
    expect(read).toHaveLength(1);
    expect(created).toHaveBeenCalledTimes(1);
    unmount();
    expect(revoked).toHaveBeenCalledWith('blob:photo-ph1');
  });

  it('asks for no request before handover', async () => {
    api.answers['GET /owner/me/units/u1/warranty-requests'] = ok({ ...OVERVIEW, handedOver: false, items: [] });
    render(<OwnerApp />);
    expect(await screen.findByTestId('warranty-not-handed-over', {}, { timeout: 10_000 })).toHaveTextContent(
      '房屋交付后才能报修。',
    );
    expect(screen.queryByRole('button', { name: '提交报修' })).toBeNull();
  });
});
