import { DownloadOutlined, WarningOutlined } from '@ant-design/icons';
import { useMutation, useQuery } from '@tanstack/react-query';
import { Alert, Button, DatePicker, Flex, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call, download } from '../../api/client';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { MoneyText } from '../../shared/money-text';
import { QueryView } from '../../shared/query-view';
import { dateIn, DEFAULT_TIME_ZONE } from '../../shared/time';
import { dateParam } from './calendar';
import { HandoverRateChart } from './rollup/handover-rate-chart';

type RollupRow = components['schemas']['RollupRowDto'];

/** Basis points as a percent with one decimal; null (nothing to divide by) as a dash. */
const percent = (bp: number | null) => (bp === null ? '—' : `${(Math.floor((bp + 5) / 10) / 10).toFixed(1)}%`);
const hours = (value: number | null) => (value === null ? '—' : value.toFixed(1));

/** 交付日报汇总: every active project's figures for one date, the .xlsx export and the handover rate by day. */
export function RollupPage() {
  const { t } = useTranslation('hq');
  const { t: common } = useTranslation('common');
  const [params, setParams] = useSearchParams();
  const date = dateParam(params.get('date'), dateIn(new Date(), DEFAULT_TIME_ZONE));
  const rollup = useQuery({
    queryKey: ['hq', 'rollup', date],
    queryFn: () => call(api.GET('/hq/rollup', { params: { query: { date } } })),
  });
  const xlsx = useMutation({ mutationFn: () => download(`/hq/rollup.xlsx?date=${date}`, `hq-rollup-${date}.xlsx`) });

  function pick(next: string) {
    const merged = new URLSearchParams(params);
    merged.set('date', next);
    setParams(merged, { replace: true });
    xlsx.reset();
  }

  return (
    <>
      <Typography.Title level={3}>{t('rollup.title')}</Typography.Title>
      <Flex wrap gap={8} align="center" style={{ marginBottom: 16 }}>
        <Typography.Text>{t('rollup.date')}</Typography.Text>
        <DatePicker
          allowClear={false}
          value={dayjs(date)}
          onChange={(value) => value && pick(value.format('YYYY-MM-DD'))}
          data-testid="rollup-date"
        />
        <Button
          icon={<DownloadOutlined />}
          loading={xlsx.isPending}
          onClick={() => xlsx.mutate()}
          data-testid="rollup-download"
        >
          {xlsx.isPending ? t('rollup.downloading') : t('rollup.download')}
        </Button>
      </Flex>
      {xlsx.isError && <ApiErrorAlert error={xlsx.error} onRetry={() => xlsx.mutate()} />}
      <HandoverRateChart date={date} />
      <QueryView query={rollup}>
        {(data) => (
          <>
            {data.atRisk.length > 0 && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={t('rollup.atRiskCount', { count: data.atRisk.length })}
              />
            )}
            <Table<RollupRow>
              rowKey="projectId"
              size="small"
              data-testid="rollup-table"
              dataSource={data.rows}
              scroll={{ x: true }}
              pagination={{ defaultPageSize: 50, hideOnSinglePage: true, showSizeChanger: true }}
              locale={{ emptyText: t('rollup.empty') }}
              columns={[
                { title: t('rollup.cityCompany'), dataIndex: 'cityCompany' },
                {
                  title: t('rollup.project'),
                  key: 'project',
                  render: (_, row) => (
                    <Link
                      to={`/projects/${row.projectId}/briefings?date=${data.date}`}
                    >{`${row.name} · ${row.batch}`}</Link>
                  ),
                },
                { title: 'D', dataIndex: 'firstHandoverDate' },
                { title: t('rollup.day'), dataIndex: 'day' },
                {
                  title: t('rollup.phase'),
                  dataIndex: 'phase',
                  render: (phase: string | null) => (phase ? common(`phase.${phase}`, { defaultValue: phase }) : '—'),
                },
                {
                  title: t('rollup.risk'),
                  dataIndex: 'atRisk',
                  render: (atRisk: boolean) =>
                    atRisk && (
                      <Tag color="red" icon={<WarningOutlined />}>
                        {common('atRisk')}
                      </Tag>
                    ),
                },
                { title: t('rollup.totalUnits'), dataIndex: ['figures', 'totalUnits'], align: 'right' },
                { title: t('rollup.handedOverToday'), dataIndex: ['figures', 'handedOverToday'], align: 'right' },
                {
                  title: t('rollup.handedOverCumulative'),
                  dataIndex: ['figures', 'handedOverCumulative'],
                  align: 'right',
                },
                { title: t('rollup.handoverRate'), dataIndex: 'handoverRate', align: 'right' },
                {
                  title: t('rollup.ownersReceivedToday'),
                  dataIndex: ['figures', 'ownersReceivedToday'],
                  align: 'right',
                },
                { title: t('rollup.defectsOpen'), dataIndex: ['figures', 'defectsOpen'], align: 'right' },
                { title: t('rollup.objectionsOpen'), dataIndex: ['figures', 'objectionsOpen'], align: 'right' },
                { title: t('rollup.complaintsOpen'), dataIndex: ['figures', 'complaintsOpen'], align: 'right' },
                {
                  title: t('rollup.settled'),
                  key: 'settled',
                  align: 'right',
                  render: (_, row) => <MoneyText fen={row.settled.fen} />,
                },
                {
                  title: t('rollup.refunded'),
                  key: 'refunded',
                  align: 'right',
                  render: (_, row) => <MoneyText fen={row.refunded.fen} />,
                },
              ]}
            />
            <Typography.Title level={5} style={{ marginTop: 16 }}>
              {t('rollup.touchPointsTitle')}
            </Typography.Title>
            <Table<RollupRow>
              rowKey="projectId"
              size="small"
              data-testid="rollup-touch-points"
              dataSource={data.rows}
              scroll={{ x: true }}
              pagination={{ defaultPageSize: 50, hideOnSinglePage: true, showSizeChanger: true }}
              locale={{ emptyText: t('rollup.empty') }}
              columns={[
                { title: t('rollup.project'), key: 'project', render: (_, row) => `${row.name} · ${row.batch}` },
                {
                  title: t('rollup.bookingUse'),
                  key: 'bookingUse',
                  align: 'right',
                  render: (_, row) =>
                    row.touchPoints
                      ? `${percent(row.touchPoints.bookingUseBp)} (${row.touchPoints.unitsBooked}/${row.touchPoints.totalUnits})`
                      : '—',
                },
                {
                  title: t('rollup.noShows'),
                  key: 'noShows',
                  align: 'right',
                  render: (_, row) =>
                    row.touchPoints ? `${row.touchPoints.noShows} / ${row.touchPoints.bookingsPast}` : '—',
                },
                {
                  title: t('rollup.objectionReply'),
                  key: 'objectionReply',
                  align: 'right',
                  render: (_, row) =>
                    row.touchPoints
                      ? `${hours(row.touchPoints.objectionReplyHoursP50)} / ${hours(row.touchPoints.objectionReplyHoursP90)} (${row.touchPoints.objectionsReplied})`
                      : '—',
                },
                {
                  title: t('rollup.ownerConfirmed'),
                  key: 'ownerConfirmed',
                  align: 'right',
                  render: (_, row) =>
                    row.touchPoints
                      ? `${percent(row.touchPoints.ownerConfirmedBp)} (${row.touchPoints.defectsConfirmedByOwner}/${row.touchPoints.defectsFixed})`
                      : '—',
                },
                {
                  title: t('rollup.repairRating'),
                  key: 'repairRating',
                  align: 'right',
                  render: (_, row) =>
                    row.touchPoints
                      ? `${row.touchPoints.repairRatingCenti === null ? '—' : (row.touchPoints.repairRatingCenti / 100).toFixed(2)} (${row.touchPoints.repairsRated})`
                      : '—',
                },
              ]}
            />
          </>
        )}
      </QueryView>
    </>
  );
}
