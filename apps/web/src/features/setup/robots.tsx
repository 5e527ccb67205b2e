import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, Input, List, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { useCurrentUser } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView } from '../../shared/query-view';

type RobotKind = components['schemas']['RobotWebhookDto']['kind'];
type Outcome = components['schemas']['RobotTestOutcomeDto'];
const KINDS: readonly RobotKind[] = ['wecom', 'dingtalk'];

/** The robot hosts and the local receivers the API takes (see libs/domain robotWebhookUrlProblem); the API decides. */
const ROBOT_URL = /^https?:\/\/\S+$/;
const BRIEFING_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

interface Values {
  briefingTime: string;
  webhooks: { kind: RobotKind; url: string }[];
}

/** Who may change the robots and start the briefings (the API's roles for PUT briefing-webhooks and reporting/start). */
const EDITORS: ReadonlySet<string> = new Set(['project_lead', 'hq']);
const TESTERS: ReadonlySet<string> = new Set(['project_lead', 'hq', 'admin']);

/**
 * 快报机器人: the WeChat Work / DingTalk group robots the evening briefing is pushed to (GET|PUT briefing-webhooks),
 * a test message through them (POST briefing-webhooks/test) with what each robot answered, and the start of the daily
 * reporting (POST reporting/start). Saved keys are masked by the API, so saving replaces the list with the URLs typed.
 */
