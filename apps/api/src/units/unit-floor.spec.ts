import { floorOfRoom } from './unit-floor';

describe('floorOfRoom', () => {
  it.each([
    ['101', 1],
    ['1201', 12],
    ['3302', 33],
    [' 502 ', 5],
    ['10101', 101],
  ])('reads room %s as floor %s', (room, floor) => {
    expect(floorOfRoom(room)).toBe(floor);
  });

  it.each(['01', '5', 'A-01', '商铺1', '0012', ''])('gives no floor for room %j', (room) => {
    expect(floorOfRoom(room)).toBeNull();
  });
});
