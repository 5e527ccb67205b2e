import { useMutation, useQueryClient } from '@tanstack/react-query';
import { App, Button, Select, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../shared/api-error-alert';

/** The dimensions as tags; new ones typed in (Enter after each) and added at once, until the first response. */
export function DimensionsEditor({
  projectId,
  names,
  responses,
  editable,
}: {
  projectId: string;
  names: string[];
  responses: number;
  editable: boolean;
}) {
  const { t } = useTranslation('surveyEntry');
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [adding, setAdding] = useState<string[]>([]);
  const add = useMutation({
    mutationFn: (list: string[]) =>
      call(
        api.POST('/projects/{id}/survey/dimensions', { params: { path: { id: projectId } }, body: { names: list } }),
      ),
    onSuccess: (next) => {
      queryClient.setQueryData(['survey-dimensions', projectId], next);
      setAdding([]);
      void message.success(t('dimensions.added'));
    },
  });
  const fresh = adding.map((name) => name.trim()).filter((name) => name && !names.includes(name));
  return (
    <>
      {add.isError && <ApiErrorAlert error={add.error} />}
      <div style={{ marginBottom: 8 }} data-testid="survey-dimension-list">
        {names.length === 0 ? (
          <Typography.Text type="secondary">{t('dimensions.none')}</Typography.Text>
        ) : (
          names.map((name) => <Tag key={name}>{name}</Tag>)
        )}
      </div>
      {responses > 0 ? (
        <Typography.Text type="secondary">{t('dimensions.fixed', { count: responses })}</Typography.Text>
      ) : !editable ? (
        <Typography.Text type="secondary">{t('dimensions.readOnly')}</Typography.Text>
      ) : (
        <Space.Compact style={{ width: '100%', maxWidth: 640 }}>
          <Select
            mode="tags"
            style={{ flex: 1 }}
            value={adding}
            open={false}
            suffixIcon={null}
            tokenSeparators={[',', '，', '、']}
            placeholder={t('dimensions.placeholder')}
            onChange={(values: string[]) => setAdding(values)}
            data-testid="survey-dimension-input"
          />
          <Button
            type="primary"
            disabled={fresh.length === 0}
            loading={add.isPending}
            onClick={() => add.mutate(fresh)}
            data-testid="survey-dimension-add"
          >
            {t('dimensions.add')}
          </Button>
        </Space.Compact>
      )}
    </>
  );
}
