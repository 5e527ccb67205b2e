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

/**
 * Inserts one row of `entity` naming only the given (defined) fields, and reads it back with the columns the table
 * has: the migration tests write fixtures into databases migrated to an earlier version than the entity describes.
 */
export async function insertRow<T extends object>(
  db: Db,
  entity: new () => T,
  values: Partial<Record<keyof T, unknown>>,
): Promise<T> {
  const manager = managerOf(db);
  const metadata = manager.connection.getMetadata(entity);
  const given = Object.entries(values).filter(([, value]) => value !== undefined);
  const columns = given.map(([property]) => {
    const column = metadata.findColumnWithPropertyName(property);
    if (!column) throw new Error(`${metadata.name} has no column for ${property}`);
    return `"${column.databaseName}"`;
  });
  const placeholders = given.map((_, index) => `$${index + 1}`);
  const [row]: Record<string, unknown>[] = await manager.query(
    `INSERT INTO "${metadata.tableName}" (${columns.join(', ')}) VALUES (${placeholders.join(', ')}) RETURNING *`,
    given.map(([, value]) => value),
  );
  const read = new entity();
  for (const column of metadata.columns) {
    if (!(column.databaseName in row)) continue;
    // As TypeORM hydrates it (a date column as 'YYYY-MM-DD', not the Date pg parses it to).
    (read as Record<string, unknown>)[column.propertyName] = manager.connection.driver.prepareHydratedValue(
      row[column.databaseName],
      column,
    );
  }
  return read;
}
