import { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query';
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../i18n';
import { ApiError } from '../api/api-error';
import { QueryView } from './query-view';
import { retryDelay, retryUnlessRefused } from './query-client';

function Probe({ enabled, fail }: { enabled: boolean; fail?: ApiError }) {
  const query = useQuery({
    queryKey: ['probe', enabled, fail?.status],
    queryFn: () =>
      new Promise<string>((resolve, reject) => setTimeout(() => (fail ? reject(fail) : resolve('answer')), 50)),
    enabled,
    retry: false,
  });
  return (
    <div data-testid="probe">
      <QueryView query={query}>{(data) => <span>{data}</span>}</QueryView>
    </div>
  );
}

function renderProbe(props: { enabled: boolean; fail?: ApiError }) {
  return render(
    <QueryClientProvider client={new QueryClient()}>
      <Probe {...props} />
    </QueryClientProvider>,
  );
}

describe('<QueryView>', () => {
  it('shows no skeleton for a query that is not asking (disabled): it would never end', () => {
    const { container } = renderProbe({ enabled: false });
    expect(container.querySelector('.ant-skeleton')).toBeNull();
    expect(screen.getByTestId('probe')).toBeEmptyDOMElement();
  });

  it('shows a skeleton while asking, then the data', async () => {
    const { container } = renderProbe({ enabled: true });
    expect(screen.getByTestId('loading')).toBeInTheDocument();
    expect(container.querySelector('.ant-skeleton')).not.toBeNull();
    expect(await screen.findByText('answer')).toBeInTheDocument();
  });

  it('shows every message the server gave', async () => {
    renderProbe({ enabled: true, fail: new ApiError(400, ['from must not be after to.', 'to must be a date']) });
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('from must not be after to.');
    expect(alert).toHaveTextContent('to must be a date');
  });
});

describe('the console’s retry policy', () => {
  it('never retries a refusal, retries a failure or a lost connection twice, within two seconds in all', () => {
    for (const status of [400, 401, 403, 404, 409])
      expect(retryUnlessRefused(0, new ApiError(status, ['no']))).toBe(false);
    for (const error of [
      new ApiError(500, ['boom']),
      new ApiError(0, ['unreachable']),
      new TypeError('Failed to fetch'),
    ]) {
      expect([0, 1, 2].map((failures) => retryUnlessRefused(failures, error))).toEqual([true, true, false]);
    }
    expect(retryDelay(0) + retryDelay(1)).toBeLessThanOrEqual(2_000);
  });
});
