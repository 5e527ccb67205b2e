import { PrinterOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { Button, Checkbox, Flex } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { download } from '../../api/client';
import { ApiErrorAlert } from '../../shared/api-error-alert';

/** The pages the building print has per unit, in print order (the API's `documents` query). */
export const PRINT_DOCUMENTS = ['notice', 'inspection_record', 'key_handover'] as const;
export type PrintDocument = (typeof PRINT_DOCUMENTS)[number];

/**
 * 打印整栋: one PDF of the building, per unit in order the pages asked for (交付通知书, 验房单, 钥匙交接记录; all three
 * unless fewer are ticked), downloaded with the console's session; a refusal is worded from its code.
 */
export function BuildingPrint({ projectId, building }: { projectId: string; building: string }) {
  const { t } = useTranslation('field');
  const [documents, setDocuments] = useState<PrintDocument[]>([...PRINT_DOCUMENTS]);
  const print = useMutation({
    mutationFn: (asked: PrintDocument[]) => {
      const query = new URLSearchParams({ documents: asked.join(',') });
      return download(
        `/projects/${projectId}/buildings/${encodeURIComponent(building)}/print.pdf?${query}`,
        `${building}-${t('buildingPrint.fileName')}.pdf`,
      );
    },
  });

  return (
    <Flex vertical gap={8} data-testid="building-print">
      <Flex wrap gap={8} align="center">
        <Checkbox.Group<PrintDocument>
          value={documents}
          onChange={(picked) => {
            // print order is the API's, whatever order the boxes were ticked in
            setDocuments(PRINT_DOCUMENTS.filter((document) => picked.includes(document)));
            print.reset();
          }}
          options={PRINT_DOCUMENTS.map((document) => ({
            value: document,
            label: t(`buildingPrint.document.${document}`),
          }))}
          data-testid="print-documents"
        />
        <Button
          icon={<PrinterOutlined />}
          loading={print.isPending}
          disabled={documents.length === 0}
          title={documents.length === 0 ? t('buildingPrint.pickDocument') : undefined}
          onClick={() => print.mutate(documents)}
          data-testid="print-building"
        >
          {print.isPending ? t('buildingPrint.printing') : t('buildingPrint.button')}
        </Button>
      </Flex>
      {print.isError && <ApiErrorAlert error={print.error} onRetry={() => print.mutate(print.variables!)} />}
    </Flex>
  );
}
