import { useQuery } from '@tanstack/react-query';
import { Segmented, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { QueryView } from '../../shared/query-view';

type AgeingRow = components['schemas']['AgeingRowDto'];
export type AgeingGrouping = 'building' | 'trade' | 'company';
const BUCKETS = ['up_to_7', 'days_8_to_14', 'days_15_to_30', 'over_30'] as const;

/** 超期账龄: the project's running defects per building, trade or company, by days overdue (the API counts). */
export function AgeingTable({
  projectId,
  by,
  onBy,
}: {
  projectId: string;
  by: AgeingGrouping;
  onBy: (by: AgeingGrouping) => void;
}) {
  const { t } = useTranslation('rectification');
  const ageing = useQuery({
    queryKey: ['defects-ageing', projectId, by],
    queryFn: () =>
      call(api.GET('/projects/{id}/defects-ageing', { params: { path: { id: projectId }, query: { by } } })),
  });
  const groupLabel = (row: AgeingRow) => {
    if (row.group === null) return by === 'company' ? t('ageing.noCompany') : t('ageing.publicArea');
    return by === 'company' ? (row.label ?? row.group) : row.group;
  };
  /** Only the building filter of the defect list carries over (it reads no trade or company from the URL). */
  const listLink = (row: AgeingRow) =>
    by === 'building' && row.group !== null
      ? `/projects/${projectId}/defects?building=${encodeURIComponent(row.group)}`
      : `/projects/${projectId}/defects`;
  return (
    <>
      <Segmented<AgeingGrouping>
        value={by}
        onChange={onBy}
        options={(['building', 'trade', 'company'] as const).map((value) => ({
          value,
          label: t(`ageing.by.${value}`),
        }))}
        style={{ marginBottom: 12 }}
        data-testid="ageing-grouping"
      />
      <QueryView query={ageing}>
        {(data) => (
          <>
            <Typography.Paragraph type="secondary">{t('ageing.today', { today: data.today })}</Typography.Paragraph>
            <Table<AgeingRow>
              rowKey={(row) => row.group ?? '—'}
              size="small"
              data-testid="ageing-table"
              dataSource={data.rows}
              pagination={false}
              scroll={{ x: true }}
              locale={{ emptyText: t('ageing.empty') }}
              columns={[
                {
                  title: t(`ageing.group.${by}`),
                  render: (_: unknown, row) => <Link to={listLink(row)}>{groupLabel(row)}</Link>,
                },
                { title: t('ageing.running'), dataIndex: 'running', align: 'right' },
                { title: t('ageing.overdue'), dataIndex: 'overdue', align: 'right' },
                ...BUCKETS.map((bucket) => ({
                  title: t(`ageing.bucket.${bucket}`),
                  align: 'right' as const,
                  render: (_: unknown, row: AgeingRow) => (
                    <Typography.Text
                      type={bucket === 'over_30' && row[bucket] > 0 ? 'danger' : undefined}
                      strong={bucket === 'over_30' && row[bucket] > 0}
                      data-testid={`ageing-${bucket}`}
                    >
                      {row[bucket]}
                    </Typography.Text>
                  ),
                })),
              ]}
            />
          </>
        )}
      </QueryView>
    </>
  );
}
