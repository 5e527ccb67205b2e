import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Segmented, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { useCurrentUser } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView } from '../../shared/query-view';
import { formatDateTime } from '../../shared/time';
import { useProject } from '../../shared/use-project';

type DefectAlert = components['schemas']['DefectAlertDto'];
type StatusFilter = 'all' | 'open' | 'promoted';
const FILTERS: readonly StatusFilter[] = ['all', 'open', 'promoted'];
const PAGE_SIZE = 10;

/** Who may make a case (the API's roles for promoting; it refuses a head of another department itself). */
const CASE_WRITERS: ReadonlySet<string> = new Set(['project_lead', 'department_head', 'hq']);

/**
 * 高频问题预警 on the 整改看板: the project's alerts, paged and filtered by the API (open, made a case), each open one
 * with 转为案例 (one click, worded from the alert by the API) and each promoted one with a link to its case.
 */
export function DefectAlertsPanel({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation('rectification');
  const { role } = useCurrentUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const timeZone = useProject(projectId).data?.timeZone;
  const [status, setStatus] = useState<StatusFilter>('all');
  const [page, setPage] = useState(1);
  const alerts = useQuery({
    queryKey: ['defect-alerts', projectId, status, page],
    queryFn: () =>
      call(
        api.GET('/projects/{id}/defect-alerts', {
          params: {
            path: { id: projectId },
            query: { page, pageSize: PAGE_SIZE, ...(status === 'all' ? {} : { status }) },
          },
        }),
      ),
  });
  const promote = useMutation({
    mutationFn: (alertId: string) =>
      call(
        api.POST('/projects/{id}/defect-alerts/{alertId}/case', {
          params: { path: { id: projectId, alertId } },
          body: {},
        }),
      ),
    onSuccess: () => void message.success(t('alerts.promoted')),
    // Refused or not, the list shows what the server holds now (a second click finds the case made).
    onSettled: () => void queryClient.invalidateQueries({ queryKey: ['defect-alerts', projectId] }),
  });
  const mayPromote = CASE_WRITERS.has(role);
  return (
    <Card title={t('alerts.title')} size="small" style={{ marginBottom: 16 }} data-testid="defect-alerts">
      <Typography.Paragraph type="secondary">{t('alerts.hint')}</Typography.Paragraph>
      <Segmented<StatusFilter>
        value={status}
        onChange={(next) => {
          setStatus(next);
          setPage(1);
        }}
        options={FILTERS.map((value) => ({ value, label: t(`alerts.status.${value}`) }))}
        style={{ marginBottom: 12 }}
        data-testid="defect-alerts-filter"
      />
      {promote.isError && <ApiErrorAlert error={promote.error} />}
      <QueryView query={alerts}>
        {(data) => (
          <Table<DefectAlert>
            rowKey="id"
            size="small"
            data-testid="defect-alerts-table"
            dataSource={data.items}
            scroll={{ x: true }}
            locale={{ emptyText: t('alerts.empty') }}
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              hideOnSinglePage: true,
              onChange: setPage,
            }}
            columns={[
              {
                title: t('alerts.building'),
                render: (_: unknown, alert) => (
                  <Link to={`/projects/${projectId}/defects?building=${encodeURIComponent(alert.building)}`}>
                    {alert.building}
                  </Link>
                ),
              },
              { title: t('alerts.trade'), dataIndex: 'trade' },
              {
                title: t('alerts.category'),
                render: (_: unknown, alert) => t(`alerts.categories.${alert.category}`),
              },
              {
                title: t('alerts.window'),
                render: (_: unknown, alert) =>
                  t('alerts.windowRange', { start: alert.windowStart, end: alert.windowEnd, days: alert.windowDays }),
              },
              {
                title: t('alerts.count'),
                render: (_: unknown, alert) => (
                  <Typography.Text type="danger" strong>
                    {t('alerts.countOf', { count: alert.defectCount, threshold: alert.thresholdCount })}
                  </Typography.Text>
                ),
              },
              {
                title: t('alerts.raisedAt'),
                render: (_: unknown, alert) => formatDateTime(alert.raisedAt, timeZone, i18n.language),
              },
              {
                title: t('alerts.action'),
                render: (_: unknown, alert) =>
                  alert.caseId !== null ? (
                    <>
                      <Tag color="green">{t('alerts.status.promoted')}</Tag>
                      <Link to={`/cases?case=${encodeURIComponent(alert.caseId)}`} data-testid="alert-case-link">
                        {t('alerts.viewCase')}
                      </Link>
                    </>
                  ) : mayPromote ? (
                    <Button
                      size="small"
                      type="primary"
                      loading={promote.isPending && promote.variables === alert.id}
                      disabled={promote.isPending}
                      onClick={() => promote.mutate(alert.id)}
                      data-testid="alert-promote"
                    >
                      {t('alerts.promote')}
                    </Button>
                  ) : (
                    <Tag color="red">{t('alerts.status.open')}</Tag>
                  ),
              },
            ]}
          />
        )}
      </QueryView>
    </Card>
  );
}
