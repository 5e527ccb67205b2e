import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Input, Modal, Select, Space, Table, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENTS } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components, operations } from '../../api/schema';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { QueryView } from '../../shared/query-view';
import { usePageParams } from '../../shared/use-page-params';
import { CreateUserForm } from './create-user-form';
import { CREATABLE_ROLES } from './roles';
import { TokenModal } from './token-modal';

type User = components['schemas']['UserResponseDto'];
type ListQuery = NonNullable<operations['UsersController_list']['parameters']['query']>;

/**
 * 用户管理 (admins): everyone, searched by part of the name on the server and filtered by role and department (all in
 * the URL); a new user is created with their first token, and a token can be issued again — each shown once.
 */
export function UsersPage() {
  const { t } = useTranslation(['admin', 'common']);
  const { message, modal } = App.useApp();
  const queryClient = useQueryClient();
  const { page, pageSize, filters, update } = usePageParams<{ q?: string; role?: string; department?: string }>([
    'q',
    'role',
    'department',
  ]);
  const role = CREATABLE_ROLES.find((value) => value === filters.role);
  const department = DEPARTMENTS.find((value) => value === filters.department);
  const [search, setSearch] = useState(filters.q ?? '');
  const [creating, setCreating] = useState(false);
  const [issued, setIssued] = useState<{ name: string; token: string } | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => {
      if (search.trim() !== (filters.q ?? '')) update({ filters: { q: search.trim() } });
    }, 300);
    return () => clearTimeout(timer);
  });

  const query: ListQuery = { page, pageSize, q: filters.q || undefined, role, department };
  const users = useQuery({
    queryKey: ['users', query],
    queryFn: () => call(api.GET('/users', { params: { query } })),
    placeholderData: (previous) => previous,
  });
  const mint = useMutation({
    mutationFn: (user: User) => call(api.POST('/users/{id}/tokens', { params: { path: { id: user.id } } })),
    onSuccess: (withToken) => {
      setIssued({ name: withToken.name, token: withToken.token });
      void message.success(t('token.issued', { name: withToken.name }));
    },
  });
  const label = (value: string | null | undefined, kind: 'role' | 'department') =>
    value ? t(`common:${kind}.${value}`, { defaultValue: value }) : '—';

  return (
    <>
      <Typography.Title level={3}>{t('users.title')}</Typography.Title>
      <Card size="small">
        <Typography.Paragraph type="secondary">{t('users.hint')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            style={{ width: 220 }}
            placeholder={t('users.search')}
            value={search}
            onChange={(event) => setSearch(event.target.value)}
            onSearch={(value) => update({ filters: { q: value.trim() } })}
            data-testid="users-search"
          />
          <Select
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('users.allRoles')}
            value={role}
            onChange={(value?: string) => update({ filters: { role: value } })}
            options={CREATABLE_ROLES.map((value) => ({ value, label: label(value, 'role') }))}
            data-testid="users-role"
          />
          <Select
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('users.allDepartments')}
            value={department}
            onChange={(value?: string) => update({ filters: { department: value } })}
            options={DEPARTMENTS.map((value) => ({ value, label: label(value, 'department') }))}
            data-testid="users-department"
          />
          <Button type="primary" onClick={() => setCreating(true)} data-testid="users-create">
            {t('users.create')}
          </Button>
        </Space>
        {mint.isError && <ApiErrorAlert error={mint.error} />}
        <QueryView query={users}>
          {(data) => (
            <Table<User>
              rowKey="id"
              size="small"
              data-testid="users-list"
              dataSource={data.items}
              locale={{ emptyText: t('users.empty') }}
              pagination={{
                current: data.page,
                pageSize: data.pageSize,
                total: data.total,
                showSizeChanger: true,
                showTotal: (count) => t('users.total', { count }),
              }}
              onChange={(pagination) => update({ page: pagination.current, pageSize: pagination.pageSize })}
              columns={[
                { title: t('users.name'), dataIndex: 'name' },
                {
                  title: t('users.role'),
                  dataIndex: 'role',
                  render: (value: string) => <Tag>{label(value, 'role')}</Tag>,
                },
                {
                  title: t('users.department'),
                  dataIndex: 'department',
                  render: (value: string | null) => label(value, 'department'),
                },
                {
                  title: t('users.actions'),
                  key: 'actions',
                  render: (_, user) => (
                    <Button
                      size="small"
                      loading={mint.isPending && mint.variables?.id === user.id}
                      onClick={() =>
                        void modal.confirm({
                          title: t('token.confirm', { name: user.name }),
                          okText: t('token.confirmOk'),
                          onOk: () => mint.mutate(user),
                        })
                      }
                      data-testid="users-issue-token"
                    >
                      {t('users.issueToken')}
                    </Button>
                  ),
                },
              ]}
            />
          )}
        </QueryView>
      </Card>
      <Modal
        open={creating}
        title={t('create.title')}
        footer={null}
        onCancel={() => setCreating(false)}
        destroyOnHidden
      >
        <CreateUserForm
          onCancel={() => setCreating(false)}
          onCreated={(user) => {
            setCreating(false);
            setIssued({ name: user.name, token: user.token });
            void message.success(t('create.created', { name: user.name }));
            void queryClient.invalidateQueries({ queryKey: ['users'] });
          }}
        />
      </Modal>
      <TokenModal issued={issued} onClose={() => setIssued(null)} />
    </>
  );
}
