import { ApiError } from '../common/api-error';
import type { LaunchProjectDto } from './dto/launch-project.dto';
import { normalizeLaunch } from './launch-request';

const dto = (extra: Partial<LaunchProjectDto> = {}): LaunchProjectDto =>
  ({
    cityCompany: ' 杭州城市公司 ',
    name: '滨江壹号',
    batch: '一期',
    firstHandoverDate: '2030-04-01',
    centralizedDays: 3,
    ...extra,
  }) as LaunchProjectDto;

describe('normalizeLaunch: the notification schedule (提醒与升级)', () => {
  it('leaves it out when the launch sets none, so a repeat of an older launch still compares equal', () => {
    const launch = normalizeLaunch(dto(), 'lead-1', 'Asia/Shanghai');
    expect(launch).not.toHaveProperty('notificationSettings');
    expect(launch).not.toHaveProperty('escalationLadder');
  });

  it('completes what the launch sets with the defaults, reminder days latest first and once each', () => {
    const launch = normalizeLaunch(
      dto({ notifications: { reminderDaysBefore: [1, 5, 5], cityAfterDays: 1 } }),
      'lead-1',
      'Asia/Shanghai',
    );
    expect(launch.notificationSettings).toEqual({ reminderDaysBefore: [5, 1], reminderTime: '09:00' });
    expect(launch.escalationLadder).toEqual({ cityAfterDays: 1, hqAfterDays: 4, time: '09:00' });
  });

  it('refuses a ladder whose HQ step does not come after the city step', () => {
    const refused = (() => {
      try {
        normalizeLaunch(dto({ notifications: { cityAfterDays: 3, hqAfterDays: 3 } }), 'lead-1', 'Asia/Shanghai');
      } catch (error) {
        return error;
      }
      return null;
    })();
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe('ESCALATION_LADDER_ORDER');
    expect((refused as ApiError).getStatus()).toBe(400);
  });
});
