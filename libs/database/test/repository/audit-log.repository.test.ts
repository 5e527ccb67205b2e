import { AuditLogRepository, auditInsert, type AuditRecord } from '@handover/database';
import { insertProject, insertUser, tag } from '../../../../test/factories';
import { rolledBack, useRepositoryDatabase } from '../../../../test/harness/repository-database';

describe('AuditLogRepository (审计日志)', () => {
  const db = useRepositoryDatabase();
  let audit: AuditLogRepository;
  beforeAll(() => {
    audit = new AuditLogRepository(db.dataSource);
  });

  const entriesOf = (entityId: string) =>
    db.dataSource.query(
      `SELECT actor_id, actor_role, action, entity_type, project_id, before, after FROM audit_log WHERE entity_id = $1 ORDER BY id`,
      [entityId],
    );

  it('records who did what to which record, with before and after as JSON, and nothing of a rolled-back change', async () => {
    const project = await insertProject(db.dataSource);
    const hq = await insertUser(db.dataSource, { role: 'hq' });
    const entityId = `defect-${tag()}`;
    const entry: AuditRecord = {
      actorId: hq.id,
      actorRole: 'hq',
      action: 'defect.verify',
      entityType: 'defect',
      entityId,
      projectId: project.id,
      before: { status: 'fixed' },
      after: { status: 'verified', photos: 2 },
    };
    await audit.record(entry);
    await rolledBack(db.dataSource, (manager) => audit.record({ ...entry, action: 'defect.reopen' }, manager));
    await audit.record({ ...entry, actorId: null, actorRole: 'system', projectId: null, before: null, after: 'text' });
    expect(await entriesOf(entityId)).toEqual([
      {
        actor_id: hq.id,
        actor_role: 'hq',
        action: 'defect.verify',
        entity_type: 'defect',
        project_id: project.id,
        before: { status: 'fixed' },
        after: { status: 'verified', photos: 2 },
      },
      {
        actor_id: null,
        actor_role: 'system',
        action: 'defect.verify',
        entity_type: 'defect',
        project_id: null,
        before: null,
        after: 'text',
      },
    ]);
  });

  it('gives its INSERT numbered from any placeholder, to write an entry in the statement of the change it records', async () => {
    const entityId = `unit-${tag()}`;
    const insert = auditInsert(
      {
        actorId: null,
        actorRole: 'system',
        action: 'unit_handover.checked_in',
        entityType: 'unit',
        entityId,
        projectId: null,
        before: { state: 'not_started' },
        after: null,
      },
      3,
    );
    const rows = await db.dataSource.query(`WITH audit AS (${insert.sql}) SELECT $1::int + $2::int AS n`, [
      1,
      2,
      ...insert.params,
    ]);
    expect(rows).toEqual([{ n: 3 }]);
    expect(await entriesOf(entityId)).toEqual([
      expect.objectContaining({ action: 'unit_handover.checked_in', before: { state: 'not_started' }, after: null }),
    ]);
  });
});
