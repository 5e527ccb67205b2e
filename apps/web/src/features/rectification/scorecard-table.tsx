import { DownloadOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';

type ScorecardRow = components['schemas']['ScorecardRowDto'];

/** A share as a percentage with one decimal (0.5 → "50.0%"), or a dash when there is nothing to share. */
export function percentText(rate: number | null): string {
  return rate === null ? '—' : `${(rate * 100).toFixed(1)}%`;
}

/** 施工单位评分卡: one row per company and trade, as the API computed it; `exportXlsx` downloads its workbook. */
export function ScorecardTable({ rows, exportXlsx }: { rows: ScorecardRow[]; exportXlsx: () => Promise<void> }) {
  const { t } = useTranslation('rectification');
  const xlsx = useMutation({ mutationFn: exportXlsx });
  const hours = (value: number | null) => (value === null ? '—' : t('scorecards.hours', { hours: value }));
  return (
    <>
      <Button
        icon={<DownloadOutlined />}
        loading={xlsx.isPending}
        onClick={() => xlsx.mutate()}
        style={{ marginBottom: 12 }}
        data-testid="scorecards-download"
      >
        {xlsx.isPending ? t('scorecards.exporting') : t('scorecards.export')}
      </Button>
      {xlsx.isError && <ApiErrorAlert error={xlsx.error} onRetry={() => xlsx.mutate()} />}
      <Table<ScorecardRow>
        rowKey={(row) => `${row.companyId}:${row.trade}`}
        size="small"
        data-testid="scorecards-table"
        dataSource={rows}
        scroll={{ x: true }}
        pagination={{ defaultPageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('scorecards.empty') }}
        columns={[
          { title: t('scorecards.company'), dataIndex: 'companyName' },
          { title: t('scorecards.trade'), dataIndex: 'trade' },
          { title: t('scorecards.received'), dataIndex: 'received', align: 'right' },
          { title: t('scorecards.verified'), dataIndex: 'verified', align: 'right' },
          { title: t('scorecards.firstTimePass'), dataIndex: 'firstTimePass', align: 'right' },
          {
            title: t('scorecards.firstTimePassRate'),
            align: 'right',
            render: (_: unknown, row) => percentText(row.firstTimePassRate),
          },
          {
            title: t('scorecards.meanHoursToFix'),
            align: 'right',
            render: (_: unknown, row) => hours(row.meanHoursToFix),
          },
          {
            title: t('scorecards.p90HoursToFix'),
            align: 'right',
            render: (_: unknown, row) => hours(row.p90HoursToFix),
          },
          { title: t('scorecards.running'), dataIndex: 'running', align: 'right' },
          { title: t('scorecards.overdue'), dataIndex: 'overdue', align: 'right' },
          {
            title: t('scorecards.overdueRate'),
            align: 'right',
            render: (_: unknown, row) => percentText(row.overdueRate),
          },
          { title: t('scorecards.disputesRuled'), dataIndex: 'disputesRuled', align: 'right' },
          { title: t('scorecards.disputesUpheld'), dataIndex: 'disputesUpheld', align: 'right' },
        ]}
      />
    </>
  );
}
