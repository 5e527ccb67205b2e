import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProjectHeading } from '../../shared/project-heading';
import { ProjectContractors } from './contractors';
import { DefectSlaPanel } from './defect-sla';
import { FeeSettingsForm } from './fee-settings-form';
import { HandoverNoticeForm } from './handover-notice-form';
import { FrequentProblemThresholdCard } from './frequent-problem-threshold';
import { Robots } from './robots';
import { CityResponsiblePicker, Staffing } from './staffing';
import { UnitImport } from './unit-import';

/** 项目设置: what a lead sets up before anything else — the unit list, the fee settings, who staffs the project, the city company's responsible person, the contractor companies working on it and the briefing robots. */
export function SetupPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation('setup');
  return (
    <>
      <ProjectHeading projectId={projectId} />
      <Card title={t('units.title')} size="small" style={{ marginBottom: 16 }}>
        <UnitImport projectId={projectId} />
      </Card>
      <Card title={t('fees.title')} size="small" style={{ marginBottom: 16 }}>
        <FeeSettingsForm projectId={projectId} />
      </Card>
      <Card title="交付通知书 / Handover notice" size="small" style={{ marginBottom: 16 }}>
        <HandoverNoticeForm projectId={projectId} />
      </Card>
      <Card title={t('staffing.title')} size="small" style={{ marginBottom: 16 }}>
        <Staffing projectId={projectId} />
      </Card>
      <Card title={t('cityResponsible.title')} size="small" style={{ marginBottom: 16 }}>
        <CityResponsiblePicker projectId={projectId} />
      </Card>
      <Card title={t('admin:companies.title')} size="small" style={{ marginBottom: 16 }}>
        <ProjectContractors projectId={projectId} />
      </Card>
      <Card title={t('rectification:sla.title')} size="small" style={{ marginBottom: 16 }}>
        <DefectSlaPanel projectId={projectId} />
      </Card>
      <FrequentProblemThresholdCard projectId={projectId} />
      <Card title={t('robots.title')} size="small" style={{ marginBottom: 16 }}>
        <Robots projectId={projectId} />
      </Card>
    </>
  );
}
