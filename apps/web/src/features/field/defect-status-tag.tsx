import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** The colour of each defect status; a status this console does not know yet shows grey with the server's word. */
export const DEFECT_STATUS_COLOURS: Readonly<Record<string, string>> = {
  open: 'red',
  assigned: 'orange',
  fixed: 'blue',
  verified: 'green',
  cannot_fix: 'default',
  disputed: 'purple',
  dismissed: 'default',
};

export function DefectStatusTag({ status }: { status: string }) {
  const { t } = useTranslation('field');
  return (
    <Tag color={DEFECT_STATUS_COLOURS[status] ?? 'default'} data-testid="defect-status" data-status={status}>
      {t(`defects.statusName.${status}`, { defaultValue: status })}
    </Tag>
  );
}
