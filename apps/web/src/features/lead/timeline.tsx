import { Flex, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { daysBetween } from '../../shared/time';

export type PhaseStatus = 'pending' | 'active' | 'closed';

export interface TimelinePhase {
  key: string;
  start: string;
  /** null while open ended (scattered handover): drawn to the end of the axis */
  end?: string | null;
  status?: PhaseStatus;
}

export interface TimelineRange {
  start: string;
  end: string;
}

export const PHASE_COLORS: Record<PhaseStatus, string> = { pending: '#d9d9d9', active: '#1677ff', closed: '#52c41a' };

/** The days the axis must show: every phase, D and today, so the today marker is never off the chart. */
export function timelineRange(phases: TimelinePhase[], firstHandoverDate: string, today: string): TimelineRange {
  const dates = [
    firstHandoverDate,
    today,
    ...phases.flatMap((phase) => (phase.end ? [phase.start, phase.end] : [phase.start])),
  ];
  const sorted = [...dates].sort();
  return { start: sorted[0], end: sorted[sorted.length - 1] };
}

/** Where a calendar day starts on the axis, in percent of its width. */
function offsetPercent(range: TimelineRange, date: string): number {
  const days = daysBetween(range.start, range.end) + 1;
  return (daysBetween(range.start, date) / days) * 100;
}

const percent = (value: number) => `${value.toFixed(2)}%`;

/**
 * The project's phases on a horizontal date axis, one row per phase (risk self-check and unit inspection run side
 * by side), coloured by status, with D and today marked. `today` is the calendar day in the project's time zone,
 * passed in so the chart is deterministic. Pass a shared `range` to compare two plans on the same axis.
 */
export function Timeline({
  phases,
  firstHandoverDate,
  today,
  range: givenRange,
  testId = 'timeline',
}: {
  phases: TimelinePhase[];
  firstHandoverDate: string;
  today: string;
  range?: TimelineRange;
  testId?: string;
}) {
  const { t } = useTranslation(['lead', 'common']);
  const range = givenRange ?? timelineRange(phases, firstHandoverDate, today);
  const dayWidth = 100 / (daysBetween(range.start, range.end) + 1);
  const marker = (date: string, label: string, color: string, id: string) => (
    <div
      data-testid={`${testId}-${id}`}
      data-date={date}
      title={`${label} ${date}`}
      style={{
        position: 'absolute',
        top: 0,
        bottom: 0,
        left: percent(offsetPercent(range, date)),
        borderLeft: `2px ${id === 'today' ? 'dashed' : 'solid'} ${color}`,
        zIndex: 1,
      }}
    >
      <span style={{ position: 'absolute', top: -20, left: 2, fontSize: 12, whiteSpace: 'nowrap', color }}>
        {label}
      </span>
    </div>
  );

  return (
    <div data-testid={testId} style={{ overflowX: 'auto' }}>
      <div style={{ minWidth: 640 }}>
        <Flex justify="space-between" style={{ marginLeft: 140, fontSize: 12 }}>
          <Typography.Text type="secondary">{range.start}</Typography.Text>
          <Typography.Text type="secondary">{range.end}</Typography.Text>
        </Flex>
        <div style={{ display: 'flex', marginTop: 24 }}>
          <div style={{ width: 140, flexShrink: 0 }}>
            {phases.map((phase) => (
              <div
                key={phase.key}
                style={{
                  height: 28,
                  lineHeight: '28px',
                  fontSize: 13,
                  overflow: 'hidden',
                  whiteSpace: 'nowrap',
                  textOverflow: 'ellipsis',
                }}
              >
                {t(`common:phase.${phase.key}`)}
              </div>
            ))}
          </div>
          <div style={{ position: 'relative', flex: 1, background: '#fafafa', borderLeft: '1px solid #f0f0f0' }}>
            {marker(firstHandoverDate, 'D', '#fa541c', 'd')}
            {marker(today, t('lead:timeline.today'), '#722ed1', 'today')}
            {phases.map((phase, index) => {
              const status = phase.status ?? 'pending';
              const left = offsetPercent(range, phase.start);
              const right = phase.end ? offsetPercent(range, phase.end) + dayWidth : 100;
              return (
                <Tooltip
                  key={phase.key}
                  title={`${t(`common:phase.${phase.key}`)} ${phase.start} – ${phase.end ?? '…'} · ${t(`lead:phaseStatus.${status}`)}`}
                >
                  <div
                    data-testid={`${testId}-bar-${phase.key}`}
                    data-status={status}
                    data-order={index + 1}
                    style={{
                      position: 'absolute',
                      top: index * 28 + 6,
                      height: 16,
                      left: percent(left),
                      width: percent(Math.max(right - left, dayWidth)),
                      background: PHASE_COLORS[status],
                      borderRadius: 4,
                    }}
                  />
                </Tooltip>
              );
            })}
            <div style={{ height: phases.length * 28 }} />
          </div>
        </div>
        <Flex gap={16} wrap style={{ marginTop: 8, marginLeft: 140, fontSize: 12 }}>
          {(Object.keys(PHASE_COLORS) as PhaseStatus[]).map((status) => (
            <span key={status}>
              <span
                style={{
                  display: 'inline-block',
                  width: 12,
                  height: 12,
                  borderRadius: 2,
                  background: PHASE_COLORS[status],
                  marginRight: 4,
                  verticalAlign: 'middle',
                }}
              />
              {t(`lead:phaseStatus.${status}`)}
            </span>
          ))}
        </Flex>
      </div>
    </div>
  );
}
