import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ok, OwnerApiStub, refused } from './owner-api-stub';

/** 满意度调查 in the owner app, against a stub of /owner/*. */
const api = new OwnerApiStub();
api.install();
const { OwnerApp } = await import('./owner-app');

const SURVEY = {
  dimensions: [
    { id: 'dim-quality', name: '房屋质量', position: 1 },
    { id: 'dim-service', name: '交付服务', position: 2 },
  ],
  scale: { min: 1, max: 5 },
  response: null,
};
const ANSWERS = [
  { dimensionId: 'dim-quality', importance: 5, expectation: 4, experience: 3 },
  { dimensionId: 'dim-service', importance: 2, expectation: 1, experience: 5 },
];

beforeEach(() =>
  api.openAt('/h5/units/u1/survey', {
    'GET /owner/me/units/u1/survey': ok(SURVEY),
  }),
);

const user = () => userEvent.setup();
type User = ReturnType<typeof user>;

/** Chooses the three scores of every dimension as ANSWERS has them. */
async function answerAll(owner: User) {
  for (const answer of ANSWERS) {
    const name = SURVEY.dimensions.find((d) => d.id === answer.dimensionId)!.name;
    await owner.selectOptions(screen.getByLabelText(`${name} 重要程度`), String(answer.importance));
    await owner.selectOptions(screen.getByLabelText(`${name} 期望`), String(answer.expectation));
    await owner.selectOptions(screen.getByLabelText(`${name} 体验`), String(answer.experience));
  }
}

describe('满意度调查', () => {
  it('asks the three scores of each dimension on the project’s scale and sends them', async () => {
    const owner = user();
    render(<OwnerApp />);
    expect(await screen.findByText(/（1 最低，5 最高）/, {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getAllByRole('group').map((group) => group.querySelector('legend')?.textContent)).toEqual([
      '房屋质量',
      '交付服务',
    ]);
    const choices = screen.getByLabelText('交付服务 体验').querySelectorAll('option:not([disabled])');
    expect(Array.from(choices, (option) => option.textContent)).toEqual(['1', '2', '3', '4', '5']);

    // one score missing: nothing is sent
    await owner.selectOptions(screen.getByLabelText('房屋质量 重要程度'), '5');
    await owner.click(screen.getByRole('button', { name: '提交' }));
    expect(screen.getByRole('alert')).toHaveTextContent('请为每一项选择三个分数。');
    expect(api.changes()).toEqual([]);

    await answerAll(owner);
    api.answers['POST /owner/me/units/u1/survey'] = { status: 201, body: {} };
    api.answers['GET /owner/me/units/u1/survey'] = ok({
      ...SURVEY,
      response: { id: 'sr1', answers: ANSWERS, byOwner: true, createdAt: '2027-03-05T02:00:00.000Z' },
    });
    await owner.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByRole('status')).toHaveTextContent('已提交，谢谢您的评价。');
    expect(await screen.findByText('您家已完成本次调查，谢谢！')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.queryByRole('button', { name: '提交' })).toBeNull();
    expect(api.changes()).toEqual([
      expect.objectContaining({ method: 'POST', path: '/owner/me/units/u1/survey', json: { answers: ANSWERS } }),
    ]);
  });

  it('shows the 409 for a household that already answered, in Chinese', async () => {
    api.answers['POST /owner/me/units/u1/survey'] = refused(409, 'SURVEY_ALREADY_ANSWERED', { unitId: 'u1' });
    const owner = user();
    render(<OwnerApp />);
    await screen.findByRole('button', { name: '提交' }, { timeout: 10_000 });
    await answerAll(owner);
    await owner.click(screen.getByRole('button', { name: '提交' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('该户已提交过满意度调查，每户只能提交一份答卷。');
    expect(screen.queryByRole('status')).toBeNull();
    const sent = api.sent('POST', '/owner/me/units/u1/survey');
    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({ json: { answers: ANSWERS }, language: 'zh-CN' });
    // the form stays as the owner left it
    expect(screen.getByLabelText('交付服务 体验')).toHaveValue('5');
  });

  it('says so when the household has answered, or when the project has no survey', async () => {
    api.answers['GET /owner/me/units/u1/survey'] = ok({
      ...SURVEY,
      response: { id: 'sr1', answers: ANSWERS, byOwner: false, createdAt: '2027-03-05T02:00:00.000Z' },
    });
    const { unmount } = render(<OwnerApp />);
    expect(await screen.findByText('您家已完成本次调查，谢谢！', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('combobox')).toBeNull();
    unmount();

    api.answers['GET /owner/me/units/u1/survey'] = ok({ ...SURVEY, dimensions: [] });
    render(<OwnerApp />);
    expect(await screen.findByText('本项目暂未开展满意度调查。', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '提交' })).toBeNull();
  });
});
