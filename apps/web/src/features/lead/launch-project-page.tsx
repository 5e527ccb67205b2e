import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Card, Col, Collapse, DatePicker, Form, Input, InputNumber, Row, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { ApiError } from '../../api/api-error';
import { api, call } from '../../api/client';
import { useCurrentUser } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView } from '../../shared/query-view';
import { preventImplicitSubmit } from './explicit-submit';
import {
  fieldOfMessage,
  launchBody,
  OFFSET_FIELDS,
  previewBody,
  reminderDaysOf,
  type LaunchBody,
  type LaunchFormValues,
} from './launch-request';
import { LOCAL_TIME_PATTERN } from '@handover/domain';
import { DepartmentHeadPicker } from './department-head-picker';
import { PlanPreview } from './plan-preview';

/** Refusals whose messages are the server's own sentences, which start with the field they are about. */
const FIELD_WORDED_CODES = new Set<string | undefined>([undefined, 'VALIDATION_FAILED', 'BAD_REQUEST']);

/** The value after it stopped changing for `delay` ms, so typing does not fire a request per key. */
function useDebounced<T>(value: T, delay: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return settled;
}

/** Launch a project: the form, and beside it the plan the server computes from it before anything is stored. */
export function LaunchProjectPage() {
  const { t } = useTranslation(['lead', 'common']);
  const user = useCurrentUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<LaunchFormValues>();
  const values = Form.useWatch([], form) as LaunchFormValues | undefined;
  const draft = previewBody(values ?? {});
  const settledDraft = useDebounced(draft ? JSON.stringify(draft) : null, 400);
  const [unmapped, setUnmapped] = useState<ApiError | null>(null);

  const preview = useQuery({
    queryKey: ['plan-preview', settledDraft],
    queryFn: () => call(api.POST('/projects/plan-preview', { body: JSON.parse(settledDraft!) as LaunchBody })),
    enabled: settledDraft !== null,
    placeholderData: (previous) => previous,
  });

  const launch = useMutation({
    mutationFn: (body: LaunchBody) => call(api.POST('/projects', { body })),
    onSuccess: (project) => {
      queryClient.setQueryData(['project', project.id], project);
      void queryClient.invalidateQueries({ queryKey: ['projects'] });
      void navigate(`/projects/${project.id}`);
    },
    onError: (error) => {
      if (!(error instanceof ApiError) || error.status !== 400) return setUnmapped(null);
      // A refusal with a code of its own is shown whole, worded from its code; only the server's own sentences (a
      // validation list, a refusal without a code yet) can name a field.
      if (!FIELD_WORDED_CODES.has(error.code)) return setUnmapped(error);
      const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
      const rest: string[] = [];
      for (const message of error.messages) {
        const name = fieldOfMessage(message);
        if (!name) {
          rest.push(message);
          continue;
        }
        const entry = byField.get(name.join('.')) ?? { name, errors: [] };
        entry.errors.push(message);
        byField.set(name.join('.'), entry);
      }
      form.setFields([...byField.values()] as Parameters<typeof form.setFields>[0]);
      setUnmapped(rest.length > 0 ? error.withMessages(rest) : null);
    },
  });

  const submit = (formValues: LaunchFormValues) => {
    setUnmapped(null);
    launch.mutate(launchBody(formValues));
  };
  const launchError =
    launch.isError && (!(launch.error instanceof ApiError) || launch.error.status !== 400) ? launch.error : unmapped;
  const onBehalf = user.role === 'hq' || user.role === 'admin';

  return (
    <>
      <Typography.Title level={3}>{t('launch.title')}</Typography.Title>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={10}>
          <Card size="small" title={t('launch.basics')}>
            {launchError && <ApiErrorAlert error={launchError} />}
            <Form
              form={form}
              layout="vertical"
              data-testid="launch-form"
              initialValues={{ centralizedDays: 3 }}
              onFinish={submit}
              onKeyDown={preventImplicitSubmit}
            >
              <Form.Item
                name="cityCompany"
                label={t('launch.cityCompany')}
                rules={[
                  { required: true, whitespace: true, message: t('required', { field: t('launch.cityCompany') }) },
                ]}
              >
                <Input maxLength={100} data-testid="launch-city" />
              </Form.Item>
              <Row gutter={12}>
                <Col xs={24} md={14}>
                  <Form.Item
                    name="name"
                    label={t('launch.name')}
                    rules={[{ required: true, whitespace: true, message: t('required', { field: t('launch.name') }) }]}
                  >
                    <Input maxLength={200} data-testid="launch-name" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={10}>
                  <Form.Item
                    name="batch"
                    label={t('launch.batch')}
                    rules={[{ required: true, whitespace: true, message: t('required', { field: t('launch.batch') }) }]}
                  >
                    <Input maxLength={100} data-testid="launch-batch" />
                  </Form.Item>
                </Col>
              </Row>
              <Row gutter={12}>
                <Col xs={24} md={14}>
                  <Form.Item
                    name="firstHandoverDate"
                    label={t('launch.firstHandoverDate')}
                    rules={[{ required: true, message: t('required', { field: t('launch.firstHandoverDate') }) }]}
                  >
                    <DatePicker style={{ width: '100%' }} data-testid="launch-d" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={10}>
                  <Form.Item
                    name="centralizedDays"
                    label={t('launch.centralizedDays')}
                    rules={[{ required: true, message: t('required', { field: t('launch.centralizedDays') }) }]}
                  >
                    <InputNumber min={1} max={30} precision={0} style={{ width: '100%' }} data-testid="launch-days" />
                  </Form.Item>
                </Col>
              </Row>
              <Form.Item name="timeZone" label={t('launch.timeZone')} extra={t('launch.timeZoneHelp')}>
                <Input placeholder="Asia/Shanghai" maxLength={64} />
              </Form.Item>
              {onBehalf && (
                <Form.Item
                  name="leadUserId"
                  label={t('launch.leadUserId')}
                  rules={[
                    { required: true, whitespace: true, message: t('required', { field: t('launch.leadUserId') }) },
                  ]}
                >
                  <Input />
                </Form.Item>
              )}
              <Form.Item
                name="departmentHeadIds"
                label={t('launch.departmentHeadIds')}
                extra={t('launch.departmentHeadIdsHelp')}
              >
                <DepartmentHeadPicker />
              </Form.Item>
              {user.role === 'hq' && (
                <Form.Item name="hqExceptionReason" label={t('launch.hqException')} extra={t('launch.hqExceptionHelp')}>
                  <Input.TextArea rows={2} maxLength={2000} />
                </Form.Item>
              )}
              <Collapse
                size="small"
                style={{ marginBottom: 16 }}
                items={[
                  {
                    key: 'offsets',
                    label: t('launch.offsets'),
                    children: (
                      <Row gutter={12}>
                        {OFFSET_FIELDS.map((key) => (
                          <Col xs={24} md={12} key={key}>
                            <Form.Item name={['offsets', key]} label={t(`launch.offset.${key}`)}>
                              <InputNumber precision={0} style={{ width: '100%' }} data-testid={`offset-${key}`} />
                            </Form.Item>
                          </Col>
                        ))}
                      </Row>
                    ),
                  },
                  {
                    key: 'notifications',
                    label: t('launch.notifications'),
                    children: (
                      <Row gutter={12}>
                        <Col xs={24} md={12}>
                          <Form.Item
                            name={['notifications', 'reminderDaysBefore']}
                            label={t('launch.notification.reminderDaysBefore')}
                            rules={[
                              {
                                validator: (_rule, value?: string) =>
                                  !value?.trim() || reminderDaysOf(value.trim())
                                    ? Promise.resolve()
                                    : Promise.reject(new Error(t('launch.notification.reminderDaysInvalid'))),
                              },
                            ]}
                          >
                            <Input placeholder="3,1" data-testid="notifications-reminderDaysBefore" />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={12}>
                          <Form.Item
                            name={['notifications', 'reminderTime']}
                            label={t('launch.notification.reminderTime')}
                            rules={[
                              { pattern: LOCAL_TIME_PATTERN, message: t('launch.notification.reminderTimeInvalid') },
                            ]}
                          >
                            <Input placeholder="09:00" data-testid="notifications-reminderTime" />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={12}>
                          <Form.Item
                            name={['notifications', 'cityAfterDays']}
                            label={t('launch.notification.cityAfterDays')}
                          >
                            <InputNumber min={1} max={30} precision={0} placeholder="2" style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                        <Col xs={24} md={12}>
                          <Form.Item
                            name={['notifications', 'hqAfterDays']}
                            label={t('launch.notification.hqAfterDays')}
                          >
                            <InputNumber min={2} max={60} precision={0} placeholder="4" style={{ width: '100%' }} />
                          </Form.Item>
                        </Col>
                      </Row>
                    ),
                  },
                ]}
              />
              <Button type="primary" htmlType="submit" loading={launch.isPending} data-testid="launch-submit">
                {t('launch.submit')}
              </Button>
            </Form>
          </Card>
        </Col>
        <Col xs={24} xl={14}>
          <Card size="small" title={t('launch.preview')} extra={preview.isFetching ? t('launch.previewLoading') : null}>
            {settledDraft === null ? (
              <Alert type="info" showIcon title={t('launch.previewHint')} />
            ) : (
              <QueryView query={preview} rows={8}>
                {(data) => <PlanPreview preview={data} />}
              </QueryView>
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
