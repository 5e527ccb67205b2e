import { useQuery } from '@tanstack/react-query';
import { Empty, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { unitAddressLabel } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { QueryView } from '../../shared/query-view';
import { DEFECT_SOURCES } from './defect-record-form';
import { defectKeys } from './defect-requests';

type UnitSummary = components['schemas']['UnitDefectSummaryDto'];
type Source = (typeof DEFECT_SOURCES)[number];

const COUNTS = [
  'total',
  'open',
  'assigned',
  'fixed',
  'verified',
  'cannotFix',
  'quality',
  'nonQuality',
  'awaitingOwnerReply',
] as const;

/**
 * 分户汇总: after a check stage (by default the open day), each household's defects counted by status and category,
 * with the non-quality items still waiting for the reply to the owner; the server counts and pages.
 */
export function DefectSummary({ projectId }: { projectId: string }) {
  const { t } = useTranslation('field');
  const [source, setSource] = useState<Source | undefined>('open_day');
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const summary = useQuery({
    queryKey: [...defectKeys.summary(projectId), source, page],
    queryFn: () =>
      call(
        api.GET('/projects/{id}/defects/summary-by-unit', {
          params: { path: { id: projectId }, query: { source, ...page } },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <Typography.Text>{t('defectWork.summarySource')}</Typography.Text>
        <Select<Source>
          allowClear
          style={{ minWidth: 160 }}
          value={source}
          placeholder={t('defects.all')}
          data-testid="summary-source"
          onChange={(value) => {
            setSource(value);
            setPage((current) => ({ ...current, page: 1 }));
          }}
          options={DEFECT_SOURCES.map((value) => ({ value, label: t(`defects.sourceName.${value}`) }))}
        />
      </Space>
      <QueryView query={summary}>
        {(data) => (
          <Table<UnitSummary>
            rowKey="unitId"
            size="small"
            scroll={{ x: true }}
            dataSource={data.items}
            data-testid="defect-summary"
            locale={{ emptyText: <Empty description={t('defectWork.summaryEmpty')} /> }}
            onRow={() => ({ 'data-testid': 'summary-row' }) as object}
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              showTotal: (total) => t('defectWork.summaryTotal', { total }),
              onChange: (current, size) => setPage({ page: current, pageSize: size }),
            }}
            columns={[
              {
                title: t('defectWork.summaryColumns.unit'),
                key: 'unit',
                fixed: 'left',
                render: (_, row) => (
                  <Link to={`/projects/${projectId}/units/${row.unitId}`}>
                    {unitAddressLabel({ building: row.building, unitNo: row.unitNo, room: row.room })}
                  </Link>
                ),
              },
              ...COUNTS.map((key) => ({
                title: t(`defectWork.summaryColumns.${key}`),
                key,
                align: 'right' as const,
                render: (_: unknown, row: UnitSummary) => (
                  <span data-testid={`summary-${key}`}>
                    {key === 'awaitingOwnerReply' && row[key] > 0 ? (
                      <Typography.Text type="warning" strong>
                        {row[key]}
                      </Typography.Text>
                    ) : (
                      row[key]
                    )}
                  </span>
                ),
              })),
            ]}
          />
        )}
      </QueryView>
    </Space>
  );
}
