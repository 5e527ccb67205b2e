import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';

/**
 * Picks the department heads who staff a project, searched by name on the server (GET /users/department-heads);
 * the form keeps their ids. A refused search shows the server's message as the list's empty text.
 */
export function DepartmentHeadPicker({ value, onChange }: { value?: string[]; onChange?: (ids: string[]) => void }) {
  const { t } = useTranslation(['lead', 'common']);
  const [search, setSearch] = useState('');
  const [settledSearch, setSettledSearch] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSettledSearch(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);

  const heads = useQuery({
    queryKey: ['department-heads', settledSearch],
    queryFn: () =>
      call(
        api.GET('/users/department-heads', {
          params: { query: { q: settledSearch || undefined, page: 1, pageSize: 50 } },
        }),
      ),
    placeholderData: (previous) => previous,
  });

  return (
    <Select
      mode="multiple"
      value={value}
      onChange={onChange}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      loading={heads.isFetching}
      placeholder={t('launch.departmentHeadsPlaceholder')}
      notFoundContent={heads.isError ? heads.error.message : undefined}
      options={(heads.data?.items ?? []).map((head) => ({
        value: head.id,
        label: `${head.name} · ${head.department ? t(`common:department.${head.department}`) : ''}`,
      }))}
      data-testid="department-head-picker"
    />
  );
}
