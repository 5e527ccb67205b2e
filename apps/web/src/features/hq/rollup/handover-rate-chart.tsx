import { useQuery } from '@tanstack/react-query';
import { Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { api, call } from '../../../api/client';
import { QueryView } from '../../../shared/query-view';
import { addDays } from '../calendar';
import { rateChartData, type RatePoint } from './rate-chart-data';

export const RATE_DAYS = 30;

/** 交付率走势: the portfolio's handover rate per day for the 30 days up to the roll-up's date. */
export function HandoverRateChart({ date }: { date: string }) {
  const { t } = useTranslation('hq');
  const from = addDays(date, -(RATE_DAYS - 1));
  const rate = useQuery({
    queryKey: ['hq', 'handover-rate', from, date],
    queryFn: () => call(api.GET('/hq/handover-rate', { params: { query: { from, to: date } } })),
  });
  return (
    <Card
      size="small"
      title={t('rollup.chartTitle', { days: RATE_DAYS, date })}
      data-testid="rate-chart"
      style={{ marginBottom: 16 }}
    >
      <QueryView query={rate}>
        {(data) => {
          const points = rateChartData(data.days);
          if (!points) return <Empty description={t('rollup.chartEmpty')} />;
          return (
            <ResponsiveContainer width="100%" height={240}>
              <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" />
                <XAxis dataKey="label" minTickGap={16} />
                <YAxis domain={[0, 100]} unit="%" width={48} />
                <Tooltip
                  formatter={(value, _name, item) => {
                    const point = item.payload as RatePoint;
                    return [
                      `${Number(value).toFixed(2)}% (${point.handedOverCumulative}/${point.totalUnits})`,
                      t('rollup.chartRate'),
                    ];
                  }}
                  labelFormatter={(_label, payload) => (payload[0]?.payload as RatePoint | undefined)?.date ?? ''}
                />
                <Line type="monotone" dataKey="ratePercent" stroke="#1677ff" dot={false} isAnimationActive={false} />
              </LineChart>
            </ResponsiveContainer>
          );
        }}
      </QueryView>
    </Card>
  );
}
