import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { KeyMovementEntity, ProjectEntity } from '@handover/database';
import {
  assertCanHandOverUnit,
  assertCanMove,
  assertCanMoveAll,
  InconsistentKeyCustodyError,
  KeyCustodyError,
  type BilingualLabel,
  type KeyAction,
  type KeyMove,
} from '@handover/domain';
import { AuditService } from '../audit/audit.service';
import { ApiError } from '../common/api-error';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Page } from '../common/page.dto';
import { ProjectAccessService } from '../projects/project-access.service';
import { assertMayRecord } from '../unit-handover/field-access';
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
  type KeyMovementResultDto,
  type KeyTransferResultDto,
  type OverdueLoansDto,
} from './dto/key-response.dto';
import { endOfLocalDay } from './end-of-local-day';
import { KeysRepository, type LedgerKey, type NewMovement } from './keys.repository';

/** The audit log's name of each key move. */
const AUDIT_ACTION: Record<KeyAction, string> = {
  transfer: 'key.transfer',
  lend: 'key.loan',
  return_loan: 'key.return',
  entrust: 'key.entrust',
  return_entrusted: 'key.entrustment_return',
  hand_over: 'key.hand_over',
};

/** What a move records besides its holders and kind, and what its audit entry adds. */
interface MoveOptions {
  /** When the loan or entrustment the move ends is marked returned. */
  now?: Date;
  details?: Pick<NewMovement, 'borrower' | 'letterNo' | 'note' | 'dueBackAt'>;
  auditBefore?: Record<string, unknown>;
  auditAfter?: (movement: KeyMovementEntity) => Record<string, unknown>;
}

/** A moved key, the movement recorded and the loan or entrustment it ended. */
interface Moved {
  key: KeyDto;
  movement: KeyMovementEntity;
  closed: KeyMovementEntity | null;
}

