import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { ok, OwnerApiStub, refused } from './owner-api-stub';

/** 消息设置 in the owner app, against a stub of /owner/*. */
const api = new OwnerApiStub();
api.install();
const { OwnerApp } = await import('./owner-app');

const ALL_ON = { handoverNotice: true, bookingReminder: true, objectionReply: true, repairVisit: true };

beforeEach(() =>
  api.openAt('/h5/units/u1/messages', {
    'GET /owner/me/message-preferences': ok(ALL_ON),
  }),
);

describe('消息设置', () => {
  it('shows the four kinds as read, saves one change at a time and says the sign-in code stays on', async () => {
    const owner = userEvent.setup();
    render(<OwnerApp />);
    const reminder = await screen.findByRole('checkbox', { name: /预约提醒/ }, { timeout: 10_000 });
    expect(screen.getAllByRole('checkbox').map((box) => (box as HTMLInputElement).checked)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(screen.getByText('登录验证码短信始终发送，不能关闭。')).toBeInTheDocument();

    api.answers['PUT /owner/me/message-preferences'] = ok({ ...ALL_ON, bookingReminder: false });
    await owner.click(reminder);
    expect(await screen.findByRole('status')).toHaveTextContent('已保存。');
    expect(reminder).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: /异议答复/ })).toBeChecked();
    expect(api.changes()).toEqual([
      expect.objectContaining({
        method: 'PUT',
        path: '/owner/me/message-preferences',
        json: { bookingReminder: false },
      }),
    ]);
  });

  it('keeps the setting as it was when the server refuses, with the refusal in Chinese', async () => {
    api.answers['PUT /owner/me/message-preferences'] = refused(400, 'VALIDATION_FAILED', {});
    const owner = userEvent.setup();
    render(<OwnerApp />);
    const visit = await screen.findByRole('checkbox', { name: /报修上门/ }, { timeout: 10_000 });
    await owner.click(visit);
    expect(await screen.findByRole('alert')).toHaveTextContent(/[\u4e00-\u9fff]/);
    expect(visit).toBeChecked();
    expect(screen.queryByRole('status')).toBeNull();
  });
});
