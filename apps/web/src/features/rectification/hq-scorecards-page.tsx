import { useQuery } from '@tanstack/react-query';
import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call, download } from '../../api/client';
import { QueryView } from '../../shared/query-view';
import { ScorecardTable } from './scorecard-table';

/** 施工单位评分卡 across every project, for HQ. */
export function HqScorecardsPage() {
  const { t } = useTranslation('rectification');
  const scorecards = useQuery({
    queryKey: ['contractor-scorecards', 'portfolio'],
    queryFn: () => call(api.GET('/hq/contractor-scorecards')),
  });
  return (
    <>
      <Typography.Title level={3}>{t('scorecards.hqTitle')}</Typography.Title>
      <QueryView query={scorecards}>
        {(data) => (
          <ScorecardTable
            rows={data.rows}
            exportXlsx={() => download('/hq/contractor-scorecards.xlsx', 'contractor-scorecards.xlsx')}
          />
        )}
      </QueryView>
    </>
  );
}
