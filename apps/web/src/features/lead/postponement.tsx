import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Col, DatePicker, Form, Input, Row, Table, Tag, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { useCurrentUser } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView } from '../../shared/query-view';
import { daysBetween, formatDateTime } from '../../shared/time';
import { preventImplicitSubmit } from './explicit-submit';
import { PlanProblems } from './plan-problems';
import { Timeline, timelineRange, type PhaseStatus } from './timeline';

type Project = components['schemas']['ProjectDetailDto'];
type Preview = components['schemas']['ReschedulePreviewDto'];
type Request = components['schemas']['PostponementRequestDto'];

interface DueDateRow {
  key: string;
  current: string;
  proposed: string;
}

const REQUEST_COLORS: Record<string, string> = { pending: 'gold', approved: 'green', refused: 'red' };

/** Today's plan against the postponed one: two timelines on one shared axis, and every due date side by side with its shift. */
function PostponementPreview({ project, preview, today }: { project: Project; preview: Preview; today: string }) {
  const { t } = useTranslation(['lead', 'common']);
  const statusOf = new Map(project.phases.map((phase) => [phase.key, phase.status as PhaseStatus]));
  const proposedPhases = preview.plan.phases.map((phase) => ({
    ...phase,
    status: statusOf.get(phase.key) ?? 'pending',
  }));
  const current = timelineRange(project.phases, project.firstHandoverDate, today);
  const proposed = timelineRange(proposedPhases, preview.plan.firstHandoverDate, today);
  const range = { start: [current.start, proposed.start].sort()[0], end: [current.end, proposed.end].sort()[1] };
  const proposedDue = new Map(preview.plan.milestones.map((milestone) => [milestone.key, milestone.dueDate]));
  const rows: DueDateRow[] = project.milestones.map((m) => ({
    key: m.key,
    current: m.dueDate,
    proposed: proposedDue.get(m.key) ?? m.dueDate,
  }));

  return (
    <div data-testid="postponement-preview">
      <Row gutter={[16, 16]}>
        <Col span={24}>
          <Typography.Text strong>{t('postpone.current', { date: project.firstHandoverDate })}</Typography.Text>
          <Timeline
            phases={project.phases}
            firstHandoverDate={project.firstHandoverDate}
            today={today}
            range={range}
            testId="timeline-current"
          />
        </Col>
        <Col span={24}>
          <Typography.Text strong>{t('postpone.proposed', { date: preview.plan.firstHandoverDate })}</Typography.Text>
          <Timeline
            phases={proposedPhases}
            firstHandoverDate={preview.plan.firstHandoverDate}
            today={today}
            range={range}
            testId="timeline-proposed"
          />
        </Col>
      </Row>
      <Table<DueDateRow>
        rowKey="key"
        size="small"
        style={{ marginTop: 16 }}
        data-testid="postponement-due-dates"
        scroll={{ x: true }}
        pagination={false}
        dataSource={rows}
        columns={[
          { title: t('project.milestone'), key: 'name', render: (_, row) => t(`common:milestone.${row.key}`) },
          { title: t('postpone.current', { date: project.firstHandoverDate }), dataIndex: 'current' },
          {
            title: t('postpone.proposed', { date: preview.plan.firstHandoverDate }),
            key: 'proposed',
            render: (_, row) => (
              <>
                {row.proposed} {preview.late.includes(row.key) && <Tag color="red">{t('postpone.late')}</Tag>}
                {preview.atRisk.includes(row.key) && <Tag color="orange">{t('postpone.soon')}</Tag>}
              </>
            ),
          },
          {
            title: t('postpone.difference'),
            key: 'difference',
            render: (_, row) => {
              const days = daysBetween(row.current, row.proposed);
              return <span data-testid={`shift-${row.key}`}>{days > 0 ? `+${days}` : days}</span>;
            },
          },
        ]}
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: 8 }}>
        {t('postpone.remindersToFire', { count: preview.remindersToFire.length })}
      </Typography.Paragraph>
      <PlanProblems problems={preview.problems} title={t('postpone.problems')} />
    </div>
  );
}

