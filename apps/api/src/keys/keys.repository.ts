import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import {
  KeyEntity,
  KeyMovementEntity,
  UnitEntity,
  type KeyHolder,
  type KeyKind,
  type KeyMovementKind,
} from '@handover/database';
import type { ListKeysQueryDto } from './dto/key-commands.dto';

export interface NewMovement {
  projectId: string;
  keyId: string;
  fromHolder: KeyHolder;
  toHolder: KeyHolder;
  kind: KeyMovementKind;
  by: string;
  borrower?: string | null;
  letterNo?: string | null;
  note?: string | null;
  dueBackAt?: Date | null;
}

/**
 * A key row locked for the transaction with its open loan and entrustment letter (null when none): what the key
 * custody machine (libs/domain) reads.
 */
export type LedgerKey = KeyEntity & { loan: KeyMovementEntity | null; entrustment: KeyMovementEntity | null };

export interface OverdueLoanRow {
  loanId: string;
  keyId: string;
  label: string;
  unitId: string | null;
  borrower: string;
  lentAt: Date;
  dueBackAt: Date;
}

/** The key ledger (钥匙台账): keys and their holder history. Pass the transaction's manager for writes. */
@Injectable()
export class KeysRepository {
  constructor(private readonly dataSource: DataSource) {}

  async unitExists(
    projectId: string,
    unitId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    return (await manager.countBy(UnitEntity, { id: unitId, projectId })) > 0;
  }

  existingLabels(projectId: string, labels: string[], manager: EntityManager): Promise<string[]> {
    return manager
      .createQueryBuilder(KeyEntity, 'k')
      .select('k.label', 'label')
      .where('k.project_id = :projectId AND k.label IN (:...labels)', { projectId, labels })
      .getRawMany<{ label: string }>()
      .then((rows) => rows.map((row) => row.label));
  }

  async insertKeys(
    manager: EntityManager,
    rows: { projectId: string; unitId: string | null; kind: KeyKind; label: string; holder: KeyHolder }[],
  ): Promise<KeyEntity[]> {
    const result = await manager.createQueryBuilder().insert().into(KeyEntity).values(rows).returning('id').execute();
    const ids = (result.raw as { id: string }[]).map((row) => row.id);
    return manager.createQueryBuilder(KeyEntity, 'k').where('k.id IN (:...ids)', { ids }).orderBy('k.label').getMany();
  }

  /** Locks the key row until the transaction ends, with its open records; null when the key is not in the project. */
  async lockKey(manager: EntityManager, projectId: string, keyId: string): Promise<LedgerKey | null> {
    const key = await manager
      .createQueryBuilder(KeyEntity, 'k')
      .where('k.id = :keyId AND k.project_id = :projectId', { keyId, projectId })
      .setLock('pessimistic_write')
      .getOne();
    return key && (await this.withOpenRecords(manager, [key]))[0];
  }

  /** Locks the keys in id order, so two bulk requests over overlapping keys cannot deadlock. */
  async lockKeys(manager: EntityManager, projectId: string, keyIds: string[]): Promise<LedgerKey[]> {
    const keys = await manager
      .createQueryBuilder(KeyEntity, 'k')
      .where('k.id IN (:...keyIds) AND k.project_id = :projectId', { keyIds, projectId })
      .orderBy('k.id')
      .setLock('pessimistic_write')
      .getMany();
    return this.withOpenRecords(manager, keys);
  }

  /** Every key of a unit, locked in id order. */
  async lockUnitKeys(manager: EntityManager, unitId: string): Promise<LedgerKey[]> {
    const keys = await manager
      .createQueryBuilder(KeyEntity, 'k')
      .where('k.unit_id = :unitId', { unitId })
      .orderBy('k.id')
      .setLock('pessimistic_write')
      .getMany();
    return this.withOpenRecords(manager, keys);
  }

  /**
   * The keys' open loans and entrustment letters (movements of those kinds not marked returned), in one query for
   * all of them; locked for writes (the key rows are locked already), plain for reads.
   */
  private async withOpenRecords(manager: EntityManager, keys: KeyEntity[], lock = true): Promise<LedgerKey[]> {
    if (keys.length === 0) return [];
    const query = manager
      .createQueryBuilder(KeyMovementEntity, 'm')
      .where("m.key_id IN (:...keyIds) AND m.kind IN ('loan', 'entrustment') AND m.returned_at IS NULL", {
        keyIds: keys.map((key) => key.id),
      });
    const open = await (lock ? query.setLock('pessimistic_write') : query).getMany();
    const record = (key: KeyEntity, kind: KeyMovementKind) =>
      open.find((movement) => movement.keyId === key.id && movement.kind === kind) ?? null;
    return keys.map((key) =>
      Object.assign(key, { loan: record(key, 'loan'), entrustment: record(key, 'entrustment') }),
    );
  }