export function Robots({ projectId }: { projectId: string }) {
  const { t } = useTranslation('setup');
  const { role } = useCurrentUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Values>();
  const path = { params: { path: { id: projectId } } };
  const robots = useQuery({
    queryKey: ['briefing-webhooks', projectId],
    queryFn: () => call(api.GET('/projects/{id}/briefing-webhooks', path)),
  });
  const save = useMutation({
    mutationFn: (values: Values) =>
      call(
        api.PUT('/projects/{id}/briefing-webhooks', {
          ...path,
          body: {
            briefingTime: values.briefingTime,
            webhooks: (values.webhooks ?? []).map((webhook) => ({ kind: webhook.kind, url: webhook.url.trim() })),
          },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(['briefing-webhooks', projectId], saved);
      form.setFieldsValue({ briefingTime: saved.briefingTime, webhooks: [{ kind: 'wecom', url: '' }] });
      test.reset();
      void message.success(t('robots.saved', { count: saved.webhooks.length }));
    },
  });
  const test = useMutation({
    mutationFn: (webhookId?: string) =>
      call(api.POST('/projects/{id}/briefing-webhooks/test', { ...path, body: webhookId ? { webhookId } : {} })),
  });
  const start = useMutation({
    mutationFn: () => call(api.POST('/projects/{id}/reporting/start', path)),
  });

  const outcomeText = (outcome: Outcome) =>
    outcome.delivered
      ? t('robots.delivered')
      : t(`robots.reason.${outcome.reason ?? 'unreachable'}`, {
          errcode: outcome.errcode ?? '',
          defaultValue: outcome.reason ?? '',
        });

  return (
    <div data-testid="robots">
      <Typography.Paragraph type="secondary">{t('robots.hint')}</Typography.Paragraph>
      <QueryView query={robots} rows={2}>
        {(data) => (
          <>
            <Typography.Paragraph>
              {t('robots.briefingTime')}：<Tag data-testid="robots-time">{data.briefingTime}</Tag>
            </Typography.Paragraph>
            <List
              size="small"
              bordered
              data-testid="robots-list"
              locale={{ emptyText: t('robots.none') }}
              dataSource={data.webhooks}
              style={{ marginBottom: 12 }}
              renderItem={(webhook) => {
                const outcome = test.data?.results.find((result) => result.webhookId === webhook.id);
                return (
                  <List.Item
                    data-testid="robot-row"
                    actions={
                      TESTERS.has(role)
                        ? [
                            <Button
                              key="test"
                              size="small"
                              loading={test.isPending && test.variables === webhook.id}
                              onClick={() => test.mutate(webhook.id)}
                              data-testid="robot-test-one"
                            >
                              {t('robots.testOne')}
                            </Button>,
                          ]
                        : []
                    }
                  >
                    <Space wrap>
                      <Tag color={webhook.kind === 'wecom' ? 'green' : 'blue'}>{t(`robots.kind.${webhook.kind}`)}</Tag>
                      <Typography.Text code>{webhook.url}</Typography.Text>
                      {outcome && (
                        <Tag color={outcome.delivered ? 'success' : 'error'} data-testid="robot-outcome">
                          {outcomeText(outcome)}
                        </Tag>
                      )}
                    </Space>
                    {outcome?.detail && (
                      <Typography.Paragraph type="secondary" style={{ margin: '4px 0 0' }} data-testid="robot-detail">
                        {t('robots.robotSaid', { detail: outcome.detail })}
                      </Typography.Paragraph>
                    )}
                  </List.Item>
                );
              }}
            />
            <Space wrap style={{ marginBottom: 12 }}>
              {TESTERS.has(role) && (
                <Button
                  onClick={() => test.mutate(undefined)}
                  loading={test.isPending && test.variables === undefined}
                  disabled={data.webhooks.length === 0}
                  data-testid="robots-test"
                >
                  {t('robots.test')}
                </Button>
              )}
              {EDITORS.has(role) && (
                <Button onClick={() => start.mutate()} loading={start.isPending} data-testid="reporting-start">
                  {t('robots.start')}
                </Button>
              )}
            </Space>
            {test.isSuccess && (
              <Alert
                type={test.data.results.every((result) => result.delivered) ? 'success' : 'warning'}
                showIcon
                style={{ marginBottom: 12 }}
                data-testid="robots-test-summary"
                title={t('robots.testSummary', {
                  delivered: test.data.results.filter((result) => result.delivered).length,
                  count: test.data.results.length,
                })}
              />
            )}
            {test.isError && <ApiErrorAlert error={test.error} />}
            {start.isSuccess && (
              <Alert
                type="success"
                showIcon
                style={{ marginBottom: 12 }}
                data-testid="reporting-started"
                title={start.data.started ? t('robots.started') : t('robots.alreadyRunning')}
              />
            )}
            {start.isError && <ApiErrorAlert error={start.error} />}
            {EDITORS.has(role) && (
              <Form<Values>
                form={form}
                layout="vertical"
                initialValues={{ briefingTime: data.briefingTime, webhooks: [{ kind: 'wecom', url: '' }] }}
                onFinish={(values) => save.mutate(values)}
                data-testid="robots-form"
              >
                <Typography.Title level={5}>{t('robots.replaceTitle')}</Typography.Title>
                <Typography.Paragraph type="secondary">{t('robots.replaceHint')}</Typography.Paragraph>
                <Form.List name="webhooks">
                  {(fields, { add, remove }) => (
                    <>
                      {fields.map((field) => (
                        <Space key={field.key} align="baseline" wrap>
                          <Form.Item name={[field.name, 'kind']} rules={[{ required: true }]}>
                            <Select
                              style={{ width: 150 }}
                              aria-label={t('robots.kindLabel')}
                              options={KINDS.map((value) => ({ value, label: t(`robots.kind.${value}`) }))}
                              data-testid="robot-kind"
                            />
                          </Form.Item>
                          <Form.Item
                            name={[field.name, 'url']}
                            rules={[
                              { required: true, whitespace: true, message: t('robots.urlRequired') },
                              { pattern: ROBOT_URL, message: t('robots.urlInvalid') },
                              { max: 2000, message: t('robots.urlInvalid') },
                            ]}
                          >
                            <Input
                              style={{ width: 460 }}
                              placeholder={t('robots.urlPlaceholder')}
                              aria-label={t('robots.urlLabel')}
                              data-testid="robot-url"
                            />
                          </Form.Item>
                          <MinusCircleOutlined aria-label={t('robots.remove')} onClick={() => remove(field.name)} />
                        </Space>
                      ))}
                      {fields.length < 5 && (
                        <Form.Item>
                          <Button
                            type="dashed"
                            icon={<PlusOutlined />}
                            onClick={() => add({ kind: 'wecom', url: '' })}
                            data-testid="robot-add"
                          >
                            {t('robots.add')}
                          </Button>
                        </Form.Item>
                      )}
                    </>
                  )}
                </Form.List>
                <Form.Item
                  name="briefingTime"
                  label={t('robots.briefingTime')}
                  rules={[{ required: true, pattern: BRIEFING_TIME, message: t('robots.timeInvalid') }]}
                >
                  <Input style={{ width: 120 }} placeholder="20:00" data-testid="robots-time-input" />
                </Form.Item>
                {save.isError && <ApiErrorAlert error={save.error} />}
                <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="robots-save">
                  {t('robots.save')}
                </Button>
              </Form>
            )}
          </>
        )}
      </QueryView>
    </div>
  );
}