/** Requesting a new D (the project lead asks, HQ decides in the HQ area), with the what-if shown before asking. */
export function Postponement({ project, today }: { project: Project; today: string }) {
  const { t, i18n } = useTranslation(['lead', 'common']);
  const user = useCurrentUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<{ newDate: Dayjs; reason: string }>();
  const [newDate, setNewDate] = useState<string | null>(null);

  const preview = useQuery({
    queryKey: ['reschedule-preview', project.id, project.planVersion, newDate],
    queryFn: () =>
      call(
        api.GET('/projects/{id}/reschedule-preview', {
          params: { path: { id: project.id }, query: { firstHandoverDate: newDate! } },
        }),
      ),
    enabled: newDate !== null,
  });
  const request = useMutation({
    mutationFn: (body: { newFirstHandoverDate: string; reason: string }) =>
      call(api.POST('/projects/{id}/postponements', { params: { path: { id: project.id } }, body })),
    onSuccess: (updated) => {
      queryClient.setQueryData(['project', project.id], updated);
      void message.success(t('postpone.submitted'));
      form.resetFields();
      setNewDate(null);
    },
  });
  const at = (iso: string | null) => formatDateTime(iso, project.timeZone, i18n.language);

  return (
    <>
      {project.postponements.length > 0 && (
        <Table<Request>
          rowKey="id"
          size="small"
          data-testid="postponement-requests"
          scroll={{ x: true }}
          pagination={false}
          style={{ marginBottom: 16 }}
          dataSource={[...project.postponements].reverse()}
          columns={[
            { title: t('postpone.newDate'), dataIndex: 'newFirstHandoverDate' },
            { title: t('postpone.reason'), dataIndex: 'reason' },
            { title: t('postpone.requestedAt'), dataIndex: 'requestedAt', render: at },
            {
              title: t('project.status'),
              dataIndex: 'status',
              render: (status: string) => <Tag color={REQUEST_COLORS[status]}>{t(`postpone.status.${status}`)}</Tag>,
            },
            {
              title: t('postpone.decision'),
              key: 'decision',
              render: (_, r) =>
                r.decidedAt ? `${at(r.decidedAt)}${r.decisionNote ? ` · ${r.decisionNote}` : ''}` : '—',
            },
          ]}
        />
      )}
      {user.role === 'project_lead' && (
        <Form
          form={form}
          layout="vertical"
          data-testid="postponement-form"
          onKeyDown={preventImplicitSubmit}
          onFinish={({ newDate: date, reason }) =>
            request.mutate({ newFirstHandoverDate: date.format('YYYY-MM-DD'), reason: reason.trim() })
          }
        >
          {request.isError && <ApiErrorAlert error={request.error} />}
          <Row gutter={16}>
            <Col xs={24} md={8}>
              <Form.Item
                name="newDate"
                label={t('postpone.newDate')}
                rules={[{ required: true, message: t('required', { field: t('postpone.newDate') }) }]}
              >
                <DatePicker
                  style={{ width: '100%' }}
                  data-testid="postpone-date"
                  onChange={(date) => setNewDate(date ? date.format('YYYY-MM-DD') : null)}
                />
              </Form.Item>
            </Col>
            <Col xs={24} md={12}>
              <Form.Item
                name="reason"
                label={t('postpone.reason')}
                rules={[{ required: true, whitespace: true, message: t('required', { field: t('postpone.reason') }) }]}
              >
                <Input.TextArea rows={1} maxLength={2000} data-testid="postpone-reason" />
              </Form.Item>
            </Col>
            <Col xs={24} md={4}>
              <Form.Item label=" ">
                <Button
                  type="primary"
                  htmlType="submit"
                  block
                  loading={request.isPending}
                  data-testid="postpone-submit"
                >
                  {t('postpone.submit')}
                </Button>
              </Form.Item>
            </Col>
          </Row>
        </Form>
      )}
      {newDate === null ? (
        <Alert type="info" showIcon title={t('postpone.previewHint')} />
      ) : (
        <QueryView query={preview}>
          {(data) => <PostponementPreview project={project} preview={data} today={today} />}
        </QueryView>
      )}
    </>
  );
}
