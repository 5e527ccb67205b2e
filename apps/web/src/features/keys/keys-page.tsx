import { Alert, Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useCurrentUser } from '../../auth/auth-context';
import { ProjectHeading } from '../../shared/project-heading';
import { useProject } from '../../shared/use-project';
import { KeyLedger } from './key-ledger';
import { mayKeepLedger } from './key-queries';
import { OverdueLoans } from './overdue-loans';
import { RegisterKeys } from './register-keys';

/** 钥匙台账 (project tab `keys`): register keys, transfer them to the property company, lend them, entrust them. */
export function KeysPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation('keys');
  const user = useCurrentUser();
  const writable = mayKeepLedger(user);
  const timeZone = useProject(projectId).data?.timeZone;
  return (
    <>
      <ProjectHeading projectId={projectId} />
      {writable ? (
        <Card title={t('register.title')} size="small" style={{ marginBottom: 16 }}>
          <RegisterKeys projectId={projectId} />
        </Card>
      ) : (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('readOnly')} />
      )}
      <Card title={t('overdue.title')} size="small" style={{ marginBottom: 16 }} data-testid="overdue-loans">
        <OverdueLoans projectId={projectId} timeZone={timeZone} />
      </Card>
      <Card title={t('ledger.title')} size="small" style={{ marginBottom: 16 }}>
        <KeyLedger projectId={projectId} timeZone={timeZone} writable={writable} />
      </Card>
    </>
  );
}
