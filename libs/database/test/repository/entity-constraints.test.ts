import { rolledBack, useRepositoryDatabase } from '../../../../test/harness/repository-database';

/**
 * The entities state the schema's invariants (`@Check`, `@Unique`, unique `@Index`), and the migrations create them:
 * these tests hold the two together against the migrated database. A CHECK's expression is compared after PostgreSQL
 * has parsed both (the entity's is added to a scratch copy of the table and read back with pg_get_constraintdef), so
 * only a real difference in meaning fails, never spacing or casts.
 */
const db = useRepositoryDatabase();

/** Constraints the migrations create that no entity states (the schema is the only home of these rules). */
const STATED_ONLY_IN_MIGRATIONS: Record<string, string[]> = {
  appointment_bookings: [],
  appointment_slots: [],
  briefing_deliveries: ['check briefing_deliveries_attempts_not_negative'],
  briefing_webhooks: ['check briefing_webhooks_url_http'],
  cases: ['check cases_summary_present', 'check cases_title_present'],
  contractor_companies: ['check contractor_companies_name_present'],
  complaints: ['check complaints_creator_known', 'check complaints_severity_known'],
  daily_briefings: ['check daily_briefings_figures_object'],
  defect_alerts: [],
  defect_photos: ['check defect_photos_type_known', 'check defect_photos_uploader_known'],
  defects: [
    'check defects_category_known',
    'check defects_creator_known',
    'check defects_deferral_has_reason',
    'check defects_source_known',
  ],
  escalations: ['check escalations_kind_known', 'check escalations_milestone_kinds_have_key'],
  handover_inspection_items: ['check inspection_items_description_present', 'check inspection_items_simple_fixed'],
  handover_summaries: [
    'check handover_summaries_compile_count_positive',
    'check handover_summaries_narrative_object',
    'check handover_summaries_sections_object',
  ],
  key_movements: [
    'check key_movements_from_known',
    'check key_movements_letter',
    'check key_movements_loan_borrower',
    'check key_movements_loan_due',
    'check key_movements_returnable',
    'check key_movements_to_known',
    'unique index key_movements_one_open_entrustment',
    'unique index key_movements_one_open_loan',
    'unique index key_movements_one_owner_handover',
  ],
  keys: ['check keys_label_present', 'check keys_owner_needs_unit'],
  notification_events: ['check notification_events_kind_known'],
  notification_deliveries: [],
  notifications: [],
  payments: [],
  project_assignments: [],
  project_briefing_settings: [],
  project_contractors: [],
  project_frequent_problem_thresholds: [],
  project_fee_settings: [
    'check fee_settings_maintenance_fund_not_negative',
    'check fee_settings_property_fee_not_negative',
  ],
  project_milestones: ['check project_milestones_status_known'],
  projects: [],
  risk_checklist_areas: [],
  risk_items: [
    'check risk_items_decided_together',
    'check risk_items_decision_known',
    'check risk_items_department_known',
  ],
  survey_answers: [],
  survey_dimensions: ['check survey_dimensions_name_present', 'unique survey_dimensions_id_project'],
  survey_responses: ['check survey_responses_recorder', 'unique survey_responses_id_project'],
  units: ['check units_contracted_area_positive', 'check units_price_positive', 'check units_surveyed_area_positive'],
  unit_handover_events: [],
  audit_log: [],
  users: [],
  user_contacts: [],
  warranty_tickets: ['check warranty_tickets_creator'],
};

/** Tables the migrations create that no entity maps (written with SQL only). */
const TABLES_WITHOUT_ENTITY = [
  'defect_dispute_rulings',
  'migrations',
  'owner_message_preferences',
  'owner_messages',
  'owner_sessions',
  'owner_sign_in_codes',
  'owner_sign_in_counters',
  'owner_signatures',
  'payment_receipt_counters',
  'project_defect_sla',
  'project_handover_notices',
  'project_warranty_periods',
  'sms_outbox',
  'warranty_call_back_tasks',
  'warranty_ticket_photos',
  'warranty_visit_windows',
  'warranty_visits',
];

interface DbConstraint {
  table: string;
  name: string;
  kind: 'check' | 'unique' | 'unique index';
  columns: string[];
  /** CHECK: pg_get_constraintdef; unique index: its predicate or null */
  definition: string | null;
}

