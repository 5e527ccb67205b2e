import { useQuery } from '@tanstack/react-query';
import { App, Button, Descriptions, Drawer, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { api, call } from '../../api/client';
import { useCurrentUser } from '../../auth/auth-context';
import type { components } from '../../api/schema';
import { QueryView } from '../../shared/query-view';
import { formatDateTime } from '../../shared/time';
import { usePageParams } from '../../shared/use-page-params';
import { parseCaseOrigin } from '../cases/case-origin';
import { CreateCaseForm } from '../cases/create-case-form';

type Case = components['schemas']['CaseDto'];

const KINDS = ['design_defect', 'common_quality_problem', 'typical_complaint'] as const;

/** Who may add a case (the API's roles for POST /cases). */
const CASE_WRITERS: ReadonlySet<string> = new Set(['project_lead', 'department_head', 'hq']);

/**
 * 案例库: search by text (q) and tag across projects, paged by the API; a case opens in a drawer. A new case is
 * written in a drawer too: blank (`?new=1`) or started from a record (`?from=defect:<id>&project=<projectId>`).
 */
export function CasesPage() {
  const { t, i18n } = useTranslation('hq');
  const { page, pageSize, filters, update } = usePageParams<{ q?: string; tag?: string; kind?: string }>([
    'q',
    'tag',
    'kind',
  ]);
  const [params, setParams] = useSearchParams();
  const openCaseId = params.get('case');
  const { role } = useCurrentUser();
  const { message } = App.useApp();
  const origin = parseCaseOrigin(params.get('from'), params.get('project'));
  const creating = CASE_WRITERS.has(role) && (origin !== null || params.get('new') === '1');
  const kind = KINDS.find((value) => value === filters.kind);
  const cases = useQuery({
    queryKey: ['cases', page, pageSize, filters.q, filters.tag, kind],
    queryFn: () =>
      call(api.GET('/cases', { params: { query: { page, pageSize, q: filters.q, tag: filters.tag, kind } } })),
  });

  function openCase(caseId: string | null) {
    const next = new URLSearchParams(params);
    if (caseId) next.set('case', caseId);
    else next.delete('case');
    setParams(next, { replace: true });
  }

  function startCase(open: boolean, createdId?: string) {
    const next = new URLSearchParams(params);
    for (const key of ['new', 'from', 'project']) next.delete(key);
    if (open) next.set('new', '1');
    if (createdId) next.set('case', createdId);
    setParams(next, { replace: true });
  }

  return (
    <>
      <Space align="baseline" style={{ width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3}>{t('cases.title')}</Typography.Title>
        {CASE_WRITERS.has(role) && (
          <Button type="primary" onClick={() => startCase(true)} data-testid="case-create">
            {t('cases.create.button')}
          </Button>
        )}
      </Space>
      <Space wrap style={{ marginBottom: 12 }}>
        <Input.Search
          key={`q-${filters.q ?? ''}`}
          allowClear
          defaultValue={filters.q}
          placeholder={t('cases.search')}
          onSearch={(value) => update({ filters: { q: value.trim() } })}
          style={{ width: 280 }}
          data-testid="case-search"
        />
        <Input.Search
          key={`tag-${filters.tag ?? ''}`}
          allowClear
          defaultValue={filters.tag}
          placeholder={t('cases.tag')}
          onSearch={(value) => update({ filters: { tag: value.trim() } })}
          style={{ width: 180 }}
          data-testid="case-tag"
        />
        <Select
          allowClear
          style={{ minWidth: 160 }}
          placeholder={t('cases.allKinds')}
          value={kind}
          onChange={(value?: string) => update({ filters: { kind: value } })}
          options={KINDS.map((value) => ({ value, label: t(`cases.kinds.${value}`) }))}
        />
      </Space>
      <QueryView query={cases}>
        {(data) => (
          <Table<Case>
            rowKey="id"
            size="small"
            data-testid="case-list"
            dataSource={data.items}
            scroll={{ x: true }}
            locale={{ emptyText: t('cases.empty') }}
            pagination={{ current: data.page, pageSize: data.pageSize, total: data.total, showSizeChanger: true }}
            onChange={(pagination) => update({ page: pagination.current, pageSize: pagination.pageSize })}
            onRow={(row) => ({ onClick: () => openCase(row.id), style: { cursor: 'pointer' } })}
            columns={[
              {
                title: t('cases.caseTitle'),
                dataIndex: 'title',
                render: (title: string) => <a data-testid="case-title">{title}</a>,
              },
              {
                title: t('cases.kind'),
                dataIndex: 'kind',
                render: (value: string) => t(`cases.kinds.${value}`, { defaultValue: value }),
              },
              {
                title: t('cases.tags'),
                dataIndex: 'tags',
                render: (tags: string[]) => <CaseTags tags={tags} onPick={(tag) => update({ filters: { tag } })} />,
              },
              {
                title: t('cases.source'),
                key: 'source',
                render: (_, row) =>
                  `${row.sourceProject.cityCompany} · ${row.sourceProject.name} · ${row.sourceProject.batch}`,
              },
              {
                title: t('cases.createdAt'),
                key: 'createdAt',
                render: (_, row) => formatDateTime(row.createdAt, row.sourceProject.timeZone, i18n.language),
              },
            ]}
          />
        )}
      </QueryView>
      <Drawer
        open={creating}
        onClose={() => startCase(false)}
        size="large"
        title={t('cases.create.title')}
        destroyOnHidden
      >
        {creating && (
          <CreateCaseForm
            key={params.get('from') ?? 'new'}
            origin={origin}
            onCreated={(created) => {
              void message.success(t('cases.create.created', { title: created.title }));
              startCase(false, created.id);
            }}
          />
        )}
      </Drawer>
      <Drawer
        open={openCaseId !== null && !creating}
        onClose={() => openCase(null)}
        size="large"
        title={t('cases.title')}
        destroyOnHidden
      >
        {openCaseId && <CaseDetail caseId={openCaseId} />}
      </Drawer>
    </>
  );
}

function CaseTags({ tags, onPick }: { tags: string[]; onPick: (tag: string) => void }) {
  return (
    <>
      {tags.map((tag) => (
        <Tag
          key={tag}
          style={{ cursor: 'pointer' }}
          onClick={(event) => {
            event.stopPropagation();
            onPick(tag);
          }}
        >
          {tag}
        </Tag>
      ))}
    </>
  );
}

function CaseDetail({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('hq');
  const detail = useQuery({
    queryKey: ['case', caseId],
    queryFn: () => call(api.GET('/cases/{caseId}', { params: { path: { caseId } } })),
  });
  return (
    <QueryView query={detail}>
      {(c) => (
        <div data-testid="case-detail">
          <Typography.Title level={4}>{c.title}</Typography.Title>
          <Descriptions
            size="small"
            column={1}
            bordered
            items={[
              { key: 'kind', label: t('cases.kind'), children: t(`cases.kinds.${c.kind}`, { defaultValue: c.kind }) },
              { key: 'tags', label: t('cases.tags'), children: c.tags.map((tag) => <Tag key={tag}>{tag}</Tag>) },
              {
                key: 'source',
                label: t('cases.source'),
                children: (
                  <Link
                    to={`/projects/${c.sourceProject.id}`}
                  >{`${c.sourceProject.cityCompany} · ${c.sourceProject.name} · ${c.sourceProject.batch}`}</Link>
                ),
              },
              {
                key: 'record',
                label: t('cases.sourceRecord'),
                children: `${t(`cases.sourceKinds.${c.sourceKind}`, { defaultValue: c.sourceKind })} ${c.sourceRecordId}`,
              },
              {
                key: 'createdAt',
                label: t('cases.createdAt'),
                children: formatDateTime(c.createdAt, c.sourceProject.timeZone, i18n.language),
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t('cases.summary')}
          </Typography.Title>
          <Typography.Paragraph style={{ whiteSpace: 'pre-wrap' }}>{c.summary}</Typography.Paragraph>
        </div>
      )}
    </QueryView>
  );
}
