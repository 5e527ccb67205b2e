import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** An entity's columns as a hand-written SELECT list, and the rows it returns made into entities. */
export interface EntityColumns<T> {
  /** `alias.column AS "propertyPath"`, every column of the entity */
  select: string;
  /** the entity, each value converted as TypeORM converts it when it loads the entity itself (dates, transformers) */
  hydrate(row: Record<string, unknown>): T;
}

/**
 * For a statement that runs on every request: the SQL is written once from the entity's metadata and the rows come
 * back as the same entities `find` would give, without building the query and mapping the result each time.
 */
export function entityColumns<T extends ObjectLiteral>(
  dataSource: DataSource,
  target: EntityTarget<T>,
  alias: string,
): EntityColumns<T> {
  const metadata = dataSource.getMetadata(target);
  const columns = metadata.columns;
  const select = columns.map((column) => `${alias}."${column.databaseName}" AS "${column.propertyPath}"`).join(', ');
  return {
    select,
    hydrate(row) {
      const entity = metadata.create() as T;
      for (const column of columns)
        column.setEntityValue(entity, dataSource.driver.prepareHydratedValue(row[column.propertyPath], column));
      return entity;
    },
  };
}
