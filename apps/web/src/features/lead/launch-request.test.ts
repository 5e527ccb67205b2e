import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { fieldOfMessage, launchBody, previewBody, reminderDaysOf } from './launch-request';

describe('launch request from the form', () => {
  it('leaves optional fields out so the API applies its defaults', () => {
    expect(
      launchBody({
        cityCompany: ' 杭州 ',
        name: '滨江',
        batch: '一期',
        firstHandoverDate: dayjs('2027-03-01'),
        centralizedDays: 3,
        offsets: { openDay: null, propertyTransferDue: -25 },
      }),
    ).toEqual({
      cityCompany: '杭州',
      name: '滨江',
      batch: '一期',
      firstHandoverDate: '2027-03-01',
      centralizedDays: 3,
      offsets: { propertyTransferDue: -25 },
    });
  });

  it('previews only once D and the centralized days are known, without assignments or waivers', () => {
    expect(previewBody({ centralizedDays: 3 })).toBeNull();
    expect(
      previewBody({
        firstHandoverDate: dayjs('2027-03-01'),
        centralizedDays: 2,
        departmentHeadIds: ['x'],
        hqExceptionReason: 'r',
      }),
    ).toEqual({
      cityCompany: '-',
      name: '-',
      batch: '-',
      firstHandoverDate: '2027-03-01',
      centralizedDays: 2,
    });
  });

  it('maps validation messages to the fields they are about', () => {
    expect(fieldOfMessage('firstHandoverDate must be a date like 2027-03-01')).toEqual(['firstHandoverDate']);
    expect(fieldOfMessage('offsets.openDay must not be greater than 0')).toEqual(['offsets', 'openDay']);
    expect(fieldOfMessage('each value in departmentHeadIds must be a UUID')).toEqual(['departmentHeadIds']);
    expect(fieldOfMessage('The plan cannot be accepted: the transfer …')).toBeNull();
  });

  it('sends the reminders and the ladder only when some are given, the days parsed from what was typed', () => {
    const base = {
      cityCompany: '杭州',
      name: '滨江',
      batch: '一期',
      firstHandoverDate: dayjs('2027-03-01'),
      centralizedDays: 3,
    };
    expect(launchBody({ ...base, notifications: { reminderDaysBefore: ' ', cityAfterDays: null } })).not.toHaveProperty(
      'notifications',
    );
    expect(
      launchBody({ ...base, notifications: { reminderDaysBefore: '7，2', reminderTime: '08:30', hqAfterDays: 6 } })
        .notifications,
    ).toEqual({ reminderDaysBefore: [7, 2], reminderTime: '08:30', hqAfterDays: 6 });
    expect(reminderDaysOf('3,1')).toEqual([3, 1]);
    expect(reminderDaysOf('3,x')).toBeNull();
    expect(reminderDaysOf('31')).toBeNull();
    expect(fieldOfMessage('notifications.reminderTime must be a local time')).toEqual([
      'notifications',
      'reminderTime',
    ]);
  });
});
