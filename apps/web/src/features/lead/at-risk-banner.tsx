import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { formatDateTime } from '../../shared/time';

type Project = components['schemas']['ProjectDetailDto'];

/** The D-20 rule: the property transfer was not done 20 days before D; shows HQ's decision once there is one. */
export function AtRiskBanner({ project }: { project: Project }) {
  const { t, i18n } = useTranslation('lead');
  if (!project.atRisk && !project.atRiskDecision) return null;
  const decision = project.atRiskDecision;
  const at = (iso: string | null) => formatDateTime(iso, project.timeZone, i18n.language);
  return (
    <Alert
      type={decision && decision.status !== 'pending' ? 'warning' : 'error'}
      showIcon
      data-testid="at-risk-banner"
      style={{ marginBottom: 16 }}
      title={t('project.atRiskTitle')}
      description={
        <>
          <div>{t('project.atRiskBody')}</div>
          {decision && (
            <div data-testid="at-risk-decision">
              {t(`project.atRiskDecision.${decision.status}`, {
                openedAt: at(decision.openedAt),
                decidedAt: at(decision.decidedAt),
                note: decision.note ?? '',
              })}
            </div>
          )}
        </>
      }
    />
  );
}
