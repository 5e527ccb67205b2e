import { PlusOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import {
  Badge,
  Button,
  Card,
  Col,
  Input,
  Modal,
  Row,
  Select,
  Space,
  Table,
  Tabs,
  Tag,
  Typography,
  message,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { DEFECT_STATUSES, isDefectOverdue, unitAddressLabel, type DefectStatus } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components, operations } from '../../api/schema';
import { ProjectHeading } from '../../shared/project-heading';
import { QueryView } from '../../shared/query-view';
import { dateIn, formatDateTime } from '../../shared/time';
import { usePageParams } from '../../shared/use-page-params';
import { useProject } from '../../shared/use-project';
import { useMayWriteDefects } from './defect-actions';
import { DefectBulkAssign } from './defect-bulk-assign';
import { DefectRecordForm } from './defect-record-form';
import { DefectStatusTag } from './defect-status-tag';
import { DefectSummary } from './defect-summary';
import './unit-grid.css';

type DefectQuery = NonNullable<operations['DefectsController_list']['parameters']['query']>;
type Defect = components['schemas']['DefectListItemDto'];
type Filters = { status?: string; category?: string; source?: string; location?: string; building?: string };

/** The lifecycle's statuses (a newer lifecycle may name more than this server filters on: cast to the query's). */
const STATUSES = DEFECT_STATUSES as readonly string[];
const CATEGORIES = ['quality', 'non_quality'] as const;
const SOURCES = ['unit_inspection', 'open_day', 'handover_inspection', 'after_handover', 'owner_report'] as const;
const LOCATIONS = ['unit', 'public_area'] as const;
function pick<T extends string>(allowed: readonly T[], value: string | undefined): T | undefined {
  return allowed.includes(value as T) ? (value as T) : undefined;
}

/**
 * 问题项 (整改): the project's defects, paginated and filtered by the API (filters and page in the URL), each opening
 * its detail; a writer records a defect here and assigns the selected defects of a building together. The second
 * tab counts them per household (after the open day).
 */
export function DefectListPage() {
  const { projectId = '' } = useParams();
  const { t } = useTranslation(['field', 'common']);
  const [params, setParams] = useSearchParams();
  const view = params.get('view') === 'summary' ? 'summary' : 'list';
  return (
    <>
      <ProjectHeading projectId={projectId} />
      <Tabs
        type="card"
        size="small"
        activeKey={view}
        onChange={(key) => {
          const next = new URLSearchParams(key === 'summary' ? { view: 'summary' } : {});
          setParams(next, { replace: true });
        }}
        items={[
          {
            key: 'list',
            label: t('defectWork.list'),
            children: view === 'list' && <DefectList projectId={projectId} />,
          },
          {
            key: 'summary',
            label: t('defectWork.summary'),
            children: view === 'summary' && <DefectSummary projectId={projectId} />,
          },
        ]}
      />
    </>
  );
}

function DefectList({ projectId }: { projectId: string }) {
  const { t, i18n } = useTranslation(['field', 'common']);
  const mayWrite = useMayWriteDefects();
  const [recording, setRecording] = useState(false);
  const [selected, setSelected] = useState<Defect[]>([]);
  const [bulk, setBulk] = useState(false);
  const [toast, holder] = message.useMessage();
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
    status: pick(STATUSES, filters.status) as DefectQuery['status'],
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
  const overdue = (defect: Defect) => isDefectOverdue({ ...defect, status: defect.status as DefectStatus }, today);

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

  const selectable = mayWrite && Boolean(filters.building);

  return (
    <>
      {holder}
      {mayWrite && (
        <Space wrap style={{ marginBottom: 12 }}>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="defect-record">
            {t('defectWork.record')}
          </Button>
          <Button
            icon={<TeamOutlined />}
            disabled={selected.length === 0}
            onClick={() => setBulk(true)}
            data-testid="bulk-assign"
          >
            {t('defectWork.bulkAssign', { count: selected.length })}
          </Button>
          {!filters.building && <Typography.Text type="secondary">{t('defectWork.bulkHint')}</Typography.Text>}
        </Space>
      )}
      {recording && (
        <Modal
          open
          title={t('defectWork.recordTitle')}
          footer={null}
          onCancel={() => setRecording(false)}
          destroyOnHidden
          width={640}
        >
          <DefectRecordForm
            projectId={projectId}
            onCancel={() => setRecording(false)}
            onRecorded={() => {
              setRecording(false);
              void toast.success(t('defectWork.recorded'));
            }}
          />
        </Modal>
      )}
      {bulk && (
        <DefectBulkAssign
          projectId={projectId}
          defects={selected}
          onClose={() => {
            setBulk(false);
            setSelected([]);
          }}
        />
      )}
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
              onSearch={(value) => {
                setSelected([]);
                update({ filters: { building: value.trim() || undefined } });
              }}
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
            locale={{ emptyText: t('defectWork.empty') }}
            rowSelection={
              selectable
                ? {
                    selectedRowKeys: selected.map((defect) => defect.id),
                    onChange: (_, rows) => setSelected(rows),
                    getCheckboxProps: (defect) => ({ 'aria-label': defect.description }) as object,
                  }
                : undefined
            }
            rowClassName={(defect) => (overdue(defect) ? 'defect-row--overdue' : '')}
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
              {
                title: t('defects.description'),
                key: 'description',
                width: 280,
                render: (_, defect) => (
                  <Link to={`/projects/${projectId}/defects/${defect.id}`} data-testid="defect-open">
                    {defect.description}
                  </Link>
                ),
              },
              {
                title: t('defects.status'),
                key: 'status',
                render: (_, defect) => <DefectStatusTag status={defect.status} />,
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
                    {overdue(defect) && (
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
