import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Form, Input } from 'antd';
import { useEffect } from 'react';
import { ApiError } from '../../api/api-error';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { HandoverNoticeSms } from './handover-notice-sms';

interface NoticeForm {
  place: string;
  bringItems: string;
}

/** 交付通知书: the handover place and what owners bring (one item a line), shown in the owner app's notice. */
export function HandoverNoticeForm({ projectId }: { projectId: string }) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<NoticeForm>();
  const settings = useQuery({
    queryKey: ['handover-notice', projectId],
    queryFn: async () => {
      try {
        return await call(api.GET('/projects/{id}/handover-notice', { params: { path: { id: projectId } } }));
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null;
        throw error;
      }
    },
  });
  useEffect(() => {
    if (settings.data)
      form.setFieldsValue({ place: settings.data.place, bringItems: settings.data.bringItems.join('\n') });
  }, [settings.data, form]);
  const save = useMutation({
    mutationFn: (values: NoticeForm) =>
      call(
        api.PUT('/projects/{id}/handover-notice', {
          params: { path: { id: projectId } },
          body: {
            place: values.place,
            bringItems: values.bringItems
              .split('\n')
              .map((line) => line.trim())
              .filter((line) => line !== ''),
          },
        }),
      ),
    onSuccess: async () => {
      void message.success('已保存 / Saved');
      await queryClient.invalidateQueries({ queryKey: ['handover-notice', projectId] });
    },
  });
  return (
    <Form form={form} layout="vertical" onFinish={(values) => save.mutate(values)}>
      {save.error && <ApiErrorAlert error={save.error} />}
      <Form.Item name="place" label="交付地点 / Place" rules={[{ required: true, max: 200 }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="bringItems" label="携带材料（每行一项）/ What to bring (one a line)">
        <Input.TextArea rows={4} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        保存 / Save
      </Button>
      <HandoverNoticeSms projectId={projectId} noticeSaved={Boolean(settings.data)} />
    </Form>
  );
}
