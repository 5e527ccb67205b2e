import { Alert, Col, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { components } from '../../api/schema';
import { PlanProblems } from './plan-problems';
import { Timeline } from './timeline';

type Preview = components['schemas']['PlanPreviewDto'];
type Phase = components['schemas']['PlannedPhaseDto'];
type Milestone = components['schemas']['PlannedMilestoneDto'];

/** The plan a launch would get, computed by the server: its problems first, then phases and milestones. */
export function PlanPreview({ preview }: { preview: Preview }) {
  const { t } = useTranslation(['lead', 'common']);
  const { plan, problems } = preview;
  return (
    <div data-testid="plan-preview">
      <Typography.Paragraph type="secondary">
        {t('launch.launchDate', { date: preview.launchDate })}
      </Typography.Paragraph>
      {problems.length === 0 ? (
        <Alert type="success" showIcon title={t('launch.planOk')} style={{ marginBottom: 16 }} data-testid="plan-ok" />
      ) : (
        <div style={{ marginBottom: 16 }}>
          <PlanProblems problems={problems} title={t('launch.planProblems')} />
        </div>
      )}
      {plan.phases.length > 0 && (
        <>
          <Timeline
            phases={plan.phases}
            firstHandoverDate={plan.firstHandoverDate}
            today={preview.launchDate}
            testId="preview-timeline"
          />
          <Row gutter={16} style={{ marginTop: 16 }}>
            <Col xs={24} xxl={10}>
              <Typography.Title level={5}>{t('launch.phases')}</Typography.Title>
              <Table<Phase>
                rowKey="key"
                size="small"
                data-testid="preview-phases"
                pagination={false}
                scroll={{ x: true }}
                dataSource={plan.phases}
                columns={[
                  { title: t('launch.phase'), dataIndex: 'key', render: (key: string) => t(`common:phase.${key}`) },
                  { title: t('launch.start'), dataIndex: 'start' },
                  {
                    title: t('launch.end'),
                    dataIndex: 'end',
                    render: (end: string | null) => end ?? t('launch.openEnded'),
                  },
                ]}
              />
            </Col>
            <Col xs={24} xxl={14}>
              <Typography.Title level={5}>{t('launch.milestones')}</Typography.Title>
              <Table<Milestone>
                rowKey="key"
                size="small"
                data-testid="preview-milestones"
                pagination={false}
                scroll={{ x: true }}
                dataSource={plan.milestones}
                onRow={(milestone) => ({ 'data-testid': `preview-milestone-${milestone.key}` }) as object}
                columns={[
                  {
                    title: t('launch.milestone'),
                    dataIndex: 'key',
                    render: (key: string) => t(`common:milestone.${key}`),
                  },
                  { title: t('launch.dueDate'), dataIndex: 'dueDate' },
                  {
                    title: t('launch.parties'),
                    dataIndex: 'parties',
                    render: (parties: string[]) => parties.map((party) => t(`common:department.${party}`)).join('、'),
                  },
                ]}
              />
            </Col>
          </Row>
        </>
      )}
    </div>
  );
}
