import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ok, OwnerApiStub, phoneInTimeZone } from './owner-api-stub';

/** 交付通知书 in the owner app, against a stub of /owner/*. */
const api = new OwnerApiStub();
api.install();
const { OwnerApp } = await import('./owner-app');

const money = (fen: number) => ({ fen, yuan: 'not shown: the screen formats the fen' });
const NOTICE = {
  unitId: 'u1',
  projectName: '滨江花园一期',
  building: '3',
  unitNo: '2',
  room: '1501',
  handoverDays: { days: 3, firstDate: '2027-03-01', lastDate: '2027-03-03', timeZone: 'Asia/Shanghai' },
  place: '滨江花园一期售楼处二楼',
  bringItems: ['身份证原件', '购房合同'],
  areaDifference: {
    contractedAreaCenti: 8950,
    surveyedAreaCenti: 8900,
    differenceCenti: -50,
    direction: 'refund',
    amount: money(-123456),
    thresholdReached: false,
  },
  fees: {
    prepaidMonths: 12,
    propertyFeePrepayment: money(360000),
    deedTax: money(2500000),
    maintenanceFund: money(1234505),
    total: money(4094505),
  },
  due: money(3971049),
};

// the browser's own zone is not the project's: the days must still be the project's dates
phoneInTimeZone('America/Los_Angeles');

beforeEach(() =>
  api.openAt('/h5/units/u1/notice', {
    'GET /owner/me/units/u1/notice': ok(NOTICE),
  }),
);

const openNotice = async () => screen.findByTestId('owner-notice', {}, { timeout: 10_000 });

describe('交付通知书', () => {
  it('shows the days, place and what to bring, and the amounts in yuan from fen, a refund as owed to the owner', async () => {
    render(<OwnerApp />);
    const notice = await openNotice();
    expect(notice).toHaveTextContent('滨江花园一期 · 3-2-1501');
    expect(notice).toHaveTextContent('2027-03-01 至 2027-03-03（共 3 天）');
    expect(notice).toHaveTextContent('交付地点滨江花园一期售楼处二楼');
    expect(
      within(notice)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(['身份证原件', '购房合同']);
    expect(notice).toHaveTextContent('合同面积89.50 m²');
    expect(notice).toHaveTextContent('实测面积89.00 m²');
    expect(notice).toHaveTextContent('面积差-0.50 m²');
    // −123456 fen is refunded: 1,234.56 yuan, with the refund wording
    expect(notice).toHaveTextContent('面积补差（退还业主）');
    expect(notice).not.toHaveTextContent('业主补交');
    expect(screen.getByTestId('notice-area-difference')).toHaveTextContent(/^−¥1,234\.56$/);
    expect(notice).toHaveTextContent('物业费预收（12 个月）');
    expect(screen.getByTestId('notice-property-fee')).toHaveTextContent(/^¥3,600\.00$/);
    expect(screen.getByTestId('notice-deed-tax')).toHaveTextContent(/^¥25,000\.00$/);
    expect(screen.getByTestId('notice-maintenance-fund')).toHaveTextContent(/^¥12,345\.05$/);
    expect(notice).toHaveTextContent('合计应缴');
    expect(screen.getByTestId('notice-due')).toHaveTextContent(/^¥39,710\.49$/);
    expect(api.received.map((r) => `${r.method} ${r.path}`)).toEqual([
      'GET /owner/me/units/u1',
      'GET /owner/me/units/u1/notice',
    ]);
  });

  it('words an amount the owner pays, a total owed to the owner, and what the project has not set yet', async () => {
    api.answers['GET /owner/me/units/u1/notice'] = ok({
      ...NOTICE,
      handoverDays: { days: 1, firstDate: '2027-03-01', lastDate: '2027-03-01', timeZone: 'Asia/Shanghai' },
      place: null,
      bringItems: [],
      areaDifference: {
        ...NOTICE.areaDifference,
        surveyedAreaCenti: 9120,
        differenceCenti: 170,
        direction: 'owner_pays',
        amount: money(5005),
        thresholdReached: true,
      },
      fees: null,
      due: money(5005),
    });
    render(<OwnerApp />);
    const notice = await openNotice();
    expect(notice).toHaveTextContent('集中交付时间2027-03-01交付地点');
    expect(notice).not.toHaveTextContent('至');
    expect(notice).toHaveTextContent('交付地点待项目通知。');
    expect(notice).toHaveTextContent('携带材料待项目通知。');
    expect(notice).toHaveTextContent('面积差1.70 m²');
    expect(notice).toHaveTextContent('面积补差（业主补交）');
    expect(screen.getByTestId('notice-area-difference')).toHaveTextContent(/^¥50\.05$/);
    expect(screen.queryByTestId('notice-property-fee')).toBeNull();
    expect(notice).toHaveTextContent('收费标准待项目公布。');
    expect(notice).toHaveTextContent('面积误差已达合同约定比例');
    expect(screen.getByTestId('notice-due')).toHaveTextContent(/^¥50\.05$/);
  });

  it('calls a negative total what is owed to the owner, and speaks English on demand', async () => {
    api.answers['GET /owner/me/units/u1/notice'] = ok({ ...NOTICE, fees: null, due: money(-123456) });
    const user = userEvent.setup();
    render(<OwnerApp />);
    const notice = await openNotice();
    expect(notice).toHaveTextContent('合计应退');
    expect(notice).not.toHaveTextContent('合计应缴');
    expect(screen.getByTestId('notice-due')).toHaveTextContent(/^¥1,234\.56$/);

    await user.click(screen.getByRole('button', { name: 'English' }));
    expect(await screen.findByText('Total owed to you')).toBeInTheDocument();
    expect(screen.getByTestId('owner-notice')).toHaveTextContent('Area difference (refunded to you)');
    expect(screen.getByTestId('owner-notice')).toHaveTextContent('2027-03-01 to 2027-03-03 (3 days)');
    expect(api.sent('GET', '/owner/me/units/u1/notice').at(-1)?.language).toBe('en');
  });

  it('says what went wrong and reads the notice again on 重试', async () => {
    api.answers['GET /owner/me/units/u1/notice'] = {
      status: 503,
      body: { statusCode: 503, code: 'SERVICE_UNAVAILABLE', message: 'down' },
    };
    const user = userEvent.setup();
    render(<OwnerApp />);
    const alert = await screen.findByRole('alert', {}, { timeout: 10_000 });
    expect(alert).toHaveTextContent('服务暂不可用（503），请稍后再试。');
    expect(screen.getByRole('heading', { name: '交付通知书' })).toBeInTheDocument();
    expect(screen.queryByTestId('owner-notice')).toBeNull();

    api.answers['GET /owner/me/units/u1/notice'] = ok(NOTICE);
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    expect(await openNotice()).toHaveTextContent('面积补差（退还业主）');
    expect(screen.queryByRole('alert')).toBeNull();
    expect(api.sent('GET', '/owner/me/units/u1/notice')).toHaveLength(2);
  });
});
