import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Col, DatePicker, Descriptions, Empty, Flex, Row, Space, Table, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { BRIEFING_FIGURE_KEYS } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { useCurrentUser } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { MoneyText } from '../../shared/money-text';
import { ProjectHeading } from '../../shared/project-heading';
import { QueryView } from '../../shared/query-view';
import { dateIn, formatDateTime } from '../../shared/time';
import { useProject } from '../../shared/use-project';
import { addDays, dateParam } from './calendar';

type Briefing = components['schemas']['BriefingDto'];
type Figures = components['schemas']['BriefingFiguresDto'];

const MONEY: (keyof Figures)[] = ['settledFen', 'refundedFen'];
/** The counts in the order every report shows them (the rate is shown on its own, money in yuan). */
const FIGURES: (keyof Figures)[] = BRIEFING_FIGURE_KEYS.filter(
  (key) => key !== 'handoverRateBp' && !MONEY.includes(key),
);
const CAN_REGENERATE = new Set(['project_lead', 'hq']);
const DEFAULT_DAYS = 14;

/** 交付日报 of one project: the dates that have a briefing, one briefing's figures, and (re)generation of a date. */
export function BriefingsPage() {
  const { projectId = '' } = useParams();
  const project = useProject(projectId);
  return (
    <>
      <ProjectHeading projectId={projectId} />
      <QueryView query={project}>{(p) => <Briefings projectId={projectId} timeZone={p.timeZone} />}</QueryView>
    </>
  );
}

function Briefings({ projectId, timeZone }: { projectId: string; timeZone: string }) {
  const { t, i18n } = useTranslation('hq');
  const [params, setParams] = useSearchParams();
  const today = dateIn(new Date(), timeZone);
  const to = dateParam(params.get('to'), today);
  const from = dateParam(params.get('from'), addDays(to, -(DEFAULT_DAYS - 1)));
  const selected = params.get('date');

  const list = useQuery({
    queryKey: ['briefings', projectId, from, to],
    queryFn: () =>
      call(api.GET('/projects/{id}/briefings', { params: { path: { id: projectId }, query: { from, to } } })),
  });

  function update(next: Record<string, string | null>) {
    const merged = new URLSearchParams(params);
    for (const [key, value] of Object.entries(next)) {
      if (value) merged.set(key, value);
      else merged.delete(key);
    }
    setParams(merged, { replace: true });
  }

  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={10}>
        <Flex wrap gap={8} align="center" style={{ marginBottom: 12 }}>
          <Typography.Text>{t('briefings.range')}</Typography.Text>
          <DatePicker.RangePicker
            allowClear={false}
            value={[dayjs(from), dayjs(to)]}
            onChange={(range) =>
              range?.[0] &&
              range[1] &&
              update({ from: range[0].format('YYYY-MM-DD'), to: range[1].format('YYYY-MM-DD') })
            }
            data-testid="briefing-range"
          />
        </Flex>
        <RegenerateForm projectId={projectId} today={today} onDone={(date) => update({ date })} />
        <QueryView query={list}>
          {(data) => (
            <Table<Briefing>
              rowKey="date"
              size="small"
              data-testid="briefing-list"
              dataSource={[...data.items].reverse()}
              pagination={{ pageSize: 10, hideOnSinglePage: true }}
              scroll={{ x: true }}
              locale={{ emptyText: <Empty description={t('briefings.empty')} /> }}
              rowClassName={(row) => (row.date === selected ? 'ant-table-row-selected' : '')}
              onRow={(row) => ({ onClick: () => update({ date: row.date }), style: { cursor: 'pointer' } })}
              columns={[
                {
                  title: t('briefings.date'),
                  dataIndex: 'date',
                  render: (date: string) => <a data-testid={`briefing-${date}`}>{date}</a>,
                },
                { title: t('briefings.day'), dataIndex: 'day' },
                { title: t('briefings.handoverRate'), dataIndex: 'handoverRate', align: 'right' },
                { title: t('briefings.handedOverToday'), dataIndex: ['figures', 'handedOverToday'], align: 'right' },
                {
                  title: t('briefings.generatedAt'),
                  dataIndex: 'generatedAt',
                  render: (iso: string) => formatDateTime(iso, timeZone, i18n.language),
                },
              ]}
            />
          )}
        </QueryView>
      </Col>
      <Col xs={24} xl={14}>
        {selected ? (
          <BriefingDetail projectId={projectId} date={selected} timeZone={timeZone} />
        ) : (
          <Empty description={t('briefings.pickDate')} />
        )}
      </Col>
    </Row>
  );
}

