import { WarningOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Card, Col, DatePicker, Flex, Input, Row, Select, Table, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';
import { useCurrentUser } from '../../auth/auth-context';
import { QueryView } from '../../shared/query-view';
import { usePageParams } from '../../shared/use-page-params';
import { LAUNCHING_ROLES, PHASE_KEYS, PROJECT_STATUSES, type PhaseKey, type ProjectStatus } from './project-words';

type ProjectSummary = components['schemas']['ProjectSummaryDto'];
type Filters = { phase?: string; atRisk?: string; status?: string; cityCompany?: string; from?: string; to?: string };

/** My projects: the projects I may see, filtered and paginated by the API. */
export function ProjectsPage() {
  const { t } = useTranslation(['lead', 'common']);
  const user = useCurrentUser();
  const navigate = useNavigate();
  const { page, pageSize, filters, update } = usePageParams<Filters>([
    'phase',
    'atRisk',
    'status',
    'cityCompany',
    'from',
    'to',
  ]);
  const projects = useQuery({
    queryKey: ['projects', page, pageSize, filters],
    queryFn: () =>
      call(
        api.GET('/projects', {
          params: {
            query: {
              page,
              pageSize,
              phase: filters.phase as PhaseKey | undefined,
              atRisk: filters.atRisk === undefined ? undefined : filters.atRisk === 'true',
              status: filters.status as ProjectStatus | undefined,
              cityCompany: filters.cityCompany,
              from: filters.from,
              to: filters.to,
            },
          },
        }),
      ),
    placeholderData: (previous) => previous,
  });

  return (
    <>
      <Flex justify="space-between" align="center" wrap gap={8} style={{ marginBottom: 16 }}>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('projects.title')}
        </Typography.Title>
        {LAUNCHING_ROLES.includes(user.role) && (
          <Button type="primary" data-testid="launch-project" onClick={() => void navigate('/projects/new')}>
            {t('projects.launch')}
          </Button>
        )}
      </Flex>
      <Card size="small" style={{ marginBottom: 16 }}>
        <Row gutter={[12, 12]}>
          <Col xs={24} sm={12} lg={4}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('projects.filterPhase')}
              data-testid="filter-phase"
              value={filters.phase}
              onChange={(phase?: string) => update({ filters: { phase } })}
              options={PHASE_KEYS.map((key) => ({ value: key, label: t(`common:phase.${key}`) }))}
            />
          </Col>
          <Col xs={24} sm={12} lg={4}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('projects.filterAtRisk')}
              data-testid="filter-at-risk"
              value={filters.atRisk}
              onChange={(atRisk?: string) => update({ filters: { atRisk } })}
              options={[
                { value: 'true', label: t('projects.yes') },
                { value: 'false', label: t('projects.no') },
              ]}
            />
          </Col>
          <Col xs={24} sm={12} lg={4}>
            <Select
              allowClear
              style={{ width: '100%' }}
              placeholder={t('projects.filterStatus')}
              value={filters.status}
              onChange={(status?: string) => update({ filters: { status } })}
              options={PROJECT_STATUSES.map((status) => ({ value: status, label: t(`projectStatus.${status}`) }))}
            />
          </Col>
          <Col xs={24} sm={12} lg={4}>
            <Input.Search
              allowClear
              placeholder={t('projects.filterCity')}
              defaultValue={filters.cityCompany}
              onSearch={(cityCompany) => update({ filters: { cityCompany: cityCompany.trim() } })}
            />
          </Col>
          <Col xs={24} sm={18} lg={6}>
            <DatePicker.RangePicker
              style={{ width: '100%' }}
              placeholder={[t('projects.filterD'), t('projects.filterD')]}
              value={[filters.from ? dayjs(filters.from) : null, filters.to ? dayjs(filters.to) : null]}
              allowEmpty={[true, true]}
              onChange={(range) =>
                update({ filters: { from: range?.[0]?.format('YYYY-MM-DD'), to: range?.[1]?.format('YYYY-MM-DD') } })
              }
            />
          </Col>
          <Col xs={24} sm={6} lg={2}>
            <Button
              block
              onClick={() =>
                update({ filters: { phase: '', atRisk: '', status: '', cityCompany: '', from: '', to: '' } })
              }
            >
              {t('projects.reset')}
            </Button>
          </Col>
        </Row>
      </Card>
      <QueryView query={projects}>
        {(data) => (
          <Table<ProjectSummary>
            rowKey="id"
            data-testid="projects-table"
            size="middle"
            scroll={{ x: true }}
            loading={projects.isFetching}
            dataSource={data.items}
            pagination={{
              current: page,
              pageSize,
              total: data.total,
              showSizeChanger: true,
              showTotal: (total) => t('projects.total', { total }),
              onChange: (nextPage, nextSize) => update({ page: nextPage, pageSize: nextSize }),
            }}
            columns={[
              {
                title: t('projects.name'),
                key: 'name',
                render: (_, project) => (
                  <Link to={`/projects/${project.id}`}>{`${project.name} · ${project.batch}`}</Link>
                ),
              },
              { title: t('projects.cityCompany'), dataIndex: 'cityCompany' },
              { title: t('projects.firstHandoverDate'), dataIndex: 'firstHandoverDate' },
              {
                title: t('projects.currentPhase'),
                dataIndex: 'currentPhase',
                render: (phase: string | null) => (phase ? t(`common:phase.${phase}`) : '—'),
              },
              {
                title: t('projects.atRisk'),
                dataIndex: 'atRisk',
                render: (atRisk: boolean) =>
                  atRisk ? (
                    <Tag color="red" icon={<WarningOutlined />}>
                      {t('common:atRisk')}
                    </Tag>
                  ) : (
                    '—'
                  ),
              },
              {
                title: t('projects.status'),
                dataIndex: 'status',
                render: (status: string) => (
                  <Tag color={status === 'completed' ? 'green' : status === 'active' ? 'blue' : 'default'}>
                    {t(`projectStatus.${status}`)}
                  </Tag>
                ),
              },
            ]}
          />
        )}
      </QueryView>
    </>
  );
}
