import { useQuery } from '@tanstack/react-query';
import { Badge, Card, Col, Input, Row, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { DEFECT_STATUSES, isDefectOverdue, unitAddressLabel } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components, operations } from '../../api/schema';
import { ProjectHeading } from '../../shared/project-heading';
import { QueryView } from '../../shared/query-view';
import { dateIn, formatDateTime } from '../../shared/time';
import { usePageParams } from '../../shared/use-page-params';
import { useProject } from '../../shared/use-project';
import './unit-grid.css';

type DefectQuery = NonNullable<operations['DefectsController_list']['parameters']['query']>;
type Defect = components['schemas']['DefectListItemDto'];
type Filters = { status?: string; category?: string; source?: string; location?: string; building?: string };

const STATUSES = DEFECT_STATUSES;
const CATEGORIES = ['quality', 'non_quality'] as const;
const SOURCES = ['unit_inspection', 'open_day', 'handover_inspection', 'after_handover'] as const;
const LOCATIONS = ['unit', 'public_area'] as const;
const STATUS_COLOURS: Record<string, string> = {
  open: 'red',
  assigned: 'orange',
  fixed: 'blue',
  verified: 'green',
  cannot_fix: 'default',
};

function pick<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/** 问题项: every defect of the project, paginated and filtered by the API; filters and page live in the URL. */
export function DefectListPage() {
  const { projectId = '' } = useParams();
  const { t, i18n } = useTranslation(['field', 'common']);
  const { page, pageSize, filters, update } = usePageParams<Filters>([
    'status',
    'category',
    'source',
    'location',
    'building',
  ]);
  const timeZone = useProject(projectId).data?.timeZone;
  const query: DefectQuery = {
    page,
    pageSize,
    status: pick(STATUSES, filters.status),
    category: pick(CATEGORIES, filters.category),
    source: pick(SOURCES, filters.source),
    location: pick(LOCATIONS, filters.location),
    building: filters.building,
  };
  const defects = useQuery({
    queryKey: ['defects', projectId, query],
    queryFn: () => call(api.GET('/projects/{id}/defects', { params: { path: { id: projectId }, query } })),
    placeholderData: (previous) => previous,
  });
  const today = dateIn(new Date(), timeZone);

  const select = (key: keyof Filters, values: readonly string[], label: string, names: string) => (
    <Col xs={12} md={6} lg={4}>
      <Select
        allowClear
        style={{ width: '100%' }}
        placeholder={label}
        value={filters[key]}
        data-testid={`filter-${key}`}
        onChange={(value?: string) => update({ filters: { [key]: value } })}
        options={values.map((value) => ({ value, label: t(`${names}.${value}` as 'defects.statusName.open') }))}
      />
    </Col>
  );

  return (
    <>
      <ProjectHeading projectId={projectId} />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          {select('status', STATUSES, t('defects.status'), 'defects.statusName')}
          {select('category', CATEGORIES, t('defects.category'), 'defects.categoryName')}
          {select('source', SOURCES, t('defects.source'), 'defects.sourceName')}
          {select('location', LOCATIONS, t('defects.location'), 'defects.locationName')}
          <Col xs={24} md={12} lg={8}>
            <Input.Search
              allowClear
              placeholder={t('defects.buildingPlaceholder')}
              defaultValue={filters.building}
              data-testid="filter-building"
              onSearch={(value) => update({ filters: { building: value.trim() || undefined } })}
            />
          </Col>
        </Row>
      </Card>
      <QueryView query={defects}>
        {(data) => (
          <Table<Defect>
            rowKey="id"
            size="middle"
            dataSource={data.items}
            scroll={{ x: true }}
            data-testid="defect-table"
            rowClassName={(defect) => (isDefectOverdue(defect, today) ? 'defect-row--overdue' : '')}
            onRow={(defect) => ({ 'data-testid': 'defect-row', 'data-status': defect.status }) as object}
            pagination={{
              current: data.page,
              pageSize: data.pageSize,
              total: data.total,
              showSizeChanger: true,
              showTotal: (total) => t('defects.total', { total }),
              onChange: (current, size) => update({ page: current, pageSize: size }),
            }}
            columns={[
              {
                title: t('defects.unit'),
                key: 'where',
                render: (_, defect) =>
                  defect.unit && defect.unitId ? (
                    <Link to={`/projects/${projectId}/units/${defect.unitId}`} data-testid="defect-unit-link">
                      {unitAddressLabel(defect.unit)}
                    </Link>
                  ) : (
                    <Typography.Text type="secondary">{defect.publicArea}</Typography.Text>
                  ),
              },
              { title: t('defects.description'), dataIndex: 'description', width: 280 },
              {
                title: t('defects.status'),
                key: 'status',
                render: (_, defect) => (
                  <Tag color={STATUS_COLOURS[defect.status]}>
                    {t(`defects.statusName.${defect.status}` as 'defects.statusName.open')}
                  </Tag>
                ),
              },
              {
                title: t('defects.category'),
                key: 'category',
                render: (_, defect) => t(`defects.categoryName.${defect.category}` as 'defects.categoryName.quality'),
              },
              {
                title: t('defects.source'),
                key: 'source',
                render: (_, defect) => t(`defects.sourceName.${defect.source}` as 'defects.sourceName.open_day'),
              },
              { title: t('defects.trade'), dataIndex: 'trade' },
              {
                title: t('defects.responsible'),
                key: 'responsible',
                render: (_, defect) => defect.responsibleParty ?? '—',
              },
              {
                title: t('defects.deadline'),
                key: 'deadline',
                render: (_, defect) => (
                  <Space orientation="vertical" size={0}>
                    <span>{defect.deadline ?? '—'}</span>
                    {defect.deferredUntil && (
                      <Typography.Text type="secondary">
                        {t('defects.deferredUntil', { date: defect.deferredUntil })}
                      </Typography.Text>
                    )}
                    {isDefectOverdue(defect, today) && (
                      <Tag color="red" data-testid="overdue">
                        {t('defects.overdue')}
                      </Tag>
                    )}
                  </Space>
                ),
              },
              {
                title: t('defects.photos'),
                key: 'photos',
                align: 'right',
                render: (_, defect) => (
                  <span data-testid="photo-count" data-count={defect.photoCount}>
                    <Badge count={defect.photoCount} showZero color={defect.photoCount ? 'blue' : '#d9d9d9'} />
                  </span>
                ),
              },
              {
                title: t('defects.createdAt'),
                key: 'createdAt',
                render: (_, defect) => formatDateTime(defect.createdAt, timeZone, i18n.language),
              },
            ]}
          />
        )}
      </QueryView>
    </>
  );
}
