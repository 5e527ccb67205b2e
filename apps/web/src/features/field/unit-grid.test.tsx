import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import '../../i18n';
import { countByState, groupByBuilding, UnitGrid, UnitGridLegend, type GridUnit } from './unit-grid';
import type { UnitState } from './unit-states';

let serial = 0;
function unit(
  building: string,
  room: string,
  state: UnitState,
  floor: number | null = Math.floor(Number(room) / 100),
): GridUnit {
  serial += 1;
  return { id: `u${serial}`, building, unit: '1', room, floor: Number.isNaN(floor) ? null : floor, state };
}

const units: GridUnit[] = [
  unit('10#', '101', 'not_started'),
  unit('2#', '202', 'handed_over'),
  unit('2#', '101', 'refused'),
  unit('2#', '201', 'objected'),
  unit('2#', '商铺A', 'checked_in', null),
  unit('10#', '102', 'not_started'),
];

describe('groupByBuilding', () => {
  it('orders buildings naturally, floors top down with rooms without a floor last, rooms in order', () => {
    const groups = groupByBuilding(units);
    expect(groups.map((g) => [g.building, g.count])).toEqual([
      ['2#', 4],
      ['10#', 2],
    ]);
    expect(groups[0].floors.map((row) => [row.floor, row.units.map((u) => u.room)])).toEqual([
      [2, ['201', '202']],
      [1, ['101']],
      [null, ['商铺A']],
    ]);
  });
});

describe('<UnitGrid>', () => {
  it('renders one card per building with a cell per unit, classed and tagged by its state', () => {
    render(<UnitGrid units={units} onOpen={() => undefined} />);
    const cards = screen.getAllByTestId('building-card');
    expect(cards.map((card) => card.dataset.building)).toEqual(['2#', '10#']);
    const cells = within(cards[0]).getAllByTestId('unit-cell');
    expect(cells.map((cell) => cell.textContent)).toEqual(['201', '202', '101', '商铺A']);
    expect(cells[1]).toHaveClass('unit-cell', 'unit-state--handed_over');
    expect(cells[1]).toHaveAttribute('data-state', 'handed_over');
    expect(cells[2]).toHaveClass('unit-state--refused');
    expect(cells[0]).toHaveClass('unit-state--objected');
    expect(cells[1]).toHaveAttribute('title', '2#-1-202 · 交付完成');
    expect(within(cards[1]).getAllByTestId('unit-cell')).toHaveLength(2);
  });

  it('names cells by 单元 and room when a building has several 单元', () => {
    render(
      <UnitGrid
        units={[unit('5#', '101', 'not_started'), { ...unit('5#', '101', 'checked_in'), unit: '2' }]}
        onOpen={() => undefined}
      />,
    );
    expect(screen.getAllByTestId('unit-cell').map((cell) => cell.textContent)).toEqual(['1-101', '2-101']);
  });

  it('opens the unit that was clicked', async () => {
    const onOpen = vi.fn();
    render(<UnitGrid units={units} onOpen={onOpen} />);
    await userEvent.click(screen.getByText('商铺A'));
    expect(onOpen).toHaveBeenCalledWith(units[4].id);
    await userEvent.click(screen.getAllByTestId('building-card')[0]);
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('renders 3,000 units as plain buttons', () => {
    const many = Array.from({ length: 3000 }, (_, index) =>
      unit(
        `${Math.floor(index / 100) + 1}#`,
        String(101 + (index % 100)),
        index % 7 === 0 ? 'handed_over' : 'not_started',
      ),
    );
    render(<UnitGrid units={many} onOpen={() => undefined} />);
    expect(screen.getAllByTestId('building-card')).toHaveLength(30);
    expect(screen.getAllByTestId('unit-cell')).toHaveLength(3000);
  });
});

describe('<UnitGridLegend>', () => {
  it('shows the count per step and toggles the step filter', async () => {
    const onSelect = vi.fn();
    const counts = countByState(units);
    const { rerender } = render(<UnitGridLegend counts={counts} selected={undefined} onSelect={onSelect} />);
    expect(screen.getByTestId('legend-count-not_started')).toHaveTextContent('2');
    expect(screen.getByTestId('legend-count-handed_over')).toHaveTextContent('1');
    expect(screen.getByTestId('legend-count-fees_paid')).toHaveTextContent('0');
    expect(screen.getByTestId('legend-refused')).toHaveTextContent('拒收');
    await userEvent.click(screen.getByTestId('legend-refused'));
    expect(onSelect).toHaveBeenLastCalledWith('refused');

    rerender(<UnitGridLegend counts={counts} selected="refused" onSelect={onSelect} />);
    expect(screen.getByTestId('legend-refused')).toHaveAttribute('aria-pressed', 'true');
    await userEvent.click(screen.getByTestId('legend-refused'));
    expect(onSelect).toHaveBeenLastCalledWith(undefined);
  });
});
