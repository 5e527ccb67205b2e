import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import '../../i18n';
import { Timeline, timelineRange, type TimelinePhase } from './timeline';

// D = 2027-03-01; the axis runs 2027-01-01 … 2027-03-31 (90 days), so one day is 1/90 of the width.
const phases: TimelinePhase[] = [
  { key: 'riskSelfCheck', start: '2027-01-01', end: '2027-01-15', status: 'closed' },
  { key: 'unitInspection', start: '2027-01-01', end: '2027-01-25', status: 'active' },
  { key: 'centralizedHandover', start: '2027-03-01', end: '2027-03-03', status: 'pending' },
  { key: 'scatteredHandover', start: '2027-03-04', end: null, status: 'pending' },
  { key: 'summary', start: '2027-03-04', end: '2027-03-31' },
];
const dayPercent = 100 / 90;
const leftOf = (element: HTMLElement) => Number.parseFloat(element.style.left);
const widthOf = (element: HTMLElement) => Number.parseFloat(element.style.width);

describe('<Timeline>', () => {
  it('places each phase by its dates on one axis, in plan order, coloured by status', () => {
    render(<Timeline phases={phases} firstHandoverDate="2027-03-01" today="2027-01-20" />);
    const bar = (key: string) => screen.getByTestId(`timeline-bar-${key}`);

    expect(leftOf(bar('riskSelfCheck'))).toBeCloseTo(0, 1);
    expect(widthOf(bar('riskSelfCheck'))).toBeCloseTo(15 * dayPercent, 1);
    expect(widthOf(bar('unitInspection'))).toBeCloseTo(25 * dayPercent, 1);
    expect(leftOf(bar('centralizedHandover'))).toBeCloseTo(59 * dayPercent, 1);
    expect(widthOf(bar('centralizedHandover'))).toBeCloseTo(3 * dayPercent, 1);
    // open ended: drawn to the end of the axis
    expect(leftOf(bar('scatteredHandover')) + widthOf(bar('scatteredHandover'))).toBeCloseTo(100, 1);

    const rendered = screen
      .getAllByTestId(/^timeline-bar-/)
      .map((element) => element.dataset.testid?.replace('timeline-bar-', ''));
    expect(rendered).toEqual([
      'riskSelfCheck',
      'unitInspection',
      'centralizedHandover',
      'scatteredHandover',
      'summary',
    ]);
    expect(parseFloat(bar('unitInspection').style.top)).toBeGreaterThan(parseFloat(bar('riskSelfCheck').style.top));

    expect(bar('riskSelfCheck')).toHaveAttribute('data-status', 'closed');
    expect(bar('unitInspection')).toHaveAttribute('data-status', 'active');
    expect(bar('summary')).toHaveAttribute('data-status', 'pending');
    expect(bar('riskSelfCheck').style.background).not.toBe(bar('unitInspection').style.background);
    expect(bar('centralizedHandover').style.background).toBe(bar('summary').style.background);
  });

  it('marks today (as given, in the project time zone) and D where they fall', () => {
    render(<Timeline phases={phases} firstHandoverDate="2027-03-01" today="2027-01-20" />);
    const today = screen.getByTestId('timeline-today');
    expect(today).toHaveAttribute('data-date', '2027-01-20');
    expect(leftOf(today)).toBeCloseTo(19 * dayPercent, 1);
    expect(leftOf(screen.getByTestId('timeline-d'))).toBeCloseTo(59 * dayPercent, 1);
  });

  it('moves the today marker with the day it is given', () => {
    const { rerender } = render(<Timeline phases={phases} firstHandoverDate="2027-03-01" today="2027-01-01" />);
    expect(leftOf(screen.getByTestId('timeline-today'))).toBeCloseTo(0, 1);
    rerender(<Timeline phases={phases} firstHandoverDate="2027-03-01" today="2027-03-31" />);
    expect(leftOf(screen.getByTestId('timeline-today'))).toBeCloseTo(89 * dayPercent, 1);
  });

  it('widens the axis to keep today visible, and compares two plans on a shared range', () => {
    expect(timelineRange(phases, '2027-03-01', '2027-05-01')).toEqual({ start: '2027-01-01', end: '2027-05-01' });
    render(
      <Timeline
        phases={phases}
        firstHandoverDate="2027-03-01"
        today="2027-01-20"
        range={{ start: '2026-12-02', end: '2027-03-31' }}
        testId="current"
      />,
    );
    expect(leftOf(screen.getByTestId('current-bar-riskSelfCheck'))).toBeCloseTo((30 * 100) / 120, 1);
  });
});
