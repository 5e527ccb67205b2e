import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { catalogueLanguage, refusalText } from '../../api/refusal-text';

function refusalLine(error: unknown, language: ReturnType<typeof catalogueLanguage>): string {
  const { sentence, details } = refusalText(error, language);
  return [sentence, ...details].filter(Boolean).join(' ');
}

/**
 * Picks the department heads who staff a project, searched by name on the server (GET /users/department-heads);
 * the form keeps their ids. A refused search shows the refusal (in the console's language) as the list's empty text.
 */
export function DepartmentHeadPicker({ value, onChange }: { value?: string[]; onChange?: (ids: string[]) => void }) {
  const { t, i18n } = useTranslation(['lead', 'common']);
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
      notFoundContent={heads.isError ? refusalLine(heads.error, catalogueLanguage(i18n.language)) : undefined}
      options={(heads.data?.items ?? []).map((head) => ({
        value: head.id,
        label: `${head.name} · ${head.department ? t(`common:department.${head.department}`) : ''}`,
      }))}
      data-testid="department-head-picker"
    />
  );
}
