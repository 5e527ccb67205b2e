import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Descriptions, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';

type Narrative = components['schemas']['SummaryNarrativeDto'];
type Summary = components['schemas']['HandoverSummaryDto'];

const FIELDS: (keyof Narrative)[] = ['lessonsLearned', 'focusPoints', 'recommendations'];
const NARRATIVE_MAX = 8000;

/** 经验教训 / 关注重点 / 建议: the lead replaces all three at once (PUT …/summary/narrative); others read them. */
export function NarrativeForm({
  projectId,
  narrative,
  editable,
}: {
  projectId: string;
  narrative: Narrative;
  editable: boolean;
}) {
  const { t } = useTranslation('summary');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<Narrative>();
  const save = useMutation({
    mutationFn: (body: Narrative) =>
      call(api.PUT('/projects/{id}/summary/narrative', { params: { path: { id: projectId } }, body })),
    onSuccess: (summary: Summary) => {
      queryClient.setQueryData(['summary', projectId], summary);
      form.setFieldsValue(summary.narrative);
      void message.success(t('narrative.saved'));
    },
  });

  if (!editable) {
    return (
      <Descriptions
        size="small"
        column={1}
        bordered
        data-testid="summary-narrative"
        items={FIELDS.map((field) => ({
          key: field,
          label: t(`narrative.${field}`),
          children: (
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
              {narrative[field] || t('narrative.empty')}
            </Typography.Paragraph>
          ),
        }))}
      />
    );
  }
  return (
    <Form<Narrative>
      form={form}
      layout="vertical"
      initialValues={narrative}
      onFinish={(values) =>
        save.mutate({
          lessonsLearned: values.lessonsLearned ?? '',
          focusPoints: values.focusPoints ?? '',
          recommendations: values.recommendations ?? '',
        })
      }
      data-testid="summary-narrative-form"
    >
      {save.isError && <ApiErrorAlert error={save.error} />}
      {FIELDS.map((field) => (
        <Form.Item key={field} name={field} label={t(`narrative.${field}`)}>
          <Input.TextArea
            autoSize={{ minRows: 3 }}
            maxLength={NARRATIVE_MAX}
            showCount
            data-testid={`narrative-${field}`}
          />
        </Form.Item>
      ))}
      <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="narrative-save">
        {t('narrative.save')}
      </Button>
    </Form>
  );
}