/** The custody machine's verdict; a refused move answers 409 with the machine's code and params. */
function custody<T>(check: () => T): T {
  try {
    return check();
  } catch (error) {
    if (error instanceof KeyCustodyError || error instanceof InconsistentKeyCustodyError) {
      throw new ApiError(HttpStatus.CONFLICT, error.code, error.params);
    }
    throw error;
  }
}

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
    const project = await this.writable(user, projectId, { en: 'Registering keys', zh: '登记钥匙' });
    const labels = dto.keys.map((key) => key.label.trim());
    const repeated = labels.filter((label, index) => labels.indexOf(label) !== index);
    if (repeated.length > 0)
      throw new ApiError(HttpStatus.BAD_REQUEST, 'KEY_LABELS_REPEATED', { labels: [...new Set(repeated)].join(', ') });
    if (!dto.unitId && dto.keys.some((key) => key.kind === 'unit_door' || key.kind === 'mailbox')) {
      throw new ApiError(HttpStatus.BAD_REQUEST, 'KEY_NEEDS_UNIT');
    }
    return this.dataSource.transaction(async (manager) => {
      if (dto.unitId && !(await this.keys.unitExists(project.id, dto.unitId, manager)))
        throw new ApiError(HttpStatus.NOT_FOUND, 'UNIT_NOT_FOUND', { unitId: dto.unitId });
      const taken = await this.keys.existingLabels(project.id, labels, manager);
      if (taken.length > 0) throw new ApiError(HttpStatus.CONFLICT, 'KEY_LABELS_TAKEN', { labels: taken.join(', ') });
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
            after: KeyDto.registered(key),
          },
          manager,
        );
      }
      return created.map((key) => KeyDto.registered(key));
    });
  }

  /** 钥匙移交 at the property transfer: all or nothing; a key no longer with the contractor refuses the whole batch. */
  async transferToProperty(
    user: AuthenticatedUser,
    projectId: string,
    dto: TransferKeysDto,
  ): Promise<KeyTransferResultDto> {
    const project = await this.writable(user, projectId, {
      en: 'Transferring keys to the property company',
      zh: '钥匙移交物业',
    });
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.keys.lockKeys(manager, project.id, dto.keyIds);
      const missing = dto.keyIds.filter((id) => !locked.some((key) => key.id === id));
      if (missing.length > 0)
        throw new ApiError(HttpStatus.NOT_FOUND, 'KEYS_NOT_FOUND', { keyIds: missing.join(', ') });
      const move = custody(() => assertCanMoveAll(locked, 'transfer'));
      const moved: Moved[] = [];
      for (const key of locked) moved.push(await this.moveKey(manager, user, project.id, key, move));
      return {
        keys: moved.map((each) => each.key),
        movements: moved.map((each) => KeyMovementDto.from(each.movement)),
      };
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
    const project = await this.writable(user, projectId, { en: 'A key loan', zh: '钥匙借用' });
    const { dueBackAt, localDate } = endOfLocalDay(now.getTime(), project.timeZone);
    return this.dataSource.transaction(async (manager) => {
      const key = await this.lockedKey(manager, project.id, keyId);
      const move = custody(() => assertCanMove(key, 'lend'));
      const { key: lent, movement } = await this.moveKey(manager, user, project.id, key, move, {
        details: { borrower: dto.borrower.trim(), note: dto.note ?? null, dueBackAt },
        auditAfter: (loan) => ({ loanId: loan.id, dueBackAt: dueBackAt.toISOString() }),
      });
      return { key: lent, movement: KeyMovementDto.from(movement), dueBackLocalDate: localDate };
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
    const project = await this.writable(user, projectId, { en: 'A key return', zh: '钥匙归还' });
    return this.dataSource.transaction(async (manager) => {
      const key = await this.lockedKey(manager, project.id, keyId);
      const move = custody(() => assertCanMove(key, 'return_loan'));
      const loan = key.loan!;
      const late = now.getTime() > loan.dueBackAt!.getTime();
      const { key: returned, closed } = await this.moveKey(manager, user, project.id, key, move, {
        now,
        details: { borrower: loan.borrower, note: dto.note ?? null },
        auditBefore: { loanId: loan.id },
        auditAfter: () => ({ late }),
      });
      return { key: returned, movement: KeyMovementDto.from(closed!), late };
    });
  }

  /** 钥匙委托书: an owner leaves a handed-over key with the property company for repairs, under a letter. */
  async entrust(
    user: AuthenticatedUser,
    projectId: string,
    keyId: string,
    dto: EntrustKeyDto,
  ): Promise<KeyMovementResultDto> {
    const project = await this.writable(user, projectId, { en: 'A key entrustment letter', zh: '钥匙委托书' });
    return this.dataSource.transaction(async (manager) => {
      const key = await this.lockedKey(manager, project.id, keyId);
      const move = custody(() => assertCanMove(key, 'entrust'));
      const { key: entrusted, movement } = await this.moveKey(manager, user, project.id, key, move, {
        details: { letterNo: dto.letterNo.trim(), note: dto.note ?? null },
        auditAfter: (letter) => ({ letterNo: letter.letterNo }),
      });
      return { key: entrusted, movement: KeyMovementDto.from(movement) };
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
    const project = await this.writable(user, projectId, { en: 'Returning an entrusted key', zh: '委托钥匙退还业主' });
    return this.dataSource.transaction(async (manager) => {
      const key = await this.lockedKey(manager, project.id, keyId);
      const move = custody(() => assertCanMove(key, 'return_entrusted', { letterNo: dto.letterNo.trim() }));
      const letterNo = key.entrustment!.letterNo;
      const { key: returned, closed } = await this.moveKey(manager, user, project.id, key, move, {
        now,
        details: { letterNo, note: dto.note ?? null },
        auditBefore: { letterNo },
      });
      return { key: returned, movement: KeyMovementDto.from(closed!) };
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
    const move = custody(() => assertCanHandOverUnit(label, keys));
    const moved: KeyDto[] = [];
    for (const key of keys) {
      moved.push((await this.moveKey(manager, user, project.id, key, move, { auditAfter: () => ({ unitId }) })).key);
    }
    return moved;
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
    if (!key) throw new ApiError(HttpStatus.NOT_FOUND, 'KEY_NOT_FOUND', { keyId });
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

  private async writable(user: AuthenticatedUser, projectId: string, action: BilingualLabel): Promise<ProjectEntity> {
    // Keys are the property company's business (the access policy's `key` writers).
    const { project, caller } = await this.access.requireInScope(user, projectId);
    assertMayRecord(caller, 'key', action);
    return project;
  }

  private async lockedKey(manager: EntityManager, projectId: string, keyId: string): Promise<LedgerKey> {
    const key = await this.keys.lockKey(manager, projectId, keyId);
    if (!key) throw new ApiError(HttpStatus.NOT_FOUND, 'KEY_NOT_FOUND', { keyId });
    return key;
  }

  /**
   * The one way a key changes hands, once the custody machine allowed `move`, in the caller's transaction: the
   * conditional holder change (a key that changed hands since it was read refuses the request), the open loan or
   * entrustment it ends marked returned, the movement recorded, the audit entry.
   */
  private async moveKey(
    manager: EntityManager,
    user: AuthenticatedUser,
    projectId: string,
    key: LedgerKey,
    move: KeyMove,
    options: MoveOptions = {},
  ): Promise<Moved> {
    if (!(await this.keys.moveHolder(manager, key.id, move.from, move.to))) {
      throw new ApiError(HttpStatus.CONFLICT, 'KEY_CHANGED_CONCURRENTLY', { key: key.label });
    }
    const ended = move.closes === 'loan' ? key.loan : move.closes === 'entrustment' ? key.entrustment : null;
    const closed = ended ? await this.keys.markReturned(manager, ended.id, options.now ?? new Date()) : null;
    const movement = await this.keys.insertMovement(manager, {
      ...options.details,
      projectId,
      keyId: key.id,
      fromHolder: move.from,
      toHolder: move.to,
      kind: move.movementKind,
      by: user.id,
    });
    await this.audit.record(
      {
        actor: user,
        action: AUDIT_ACTION[move.action],
        entityType: 'key',
        entityId: key.id,
        projectId,
        before: { holder: move.from, ...options.auditBefore },
        after: { holder: move.to, ...options.auditAfter?.(movement) },
      },
      manager,
    );
    // the key's open records after the move: the one it opened is the movement just recorded, the one it closed is gone
    const open = (kind: 'loan' | 'entrustment') =>
      move.opens === kind ? movement : move.closes === kind ? null : key[kind];
    const after = { ...key, holder: move.to, loan: open('loan'), entrustment: open('entrustment') };
    return { key: KeyDto.from(after), movement, closed };
  }
}
