import { Card, Col, Descriptions, Empty, Row, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { ProjectHeading } from '../../shared/project-heading';
import { QueryView } from '../../shared/query-view';
import { dateIn } from '../../shared/time';
import { useProject } from '../../shared/use-project';
import { AtRiskBanner } from './at-risk-banner';
import { MilestonesTable } from './milestones-table';
import { PlanHistory } from './plan-history';
import { Postponement } from './postponement';
import { ProjectNotifications } from './project-notifications';
import { Timeline } from './timeline';

/** 现场数据, counted by the API from the records each time the project is read. */
const FIELD_FACTS = [
  'undecidedRiskItems',
  'openInUnitQualityDefects',
  'keysWithContractor',
  'unitsTotal',
  'unitsHandedOver',
] as const;

/** A project's plan: timeline, milestones and approvals, at-risk state, reminders, plan history and postponements. */
export function ProjectPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation(['lead', 'common']);
  const project = useProject(projectId);

  return (
    <>
      <ProjectHeading projectId={projectId} />
      <QueryView query={project} rows={8}>
        {(p) => {
          const today = dateIn(new Date(), p.timeZone);
          return (
            <>
              <AtRiskBanner project={p} />
              <Card
                title={t('project.timeline')}
                size="small"
                style={{ marginBottom: 16 }}
                extra={<Tag>{t(`project.timelineSource.${p.timelineSource}`)}</Tag>}
              >
                {p.phases.length === 0 ? (
                  <Empty description={t('project.timelineSource.none')} />
                ) : (
                  <Timeline phases={p.phases} firstHandoverDate={p.firstHandoverDate} today={today} />
                )}
              </Card>
              <Card title={t('project.milestones')} size="small" style={{ marginBottom: 16 }}>
                <MilestonesTable project={p} />
                <Descriptions
                  size="small"
                  column={{ xs: 1, sm: 2, lg: 5 }}
                  title={t('fieldFacts.title')}
                  style={{ marginTop: 16 }}
                >
                  {FIELD_FACTS.map((fact) => (
                    <Descriptions.Item key={fact} label={t(`fieldFacts.${fact}`)}>
                      <span data-testid={`field-fact-${fact}`}>{p.fieldFacts[fact]}</span>
                    </Descriptions.Item>
                  ))}
                </Descriptions>
              </Card>
              <Card title={t('postpone.title')} size="small" style={{ marginBottom: 16 }}>
                <Postponement project={p} today={today} />
              </Card>
              <Row gutter={16}>
                <Col xs={24} xl={12}>
                  <Card title={t('project.notifications')} size="small" style={{ marginBottom: 16 }}>
                    <ProjectNotifications project={p} />
                  </Card>
                </Col>
                <Col xs={24} xl={12}>
                  <Card title={t('project.planHistory')} size="small" style={{ marginBottom: 16 }}>
                    <PlanHistory project={p} />
                  </Card>
                </Col>
              </Row>
            </>
          );
        }}
      </QueryView>
    </>
  );
}
