import { placeLabel, unitAddressLabel } from './unit-address';

describe('unit address label', () => {
  it('writes a home as building-unit-room, each part as stored', () => {
    expect(unitAddressLabel({ building: '3', unitNo: '2', room: '1502' })).toBe('3-2-1502');
    expect(unitAddressLabel({ building: '10#', unitNo: '1', room: '0101' })).toBe('10#-1-0101');
    expect(unitAddressLabel({ building: '东区A座', unitNo: '二单元', room: '1502' })).toBe('东区A座-二单元-1502');
  });

  it('names a record’s place by its home, else by the public area it is in', () => {
    expect(placeLabel({ unit: { building: '3', unitNo: '2', room: '1502' }, publicArea: null })).toBe('3-2-1502');
    expect(placeLabel({ unit: null, publicArea: '3# 大堂' })).toBe('3# 大堂');
    expect(placeLabel({ unit: null, publicArea: null })).toBe('');
  });
});
