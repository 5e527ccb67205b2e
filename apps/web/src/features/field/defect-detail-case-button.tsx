import { BookOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useCurrentUser } from '../../auth/auth-context';
import { caseFromRecordPath, type CaseOrigin } from '../cases/case-origin';

/** Who writes cases into the library (the API's POST /cases): leads, department heads and HQ. */
const CASE_WRITERS: ReadonlySet<string> = new Set(['project_lead', 'department_head', 'hq']);

/**
 * 新建案例 from a record: a link to the case library's form prefilled from this defect or complaint
 * (`/cases?from=<kind>:<id>&project=<projectId>`); shown on the defect detail and the complaint drawer, only to those
 * who may write a case.
 */
export function CaseFromRecordButton({ origin, testId }: { origin: CaseOrigin; testId: string }) {
  const { t } = useTranslation('hq');
  const { role } = useCurrentUser();
  if (!CASE_WRITERS.has(role)) return null;
  return (
    <Link to={caseFromRecordPath(origin)} data-testid={testId}>
      <Button icon={<BookOutlined />}>{t('cases.create.button')}</Button>
    </Link>
  );
}
