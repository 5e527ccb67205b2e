import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { ProjectHeading } from '../../shared/project-heading';
import { QueryView } from '../../shared/query-view';
import { GapChart } from './survey/gap-chart';
import { surveyChartData } from './survey/survey-chart-data';

type DimensionAnalysis = components['schemas']['SurveyDimensionAnalysisDto'];

/** 满意度差距分析: experience − expectation per dimension, weighted by importance, and the key experience to fix. */
export function SurveyPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation('hq');
  const analysis = useQuery({
    queryKey: ['survey-analysis', projectId],
    queryFn: () => call(api.GET('/projects/{id}/survey/analysis', { params: { path: { id: projectId } } })),
  });
  return (
    <>
      <ProjectHeading projectId={projectId} />
      <Space align="baseline" wrap>
        <Typography.Title level={4}>{t('survey.title')}</Typography.Title>
        <Link to={`/projects/${projectId}/survey/entry`} data-testid="survey-to-entry">
          {t('surveyEntry:toEntry')}
        </Link>
      </Space>
      <QueryView query={analysis}>
        {(data) => {
          if (data.responses === 0) return <Empty description={t('survey.empty')} data-testid="survey-empty" />;
          const key = data.keyExperience;
          return (
            <>
              <Typography.Paragraph type="secondary">
                {t('survey.responses', { count: data.responses })}
              </Typography.Paragraph>
              {key ? (
                <Alert
                  type="error"
                  showIcon
                  style={{ marginBottom: 16 }}
                  data-testid="key-experience"
                  title={t('survey.keyExperience', { name: key.name })}
                  description={t('survey.keyExperienceHint', {
                    weightedGap: key.weightedGap,
                    gap: key.gap,
                    importance: key.meanImportance,
                  })}
                />
              ) : (
                <Alert type="success" showIcon style={{ marginBottom: 16 }} title={t('survey.noKeyExperience')} />
              )}
              <Card size="small" style={{ marginBottom: 16 }} data-testid="gap-chart">
                <GapChart
                  bars={surveyChartData(data)}
                  labels={{ gap: t('survey.gap'), weightedGap: t('survey.weightedGap') }}
                />
              </Card>
              <Table<DimensionAnalysis>
                rowKey="dimensionId"
                size="small"
                dataSource={data.dimensions}
                pagination={false}
                scroll={{ x: true }}
                columns={[
                  { title: t('survey.rank'), dataIndex: 'rank', render: (rank: number | null) => rank ?? '—' },
                  {
                    title: t('survey.dimension'),
                    dataIndex: 'name',
                    render: (name: string, row) => (
                      <>
                        {name} {row.dimensionId === key?.dimensionId && <Tag color="red">{t('survey.keyTag')}</Tag>}
                      </>
                    ),
                  },
                  { title: t('survey.importance'), dataIndex: 'meanImportance', align: 'right', render: dash },
                  { title: t('survey.expectation'), dataIndex: 'meanExpectation', align: 'right', render: dash },
                  { title: t('survey.experience'), dataIndex: 'meanExperience', align: 'right', render: dash },
                  { title: t('survey.gap'), dataIndex: 'gap', align: 'right', render: dash },
                  { title: t('survey.weightedGap'), dataIndex: 'weightedGap', align: 'right', render: dash },
                ]}
              />
            </>
          );
        }}
      </QueryView>
    </>
  );
}

const dash = (value: string | null) => value ?? '—';