async function schemaConstraints(): Promise<DbConstraint[]> {
  const constraints: DbConstraint[] = await db.dataSource.query(`
    SELECT c.conrelid::regclass::text AS "table", c.conname AS name, CASE c.contype WHEN 'c' THEN 'check' ELSE 'unique' END AS kind,
           ARRAY(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
           CASE c.contype WHEN 'c' THEN pg_get_constraintdef(c.oid) END AS definition
      FROM pg_constraint c JOIN pg_namespace ns ON ns.oid = c.connamespace
     WHERE ns.nspname = 'public' AND c.contype IN ('c', 'u')`);
  const indexes: DbConstraint[] = await db.dataSource.query(`
    SELECT i.indrelid::regclass::text AS "table", x.relname AS name, 'unique index' AS kind,
           ARRAY(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n)
                   JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
           pg_get_expr(i.indpred, i.indrelid) AS definition
      FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_namespace ns ON ns.oid = x.relnamespace
     WHERE ns.nspname = 'public' AND i.indisunique AND NOT i.indisprimary
       AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`);
  return [...constraints, ...indexes];
}

/** What PostgreSQL makes of an entity's CHECK expression on the entity's table. */
async function parsedCheck(table: string, expression: string): Promise<string> {
  return rolledBack(db.dataSource, async (manager) => {
    await manager.query(`CREATE TEMP TABLE probe (LIKE ${table}) ON COMMIT DROP`);
    await manager.query(`ALTER TABLE probe ADD CONSTRAINT probe_check CHECK (${expression}) NOT VALID`);
    const [row] = await manager.query(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = 'probe_check'`,
    );
    return (row.definition as string).replace(/ NOT VALID$/, '');
  });
}

/** What PostgreSQL makes of an entity's partial-index predicate on the entity's table. */
async function parsedPredicate(table: string, columns: string[], where: string): Promise<string> {
  return rolledBack(db.dataSource, async (manager) => {
    await manager.query(`CREATE TEMP TABLE probe (LIKE ${table}) ON COMMIT DROP`);
    await manager.query(`CREATE UNIQUE INDEX probe_idx ON probe (${columns.join(', ')}) WHERE ${where}`);
    const [row] = await manager.query(
      `SELECT pg_get_expr(indpred, indrelid) AS predicate FROM pg_index WHERE indexrelid = 'probe_idx'::regclass`,
    );
    return row.predicate as string;
  });
}

const columnNames = (columns: { databaseName: string }[]) => columns.map((column) => column.databaseName);

describe('entities and the migrated schema state the same invariants', () => {
  let schema: DbConstraint[];
  beforeAll(async () => {
    schema = await schemaConstraints();
  });
  const metadatas = () => db.dataSource.entityMetadatas;

  it('has every CHECK an entity declares, under its name and with the same meaning', async () => {
    const differences: string[] = [];
    for (const metadata of metadatas()) {
      for (const check of metadata.checks) {
        const found = schema.find((c) => c.table === metadata.tableName && c.kind === 'check' && c.name === check.name);
        if (!found) {
          differences.push(
            `${metadata.tableName}: CHECK ${check.name} is declared on ${metadata.name} but not in the schema`,
          );
          continue;
        }
        const declared = await parsedCheck(metadata.tableName, check.expression!);
        if (declared !== found.definition)
          differences.push(`${metadata.tableName}.${check.name}: entity ${declared} / schema ${found.definition}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('has every unique constraint an entity declares, on the same columns in the same order', () => {
    const differences: string[] = [];
    for (const metadata of metadatas()) {
      for (const unique of metadata.uniques) {
        const columns = columnNames(unique.columns);
        // `@Column({ unique: true })` has a generated name; the migration's UNIQUE is named by PostgreSQL: match the columns.
        const found = schema.find(
          (c) =>
            c.table === metadata.tableName &&
            c.kind === 'unique' &&
            (unique.givenName ? c.name === unique.givenName : c.columns.join() === columns.join()),
        );
        if (!found)
          differences.push(
            `${metadata.tableName}: UNIQUE ${unique.givenName ?? columns.join(', ')} is declared on ${metadata.name} but not in the schema`,
          );
        else if (found.columns.join() !== columns.join())
          differences.push(`${metadata.tableName}.${found.name}: entity (${columns}) / schema (${found.columns})`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('has every unique index an entity declares, on the same columns and with the same predicate', async () => {
    const differences: string[] = [];
    for (const metadata of metadatas()) {
      for (const index of metadata.indices.filter((candidate) => candidate.isUnique)) {
        const columns = columnNames(index.columns);
        const found = schema.find(
          (c) => c.table === metadata.tableName && c.kind === 'unique index' && c.name === index.givenName,
        );
        if (!found) {
          differences.push(
            `${metadata.tableName}: unique index ${index.givenName} is declared on ${metadata.name} but not in the schema`,
          );
          continue;
        }
        if (found.columns.join() !== columns.join())
          differences.push(`${metadata.tableName}.${found.name}: entity (${columns}) / schema (${found.columns})`);
        const declared = index.where ? await parsedPredicate(metadata.tableName, columns, index.where) : null;
        if (declared !== found.definition)
          differences.push(
            `${metadata.tableName}.${found.name}: entity WHERE ${declared} / schema WHERE ${found.definition}`,
          );
      }
    }
    expect(differences).toEqual([]);
  });

  it('has the indexes the entities name, on the same columns', async () => {
    const indexes: { table: string; name: string; columns: string[] }[] = await db.dataSource.query(`
      SELECT i.indrelid::regclass::text AS "table", x.relname AS name,
             ARRAY(SELECT a.attname::text FROM unnest(i.indkey) WITH ORDINALITY k(attnum, n)
                     JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns
        FROM pg_index i JOIN pg_class x ON x.oid = i.indexrelid JOIN pg_namespace ns ON ns.oid = x.relnamespace
       WHERE ns.nspname = 'public'`);
    const differences: string[] = [];
    for (const metadata of metadatas()) {
      for (const index of metadata.indices) {
        const columns = columnNames(index.columns);
        if (!index.givenName) {
          // An unnamed `@Index()` gets TypeORM's generated name; the migration named its own: any index that leads with
          // the columns serves (audit_log's `@Index()` on project_id is the migration's (project_id, at)).
          const leading = indexes.find(
            (i) => i.table === metadata.tableName && i.columns.slice(0, columns.length).join() === columns.join(),
          );
          if (!leading)
            differences.push(`${metadata.tableName}: no index leads with (${columns}) as ${metadata.name} declares`);
          continue;
        }
        const found = indexes.find((i) => i.table === metadata.tableName && i.name === index.givenName);
        if (!found)
          differences.push(
            `${metadata.tableName}: index ${index.givenName} is declared on ${metadata.name} but not in the schema`,
          );
        else if (found.columns.join() !== columns.join())
          differences.push(`${metadata.tableName}.${found.name}: entity (${columns}) / schema (${found.columns})`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('has every entity column, with the same type and nullability', async () => {
    const columns: { table: string; name: string; type: string; nullable: boolean }[] = await db.dataSource.query(`
      SELECT table_name AS "table", column_name AS name, CASE data_type WHEN 'ARRAY' THEN substring(udt_name FROM 2) || '[]' ELSE data_type END AS type,
             is_nullable = 'YES' AS nullable
        FROM information_schema.columns WHERE table_schema = 'public'`);
    const ARRAY_ELEMENT: Record<string, string> = { text: 'text[]' };
    const differences: string[] = [];
    for (const metadata of metadatas()) {
      for (const column of metadata.columns) {
        const found = columns.find((c) => c.table === metadata.tableName && c.name === column.databaseName);
        const type = db.dataSource.driver.normalizeType(column);
        const expected = column.isArray ? (ARRAY_ELEMENT[type] ?? `${type}[]`) : type;
        if (!found)
          differences.push(
            `${metadata.tableName}.${column.databaseName} is declared on ${metadata.name} but not in the schema`,
          );
        else {
          if (found.type !== expected)
            differences.push(`${metadata.tableName}.${column.databaseName}: entity ${expected} / schema ${found.type}`);
          if (found.nullable !== column.isNullable)
            differences.push(
              `${metadata.tableName}.${column.databaseName}: entity ${column.isNullable ? 'NULL' : 'NOT NULL'} / schema ${found.nullable ? 'NULL' : 'NOT NULL'}`,
            );
        }
      }
    }
    expect(differences).toEqual([]);
  });

  it('lists the constraints only the migrations state, and the tables no entity maps, so a new one is a decision', async () => {
    const declared = new Set<string>();
    for (const metadata of metadatas()) {
      for (const check of metadata.checks) declared.add(`${metadata.tableName} check ${check.name}`);
      for (const unique of metadata.uniques) {
        const columns = columnNames(unique.columns).join();
        const found = schema.find(
          (c) =>
            c.table === metadata.tableName &&
            c.kind === 'unique' &&
            (unique.givenName ? c.name === unique.givenName : c.columns.join() === columns),
        );
        if (found) declared.add(`${metadata.tableName} unique ${found.name}`);
      }
      for (const index of metadata.indices.filter((candidate) => candidate.isUnique))
        declared.add(`${metadata.tableName} unique index ${index.givenName}`);
    }
    const mapped = new Set(metadatas().map((metadata) => metadata.tableName));
    const undeclared: Record<string, string[]> = Object.fromEntries(
      [...mapped].map((table) => [table, [] as string[]]),
    );
    for (const constraint of schema.filter((c) => mapped.has(c.table))) {
      if (!declared.has(`${constraint.table} ${constraint.kind} ${constraint.name}`))
        undeclared[constraint.table].push(`${constraint.kind} ${constraint.name}`);
    }
    for (const list of Object.values(undeclared)) list.sort();
    expect(undeclared).toEqual(STATED_ONLY_IN_MIGRATIONS);

    const tables: { table: string }[] = await db.dataSource.query(
      `SELECT tablename AS "table" FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename`,
    );
    expect(tables.map((row) => row.table).filter((table) => !mapped.has(table))).toEqual(TABLES_WITHOUT_ENTITY);
  });
});
