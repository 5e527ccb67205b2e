import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatYuan } from './money';
import { MoneyText } from './money-text';

describe('formatYuan', () => {
  it.each([
    [0, '¥0.00'],
    [1, '¥0.01'],
    [99, '¥0.99'],
    [100, '¥1.00'],
    [123456789, '¥1,234,567.89'],
    [-250, '-¥2.50'],
    ['900719925474099312', '¥9,007,199,254,740,993.12'],
  ])('shows %s fen as %s', (fen, expected) => {
    expect(formatYuan(fen)).toBe(expected);
  });

  it('marks credits with a plus sign when asked', () => {
    expect(formatYuan(5000, { sign: true })).toBe('+¥50.00');
    expect(formatYuan(-5000, { sign: true })).toBe('-¥50.00');
    expect(formatYuan(0, { sign: true })).toBe('¥0.00');
  });

  it('refuses amounts that are not whole fen instead of rounding them', () => {
    expect(() => formatYuan(12.5)).toThrow(/not an amount in fen/);
    expect(() => formatYuan('12.50')).toThrow(/not an amount in fen/);
  });
});

describe('<MoneyText>', () => {
  it('renders yuan with two decimals and keeps the fen it came from', () => {
    render(<MoneyText fen={1234500} />);
    const text = screen.getByText('¥12,345.00');
    expect(text).toHaveAttribute('data-fen', '1234500');
  });

  it('shows a refund in the danger colour', () => {
    const { container } = render(<MoneyText fen={-8800} />);
    expect(screen.getByText('-¥88.00')).toBeInTheDocument();
    expect(container.querySelector('.ant-typography-danger')).not.toBeNull();
  });

  it('shows a dash when there is no amount', () => {
    render(<MoneyText fen={null} />);
    expect(screen.getByText('—')).toBeInTheDocument();
  });
});
