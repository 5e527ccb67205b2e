import { KeyEntity } from '@handover/database';
import { insertKey, insertKeyMovement, insertProject, insertUnit, insertUser } from '../../../../test/factories';
import {
  expectViolation,
  openTransaction,
  query,
  rolledBack,
  useRepositoryDatabase,
} from '../../../../test/harness/repository-database';
import { ListKeysQueryDto } from '../../src/keys/dto/key-commands.dto';
import { KeysRepository } from '../../src/keys/keys.repository';

describe('KeysRepository (钥匙台账)', () => {
  const db = useRepositoryDatabase();
  let keys: KeysRepository;
  beforeAll(() => {
    keys = new KeysRepository(db.dataSource);
  });

  it('knows the units of its project only', async () => {
    const project = await insertProject(db.dataSource);
    const other = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    expect(await keys.unitExists(project.id, unit.id)).toBe(true);
    expect(await keys.unitExists(other.id, unit.id)).toBe(false);
  });

  it('registers keys in one insert, ordered by label, and refuses a label the project has (keys_label_once)', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    const created = await keys.insertKeys(db.dataSource.manager, [
      { projectId: project.id, unitId: unit.id, kind: 'unit_door', label: '户门-B', holder: 'contractor' },
      { projectId: project.id, unitId: unit.id, kind: 'mailbox', label: '信箱-A', holder: 'contractor' },
    ]);
    expect(created.map((key) => key.label)).toEqual(['信箱-A', '户门-B']);
    expect(created.every((key) => key instanceof KeyEntity && key.holder === 'contractor')).toBe(true);
    expect(await keys.existingLabels(project.id, ['户门-B', '户门-C'], db.dataSource.manager)).toEqual(['户门-B']);
    await expectViolation(insertKey(db.dataSource, { projectId: project.id, label: '户门-B' }), 'keys_label_once');
    // another project may use the same label
    const other = await insertProject(db.dataSource);
    await expect(insertKey(db.dataSource, { projectId: other.id, label: '户门-B' })).resolves.toMatchObject({
      label: '户门-B',
    });
  });

  it('refuses a key with the owner that belongs to no unit (keys_owner_needs_unit)', async () => {
    const project = await insertProject(db.dataSource);
    await expectViolation(
      insertKey(db.dataSource, { projectId: project.id, unitId: null, holder: 'owner' }),
      'keys_owner_needs_unit',
    );
  });

  it('locks a key with its open loan and entrustment letter; null for a key of another project', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    const key = await insertKey(db.dataSource, { projectId: project.id, unitId: unit.id, holder: 'property' });
    const returned = await insertKeyMovement(db.dataSource, {
      projectId: project.id,
      keyId: key.id,
      kind: 'loan',
      fromHolder: 'property',
      toHolder: 'contractor',
      returnedAt: new Date(),
    });
    const open = await insertKeyMovement(db.dataSource, {
      projectId: project.id,
      keyId: key.id,
      kind: 'loan',
      fromHolder: 'property',
      toHolder: 'contractor',
    });
    const plain = await insertKey(db.dataSource, { projectId: project.id });

    await rolledBack(db.dataSource, async (manager) => {
      const locked = await keys.lockKey(manager, project.id, key.id);
      expect(locked).toMatchObject({ id: key.id, loan: { id: open.id }, entrustment: null });
      expect(locked!.loan!.id).not.toBe(returned.id);
      expect(await keys.lockKey(manager, (await insertProject(manager)).id, key.id)).toBeNull();
      const both = await keys.lockKeys(manager, project.id, [plain.id, key.id]);
      expect(both.map((row) => row.id)).toEqual([key.id, plain.id].sort());
      expect(both.find((row) => row.id === plain.id)).toMatchObject({ loan: null, entrustment: null });
      expect((await keys.lockUnitKeys(manager, unit.id)).map((row) => row.id)).toEqual([key.id]);
    });
  });

  it('holds the key row locked until the transaction ends', async () => {
    const project = await insertProject(db.dataSource);
    const key = await insertKey(db.dataSource, { projectId: project.id });
    const first = await openTransaction(db.dataSource);
    try {
      await keys.lockKey(first.manager, project.id, key.id);
      await rolledBack(db.dataSource, async (manager) => {
        await expect(
          manager.query(`SELECT 1 FROM keys WHERE id = $1 FOR UPDATE NOWAIT`, [key.id]),
        ).rejects.toMatchObject({ code: '55P03' });
      });
    } finally {
      await first.rollback();
    }
  });

  it('moves a key only from the holder it still has: of two simultaneous handovers exactly one wins', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    const key = await insertKey(db.dataSource, { projectId: project.id, unitId: unit.id, holder: 'property' });
    const first = await openTransaction(db.dataSource);
    const second = await openTransaction(db.dataSource);
    try {
      expect(await keys.moveHolder(first.manager, key.id, 'property', 'owner')).toBe(true);
      const racing = keys.moveHolder(second.manager, key.id, 'property', 'owner'); // waits for the first one's row lock
      await first.commit();
      expect(await racing).toBe(false);
    } finally {
      await second.rollback();
    }
    expect((await keys.findKey(project.id, key.id))!.holder).toBe('owner');
    expect(await keys.moveHolder(db.dataSource.manager, key.id, 'contractor', 'property')).toBe(false);
  });

  it('records movements, at most one handover to the owner, one open loan and one open entrustment per key', async () => {
    const project = await insertProject(db.dataSource);
    const clerk = await insertUser(db.dataSource, { role: 'department_head', department: 'property' });
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    const key = await insertKey(db.dataSource, { projectId: project.id, unitId: unit.id, holder: 'owner' });
    const handover = await keys.insertMovement(db.dataSource.manager, {
      projectId: project.id,
      keyId: key.id,
      fromHolder: 'property',
      toHolder: 'owner',
      kind: 'transfer',
      by: clerk.id,
    });
    expect(handover).toMatchObject({
      kind: 'transfer',
      toHolder: 'owner',
      borrower: null,
      dueBackAt: null,
      returnedAt: null,
    });
    await expectViolation(
      keys.insertMovement(db.dataSource.manager, {
        projectId: project.id,
        keyId: key.id,
        fromHolder: 'property',
        toHolder: 'owner',
        kind: 'transfer',
        by: clerk.id,
      }),
      'key_movements_one_owner_handover',
    );

    const lent = await insertKey(db.dataSource, { projectId: project.id, holder: 'contractor' });
    const loan = {
      projectId: project.id,
      keyId: lent.id,
      fromHolder: 'property',
      toHolder: 'contractor',
      kind: 'loan',
      by: clerk.id,
      borrower: '维修班组',
    } as const;
    const dueBackAt = new Date(Date.now() + 3_600_000);
    const first = await keys.insertMovement(db.dataSource.manager, { ...loan, dueBackAt });
    await expectViolation(
      keys.insertMovement(db.dataSource.manager, { ...loan, dueBackAt }),
      'key_movements_one_open_loan',
    );
    await expectViolation(
      keys.insertMovement(db.dataSource.manager, { ...loan, dueBackAt: null }),
      'key_movements_loan_due',
    );
    await expectViolation(
      keys.insertMovement(db.dataSource.manager, { ...loan, borrower: null, dueBackAt }),
      'key_movements_loan_borrower',
    );
    const back = await keys.markReturned(db.dataSource.manager, first.id, new Date());
    expect(back.returnedAt).toBeInstanceOf(Date);
    await expect(keys.insertMovement(db.dataSource.manager, { ...loan, dueBackAt })).resolves.toMatchObject({
      kind: 'loan',
      returnedAt: null,
    });

    const entrustment = {
      projectId: project.id,
      keyId: key.id,
      fromHolder: 'owner',
      toHolder: 'property',
      kind: 'entrustment',
      by: clerk.id,
    } as const;
    await expectViolation(keys.insertMovement(db.dataSource.manager, entrustment), 'key_movements_letter');
    await keys.insertMovement(db.dataSource.manager, { ...entrustment, letterNo: 'WT-1' });
    await expectViolation(
      keys.insertMovement(db.dataSource.manager, { ...entrustment, letterNo: 'WT-2' }),
      'key_movements_one_open_entrustment',
    );
    await expectViolation(
      keys.insertMovement(db.dataSource.manager, { ...entrustment, toHolder: 'owner', letterNo: 'WT-3' }),
      'key_movements_holder_changes',
    );

    expect((await keys.movements(key.id)).map((movement) => movement.kind)).toEqual(['transfer', 'entrustment']);
  });

  it('lists a project’s keys by label with unit, holder and kind filters, and a unit’s keys', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    await insertKey(db.dataSource, {
      projectId: project.id,
      unitId: unit.id,
      kind: 'unit_door',
      label: 'C',
      holder: 'property',
    });
    await insertKey(db.dataSource, { projectId: project.id, unitId: unit.id, kind: 'mailbox', label: 'A' });
    await insertKey(db.dataSource, { projectId: project.id, kind: 'equipment_room', label: 'B' });
    await insertKey(db.dataSource, { projectId: (await insertProject(db.dataSource)).id, label: 'A' });

    const labels = async (fields: Partial<ListKeysQueryDto>) => {
      const [rows, total] = await keys.list(project.id, query(ListKeysQueryDto, fields));
      return { labels: rows.map((row) => row.label), total };
    };
    expect(await labels({})).toEqual({ labels: ['A', 'B', 'C'], total: 3 });
    expect(await labels({ unitId: unit.id })).toEqual({ labels: ['A', 'C'], total: 2 });
    expect(await labels({ holder: 'property' })).toEqual({ labels: ['C'], total: 1 });
    expect(await labels({ kind: 'equipment_room' })).toEqual({ labels: ['B'], total: 1 });
    expect(await labels({ page: 2, pageSize: 2 })).toEqual({ labels: ['C'], total: 3 });
    expect((await keys.unitKeys(unit.id)).map((key) => key.label)).toEqual(['A', 'C']);
  });

  it('lists the loans not returned by their due time, most overdue first', async () => {
    const project = await insertProject(db.dataSource);
    const now = new Date('2030-01-10T12:00:00Z');
    const loan = async (label: string, dueBackAt: string, returnedAt: string | null = null) => {
      const key = await insertKey(db.dataSource, { projectId: project.id, label, holder: 'contractor' });
      return insertKeyMovement(db.dataSource, {
        projectId: project.id,
        keyId: key.id,
        kind: 'loan',
        fromHolder: 'property',
        toHolder: 'contractor',
        borrower: `班组-${label}`,
        at: '2030-01-09T01:00:00Z',
        dueBackAt,
        returnedAt,
      });
    };
    const later = await loan('K2', '2030-01-10T11:00:00Z');
    const earlier = await loan('K1', '2030-01-09T15:59:59Z');
    await loan('K3', '2030-01-09T15:59:59Z', '2030-01-09T10:00:00Z'); // returned
    await loan('K4', '2030-01-10T15:59:59Z'); // not due yet

    const overdue = await keys.overdueLoans(project.id, now);
    expect(overdue.map((row) => [row.loanId, row.label, row.borrower])).toEqual([
      [earlier.id, 'K1', '班组-K1'],
      [later.id, 'K2', '班组-K2'],
    ]);
    expect(overdue[0]).toMatchObject({
      unitId: null,
      lentAt: new Date('2030-01-09T01:00:00Z'),
      dueBackAt: new Date('2030-01-09T15:59:59Z'),
    });
  });
});
