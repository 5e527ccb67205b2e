import { useQuery } from '@tanstack/react-query';
import { Card, Empty, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { api, call } from '../../api/client';
import { useCurrentUser } from '../../auth/auth-context';
import { ProjectHeading } from '../../shared/project-heading';
import { QueryView } from '../../shared/query-view';
import { DimensionsEditor } from './dimensions-editor';
import { SurveyEntryForm } from './survey-entry-form';

/** Who may set dimensions and enter questionnaires (the API's SURVEYORS; it checks the project scope itself). */
const SURVEYOR_ROLES: ReadonlySet<string> = new Set(['project_lead', 'department_head', 'hq']);

/** 满意度调查录入 (under the project tab `survey`): the dimensions, then paper questionnaires typed in one by one. */
export function SurveyEntryPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation('surveyEntry');
  const { role } = useCurrentUser();
  const surveyor = SURVEYOR_ROLES.has(role);
  const dimensions = useQuery({
    queryKey: ['survey-dimensions', projectId],
    queryFn: () => call(api.GET('/projects/{id}/survey/dimensions', { params: { path: { id: projectId } } })),
  });
  return (
    <>
      <ProjectHeading projectId={projectId} />
      <Space align="baseline" wrap>
        <Typography.Title level={4}>{t('title')}</Typography.Title>
        <Link to={`/projects/${projectId}/survey`} data-testid="survey-to-analysis">
          {t('toAnalysis')}
        </Link>
      </Space>
      <QueryView query={dimensions}>
        {(data) => (
          <>
            <Card
              size="small"
              title={t('dimensions.title')}
              style={{ marginBottom: 12 }}
              data-testid="survey-dimensions"
            >
              <DimensionsEditor
                projectId={projectId}
                names={data.items.map((item) => item.name)}
                responses={data.responses}
                editable={surveyor}
              />
            </Card>
            <Card size="small" title={t('form.title')}>
              {!surveyor ? (
                <Typography.Text type="secondary">{t('form.readOnly')}</Typography.Text>
              ) : data.items.length === 0 ? (
                <Empty description={t('form.noDimensions')} />
              ) : (
                <>
                  <Typography.Paragraph type="secondary" data-testid="survey-total">
                    {t('form.total', { count: data.responses })}
                  </Typography.Paragraph>
                  <SurveyEntryForm
                    key={data.items.map((item) => item.id).join()}
                    projectId={projectId}
                    dimensions={data.items}
                  />
                </>
              )}
            </Card>
          </>
        )}
      </QueryView>
    </>
  );
}
