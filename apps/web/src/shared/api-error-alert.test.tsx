import { render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../i18n';
import { ApiError } from '../api/api-error';
import { ApiErrorAlert } from './api-error-alert';

/** A refusal as the API sends it: 409 from the unit handover flow, its sentence in whatever language it chose. */
const outOfOrder = {
  statusCode: 409,
  error: 'Conflict',
  code: 'HANDOVER_STEP_OUT_OF_ORDER',
  params: { step: 'keys_handed_over', state: 'fees_paid', missingStep: 'inspected' },
  message: 'a sentence the console does not show',
};

async function showIn(language: 'zh-CN' | 'en', body: unknown, status = 409) {
  await i18n.changeLanguage(language);
  render(<ApiErrorAlert error={ApiError.from(status, body)} />);
  return screen.getByRole('alert');
}

describe('<ApiErrorAlert>', () => {
  afterEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('words a refusal from its code and params in Chinese', async () => {
    const alert = await showIn('zh-CN', outOfOrder);
    expect(alert).toHaveTextContent('与当前状态冲突');
    expect(alert).toHaveTextContent('无法登记「钥匙交接」：该户尚未验房，请先验房（先验房后交付）。');
    expect(alert).not.toHaveTextContent('a sentence the console does not show');
  });

  it('words the same refusal in English when the console is in English', async () => {
    const alert = await showIn('en', outOfOrder);
    expect(alert).toHaveTextContent('Conflicts with the current state');
    expect(alert).toHaveTextContent(
      'Cannot record keys handed over: the unit has not been inspected yet (inspection comes before handover, 先验房后交付).',
    );
    expect(alert).not.toHaveTextContent('a sentence the console does not show');
  });

  it('shows the server’s sentence for a code it does not know (a newer server)', async () => {
    const alert = await showIn('zh-CN', {
      statusCode: 409,
      error: 'Conflict',
      code: 'WARRANTY_CLAIM_EXPIRED',
      params: { days: 730 },
      message: '保修期已过（730 天）。',
    });
    expect(alert).toHaveTextContent('保修期已过（730 天）。');
  });

  it('shows the refusal’s own text behind a generic code (a refusal without a code of its own yet)', async () => {
    const body = { statusCode: 404, error: 'Not Found', code: 'NOT_FOUND', message: 'No project p-1.' };
    expect(await showIn('en', body, 404)).toHaveTextContent('No project p-1.');
  });

  it('shows the server’s sentence when the params a known code’s sentence needs did not come', async () => {
    const body = { statusCode: 413, error: 'Payload Too Large', code: 'PAYLOAD_TOO_LARGE', message: 'File too large' };
    expect(await showIn('zh-CN', body, 413)).toHaveTextContent('File too large');
  });

  it('leads a validation refusal with the console’s sentence and lists every field problem the server gave', async () => {
    const alert = await showIn(
      'zh-CN',
      {
        statusCode: 400,
        error: 'Bad Request',
        code: 'VALIDATION_FAILED',
        message: ['from must not be after to.', 'to must be a date'],
      },
      400,
    );
    expect(alert).toHaveTextContent('请求中有字段不符合要求。');
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'from must not be after to.',
      'to must be a date',
    ]);
  });

  it('says in the console’s language that the server could not be reached', async () => {
    expect(await showIn('en', undefined, 0)).toHaveTextContent(
      'The server cannot be reached; check the network and try again.',
    );
  });
});