function RegenerateForm({
  projectId,
  today,
  onDone,
}: {
  projectId: string;
  today: string;
  onDone: (date: string) => void;
}) {
  const { t } = useTranslation('hq');
  const { message } = App.useApp();
  const user = useCurrentUser();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const date = dateParam(params.get('date'), today);
  const regenerate = useMutation({
    mutationFn: (day: string) =>
      call(api.POST('/projects/{id}/briefings/{date}/regenerate', { params: { path: { id: projectId, date: day } } })),
    onSuccess: async (briefing) => {
      queryClient.setQueryData(['briefing', projectId, briefing.date], briefing);
      await queryClient.invalidateQueries({ queryKey: ['briefings', projectId] });
      void message.success(t('briefings.regenerated', { date: briefing.date }));
      onDone(briefing.date);
    },
  });
  if (!CAN_REGENERATE.has(user.role)) return null;
  return (
    <>
      <Space wrap style={{ marginBottom: 12 }}>
        <DatePickerButton
          date={date}
          loading={regenerate.isPending}
          label={t('briefings.regenerate')}
          onGenerate={(day) => regenerate.mutate(day)}
        />
      </Space>
      {regenerate.isError && <ApiErrorAlert error={regenerate.error} />}
    </>
  );
}

/** A date picker and a button; the picked date is kept locally until the button is pressed. */
function DatePickerButton({
  date,
  loading,
  label,
  onGenerate,
}: {
  date: string;
  loading: boolean;
  label: string;
  onGenerate: (date: string) => void;
}) {
  const [params, setParams] = useSearchParams();
  const picked = dateParam(params.get('generate'), date);
  return (
    <>
      <DatePicker
        allowClear={false}
        value={dayjs(picked)}
        onChange={(value) => {
          const next = new URLSearchParams(params);
          if (value) next.set('generate', value.format('YYYY-MM-DD'));
          setParams(next, { replace: true });
        }}
        data-testid="regenerate-date"
      />
      <Button type="primary" loading={loading} onClick={() => onGenerate(picked)} data-testid="regenerate">
        {label}
      </Button>
    </>
  );
}

function BriefingDetail({ projectId, date, timeZone }: { projectId: string; date: string; timeZone: string }) {
  const { t, i18n } = useTranslation('hq');
  const briefing = useQuery({
    queryKey: ['briefing', projectId, date],
    queryFn: () => call(api.GET('/projects/{id}/briefings/{date}', { params: { path: { id: projectId, date } } })),
  });
  return (
    <QueryView query={briefing}>
      {(b) => (
        <Card
          size="small"
          data-testid="briefing-detail"
          title={`${b.date} · ${b.day} · ${t('briefings.handoverRate')} ${b.handoverRate}`}
          extra={
            <Typography.Text type="secondary">
              {t('briefings.generatedAt')} {formatDateTime(b.generatedAt, timeZone, i18n.language)} ·{' '}
              {t('briefings.generations')} {b.generations}
            </Typography.Text>
          }
        >
          <Descriptions
            size="small"
            bordered
            column={{ xs: 1, sm: 2, lg: 3 }}
            items={[
              ...FIGURES.map((key) => ({
                key,
                label: t(`briefings.figures.${key}`),
                children: (
                  <span data-testid={`figure-${key}`}>
                    {b.figures[key]}
                    {b.change && <ChangeText value={b.change[key]} />}
                  </span>
                ),
              })),
              ...MONEY.map((key) => ({
                key,
                label: t(`briefings.figures.${key}`),
                children: (
                  <span data-testid={`figure-${key}`}>
                    <MoneyText fen={b.figures[key]} />
                  </span>
                ),
              })),
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('briefings.markdown')}
          </Typography.Title>
          <pre style={{ whiteSpace: 'pre-wrap', background: '#fafafa', padding: 12, borderRadius: 6 }}>
            {b.markdown}
          </pre>
        </Card>
      )}
    </QueryView>
  );
}

function ChangeText({ value }: { value: number }) {
  const { t } = useTranslation('hq');
  if (value === 0) return null;
  return (
    <Typography.Text type="secondary" title={t('briefings.change')} style={{ marginLeft: 6 }}>
      ({value > 0 ? '+' : ''}
      {value})
    </Typography.Text>
  );
}
