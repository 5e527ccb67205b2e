import { InboxOutlined } from '@ant-design/icons';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Space, Table, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isErrorCode, renderErrorMessage } from '@handover/domain';
import { catalogueLanguage } from '../../api/refusal-text';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { importUnitFile, UnitImportRefusal, type UnitImportProblem } from './unit-import-request';

/** The header of the unit list as the field staff's spreadsheets have it (the API also takes English names). */
export const UNIT_LIST_COLUMNS = [
  'building',
  'unit',
  'room',
  'ownerName',
  'ownerPhone',
  'contractedArea',
  'surveyedArea',
  'pricePerSqm',
  'fitOut',
] as const;

const TEMPLATE_ROW = ['3#', '1', '1201', '王小明', '13812341234', '89.57', '89.12', '25000.50', '精装'];

/** A CSV template with a BOM, so Excel opens it as UTF-8 (without one it would read the Chinese header as GBK). */
function downloadTemplate(header: string[]) {
  const text = `\uFEFF${header.join(',')}\r\n${TEMPLATE_ROW.join(',')}\r\n`;
  const url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = '户清单模板.csv';
  link.click();
  URL.revokeObjectURL(url);
}

/**
 * 导入房屋清单: the lead uploads the unit list as .xlsx or CSV (UTF-8 or GBK); a refused file shows every problem by
 * spreadsheet row, worded in the console's language from its code; an accepted one says how many units and how the
 * file was read, and links to the unit grid.
 */
export function UnitImport({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation(['setup', 'common']);
  const language = catalogueLanguage(i18n.language);
  const queryClient = useQueryClient();
  const [fileName, setFileName] = useState('');
  const upload = useMutation({
    mutationFn: (file: File) => importUnitFile(projectId, file),
    // the project's unit count, the grid, the desk's searches and the fee example all change
    onSuccess: () =>
      Promise.all(
        [
          ['project', projectId],
          ['unit-grid', projectId],
          ['unit-search', projectId],
          ['setup-example-unit', projectId],
        ].map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ),
  });
  const columnNames = UNIT_LIST_COLUMNS.map((column) => t(`columns.${column}`));
  const problemText = (problem: UnitImportProblem): string =>
    isErrorCode(problem.code)
      ? renderErrorMessage(problem.code, problem.params as Record<string, string | number>, language)
      : problem.problem;

  return (
    <div data-testid="unit-import">
      <Upload.Dragger
        accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple={false}
        showUploadList={false}
        disabled={upload.isPending}
        beforeUpload={(file) => {
          setFileName(file.name);
          upload.mutate(file);
          return false;
        }}
        data-testid="unit-file-input"
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        <p className="ant-upload-text">
          {upload.isPending ? t('units.uploading', { name: fileName }) : t('units.drop')}
        </p>
        <p className="ant-upload-hint">
          {t('units.hint', { columns: columnNames.join(language === 'en' ? ', ' : '、') })}
        </p>
      </Upload.Dragger>
      <Button type="link" style={{ paddingLeft: 0 }} onClick={() => downloadTemplate(columnNames)}>
        {t('units.template')}
      </Button>

      {upload.isSuccess && (
        <Alert
          type="success"
          showIcon
          role="status"
          style={{ marginTop: 8 }}
          data-testid="unit-import-success"
          title={t('units.imported', { count: upload.data.imported })}
          description={
            <Space wrap>
              <span>
                {t('units.importedFrom', {
                  name: fileName,
                  format: [
                    t(`units.format.${upload.data.format}`),
                    upload.data.encoding ? t(`units.encoding.${upload.data.encoding}`) : null,
                  ]
                    .filter(Boolean)
                    .join(' · '),
                })}
              </span>
              <Link to={`/projects/${projectId}/units`}>{t('units.openGrid')}</Link>
            </Space>
          }
        />
      )}
      {upload.isError && (
        <div style={{ marginTop: 8 }}>
          <ApiErrorAlert error={upload.error} />
          {upload.error instanceof UnitImportRefusal && (
            <>
              <Typography.Title level={5}>
                {t('units.problemsTitle', { count: upload.error.problems.length })}
              </Typography.Title>
              <Table<UnitImportProblem>
                size="small"
                data-testid="unit-import-problems"
                rowKey={(problem) => `${problem.row}:${problem.column ?? ''}:${problem.code}`}
                dataSource={upload.error.problems}
                pagination={{ pageSize: 20, hideOnSinglePage: true, showSizeChanger: false }}
                columns={[
                  { title: t('units.row'), dataIndex: 'row', width: 70 },
                  {
                    title: t('units.column'),
                    dataIndex: 'column',
                    width: 120,
                    render: (column: string | null | undefined) =>
                      column ? t(`columns.${column}`, { defaultValue: column }) : t('units.wholeFile'),
                  },
                  { title: t('units.problem'), key: 'problem', render: (_, problem) => problemText(problem) },
                ]}
              />
            </>
          )}
        </div>
      )}
    </div>
  );
}
