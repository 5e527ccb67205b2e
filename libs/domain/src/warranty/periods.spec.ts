import {
  componentOfTrade,
  isUnderWarranty,
  periodsShorterThanStatute,
  STATUTORY_WARRANTY_YEARS,
  warrantyEndedOn,
  warrantyLastDay,
  warrantyPeriods,
} from './periods';
import { mayDoWarrantyAction, mayWriteWarranty, needsCallBack, warrantyActionsOf } from './lifecycle';
import { instantToCalendarDate } from '../schedule/time-zone';

describe('statutory warranty periods (《建设工程质量管理条例》第四十条)', () => {
  it('states 5 years for waterproofing and leakage, 2 for heating/cooling, electrical, pipes, equipment, decoration', () => {
    expect(STATUTORY_WARRANTY_YEARS).toEqual({
      roof_waterproofing: 5,
      wet_room_waterproofing: 5,
      exterior_wall_leakage: 5,
      heating_cooling: 2,
      electrical: 2,
      water_drainage_pipes: 2,
      equipment_installation: 2,
      decoration: 2,
    });
  });

  it('lets a project lengthen a period, never shorten it', () => {
    const periods = warrantyPeriods({ decoration: 3, roof_waterproofing: 4 });
    expect(periods.decoration).toBe(3);
    expect(periods.roof_waterproofing).toBe(5);
    expect(periodsShorterThanStatute({ decoration: 3, roof_waterproofing: 4, electrical: 2 })).toEqual([
      'roof_waterproofing',
    ]);
  });
});

describe('the period counted from the handover day', () => {
  it('covers through the corresponding day of the end year and ends the day after', () => {
    expect(warrantyLastDay('2026-03-10', 2)).toBe('2028-03-10');
    expect(warrantyEndedOn('2026-03-10', 2)).toBe('2028-03-11');
    expect(warrantyLastDay('2026-12-31', 5)).toBe('2031-12-31');
    expect(warrantyEndedOn('2026-12-31', 5)).toBe('2032-01-01');
  });

  it('is covered on the day before the end and on the last day, not on the day after', () => {
    expect(isUnderWarranty('2026-03-10', 2, '2028-03-09')).toBe(true);
    expect(isUnderWarranty('2026-03-10', 2, '2028-03-10')).toBe(true);
    expect(isUnderWarranty('2026-03-10', 2, '2028-03-11')).toBe(false);
  });

  it('ends a 29 February handover on 28 February of a common year, and on 29 February of a leap year', () => {
    expect(warrantyLastDay('2028-02-29', 2)).toBe('2030-02-28');
    expect(warrantyEndedOn('2028-02-29', 2)).toBe('2030-03-01');
    expect(isUnderWarranty('2028-02-29', 2, '2030-02-28')).toBe(true);
    expect(isUnderWarranty('2028-02-29', 2, '2030-03-01')).toBe(false);
    expect(warrantyLastDay('2028-02-29', 4)).toBe('2032-02-29');
  });

  it('reads the report day in Asia/Shanghai: 23:30 local on the last day is covered, 00:30 the next is not', () => {
    const zone = 'Asia/Shanghai';
    // handed over at 2026-03-10 00:30 local, which is still 2026-03-09 in UTC
    const handedOverOn = instantToCalendarDate(Date.parse('2026-03-09T16:30:00Z'), zone);
    expect(handedOverOn).toBe('2026-03-10');
    const lastEvening = instantToCalendarDate(Date.parse('2028-03-10T15:30:00Z'), zone);
    const nextNight = instantToCalendarDate(Date.parse('2028-03-10T16:30:00Z'), zone);
    expect(isUnderWarranty(handedOverOn, 2, lastEvening)).toBe(true);
    expect(isUnderWarranty(handedOverOn, 2, nextNight)).toBe(false);
  });
});

describe('components of a carried-over defect and the lifecycle', () => {
  it('maps trades to components', () => {
    expect(componentOfTrade('防水')).toBe('wet_room_waterproofing');
    expect(componentOfTrade('屋面防水')).toBe('roof_waterproofing');
    expect(componentOfTrade('外墙渗漏')).toBe('exterior_wall_leakage');
    expect(componentOfTrade('强电')).toBe('electrical');
    expect(componentOfTrade('给排水')).toBe('water_drainage_pipes');
    expect(componentOfTrade('暖通空调')).toBe('heating_cooling');
    expect(componentOfTrade('门窗')).toBe('decoration');
  });

  it('books, repairs and confirms in turn', () => {
    expect(warrantyActionsOf('reported')).toEqual(['book_visit']);
    expect(warrantyActionsOf('visit_booked')).toEqual(['book_visit', 'repaired']);
    expect(warrantyActionsOf('repaired')).toEqual(['confirm']);
    expect(warrantyActionsOf('closed')).toEqual([]);
    expect(mayDoWarrantyAction('reported', 'confirm')).toBe(false);
  });

  it('needs a call-back 24 hours after an unconfirmed repair', () => {
    const repairedAt = Date.parse('2027-01-01T00:00:00Z');
    expect(needsCallBack({ status: 'repaired', repairedAt }, repairedAt + 24 * 3_600_000 - 1)).toBe(false);
    expect(needsCallBack({ status: 'repaired', repairedAt }, repairedAt + 24 * 3_600_000)).toBe(true);
    expect(needsCallBack({ status: 'closed', repairedAt }, repairedAt + 48 * 3_600_000)).toBe(false);
  });
});

describe('who writes warranty tickets', () => {
  it('is the lead and the customer service, property and engineering heads assigned to the project', () => {
    expect(mayWriteWarranty({ role: 'project_lead', department: null, relation: 'lead' })).toBe(true);
    expect(mayWriteWarranty({ role: 'project_lead', department: null, relation: 'none' })).toBe(false);
    for (const department of ['customer_service', 'property', 'engineering'])
      expect(mayWriteWarranty({ role: 'department_head', department, relation: 'assigned' })).toBe(true);
    expect(mayWriteWarranty({ role: 'department_head', department: 'finance', relation: 'assigned' })).toBe(false);
    expect(mayWriteWarranty({ role: 'department_head', department: 'property', relation: 'none' })).toBe(false);
    expect(mayWriteWarranty({ role: 'hq', department: null, relation: 'none' })).toBe(false);
  });
});
