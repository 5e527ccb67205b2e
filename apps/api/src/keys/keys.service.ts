import { BadRequestException, ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { KeyEntity, KeyHolder, ProjectEntity } from '@handover/database';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Page } from '../common/page.dto';
import { ProjectAccessService } from '../projects/project-access.service';
import { assertMayRecord, type FieldWriters } from '../unit-handover/field-access';
import type {
  EntrustKeyDto,
  LendKeyDto,
  ListKeysQueryDto,
  RegisterKeysDto,
  ReturnEntrustedKeyDto,
  ReturnKeyDto,
  TransferKeysDto,
} from './dto/key-commands.dto';
import {
  KeyDetailDto,
  KeyDto,
  KeyMovementDto,
  KeyMovementResultDto,
  KeyTransferResultDto,
  OverdueLoansDto,
} from './dto/key-response.dto';
import { endOfLocalDay } from './end-of-local-day';
import { KeysRepository } from './keys.repository';

/** Keys are the property company's business: the project lead or the property department head records them. */
export const KEY_WRITERS: FieldWriters = ['property'];

const HOLDER_PHRASE: Record<KeyHolder, string> = {
  contractor: 'with the general contractor (总包)',
  property: 'with the property company (物业)',
  owner: 'with the owner (业主)',
};

