/** Anything that runs raw SQL: the DataSource, or a transaction's EntityManager. */
export interface Queryable {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows of raw SQL
  query(sql: string, parameters?: unknown[]): Promise<any>;
}
