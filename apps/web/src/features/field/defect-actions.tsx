import { Alert, Button, Space, Tooltip, Typography, message } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { headWritersOf, type Department } from '@handover/domain';
import { useCurrentUser } from '../../auth/auth-context';
import { DefectActionDialog } from './defect-action-dialog';
import { offeredDefectActions, type ConsoleDefectAction, type Defect } from './defect-requests';

/** The access the policy asks of each action: verifying is a ruling on the fix (decide), the rest update. */
const ACTION_NEEDS: Readonly<Record<ConsoleDefectAction, 'update' | 'decide'>> = {
  assign: 'update',
  fix: 'update',
  verify: 'decide',
  cannot_fix: 'update',
  defer: 'update',
  reply_to_owner: 'update',
};

/**
 * What the signed-in user may do to defects, as the access policy names the writers: the project lead, and the heads
 * of the departments it lists for the action (the server decides anyway; this only hides buttons).
 */
export function useDefectPermissions(): (need: 'create' | 'update' | 'decide') => boolean {
  const user = useCurrentUser();
  return (need) => {
    if (user.role === 'project_lead') return true;
    if (user.role !== 'department_head') return false;
    const heads = headWritersOf('defect', need);
    return heads === 'any' || (Array.isArray(heads) && heads.includes(user.department as Department));
  };
}

/** May the user record and update defects (the list's record and bulk-assign buttons, the phone's record button)? */
export function useMayWriteDefects(): boolean {
  return useDefectPermissions()('update');
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
  const may = useDefectPermissions();
  const [open, setOpen] = useState<ConsoleDefectAction | null>(null);
  const [toast, holder] = message.useMessage();
  // a disputed defect is reassigned by the ruling on the dispute (DefectRulings), not by 派单
  const permitted = offeredDefectActions(defect).filter(
    ({ action }) => may(ACTION_NEEDS[action]) && !(action === 'assign' && defect.status === 'disputed'),
  );
  const offered = permitted.filter(({ action }) => !only || only.includes(action));
  if (!may('update') && !may('decide')) {
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
