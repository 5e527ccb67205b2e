import { randomUUID } from 'node:crypto';
import { addDays, instantToCalendarDate } from '@handover/domain';

/** A valid launch request; tests override only what matters to them. */
export function launchRequest(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  const today = instantToCalendarDate(Date.now(), 'Asia/Shanghai');
  return {
    cityCompany: '杭州城市公司',
    name: `滨江壹号-${randomUUID().slice(0, 8)}`,
    batch: '一期',
    firstHandoverDate: addDays(today, 90),
    centralizedDays: 3,
    ...overrides,
  };
}
