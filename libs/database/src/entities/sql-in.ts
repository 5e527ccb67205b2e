/** `column IN ('a', 'b')` from a list of known values, so a CHECK states the list its domain constant holds. */
export function sqlIn(column: string, values: readonly string[]): string {
  return `${column} IN (${values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ')})`;
}
