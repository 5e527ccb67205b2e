import { useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CONTRACTOR_COMPANY_KINDS } from '@handover/domain';
import { api, call } from '../../api/client';
import { useCurrentUser } from '../../auth/auth-context';
import { QueryView } from '../../shared/query-view';
import { formatDateTime } from '../../shared/time';
import { usePageParams } from '../../shared/use-page-params';
import type { ContractorCompany } from './company-kind';
import { CreateContractorCompanyForm } from './contractor-company-form';

/** Who registers companies (the API's POST /contractor-companies); department heads may only look. */
const REGISTRARS: ReadonlySet<string> = new Set(['admin', 'hq', 'project_lead']);

/**
 * 施工单位 (admins, HQ, project leads): the registered contractor companies — the general contractor and the trade
 * subcontractors — searched by part of the name and filtered by kind on the server (both in the URL, paged by the
 * API), and registering a new one.
 */
export function ContractorCompaniesPage() {
  const { t, i18n } = useTranslation('admin');
  const { role } = useCurrentUser();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { page, pageSize, filters, update } = usePageParams<{ q?: string; kind?: string }>(['q', 'kind']);
  const kind = CONTRACTOR_COMPANY_KINDS.find((value) => value === filters.kind);
  const [search, setSearch] = useState(filters.q ?? '');
  const [creating, setCreating] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (search.trim() !== (filters.q ?? '')) update({ filters: { q: search.trim() } });
    }, 300);
    return () => clearTimeout(timer);
  });
  const query = { page, pageSize, q: filters.q || undefined, kind };
  const companies = useQuery({
    queryKey: ['contractor-companies', 'list', query],
    queryFn: () => call(api.GET('/contractor-companies', { params: { query } })),
    placeholderData: (previous) => previous,
  });

  return (
    <>
      <Typography.Title level={3}>{t('companies.title')}</Typography.Title>
      <Card size="small">
        <Typography.Paragraph type="secondary">{t('companies.hint')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            style={{ width: 240 }}
            placeholder={t('companies.search')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onSearch={(value) => update({ filters: { q: value.trim() } })}
            data-testid="companies-search"
          />
          <Select
            allowClear
            style={{ minWidth: 160 }}
            placeholder={t('companies.allKinds')}
            value={kind}
            onChange={(value?: string) => update({ filters: { kind: value } })}
            options={CONTRACTOR_COMPANY_KINDS.map((value) => ({ value, label: t(`companies.kinds.${value}`) }))}
            data-testid="companies-kind"
          />
          {REGISTRARS.has(role) && (
            <Button type="primary" onClick={() => setCreating(true)} data-testid="companies-create">
              {t('companies.create')}
            </Button>
          )}
        </Space>
        <QueryView query={companies}>
          {(data) => (
            <Table<ContractorCompany>
              rowKey="id"
              size="small"
              data-testid="companies-list"
              dataSource={data.items}
              locale={{ emptyText: t('companies.empty') }}
              pagination={{
                current: data.page,
                pageSize: data.pageSize,
                total: data.total,
                showSizeChanger: true,
                showTotal: (count) => t('companies.total', { count }),
              }}
              onChange={(pagination) => update({ page: pagination.current, pageSize: pagination.pageSize })}
              columns={[
                { title: t('companies.name'), dataIndex: 'name' },
                {
                  title: t('companies.kind'),
                  dataIndex: 'kind',
                  render: (value: string) => <Tag>{t(`companies.kinds.${value}`, { defaultValue: value })}</Tag>,
                },
                {
                  title: t('companies.createdAt'),
                  dataIndex: 'createdAt',
                  render: (value: string) => formatDateTime(value, undefined, i18n.language),
                },
              ]}
            />
          )}
        </QueryView>
      </Card>
      <Modal
        open={creating}
        title={t('companies.form.title')}
        footer={null}
        onCancel={() => setCreating(false)}
        destroyOnHidden
      >
        <CreateContractorCompanyForm
          onCancel={() => setCreating(false)}
          onCreated={(company) => {
            setCreating(false);
            void message.success(t('companies.form.created', { name: company.name }));
            void queryClient.invalidateQueries({ queryKey: ['contractor-companies'] });
          }}
        />
      </Modal>
    </>
  );
}