  /**
   * Moves a key only if it is still with `from`: a conditional UPDATE … WHERE holder = from RETURNING.
   * False when someone else moved it first; the caller refuses with 409.
   */
  async moveHolder(manager: EntityManager, keyId: string, from: KeyHolder, to: KeyHolder): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(KeyEntity)
      .set({ holder: to })
      .where('id = :keyId AND holder = :from', { keyId, from })
      .returning('id')
      .execute();
    return (result.raw as unknown[]).length === 1;
  }

  async insertMovement(manager: EntityManager, movement: NewMovement): Promise<KeyMovementEntity> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(KeyMovementEntity)
      .values({
        projectId: movement.projectId,
        keyId: movement.keyId,
        fromHolder: movement.fromHolder,
        toHolder: movement.toHolder,
        kind: movement.kind,
        by: movement.by,
        borrower: movement.borrower ?? null,
        letterNo: movement.letterNo ?? null,
        note: movement.note ?? null,
        dueBackAt: movement.dueBackAt ?? null,
      })
      .returning('id')
      .execute();
    const id = (result.raw as { id: string }[])[0].id;
    return (await manager.findOneBy(KeyMovementEntity, { id }))!;
  }

  async markReturned(manager: EntityManager, movementId: string, at: Date): Promise<KeyMovementEntity> {
    await manager.update(KeyMovementEntity, { id: movementId }, { returnedAt: at });
    return (await manager.findOneBy(KeyMovementEntity, { id: movementId }))!;
  }

  /** A key of the project with its open loan and entrustment letter; null when not in the project. */
  async findKey(projectId: string, keyId: string): Promise<LedgerKey | null> {
    const manager = this.dataSource.manager;
    const key = await manager.findOneBy(KeyEntity, { id: keyId, projectId });
    return key && (await this.withOpenRecords(manager, [key], false))[0];
  }

  movements(keyId: string): Promise<KeyMovementEntity[]> {
    return this.dataSource.manager.find(KeyMovementEntity, { where: { keyId }, order: { at: 'ASC', id: 'ASC' } });
  }

  async unitKeys(unitId: string): Promise<LedgerKey[]> {
    const manager = this.dataSource.manager;
    const keys = await manager.find(KeyEntity, { where: { unitId }, order: { label: 'ASC' } });
    return this.withOpenRecords(manager, keys, false);
  }

  /** A page of the project's keys, each with its open loan and entrustment letter (one more query for the page). */
  async list(projectId: string, filter: ListKeysQueryDto): Promise<[LedgerKey[], number]> {
    const query = this.dataSource.manager
      .createQueryBuilder(KeyEntity, 'k')
      .where('k.project_id = :projectId', { projectId });
    if (filter.unitId) query.andWhere('k.unit_id = :unitId', { unitId: filter.unitId });
    if (filter.holder) query.andWhere('k.holder = :holder', { holder: filter.holder });
    if (filter.kind) query.andWhere('k.kind = :kind', { kind: filter.kind });
    const [keys, total] = await query
      .orderBy('k.label', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return [await this.withOpenRecords(this.dataSource.manager, keys, false), total];
  }

  /** Loans not returned whose due time (the end of the local day of the loan) has passed, most overdue first. */
  async overdueLoans(projectId: string, now: Date): Promise<OverdueLoanRow[]> {
    const rows: {
      loan_id: string;
      key_id: string;
      label: string;
      unit_id: string | null;
      borrower: string;
      lent_at: Date;
      due_back_at: Date;
    }[] = await this.dataSource.query(
      `SELECT m.id AS loan_id, m.key_id, k.label, k.unit_id, m.borrower, m.at AS lent_at, m.due_back_at
           FROM key_movements m JOIN keys k ON k.id = m.key_id
          WHERE m.project_id = $1 AND m.kind = 'loan' AND m.returned_at IS NULL AND m.due_back_at < $2
          ORDER BY m.due_back_at ASC, k.label ASC`,
      [projectId, now],
    );
    return rows.map((row) => ({
      loanId: row.loan_id,
      keyId: row.key_id,
      label: row.label,
      unitId: row.unit_id,
      borrower: row.borrower,
      lentAt: row.lent_at,
      dueBackAt: row.due_back_at,
    }));
  }
}
