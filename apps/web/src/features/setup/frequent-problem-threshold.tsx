import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FREQUENT_PROBLEM_THRESHOLD_RANGE } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { useCurrentUser } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView } from '../../shared/query-view';

type Threshold = components['schemas']['FrequentProblemThresholdDto'];

/**
 * 高频问题预警阈值 on the set-up page: so many defects of one category and trade in one building within so many days;
 * the lead (or an admin) edits it, everyone else reads it. The bounds are libs/domain's, checked before sending.
 */
export function FrequentProblemThresholdCard({ projectId }: { projectId: string }) {
  const { t } = useTranslation('rectification');
  const { role } = useCurrentUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Threshold>();
  const editable = role === 'project_lead' || role === 'admin';
  const threshold = useQuery({
    queryKey: ['frequent-problem-threshold', projectId],
    queryFn: () => call(api.GET('/projects/{id}/frequent-problem-threshold', { params: { path: { id: projectId } } })),
  });
  const save = useMutation({
    mutationFn: (values: Threshold) =>
      call(
        api.PUT('/projects/{id}/frequent-problem-threshold', {
          params: { path: { id: projectId } },
          body: { count: values.count, windowDays: values.windowDays },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(['frequent-problem-threshold', projectId], saved);
      void message.success(t('threshold.saved'));
    },
  });
  const { count, windowDays } = FREQUENT_PROBLEM_THRESHOLD_RANGE;
  return (
    <Card title={t('threshold.title')} size="small" style={{ marginBottom: 16 }}>
      <QueryView query={threshold}>
        {(data) => (
          <>
            <Typography.Paragraph type="secondary">{t('threshold.hint')}</Typography.Paragraph>
            {!editable && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('threshold.readOnly')} />}
            <Form<Threshold>
              form={form}
              layout="inline"
              initialValues={data}
              disabled={!editable}
              onFinish={(values) => save.mutate(values)}
              data-testid="threshold-form"
            >
              <Form.Item
                name="count"
                label={t('threshold.count')}
                rules={[
                  { required: true, message: t('threshold.required') },
                  { type: 'integer', ...count, message: t('threshold.countBounds') },
                ]}
              >
                <InputNumber
                  addonAfter={t('threshold.countUnit')}
                  style={{ width: 140 }}
                  data-testid="threshold-count"
                />
              </Form.Item>
              <Form.Item
                name="windowDays"
                label={t('threshold.windowDays')}
                rules={[
                  { required: true, message: t('threshold.required') },
                  { type: 'integer', ...windowDays, message: t('threshold.daysBounds') },
                ]}
              >
                <InputNumber addonAfter={t('threshold.daysUnit')} style={{ width: 140 }} data-testid="threshold-days" />
              </Form.Item>
              {editable && (
                <Form.Item>
                  <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="threshold-save">
                    {t('threshold.save')}
                  </Button>
                </Form.Item>
              )}
            </Form>
            {save.isError && (
              <div style={{ marginTop: 12 }}>
                <ApiErrorAlert error={save.error} />
              </div>
            )}
          </>
        )}
      </QueryView>
    </Card>
  );
}
