import { useQuery } from '@tanstack/react-query';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { unitAddressLabel } from '@handover/domain';
import { api, call } from '../../api/client';
import type { components } from '../../api/schema';

export type UnitSummary = components['schemas']['UnitSummaryDto'];

export const unitAddress = (unit: Pick<UnitSummary, 'building' | 'unit' | 'room'>): string =>
  unitAddressLabel({ building: unit.building, unitNo: unit.unit, room: unit.room });

/**
 * Finds a unit of the project as the handover desk does (GET /projects/{id}/units?search=…, searched on the server:
 * part of the address, the owner's name or the last digits of the phone) and hands back the chosen unit.
 */
export function UnitPicker({
  projectId,
  value,
  onChange,
  placeholder,
  testId,
  style,
}: {
  projectId: string;
  value?: string;
  onChange: (unit: UnitSummary | undefined) => void;
  placeholder: string;
  testId: string;
  style?: React.CSSProperties;
}) {
  const [search, setSearch] = useState('');
  const [settled, setSettled] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setSettled(search.trim()), 300);
    return () => clearTimeout(timer);
  }, [search]);
  const units = useQuery({
    queryKey: ['unit-picker', projectId, settled],
    queryFn: () =>
      call(
        api.GET('/projects/{id}/units', {
          params: { path: { id: projectId }, query: { search: settled || undefined, page: 1, pageSize: 20 } },
        }),
      ),
    placeholderData: (previous) => previous,
  });
  const items = units.data?.items ?? [];
  return (
    <Select
      allowClear
      style={{ minWidth: 240, ...style }}
      value={value}
      placeholder={placeholder}
      loading={units.isFetching}
      showSearch={{ filterOption: false, onSearch: setSearch }}
      onChange={(id?: string) => onChange(items.find((unit) => unit.id === id))}
      options={items.map((unit) => ({ value: unit.id, label: `${unitAddress(unit)} · ${unit.ownerName}` }))}
      data-testid={testId}
    />
  );
}
