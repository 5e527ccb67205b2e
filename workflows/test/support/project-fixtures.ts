import type { Actor, HandoverProjectInput } from '@handover/contracts';
import { addDays, instantToCalendarDate, type CalendarDate, type Department } from '@handover/domain';

export const LEAD: Actor = { userId: '00000000-0000-4000-8000-000000000001', role: 'project_lead' };
export const HQ: Actor = { userId: '00000000-0000-4000-8000-000000000002', role: 'hq' };

let headCounter = 0;
export function departmentHead(department: Department): Actor {
  headCounter += 1;
  return {
    userId: `00000000-0000-4000-8000-1${String(headCounter).padStart(11, '0')}`,
    role: 'department_head',
    department,
  };
}

/** A project launched today (in the test server's clock) with D `daysAhead` days later. */
export function projectInput(
  nowMs: number,
  overrides: Partial<HandoverProjectInput> & { daysAhead?: number } = {},
): HandoverProjectInput {
  const { daysAhead = 90, ...rest } = overrides;
  const launchDate: CalendarDate = instantToCalendarDate(nowMs, 'Asia/Shanghai');
  return {
    projectId: `project-${Math.random().toString(16).slice(2)}`,
    cityCompany: '杭州城市公司',
    name: '滨江壹号',
    batch: '一期',
    leadUserId: LEAD.userId,
    launchDate,
    planInput: { firstHandoverDate: addDays(launchDate, daysAhead), centralizedDays: 3, timeZone: 'Asia/Shanghai' },
    ...rest,
  };
}