/** The key ledger (钥匙台账): registration, contractor → property transfer, same-day loans, entrustment letters. */
@Injectable()
export class KeysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: KeysRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  async register(user: AuthenticatedUser, projectId: string, dto: RegisterKeysDto): Promise<KeyDto[]> {
    const project = await this.writable(user, projectId, 'Registering keys');
    const labels = dto.keys.map((key) => key.label.trim());
    const repeated = labels.filter((label, index) => labels.indexOf(label) !== index);
    if (repeated.length > 0)
      throw new BadRequestException(`Each key needs its own label; repeated: ${[...new Set(repeated)].join(', ')}.`);
    if (!dto.unitId && dto.keys.some((key) => key.kind === 'unit_door' || key.kind === 'mailbox')) {
      throw new BadRequestException('Unit-door and mailbox keys belong to a unit: give unitId.');
    }
    return this.dataSource.transaction(async (manager) => {
      if (dto.unitId && !(await this.keys.unitExists(project.id, dto.unitId, manager)))
        throw new NotFoundException(`No unit ${dto.unitId} in this project.`);
      const taken = await this.keys.existingLabels(project.id, labels, manager);
      if (taken.length > 0)
        throw new ConflictException(`These key labels are already in the project's key ledger: ${taken.join(', ')}.`);
      const holder = dto.holder ?? 'contractor';
      const created = await this.keys.insertKeys(
        manager,
        dto.keys.map((key, index) => ({
          projectId: project.id,
          unitId: dto.unitId ?? null,
          kind: key.kind,
          label: labels[index],
          holder,
        })),
      );
      for (const key of created) {
        await this.audit.record(
          {
            actor: user,
            action: 'key.register',
            entityType: 'key',
            entityId: key.id,
            projectId: project.id,
            after: KeyDto.from(key),
          },
          manager,
        );
      }
      return created.map(KeyDto.from);
    });
  }

  /** 钥匙移交 at the property transfer: all or nothing; a key no longer with the contractor refuses the whole batch. */
  async transferToProperty(
    user: AuthenticatedUser,
    projectId: string,
    dto: TransferKeysDto,
  ): Promise<KeyTransferResultDto> {
    const project = await this.writable(user, projectId, 'Transferring keys to the property company');
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.keys.lockKeys(manager, project.id, dto.keyIds);
      const missing = dto.keyIds.filter((id) => !locked.some((key) => key.id === id));
      if (missing.length > 0) throw new NotFoundException(`No keys ${missing.join(', ')} in this project.`);
      const notWithContractor = locked.filter((key) => key.holder !== 'contractor');
      if (notWithContractor.length > 0) throw new ConflictException(this.notWith('contractor', notWithContractor));
      const movements: KeyMovementDto[] = [];
      for (const key of locked) {
        await this.move(manager, key, 'property');
        const movement = await this.keys.insertMovement(manager, {
          projectId: project.id,
          keyId: key.id,
          fromHolder: 'contractor',
          toHolder: 'property',
          kind: 'transfer',
          by: user.id,
        });
        movements.push(KeyMovementDto.from(movement));
        await this.audit.record(
          {
            actor: user,
            action: 'key.transfer',
            entityType: 'key',
            entityId: key.id,
            projectId: project.id,
            before: { holder: 'contractor' },
            after: { holder: 'property' },
          },
          manager,
        );
      }
      return { keys: locked.map((key) => KeyDto.from({ ...key, holder: 'property' })), movements };
    });
  }

  /** 钥匙借用: only a key with the property company can be lent, and it is due back by the end of the local day. */
  async lend(
    user: AuthenticatedUser,
    projectId: string,
    keyId: string,
    dto: LendKeyDto,
    now = new Date(),
  ): Promise<KeyMovementResultDto> {
    const project = await this.writable(user, projectId, 'A key loan');
    const { dueBackAt, localDate } = endOfLocalDay(now.getTime(), project.timeZone);
    return this.dataSource.transaction(async (manager) => {
      const key = await this.lockedKey(manager, project.id, keyId);
      if (key.holder !== 'property') {
        const onLoan = key.holder === 'contractor' && (await this.keys.openMovement(manager, key.id, 'loan'));
        throw new ConflictException(
          onLoan
            ? `Key ${key.label} is already on loan to ${onLoan.borrower}; it must be returned before it is lent again.`
            : `Key ${key.label} is ${HOLDER_PHRASE[key.holder]}; only keys held by the property company can be lent.`,
        );
      }
      await this.move(manager, key, 'contractor');
      const movement = await this.keys.insertMovement(manager, {
        projectId: project.id,
        keyId: key.id,
        fromHolder: 'property',
        toHolder: 'contractor',
        kind: 'loan',
        by: user.id,
        borrower: dto.borrower.trim(),
        note: dto.note ?? null,
        dueBackAt,
      });
      await this.audit.record(
        {
          actor: user,
          action: 'key.loan',
          entityType: 'key',
          entityId: key.id,
          projectId: project.id,
          before: { holder: 'property' },
          after: { holder: 'contractor', loanId: movement.id, dueBackAt: dueBackAt.toISOString() },
        },
        manager,
      );
      return {
        key: KeyDto.from({ ...key, holder: 'contractor' }),
        movement: KeyMovementDto.from(movement),
        dueBackLocalDate: localDate,
      };
    });
  }

  /** 归还 of a loan: the key is back with the property company; a return after the due time is marked late. */
  async returnLoan(
    user: AuthenticatedUser,
    projectId: string,
    keyId: string,
    dto: ReturnKeyDto,
    now = new Date(),
  ): Promise<KeyMovementResultDto> {
    const project = await this.writable(user, projectId, 'A key return');
    return this.dataSource.transaction(async (manager) => {
      const key = await this.lockedKey(manager, project.id, keyId);
      const loan = await this.keys.openMovement(manager, key.id, 'loan');
      if (!loan) throw new ConflictException(`Key ${key.label} is not on loan; it is ${HOLDER_PHRASE[key.holder]}.`);
      await this.move(manager, key, 'property', 'contractor');
      const closed = await this.keys.markReturned(manager, loan.id, now);
      await this.keys.insertMovement(manager, {
        projectId: project.id,
        keyId: key.id,
        fromHolder: 'contractor',
        toHolder: 'property',
        kind: 'return',
        by: user.id,
        borrower: loan.borrower,
        note: dto.note ?? null,
      });
      const late = now.getTime() > loan.dueBackAt!.getTime();
      await this.audit.record(
        {
          actor: user,
          action: 'key.return',
          entityType: 'key',
          entityId: key.id,
          projectId: project.id,
          before: { holder: 'contractor', loanId: loan.id },
          after: { holder: 'property', late },
        },
        manager,
      );
      return { key: KeyDto.from({ ...key, holder: 'property' }), movement: KeyMovementDto.from(closed), late };
    });
  }

  /** 钥匙委托书: an owner leaves a handed-over key with the property company for repairs, under a letter. */
  async entrust(
    user: AuthenticatedUser,
    projectId: string,
    keyId: string,
    dto: EntrustKeyDto,
  ): Promise<KeyMovementResultDto> {
    const project = await this.writable(user, projectId, 'A key entrustment letter');
    return this.dataSource.transaction(async (manager) => {
      const key = await this.lockedKey(manager, project.id, keyId);
      if (key.holder !== 'owner')
        throw new ConflictException(
          `Key ${key.label} is ${HOLDER_PHRASE[key.holder]}; only an owner's key can be entrusted.`,
        );
      await this.move(manager, key, 'property', 'owner');
      const movement = await this.keys.insertMovement(manager, {
        projectId: project.id,
        keyId: key.id,
        fromHolder: 'owner',
        toHolder: 'property',
        kind: 'entrustment',
        by: user.id,
        letterNo: dto.letterNo.trim(),
        note: dto.note ?? null,
      });
      await this.audit.record(
        {
          actor: user,
          action: 'key.entrust',
          entityType: 'key',
          entityId: key.id,
          projectId: project.id,
          before: { holder: 'owner' },
          after: { holder: 'property', letterNo: movement.letterNo },
        },
        manager,
      );
      return { key: KeyDto.from({ ...key, holder: 'property' }), movement: KeyMovementDto.from(movement) };
    });
  }

  /** The entrusted key goes back to the owner against its letter; not while it is lent out. */
  async returnEntrusted(
    user: AuthenticatedUser,
    projectId: string,
    keyId: string,
    dto: ReturnEntrustedKeyDto,
    now = new Date(),
  ): Promise<KeyMovementResultDto> {
    const project = await this.writable(user, projectId, 'Returning an entrusted key');
    return this.dataSource.transaction(async (manager) => {
      const key = await this.lockedKey(manager, project.id, keyId);
      const entrustment = await this.keys.openMovement(manager, key.id, 'entrustment');
      if (!entrustment) throw new ConflictException(`Key ${key.label} has no open entrustment letter (钥匙委托书).`);
      if (entrustment.letterNo !== dto.letterNo.trim()) {
        throw new ConflictException(
          `Key ${key.label} was left under entrustment letter ${entrustment.letterNo}, not ${dto.letterNo.trim()}.`,
        );
      }
      if (key.holder !== 'property')
        throw new ConflictException(`Key ${key.label} is on loan; it must be returned to the property company first.`);
      await this.move(manager, key, 'owner');
      const closed = await this.keys.markReturned(manager, entrustment.id, now);
      await this.keys.insertMovement(manager, {
        projectId: project.id,
        keyId: key.id,
        fromHolder: 'property',
        toHolder: 'owner',
        kind: 'entrustment_return',
        by: user.id,
        letterNo: entrustment.letterNo,
        note: dto.note ?? null,
      });
      await this.audit.record(
        {
          actor: user,
          action: 'key.entrustment_return',
          entityType: 'key',
          entityId: key.id,
          projectId: project.id,
          before: { holder: 'property', letterNo: entrustment.letterNo },
          after: { holder: 'owner' },
        },
        manager,
      );
      return { key: KeyDto.from({ ...key, holder: 'owner' }), movement: KeyMovementDto.from(closed) };
    });
  }

  /**
   * 钥匙交接, inside the unit handover's transaction: every key of the unit moves from the property company to the
   * owner. Refused with 409 when the unit has no keys in the ledger or one of them is elsewhere (still with the
   * contractor, on loan, already with the owner). Each key moves by a conditional UPDATE, so of two simultaneous
   * handovers of the same key exactly one succeeds.
   */
  async handOverUnitKeys(
    manager: EntityManager,
    user: AuthenticatedUser,
    project: ProjectEntity,
    unitId: string,
    label: string,
  ): Promise<KeyDto[]> {
    const keys = await this.keys.lockUnitKeys(manager, unitId);
    if (keys.length === 0)
      throw new ConflictException(
        `Cannot hand over the keys of ${label}: the unit has no keys in the key ledger (钥匙台账); register them first.`,
      );
    const elsewhere = keys.filter((key) => key.holder !== 'property');
    if (elsewhere.length > 0)
      throw new ConflictException(`Cannot hand over the keys of ${label}: ${this.notWith('property', elsewhere)}`);
    for (const key of keys) {
      await this.move(manager, key, 'owner');
      await this.keys.insertMovement(manager, {
        projectId: project.id,
        keyId: key.id,
        fromHolder: 'property',
        toHolder: 'owner',
        kind: 'transfer',
        by: user.id,
      });
      await this.audit.record(
        {
          actor: user,
          action: 'key.hand_over',
          entityType: 'key',
          entityId: key.id,
          projectId: project.id,
          before: { holder: 'property' },
          after: { holder: 'owner', unitId },
        },
        manager,
      );
    }
    return keys.map((key) => KeyDto.from({ ...key, holder: 'owner' }));
  }

  async keysOfUnit(unitId: string): Promise<KeyDto[]> {
    return (await this.keys.unitKeys(unitId)).map(KeyDto.from);
  }

  async list(user: AuthenticatedUser, projectId: string, query: ListKeysQueryDto): Promise<Page<KeyDto>> {
    const project = await this.access.requireVisible(user, projectId);
    const [items, total] = await this.keys.list(project.id, query);
    return { items: items.map(KeyDto.from), page: query.page, pageSize: query.pageSize, total };
  }

  async get(user: AuthenticatedUser, projectId: string, keyId: string): Promise<KeyDetailDto> {
    const project = await this.access.requireVisible(user, projectId);
    const key = await this.keys.findKey(project.id, keyId);
    if (!key) throw new NotFoundException(`No key ${keyId} in this project.`);
    return { ...KeyDto.from(key), movements: (await this.keys.movements(key.id)).map(KeyMovementDto.from) };
  }

  /** Loans not returned by the end of their local day. */
  async overdueLoans(user: AuthenticatedUser, projectId: string, now = new Date()): Promise<OverdueLoansDto> {
    const project = await this.access.requireVisible(user, projectId);
    const rows = await this.keys.overdueLoans(project.id, now);
    return {
      items: rows.map((row) => ({
        loanId: row.loanId,
        keyId: row.keyId,
        label: row.label,
        unitId: row.unitId,
        borrower: row.borrower,
        lentAt: row.lentAt.toISOString(),
        dueBackAt: row.dueBackAt.toISOString(),
        minutesOverdue: Math.floor((now.getTime() - row.dueBackAt.getTime()) / 60_000),
      })),
    };
  }

  private async writable(user: AuthenticatedUser, projectId: string, action: string): Promise<ProjectEntity> {
    const project = await this.access.requireVisible(user, projectId);
    assertMayRecord(user, project, KEY_WRITERS, action);
    return project;
  }

  private async lockedKey(manager: EntityManager, projectId: string, keyId: string): Promise<KeyEntity> {
    const key = await this.keys.lockKey(manager, projectId, keyId);
    if (!key) throw new NotFoundException(`No key ${keyId} in this project.`);
    return key;
  }

  /** The conditional move; a key that changed hands since it was read refuses the request. */
  private async move(
    manager: EntityManager,
    key: KeyEntity,
    to: KeyHolder,
    from: KeyHolder = key.holder,
  ): Promise<void> {
    if (!(await this.keys.moveHolder(manager, key.id, from, to))) {
      throw new ConflictException(`Key ${key.label} changed hands at the same moment; reload and try again.`);
    }
  }

  private notWith(holder: KeyHolder, keys: KeyEntity[]): string {
    const list = keys.map((key) => `${key.label} is ${HOLDER_PHRASE[key.holder]}`).join('; ');
    return `${keys.length === 1 ? 'a key is' : 'some keys are'} not ${HOLDER_PHRASE[holder]}: ${list}.`;
  }
}
