import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, call } from '../../api/client';
import { ApiErrorAlert } from '../../shared/api-error-alert';
import type { ContractorCompany } from './company-kind';

/**
 * Picks a registered contractor company (施工单位), searched by part of the name on the server
 * (GET /contractor-companies?q=), each shown with its kind. Works as an antd form control (value / onChange).
 */
export function CompanyPicker({
  value,
  onChange,
  exclude,
  testId,
  style,
}: {
  value?: string;
  onChange?: (companyId: string | undefined, company?: ContractorCompany) => void;
  /** companies not to offer (e.g. those already on the project) */
  exclude?: ReadonlySet<string>;
  testId: string;
  style?: React.CSSProperties;
}) {
  const { t } = useTranslation('admin');
  const [search, setSearch] = useState('');
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSettled(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const companies = useQuery({
    queryKey: ['contractor-companies', 'picker', settled],
    queryFn: () =>
      call(api.GET('/contractor-companies', { params: { query: { q: settled || undefined, page: 1, pageSize: 50 } } })),
    placeholderData: (previous) => previous,
  });
  const items = (companies.data?.items ?? []).filter((company) => !exclude?.has(company.id));
  return (
    <>
      <Select
        style={{ minWidth: 280, ...style }}
        value={value}
        onChange={(id?: string) =>
          onChange?.(
            id,
            items.find((company) => company.id === id),
          )
        }
        allowClear
        showSearch={{ filterOption: false, onSearch: setSearch }}
        loading={companies.isFetching}
        placeholder={t('companies.picker.placeholder')}
        notFoundContent={companies.isSuccess ? t('companies.picker.none') : undefined}
        options={items.map((company) => ({
          value: company.id,
          label: `${company.name} · ${t(`companies.kinds.${company.kind}`)}`,
        }))}
        data-testid={testId}
      />
      {companies.isError && <ApiErrorAlert error={companies.error} onRetry={() => void companies.refetch()} />}
    </>
  );
}
