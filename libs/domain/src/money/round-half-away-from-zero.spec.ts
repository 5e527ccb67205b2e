import { divideRoundHalfAwayFromZero } from './round-half-away-from-zero';

describe('divideRoundHalfAwayFromZero', () => {
  it.each([
    [5n, 2n, 3n],
    [-5n, 2n, -3n],
    [5n, -2n, -3n],
    [-5n, -2n, 3n],
    [4n, 3n, 1n],
    [-4n, 3n, -1n],
    [149n, 100n, 1n],
    [150n, 100n, 2n],
    [250n, 100n, 3n],
    [-250n, 100n, -3n],
    [0n, 7n, 0n],
    [6n, 3n, 2n],
  ])('%p / %p → %p', (numerator, denominator, expected) => {
    expect(divideRoundHalfAwayFromZero(numerator, denominator)).toBe(expected);
  });

  it('refuses division by zero', () => {
    expect(() => divideRoundHalfAwayFromZero(1n, 0n)).toThrow('Cannot divide by zero.');
  });
});
