import { useQuery } from '@tanstack/react-query';
import { Card } from 'antd';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { api, call, download } from '../../api/client';
import { ProjectHeading } from '../../shared/project-heading';
import { QueryView } from '../../shared/query-view';
import { AgeingTable, type AgeingGrouping } from './ageing-table';
import { DefectAlertsPanel } from './defect-alerts-panel';
import { ScorecardTable } from './scorecard-table';

const GROUPINGS: readonly AgeingGrouping[] = ['building', 'trade', 'company'];

/** 整改看板: frequent-problem alerts, how the running defects age (by building, trade or contractor) and how each contractor does. */
export function RectificationPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation('rectification');
  const [params, setParams] = useSearchParams();
  const asked = params.get('by') as AgeingGrouping | null;
  const by: AgeingGrouping = asked && GROUPINGS.includes(asked) ? asked : 'building';
  const scorecards = useQuery({
    queryKey: ['contractor-scorecards', projectId],
    queryFn: () => call(api.GET('/projects/{id}/contractor-scorecards', { params: { path: { id: projectId } } })),
  });
  return (
    <>
      <ProjectHeading projectId={projectId} />
      <DefectAlertsPanel projectId={projectId} />
      <Card title={t('ageing.title')} size="small" style={{ marginBottom: 16 }}>
        <AgeingTable
          projectId={projectId}
          by={by}
          onBy={(next) => {
            const merged = new URLSearchParams(params);
            merged.set('by', next);
            setParams(merged, { replace: true });
          }}
        />
      </Card>
      <Card title={t('scorecards.title')} size="small">
        <QueryView query={scorecards}>
          {(data) => (
            <ScorecardTable
              rows={data.rows}
              exportXlsx={() =>
                download(`/projects/${projectId}/contractor-scorecards.xlsx`, `contractor-scorecards-${projectId}.xlsx`)
              }
            />
          )}
        </QueryView>
      </Card>
    </>
  );
}
