import { Alert, Button, Space, Tooltip, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { headWritersOf, type Department } from '@handover/domain';
import { useCurrentUser } from '../../auth/auth-context';
import { DefectActionDialog } from './defect-action-dialog';
import { offeredDefectActions, type ConsoleDefectAction, type Defect } from './defect-requests';

/** Who changes defects (the access policy's writers): the project lead and the heads of the departments it names. */
export function useMayWriteDefects(): boolean {
  const user = useCurrentUser();
  if (user.role === 'project_lead') return true;
  if (user.role !== 'department_head') return false;
  const heads = headWritersOf('defect', 'update');
  return heads === 'any' || (Array.isArray(heads) && heads.includes(user.department as Department));
}

/**
 * The actions a defect allows from its status (the server's allowedNext and the domain's lifecycle), one button each;
 * an action held back until the owner has had a reply is shown disabled with the reason.
 */
export function DefectActions({
  projectId,
  defect,
  only,
  phone = false,
  onDone,
}: {
  projectId: string;
  defect: Defect;
  /** offer these actions only (the phone shows fix and verify) */
  only?: readonly ConsoleDefectAction[];
  phone?: boolean;
  onDone?: (defect: Defect, action: ConsoleDefectAction) => void;
}) {
  const { t } = useTranslation('field');
  const mayWrite = useMayWriteDefects();
  const [open, setOpen] = useState<ConsoleDefectAction | null>(null);
  const [toast, holder] = message.useMessage();
  const offered = offeredDefectActions(defect).filter(({ action }) => !only || only.includes(action));
  if (!mayWrite) {
    return only ? null : <Typography.Text type="secondary">{t('defectWork.readOnly')}</Typography.Text>;
  }
  if (offered.length === 0) {
    return only ? null : (
      <Alert type="info" showIcon title={t('defectWork.noActions')} data-testid="defect-no-actions" />
    );
  }
  return (
    <>
      {holder}
      <Space wrap size={phone ? 12 : 8} style={phone ? { width: '100%' } : undefined} data-testid="defect-actions">
        {offered.map(({ action, availability }) => {
          const button = (
            <Button
              key={action}
              type={action === 'fix' || action === 'verify' ? 'primary' : 'default'}
              size={phone ? 'large' : 'middle'}
              className={phone ? 'inspect-action-button' : undefined}
              disabled={availability !== 'allowed'}
              onClick={() => setOpen(action)}
              data-testid={`defect-action-${action}`}
            >
              {phone && action === 'fix'
                ? t('inspect.markFixed')
                : phone && action === 'verify'
                  ? t('inspect.verify')
                  : t(`defectWork.action.${action}`)}
            </Button>
          );
          return availability === 'owner_reply_first' ? (
            <Tooltip key={action} title={t('defectWork.ownerReplyFirst')}>
              <span>{button}</span>
            </Tooltip>
          ) : (
            button
          );
        })}
      </Space>
      {open && (
        <DefectActionDialog
          projectId={projectId}
          defect={defect}
          action={open}
          phone={phone}
          onClose={() => setOpen(null)}
          onDone={(updated) => {
            setOpen(null);
            void toast.success(t(`defectWork.done.${open}`));
            onDone?.(updated, open);
          }}
        />
      )}
    </>
  );
}
