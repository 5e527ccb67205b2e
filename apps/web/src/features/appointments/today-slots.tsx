import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Progress, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import { QueryView } from '../../shared/query-view';
import { slotText, todayWindow } from './slot-time';

/**
 * 今日预约 at the handover desk: today's slots (the project's day) with how many units booked each and the seats left,
 * from GET /projects/{id}/appointment-slots?from=…&to=….
 */
export function TodaySlots({ projectId, timeZone }: { projectId: string; timeZone?: string }) {
  const { t } = useTranslation('appointments');
  const { from, to } = todayWindow(new Date(), timeZone);
  const slots = useQuery({
    queryKey: ['appointment-slots', projectId, 'today', from],
    queryFn: () =>
      call(
        api.GET('/projects/{id}/appointment-slots', {
          params: { path: { id: projectId }, query: { from, to, page: 1, pageSize: 50 } },
        }),
      ),
    refetchInterval: 60_000,
  });
  return (
    <Card
      size="small"
      title={t('checkIn.title')}
      extra={<Link to={`/projects/${projectId}/appointments`}>{t('checkIn.manage')}</Link>}
      style={{ marginBottom: 16 }}
      data-testid="today-slots"
    >
      <QueryView query={slots} rows={2}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('checkIn.none')} />
          ) : (
            <Space orientation="vertical" style={{ width: '100%' }}>
              {page.items.map((slot) => (
                <Space key={slot.id} wrap size="middle" data-testid="today-slot">
                  <Tag color={slot.kind === 'handover' ? 'blue' : 'cyan'}>{t(`kind.${slot.kind}`)}</Tag>
                  <strong>{slotText(slot, timeZone)}</strong>
                  <Typography.Text data-testid="today-slot-seats">
                    {t('checkIn.seats', { booked: slot.booked, capacity: slot.capacity })}
                  </Typography.Text>
                  <Progress
                    percent={Math.round((slot.booked / slot.capacity) * 100)}
                    size="small"
                    showInfo={false}
                    style={{ width: 120, margin: 0 }}
                  />
                  <Typography.Text type="secondary">
                    {t('checkIn.remaining', { remaining: slot.remaining })}
                  </Typography.Text>
                </Space>
              ))}
            </Space>
          )
        }
      </QueryView>
    </Card>
  );
}
