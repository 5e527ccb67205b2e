import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { useCurrentUser } from '../../auth/auth-context';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView } from '../../shared/query-view';

type DefectSla = components['schemas']['DefectSlaDto'];
const FIELDS = ['simpleInUnitDays', 'inUnitDays', 'publicAreaDays'] as const;

/** 整改时限: days to fix per kind of defect; the lead (or an admin) edits them, everyone else reads them. */
export function DefectSlaPanel({ projectId }: { projectId: string }) {
  const { t } = useTranslation('rectification');
  const { role } = useCurrentUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<DefectSla>();
  const editable = role === 'project_lead' || role === 'admin';
  const sla = useQuery({
    queryKey: ['defect-sla', projectId],
    queryFn: () => call(api.GET('/projects/{id}/defect-sla', { params: { path: { id: projectId } } })),
  });
  const save = useMutation({
    mutationFn: (values: DefectSla) =>
      call(api.PUT('/projects/{id}/defect-sla', { params: { path: { id: projectId } }, body: values })),
    onSuccess: (saved) => {
      queryClient.setQueryData(['defect-sla', projectId], saved);
      void message.success(t('sla.saved'));
    },
  });
  const bounds = { type: 'integer' as const, min: 1, max: 365, message: t('sla.bounds') };
  return (
    <QueryView query={sla}>
      {(data) => (
        <>
          <Typography.Paragraph type="secondary">{t('sla.hint')}</Typography.Paragraph>
          {!editable && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('sla.readOnly')} />}
          <Form<DefectSla>
            form={form}
            layout="inline"
            initialValues={data}
            disabled={!editable}
            onFinish={(values) => save.mutate(values)}
            data-testid="defect-sla-form"
          >
            {FIELDS.map((field) => (
              <Form.Item
                key={field}
                name={field}
                label={t(`sla.${field}`)}
                rules={[{ required: true, message: t('sla.required') }, bounds]}
              >
                <InputNumber addonAfter={t('sla.days')} style={{ width: 140 }} data-testid={`sla-${field}`} />
              </Form.Item>
            ))}
            {editable && (
              <Form.Item>
                <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="sla-save">
                  {t('sla.save')}
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
  );
}
