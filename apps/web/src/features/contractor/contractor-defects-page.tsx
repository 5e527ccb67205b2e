import { useQueries, useQuery } from '@tanstack/react-query';
import { Alert, Card, Empty, Select, Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { DEFECT_STATUSES, unitAddressLabel } from '@handover/domain';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView, queryProblem } from '../../shared/query-view';
import { dateIn } from '../../shared/time';
import { usePageParams } from '../../shared/use-page-params';
import { DefectStatusTag } from '../field/defect-status-tag';
import type { DefectListItem } from '../field/defect-requests';
import {
  contractorKeys,
  isOverdue,
  sortWorkOrders,
  WORK_ORDER_PAGE,
  type ProjectSummary,
  type WorkOrder,
} from './contractor-requests';
import './contractor.css';

/**
 * 我的整改单: a contractor's defects across its projects (GET /projects lists only its projects, each project's
 * defect list only its company's), filtered by project and status in the URL, overdue first and highlighted.
 */
export function ContractorDefectsPage() {
  const { t } = useTranslation('contractor');
  const projects = useQuery({
    queryKey: contractorKeys.projects,
    queryFn: () => call(api.GET('/projects', { params: { query: { pageSize: 200 } } })),
  });
  return (
    <div className="contractor-page" data-testid="contractor-defects">
      <Typography.Title level={4} style={{ marginTop: 0 }} className="contractor-page__top">
        {t('list.title')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('list.hint')}</Typography.Paragraph>
      <QueryView query={projects}>
        {(page) =>
          page.items.length === 0 ? (
            <Empty description={t('list.noProjects')} data-testid="contractor-no-projects" />
          ) : (
            <WorkOrders projects={page.items} />
          )
        }
      </QueryView>
    </div>
  );
}

function WorkOrders({ projects }: { projects: ProjectSummary[] }) {
  const { t } = useTranslation('contractor');
  const { t: tf } = useTranslation('field');
  const { filters, update } = usePageParams<{ project?: string; status?: string }>(['project', 'status']);
  const shown = projects.filter((project) => !filters.project || project.id === filters.project);
  const lists = useQueries({
    queries: shown.map((project) => ({
      queryKey: contractorKeys.defects(project.id, filters.status),
      queryFn: () =>
        call(
          api.GET('/projects/{id}/defects', {
            params: {
              path: { id: project.id },
              query: {
                pageSize: WORK_ORDER_PAGE,
                status: filters.status as DefectListItem['status'] | undefined,
              },
            },
          }),
        ),
    })),
  });
  const failed = lists.map((list) => queryProblem(list)).find((problem) => problem !== null);
  const loading = lists.some((list) => list.isPending);
  const orders = sortWorkOrders(
    lists.flatMap((list, index) => {
      const project = shown[index]!;
      const today = dateIn(new Date(), project.timeZone);
      return (list.data?.items ?? []).map((defect) => ({ defect, project, overdue: isOverdue(defect, today) }));
    }),
  );
  const truncated = lists.some((list) => (list.data?.total ?? 0) > WORK_ORDER_PAGE);

  return (
    <Space orientation="vertical" size={12} style={{ width: '100%' }}>
      <div className="contractor-filters">
        <Select
          allowClear
          placeholder={t('list.allProjects')}
          aria-label={t('list.project')}
          value={filters.project}
          onChange={(value?: string) => update({ filters: { project: value } })}
          options={projects.map((project) => ({ value: project.id, label: project.name }))}
          data-testid="contractor-filter-project"
        />
        <Select
          allowClear
          placeholder={t('list.allStatuses')}
          aria-label={t('list.status')}
          value={filters.status}
          onChange={(value?: string) => update({ filters: { status: value } })}
          options={DEFECT_STATUSES.map((status) => ({ value: status, label: tf(`defects.statusName.${status}`) }))}
          data-testid="contractor-filter-status"
        />
      </div>
      {failed && (
        <ApiErrorAlert
          error={failed.error}
          retrying={failed.retrying}
          onRetry={() => lists.forEach((list) => void list.refetch())}
        />
      )}
      {truncated && <Alert type="info" showIcon title={t('list.truncated', { count: WORK_ORDER_PAGE })} />}
      {!failed && loading && orders.length === 0 ? (
        <Card loading data-testid="loading" />
      ) : orders.length === 0 && !failed ? (
        <Empty description={t('list.empty')} data-testid="contractor-empty" />
      ) : (
        <>
          <Typography.Text type="secondary" data-testid="contractor-count">
            {t('list.count', { count: orders.length })}
          </Typography.Text>
          <div className="contractor-cards">
            {orders.map((order) => (
              <WorkOrderCard key={order.defect.id} order={order} showProject={shown.length > 1} />
            ))}
          </div>
        </>
      )}
    </Space>
  );
}

function WorkOrderCard({ order, showProject }: { order: WorkOrder; showProject: boolean }) {
  const { t } = useTranslation('contractor');
  const { defect, project, overdue } = order;
  const where = defect.unit
    ? unitAddressLabel({ building: defect.unit.building, unitNo: defect.unit.unitNo, room: defect.unit.room })
    : t('list.publicArea', { area: defect.publicArea ?? '' });
  const due = defect.deferredUntil ?? defect.deadline;
  return (
    <Link
      to={`/contractor/projects/${project.id}/defects/${defect.id}`}
      className={`contractor-card${overdue ? ' contractor-card--overdue' : ''}`}
      data-testid="work-order"
      data-defect-id={defect.id}
      data-overdue={overdue ? 'true' : 'false'}
    >
      <div className="contractor-card__head">
        <Typography.Text strong className="contractor-card__title">
          {defect.description}
        </Typography.Text>
        <DefectStatusTag status={defect.status} />
      </div>
      <div className="contractor-card__meta">
        <span data-testid="work-order-where">{where}</span>
        <span>· {defect.trade}</span>
        {showProject && <span>· {project.name}</span>}
      </div>
      <Space wrap size={4}>
        {overdue && (
          <Tag color="red" data-testid="work-order-overdue">
            {t('list.overdue')}
          </Tag>
        )}
        <Tag color={overdue ? 'red' : undefined}>{due ? t('list.deadline', { date: due }) : t('list.noDeadline')}</Tag>
        {defect.status === 'assigned' && (
          <Tag color={defect.acceptedAt ? 'green' : 'gold'}>
            {defect.acceptedAt ? t('list.accepted') : t('list.notAccepted')}
          </Tag>
        )}
        {defect.reopenCount > 0 && (
          <Tag color="volcano" data-testid="work-order-reopened">
            {t('list.reopened', { count: defect.reopenCount })}
          </Tag>
        )}
      </Space>
    </Link>
  );
}
