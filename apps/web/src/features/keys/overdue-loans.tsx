import { useQuery } from '@tanstack/react-query';
import { Empty, Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { QueryView } from '../../shared/query-view';
import { formatDateTime } from '../../shared/time';
import { ledgerKeys } from './key-queries';

type OverdueLoan = components['schemas']['OverdueLoanDto'];

/** 逾期未还: loans not back by the end of their local day (the API decides, from the loan's due time and its clock). */
export function OverdueLoans({ projectId, timeZone }: { projectId: string; timeZone?: string }) {
  const { t, i18n } = useTranslation('keys');
  const locale = i18n.language.startsWith('en') ? 'en' : 'zh-CN';
  const overdue = useQuery({
    queryKey: ledgerKeys.overdue(projectId),
    queryFn: () => call(api.GET('/projects/{id}/keys/overdue-loans', { params: { path: { id: projectId } } })),
    refetchInterval: 60_000,
  });
  return (
    <QueryView query={overdue} rows={2}>
      {(data) =>
        data.items.length === 0 ? (
          <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('overdue.none')} data-testid="overdue-none" />
        ) : (
          <Table<OverdueLoan>
            rowKey="loanId"
            size="small"
            pagination={false}
            dataSource={data.items}
            data-testid="overdue-table"
            onRow={() => ({ 'data-testid': 'overdue-row' }) as object}
            columns={[
              { title: t('overdue.label'), dataIndex: 'label' },
              { title: t('overdue.borrower'), dataIndex: 'borrower' },
              {
                title: t('overdue.lentAt'),
                key: 'lentAt',
                render: (_, loan) => formatDateTime(loan.lentAt, timeZone, locale),
              },
              {
                title: t('overdue.dueBackAt'),
                key: 'dueBackAt',
                render: (_, loan) => formatDateTime(loan.dueBackAt, timeZone, locale),
              },
              {
                title: t('overdue.late'),
                key: 'late',
                render: (_, loan) => (
                  <Tag color="red">
                    {t('overdue.minutes', {
                      hours: Math.floor(loan.minutesOverdue / 60),
                      minutes: loan.minutesOverdue % 60,
                    })}
                  </Tag>
                ),
              },
            ]}
          />
        )
      }
    </QueryView>
  );
}
