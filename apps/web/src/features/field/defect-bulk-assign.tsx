import { CheckCircleOutlined, CloseCircleOutlined, LoadingOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Modal, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { unitAddressLabel } from '@handover/domain';
import { catalogueLanguage, refusalText } from '../../api/refusal-text';
import { assigneeBody, DefectAssigneeFields, type AssigneeValues } from './defect-assignee-fields';
import { defectKeys, runDefectAction, type DefectListItem } from './defect-requests';

type RowResult = { state: 'waiting' } | { state: 'running' } | { state: 'ok' } | { state: 'refused'; error: unknown };

/**
 * 批量派单: the same responsible party (and deadline) for the selected defects of a building. Each defect is assigned
 * through its own route, one after the other, so each row says whether it went through or why the server refused it
 * (e.g. a defect verified meanwhile); nothing is rolled back.
 */
export function DefectBulkAssign({
  projectId,
  defects,
  onClose,
}: {
  projectId: string;
  defects: readonly DefectListItem[];
  onClose: (assigned: string[]) => void;
}) {
  const { t, i18n } = useTranslation('field');
  const language = catalogueLanguage(i18n.language);
  const [form] = Form.useForm<AssigneeValues>();
  const queryClient = useQueryClient();
  const [results, setResults] = useState<Record<string, RowResult>>({});
  const [running, setRunning] = useState(false);
  const finished = Object.values(results).filter((result) => result.state === 'ok' || result.state === 'refused');
  const done = !running && finished.length === defects.length && defects.length > 0;
  const ok = Object.entries(results)
    .filter(([, result]) => result.state === 'ok')
    .map(([id]) => id);

  async function assignAll(values: AssigneeValues) {
    const body = assigneeBody(values);
    setRunning(true);
    setResults(Object.fromEntries(defects.map((defect) => [defect.id, { state: 'waiting' } as RowResult])));
    for (const defect of defects) {
      setResults((previous) => ({ ...previous, [defect.id]: { state: 'running' } }));
      try {
        await runDefectAction(projectId, defect.id, 'assign', body);
        setResults((previous) => ({ ...previous, [defect.id]: { state: 'ok' } }));
      } catch (error) {
        setResults((previous) => ({ ...previous, [defect.id]: { state: 'refused', error } }));
      }
    }
    setRunning(false);
    await Promise.all(
      [defectKeys.lists(projectId), defectKeys.summary(projectId)].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
  }

  return (
    <Modal
      open
      title={t('defectWork.bulkAssignTitle', { count: defects.length })}
      onCancel={() => !running && onClose(ok)}
      width={720}
      footer={
        done ? (
          <Button type="primary" onClick={() => onClose(ok)} data-testid="bulk-close">
            {t('defectWork.close')}
          </Button>
        ) : (
          <>
            <Button onClick={() => onClose(ok)} disabled={running}>
              {t('defectWork.cancel')}
            </Button>
            <Button type="primary" loading={running} onClick={() => form.submit()} data-testid="bulk-submit">
              {t('defectWork.bulkSubmit')}
            </Button>
          </>
        )
      }
    >
      <Form
        form={form}
        layout="vertical"
        disabled={running || done}
        onFinish={(values) => void assignAll(values)}
        data-testid="bulk-assign-form"
      >
        <DefectAssigneeFields projectId={projectId} form={form} testIdPrefix="bulk" />
      </Form>
      {done && (
        <Alert
          type={ok.length === defects.length ? 'success' : 'warning'}
          showIcon
          style={{ marginBottom: 12 }}
          data-testid="bulk-summary"
          title={t('defectWork.bulkResult', { ok: ok.length, failed: defects.length - ok.length })}
        />
      )}
      <Table<DefectListItem>
        rowKey="id"
        size="small"
        pagination={false}
        className="defect-bulk-results"
        dataSource={[...defects]}
        data-testid="bulk-results"
        onRow={(defect) =>
          ({ 'data-testid': 'bulk-row', 'data-result': results[defect.id]?.state ?? 'waiting' }) as object
        }
        columns={[
          {
            title: t('defects.unit'),
            key: 'unit',
            render: (_, defect) => (defect.unit ? unitAddressLabel(defect.unit) : defect.publicArea),
          },
          { title: t('defects.description'), dataIndex: 'description' },
          {
            title: t('defectWork.actions'),
            key: 'result',
            render: (_, defect) => {
              const result = results[defect.id];
              if (!result || result.state === 'waiting')
                return <Typography.Text type="secondary">{t('defectWork.bulkWaiting')}</Typography.Text>;
              if (result.state === 'running') return <LoadingOutlined />;
              if (result.state === 'ok')
                return (
                  <Typography.Text type="success">
                    <CheckCircleOutlined /> {t('defectWork.bulkOk')}
                  </Typography.Text>
                );
              const { sentence, details } = refusalText(result.error, language);
              return (
                <span className="defect-bulk-result--refused" data-testid="bulk-refusal">
                  <CloseCircleOutlined /> {[sentence, ...details].filter(Boolean).join(' ')}
                </span>
              );
            },
          },
        ]}
      />
    </Modal>
  );
}
