/** Rows changed by an UPDATE or DELETE run through EntityManager.query: [rows, count] from the postgres driver. */
export function affectedRows(result: unknown): number {
  return Array.isArray(result) && typeof result[1] === 'number' ? result[1] : 0;
}
