/**
 * Money arrives from the API as integer fen (分), as a number or a decimal string. It is formatted with BigInt
 * arithmetic so no floating point ever touches an amount.
 */
export function formatYuan(fen: number | string | bigint, { sign = false }: { sign?: boolean } = {}): string {
  const value = toFen(fen);
  const negative = value < 0n;
  const abs = negative ? -value : value;
  const yuan = (abs / 100n).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const cents = (abs % 100n).toString().padStart(2, '0');
  const prefix = negative ? '-' : sign && value > 0n ? '+' : '';
  return `${prefix}¥${yuan}.${cents}`;
}

export function toFen(fen: number | string | bigint): bigint {
  if (typeof fen === 'bigint') return fen;
  if (typeof fen === 'number') {
    if (!Number.isInteger(fen)) throw new Error(`not an amount in fen: ${fen}`);
    return BigInt(fen);
  }
  if (!/^-?\d+$/.test(fen.trim())) throw new Error(`not an amount in fen: ${fen}`);
  return BigInt(fen.trim());
}
