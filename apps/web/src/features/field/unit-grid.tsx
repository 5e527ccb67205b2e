import { memo, useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { unitAddressLabel } from '@handover/domain';
import type { components } from '../../api/schema';
import { UNIT_STATES, type UnitState } from './unit-states';
import './unit-grid.css';

export type GridUnit = components['schemas']['UnitGridCellDto'];

export interface FloorRow {
  floor: number | null;
  units: GridUnit[];
}

export interface BuildingGroup {
  building: string;
  floors: FloorRow[];
  count: number;
  /** the building has several 单元, so a room number alone does not name a unit */
  severalEntrances: boolean;
}

const naturalOrder = new Intl.Collator('zh-CN', { numeric: true }).compare;

/** 楼栋 → floors (top floor first, rooms without a floor last) → units by 单元 and room. */
export function groupByBuilding(units: readonly GridUnit[]): BuildingGroup[] {
  const buildings = new Map<string, Map<number | null, GridUnit[]>>();
  for (const unit of units) {
    let floors = buildings.get(unit.building);
    if (!floors) buildings.set(unit.building, (floors = new Map()));
    const row = floors.get(unit.floor);
    if (row) row.push(unit);
    else floors.set(unit.floor, [unit]);
  }
  return [...buildings.entries()]
    .sort(([a], [b]) => naturalOrder(a, b))
    .map(([building, floors]) => ({
      building,
      count: [...floors.values()].reduce((sum, row) => sum + row.length, 0),
      severalEntrances: new Set([...floors.values()].flat().map((unit) => unit.unit)).size > 1,
      floors: [...floors.entries()]
        .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : b - a))
        .map(([floor, row]) => ({
          floor,
          units: row.sort((x, y) => naturalOrder(x.unit, y.unit) || naturalOrder(x.room, y.room)),
        })),
    }));
}

export function countByState(units: readonly GridUnit[]): Record<UnitState, number> {
  const counts = Object.fromEntries(UNIT_STATES.map((state) => [state, 0])) as Record<UnitState, number>;
  for (const unit of units) counts[unit.state] += 1;
  return counts;
}

/** The colour key with the number of units at each step; a click filters the grid to that step (again: all). */
export function UnitGridLegend({
  counts,
  selected,
  onSelect,
}: {
  counts: Record<UnitState, number>;
  selected: UnitState | undefined;
  onSelect: (state: UnitState | undefined) => void;
}) {
  const { t } = useTranslation('common');
  return (
    <div className="unit-legend" data-testid="unit-legend">
      {UNIT_STATES.map((state) => (
        <button
          type="button"
          key={state}
          className="unit-legend__item"
          aria-pressed={selected === state}
          data-testid={`legend-${state}`}
          onClick={() => onSelect(selected === state ? undefined : state)}
        >
          <span className={`unit-legend__swatch unit-state--${state}`} />
          {t(`step.${state}`)}
          <strong data-testid={`legend-count-${state}`}>{counts[state]}</strong>
        </button>
      ))}
    </div>
  );
}

/**
 * 房源图: one card per building, floors as rows, a plain button per unit coloured by its handover step. Thousands of
 * units render as plain elements with one click listener for the whole grid, so a 3,000-unit project stays fast.
 */
export const UnitGrid = memo(function UnitGrid({
  units,
  onOpen,
}: {
  units: readonly GridUnit[];
  onOpen: (unitId: string) => void;
}) {
  const { t } = useTranslation(['field', 'common']);
  const groups = useMemo(() => groupByBuilding(units), [units]);
  const stateLabels = useMemo(
    () =>
      Object.fromEntries(UNIT_STATES.map((state) => [state, t(`common:step.${state}`)])) as Record<UnitState, string>,
    [t],
  );

  function handleClick(event: MouseEvent<HTMLDivElement>) {
    const cell = (event.target as HTMLElement).closest<HTMLElement>('[data-unit-id]');
    if (cell?.dataset.unitId) onOpen(cell.dataset.unitId);
  }

  return (
    <div className="unit-grid" data-testid="unit-grid" onClick={handleClick}>
      {groups.map((group) => (
        <section
          key={group.building}
          className="unit-grid__building"
          data-testid="building-card"
          data-building={group.building}
        >
          <div className="unit-grid__building-title">
            <span>{t('field:grid.building', { building: group.building })}</span>
            <span>{t('field:grid.unitCount', { count: group.count })}</span>
          </div>
          <div className="unit-grid__floors">
            {group.floors.map((row) => (
              <div key={row.floor ?? 'none'} className="unit-grid__floor">
                <span className="unit-grid__floor-label">
                  {row.floor === null ? '—' : t('field:grid.floor', { floor: row.floor })}
                </span>
                {row.units.map((unit) => (
                  <button
                    type="button"
                    key={unit.id}
                    className={`unit-cell unit-state--${unit.state}`}
                    data-unit-id={unit.id}
                    data-state={unit.state}
                    data-testid="unit-cell"
                    title={`${unitAddressLabel({ building: unit.building, unitNo: unit.unit, room: unit.room })} · ${stateLabels[unit.state]}`}
                  >
                    {group.severalEntrances ? `${unit.unit}-${unit.room}` : unit.room}
                  </button>
                ))}
              </div>
            ))}
          </div>
        </section>
      ))}
    </div>
  );
});
