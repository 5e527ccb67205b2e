import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';

/** Where a factory writes: the DataSource, or a transaction's EntityManager. */
export type Db = DataSource | EntityManager;

export function managerOf(db: Db): EntityManager {
  return db instanceof DataSource ? db.manager : db;
}

/** A short random tag that keeps names unique across test files sharing one database. */
export const tag = (): string => randomUUID().slice(0, 8);

let counter = 0;
/** A number unique within this test file's process, for rooms, labels and receipt numbers. */
export const sequence = (): number => ++counter;
