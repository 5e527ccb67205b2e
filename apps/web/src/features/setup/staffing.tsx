import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { App, Button, List, Select, Space, Tag, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DEPARTMENTS, type Department } from '@handover/domain';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import { ProjectStaff } from '../admin/project-staff';

interface Head {
  id: string;
  name: string;
  department?: string | null;
}

/**
 * 项目人员: the lead finds a department head by name (GET /users/department-heads, searched on the server, optionally
 * within a department) and adds them to the project (POST /projects/{id}/assignments). Who was added in this visit
 * is listed; a refusal (e.g. not a department head) is worded from its code.
 */
export function Staffing({ projectId }: { projectId: string }) {
  const { t } = useTranslation(['setup', 'common']);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [department, setDepartment] = useState<Department | undefined>();
  const [search, setSearch] = useState('');
  const [settledSearch, setSettledSearch] = useState('');
  const [chosen, setChosen] = useState<Department | undefined>();
  const [added, setAdded] = useState<Head[]>([]);
  useEffect(() => {
    const timer = setTimeout(() => setSettledSearch(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);

  const heads = useQuery({
    queryKey: ['department-heads', settledSearch, department ?? ''],
    queryFn: () =>
      call(
        api.GET('/users/department-heads', {
          params: { query: { q: settledSearch || undefined, department, page: 1, pageSize: 50 } },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  const options: Head[] = heads.data?.items ?? [];
  const departmentLabel = (value?: string | null) => (value ? t(`common:department.${value}`) : '');

  const assign = useMutation({
    mutationFn: (head: Head) =>
      call(api.POST('/projects/{id}/assignments', { params: { path: { id: projectId } }, body: { userId: head.id } })),
    onSuccess: (_, head) => {
      setAdded((list) => [head, ...list.filter((other) => other.id !== head.id)]);
      setChosen(undefined);
      void message.success(t('staffing.assigned', { name: head.name }));
      void queryClient.invalidateQueries({ queryKey: ['project-assignments', projectId] });
    },
  });
  const chosenHead = options.find((head) => head.id === chosen);

  return (
    <>
      <div data-testid="staffing-current" style={{ marginBottom: 12 }}>
        <Typography.Text strong>{t('staffing.current')}</Typography.Text>
        <ProjectStaff projectId={projectId} />
      </div>
      <div data-testid="staffing">
        <Typography.Paragraph type="secondary">{t('staffing.hint')}</Typography.Paragraph>
        <Space wrap style={{ marginBottom: 12 }}>
          <Select
            allowClear
            style={{ minWidth: 140 }}
            placeholder={t('staffing.allDepartments')}
            value={department}
            onChange={(value) => {
              setDepartment(value);
              setChosen(undefined);
            }}
            options={DEPARTMENTS.map((value) => ({ value, label: departmentLabel(value) }))}
            aria-label={t('staffing.department')}
            data-testid="staffing-department"
          />
          <Select
            style={{ minWidth: 260 }}
            value={chosen}
            onChange={setChosen}
            showSearch={{ filterOption: false, onSearch: setSearch }}
            loading={heads.isFetching}
            placeholder={t('staffing.search')}
            notFoundContent={heads.isSuccess ? t('staffing.none') : undefined}
            options={options.map((head) => ({
              value: head.id,
              label: `${head.name} · ${departmentLabel(head.department)}`,
            }))}
            data-testid="staffing-search"
          />
          <Button
            type="primary"
            disabled={!chosenHead}
            loading={assign.isPending}
            onClick={() => chosenHead && assign.mutate(chosenHead)}
            data-testid="staffing-assign"
          >
            {t('staffing.assign')}
          </Button>
        </Space>
        {heads.isError && <ApiErrorAlert error={heads.error} onRetry={() => void heads.refetch()} />}
        {assign.isError && <ApiErrorAlert error={assign.error} />}
        {added.length > 0 && (
          <List
            size="small"
            header={t('staffing.assignedNow')}
            dataSource={added}
            data-testid="staffing-added"
            renderItem={(head) => (
              <List.Item>
                {head.name} <Tag>{departmentLabel(head.department)}</Tag>
              </List.Item>
            )}
          />
        )}
      </div>
    </>
  );
}

interface Person {
  id: string;
  name: string;
  role: string;
  department?: string | null;
}

/**
 * 城市公司负责人: whom an overdue gate reaches after the signers and the lead, before HQ. The lead searches everyone by
 * name on the server (GET /users) and saves the choice (PUT /projects/{id}/city-responsible); clearing it is allowed.
 */
export function CityResponsiblePicker({ projectId }: { projectId: string }) {
  const { t } = useTranslation(['setup', 'common']);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [settledSearch, setSettledSearch] = useState('');
  const [chosen, setChosen] = useState<string | undefined>();
  useEffect(() => {
    const timer = setTimeout(() => setSettledSearch(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const people = useQuery({
    queryKey: ['users', 'city-responsible', settledSearch],
    queryFn: () =>
      call(api.GET('/users', { params: { query: { q: settledSearch || undefined, page: 1, pageSize: 50 } } })),
    placeholderData: (previous) => previous,
  });
  const options: Person[] = people.data?.items ?? [];
  const describe = (person: Person) =>
    [
      person.name,
      t(`common:role.${person.role}`, { defaultValue: person.role }),
      person.department && t(`common:department.${person.department}`),
    ]
      .filter(Boolean)
      .join(' · ');
  const save = useMutation({
    mutationFn: (userId: string | null) =>
      call(api.PUT('/projects/{id}/city-responsible', { params: { path: { id: projectId } }, body: { userId } })),
    onSuccess: (_, userId) => {
      const person = options.find((option) => option.id === userId);
      setChosen(undefined);
      void message.success(person ? t('cityResponsible.saved', { name: person.name }) : t('cityResponsible.cleared'));
      void queryClient.invalidateQueries({ queryKey: ['project-assignments', projectId] });
    },
  });
  return (
    <div data-testid="city-responsible">
      <Typography.Paragraph type="secondary">{t('cityResponsible.hint')}</Typography.Paragraph>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          style={{ minWidth: 280 }}
          value={chosen}
          onChange={setChosen}
          showSearch={{ filterOption: false, onSearch: setSearch }}
          loading={people.isFetching}
          placeholder={t('cityResponsible.search')}
          notFoundContent={people.isSuccess ? t('cityResponsible.none') : undefined}
          options={options.map((person) => ({ value: person.id, label: describe(person) }))}
          data-testid="city-responsible-search"
        />
        <Button
          type="primary"
          disabled={!chosen}
          loading={save.isPending && save.variables !== null}
          onClick={() => chosen && save.mutate(chosen)}
          data-testid="city-responsible-save"
        >
          {t('cityResponsible.save')}
        </Button>
        <Button
          loading={save.isPending && save.variables === null}
          onClick={() => save.mutate(null)}
          data-testid="city-responsible-clear"
        >
          {t('cityResponsible.clear')}
        </Button>
      </Space>
      {people.isError && <ApiErrorAlert error={people.error} onRetry={() => void people.refetch()} />}
      {save.isError && <ApiErrorAlert error={save.error} />}
    </div>
  );
}
