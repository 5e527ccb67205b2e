import { HttpStatus, Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import { defectDeadlineInstant } from '@handover/contracts';
import {
  EscalationsRepository,
  type DefectEntity,
  type DefectPhotoEntity,
  type DefectPhotoStage,
  type PhotoContentType,
  type ProjectEntity,
} from '@handover/database';
import {
  applyDefectAction,
  decideAccess,
  DEFAULT_DEFECT_SLA,
  defectSlaClass,
  instantToCalendarDate,
  slaDeadline,
  DEFECT_DEADLINE_RUNNING,
  DEFECT_TRANSITIONS,
  DefectNotDeferrableError,
  DefectStatusTransitionError,
  isCalendarDate,
  OwnerReplyRequiredError,
  applyOwnerDefectAnswer,
  DefectNotAwaitingOwnerError,
  type OwnerDefectAnswer,
  type AccessAction,
  type AccessCaller,
  type DefectAction,
  type ErrorCode,
} from '@handover/domain';
import { AuditService, type AuditEntry, type OwnerAuditActor } from '../audit/audit.service';
import { ApiError } from '../common/api-error';
import { callerParams } from '../auth/access-refusal';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Page } from '../common/page.dto';
import { ProjectAccessService } from '../projects/project-access.service';
import { MAX_PHOTO_BYTES, normalisePhoto, PHOTO_EXTENSIONS, photoTooLarge } from '../storage/photo-content';
import { PhotoStorage } from '../storage/photo-storage';
import { ContractorsRepository } from '../contractors/contractors.repository';
import { DefectReportsRepository } from '../defect-reports/defect-reports.repository';
import { FrequentProblemDetector } from '../defect-alerts/frequent-problem-detector';
import { DefectsRepository } from './defects.repository';
import {
  DefectDto,
  type DefectListItemDto,
  DefectPhotoDto,
  type AssignDefectDto,
  type CannotFixDefectDto,
  type CreateDefectDto,
  type DecideDisputeDto,
  type DisputeDefectDto,
  type ReopenDefectDto,
  type DeferDefectDto,
  type DefectNoteDto,
  type DefectSummaryQueryDto,
  type ListDefectsQueryDto,
  type ReplyToOwnerDto,
  type UnitDefectSummaryDto,
} from './dto/defect.dto';
import { RecordDeadlinesService } from './record-deadlines.service';

/** A photo as multer hands it over (memory storage). */
export interface UploadedPhotoFile {
  mimetype: string;
  size: number;
  buffer: Buffer;
}

/** What the audit log keeps of a defect: no free text that may carry an owner's personal data. */
function auditView(defect: DefectEntity) {
  return {
    unitId: defect.unitId,
    source: defect.source,
    category: defect.category,
    trade: defect.trade,
    status: defect.status,
    responsibleParty: defect.responsibleParty,
    contractorCompanyId: defect.contractorCompanyId,
    disputeReason: defect.disputeReason,
    reopenCount: defect.reopenCount,
    deadline: defect.deadline,
    deferredUntil: defect.deferredUntil,
    ownerReplied: defect.ownerReply !== null,
  };
}

const dto = (defect: DefectEntity) => DefectDto.from(defect, DEFECT_TRANSITIONS[defect.status]);

/** The audit log's name of each lifecycle action. */
const AUDIT_ACTION: Record<DefectAction, string> = {
  assign: 'assign',
  fix: 'fix',
  verify: 'verify',
  cannot_fix: 'cannot-fix',
  reply_to_owner: 'reply-to-owner',
  defer: 'defer',
  accept: 'accept',
  dispute: 'dispute',
  reject_dispute: 'dispute-rejected',
  uphold_dispute: 'dispute-upheld',
  reopen: 'reopen',
};

/**
 * Who may take each action, as the access policy's defect actions: the developer's writers (`update`), the
 * developer's side ruling on a contractor's work (`decide`), or the company the defect is assigned to (`respond`).
 * A fix is marked by either the writers or the company.
 */
const ACTION_ACCESS: Record<DefectAction, readonly AccessAction[]> = {
  assign: ['update'],
  fix: ['update', 'respond'],
  verify: ['decide'],
  cannot_fix: ['update'],
  reply_to_owner: ['update'],
  defer: ['update'],
  accept: ['respond'],
  dispute: ['respond'],
  reject_dispute: ['decide'],
  uphold_dispute: ['decide'],
  reopen: ['decide'],
};

/** The refusal of each kind of access, for a caller in scope whose role or department may not. */
const ACCESS_REFUSAL: Record<AccessAction, ErrorCode> = {
  read: 'DEFECTS_FORBIDDEN',
  create: 'DEFECTS_FORBIDDEN',
  update: 'DEFECTS_FORBIDDEN',
  decide: 'DEFECT_RULING_FORBIDDEN',
  respond: 'DEFECT_CONTRACTOR_ONLY',
  compile: 'DEFECTS_FORBIDDEN',
  submit: 'DEFECTS_FORBIDDEN',
};

/** The status the domain's defect lifecycle gives after the action; a refused action answers 409 with its code. */
function statusAfter(defect: DefectEntity, action: DefectAction): DefectEntity['status'] {
  const facts = { ...defect, ownerReplied: defect.ownerReply !== null };
  try {
    return applyDefectAction(facts, action);
  } catch (error) {
    const refusal = lifecycleRefusal(defect, error);
    if (refusal) throw refusal;
    throw error;
  }
}

/** A refused lifecycle action as its coded 409: the defect's status, the one refused and those allowed next. */
function lifecycleRefusal(defect: DefectEntity, error: unknown): ApiError | null {
  const defectId = defect.id;
  if (error instanceof DefectStatusTransitionError)
    return new ApiError(HttpStatus.CONFLICT, 'DEFECT_STATUS_TRANSITION', {
      defectId,
      status: error.status,
      target: error.target,
      allowed: error.allowed.join(','),
    });
  if (error instanceof OwnerReplyRequiredError)
    return new ApiError(HttpStatus.CONFLICT, 'DEFECT_OWNER_REPLY_REQUIRED', { defectId, projectId: defect.projectId });
  if (error instanceof DefectNotDeferrableError)
    return new ApiError(HttpStatus.CONFLICT, 'DEFECT_NOT_DEFERRABLE', { defectId, status: error.status });
  return null;
}

/** A failed verification's fields (the staff's 退回整改 and the owner's 未整改): counted, the company's clock again. */
const reopened = (defect: DefectEntity, reason: string): Partial<DefectEntity> => ({
  reopenCount: defect.reopenCount + 1,
  reopenedAt: new Date(),
  reopenReason: reason,
});
/** A verified fix's fields (the developer's verification and the owner's 确认已整改). */
const verified = (): Partial<DefectEntity> => ({ closedAt: new Date() });

/** An owner route's refusal of anything not of the owner's unit: the guard's 404, telling nothing more. */
const ownerNotFound = () => new ApiError(HttpStatus.NOT_FOUND, 'NOT_FOUND');

/** The status after the owner's answer; a defect not awaiting the owner answers 409 OWNER_DEFECT_NOT_AWAITING_OWNER. */
function ownerStatusAfter(defect: DefectEntity, answer: OwnerDefectAnswer): DefectEntity['status'] {
  try {
    return applyOwnerDefectAnswer({ ...defect, ownerReplied: defect.ownerReply !== null }, answer);
  } catch (error) {
    if (error instanceof DefectNotAwaitingOwnerError)
      throw new ApiError(HttpStatus.CONFLICT, 'OWNER_DEFECT_NOT_AWAITING_OWNER', { defectId: defect.id });
    const refusal = lifecycleRefusal(defect, error);
    if (refusal) throw refusal;
    throw error;
  }
}

/** The trade an owner's report carries until customer service triages it (待分类). */
export const OWNER_REPORT_TRADE = '待分类';
/** Photos an owner sends with one answer or report. */
export const MAX_OWNER_PHOTOS = 6;

/** An owner's photo, normalised and keyed, before it is stored. */
interface OwnerPhoto {
  id: string;
  key: string;
  contentType: PhotoContentType;
  bytes: Buffer;
}

const invalidDate = (field: string, date: string) =>
  new ApiError(HttpStatus.BAD_REQUEST, 'CALENDAR_DATE_INVALID', { field, date });
const defectNotFound = (defectId: string) => new ApiError(HttpStatus.NOT_FOUND, 'DEFECT_NOT_FOUND', { defectId });

/** 问题项: defects of units and public areas, their lifecycle, photos and the per-household summary. */
@Injectable()
export class DefectsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly defects: DefectsRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
    private readonly deadlines: RecordDeadlinesService,
    private readonly storage: PhotoStorage,
    private readonly escalations: EscalationsRepository,
    private readonly contractors: ContractorsRepository,
    private readonly reports: DefectReportsRepository,
    private readonly frequentProblems: FrequentProblemDetector,
  ) {}

  /** The access policy's defect writers: the project lead or an assigned engineering or customer service head. */
  private requireWriter(
    user: AuthenticatedUser,
    projectId: string,
    action: 'create' | 'update' = 'update',
  ): Promise<ProjectEntity> {
    return this.access.requireAllowed(user, projectId, 'defect', action, () => ({
      code: 'DEFECTS_FORBIDDEN',
      params: callerParams(user),
    }));
  }

  /**
   * Refuses the caller unless one of `needs` is allowed on this defect: 404 when the defect is not the caller's to see
   * (a contractor and another company's defect), 403 naming who may otherwise.
   */
  private authorize(
    user: AuthenticatedUser,
    caller: AccessCaller,
    defect: DefectEntity,
    needs: readonly AccessAction[],
  ): void {
    const subject = { companyId: defect.contractorCompanyId };
    const decisions = needs.map((need) => decideAccess(caller, 'defect', need, subject));
    if (decisions.some((decision) => decision.allowed)) return;
    if (decisions.every((decision) => !decision.allowed && decision.reason === 'not_in_scope'))
      throw defectNotFound(defect.id);
    throw new ApiError(HttpStatus.FORBIDDEN, ACCESS_REFUSAL[needs[0]], callerParams(user));
  }

  /** The defect, when the caller may see it (a contractor: only its company's); 404 otherwise. */
  private async visibleDefect(user: AuthenticatedUser, projectId: string, defectId: string): Promise<DefectEntity> {
    const { caller } = await this.access.requireInScope(user, projectId);
    const defect = await this.defects.find(projectId, defectId);
    if (!defect) throw defectNotFound(defectId);
    this.authorize(user, caller, defect, ['read']);
    return defect;
  }

  async create(user: AuthenticatedUser, projectId: string, body: CreateDefectDto): Promise<DefectDto> {
    const project = await this.requireWriter(user, projectId, 'create');
    if ((body.unitId === undefined) === (body.publicArea === undefined)) {
      throw new ApiError(HttpStatus.BAD_REQUEST, 'DEFECT_LOCATION_REQUIRED');
    }
    if (body.deadline !== undefined && !isCalendarDate(body.deadline)) throw invalidDate('deadline', body.deadline);
    const simple = body.simple ?? false;
    // Without a deadline, the project's SLA gives one, counted from today in the project's calendar.
    const deadline =
      body.deadline ??
      slaDeadline(
        instantToCalendarDate(Date.now(), project.timeZone),
        (await this.reports.sla(projectId)) ?? DEFAULT_DEFECT_SLA,
        defectSlaClass({ unitId: body.unitId ?? null, simple }),
      );
    const defect = await this.dataSource.transaction(async (manager) => {
      const created = await this.defects.insertInProject(
        {
          projectId,
          unitId: body.unitId ?? null,
          publicArea: body.publicArea ?? null,
          source: body.source,
          category: body.category,
          trade: body.trade,
          description: body.description,
          responsibleParty: body.responsibleParty ?? null,
          deadline,
          simple,
          createdBy: user.id,
        },
        manager,
      );
      // Only a unit's defect can find nothing to insert: its unit is not one of the project's.
      if (!created) throw new ApiError(HttpStatus.BAD_REQUEST, 'UNIT_NOT_IN_PROJECT', { unitId: body.unitId! });
      await this.audit.record(
        {
          actor: user,
          action: 'defect.create',
          entityType: 'defect',
          entityId: created.id,
          projectId,
          after: auditView(created),
        },
        manager,
      );
      // 高频问题预警: its building's defects of the same category and trade, counted in this transaction.
      await this.frequentProblems.afterRecorded(created, manager);
      return created;
    });
    await this.afterChange(project, null, defect);
    return dto(defect);
  }

  /** 派单: to a contractor company working on the project (its users then see it), or to a party named in words. */
  assign(user: AuthenticatedUser, projectId: string, defectId: string, body: AssignDefectDto): Promise<DefectDto> {
    if (body.deadline !== undefined && !isCalendarDate(body.deadline)) throw invalidDate('deadline', body.deadline);
    if (body.responsibleParty === undefined && body.contractorCompanyId === undefined)
      throw new ApiError(HttpStatus.BAD_REQUEST, 'DEFECT_ASSIGNEE_REQUIRED');
    return this.apply(user, projectId, defectId, 'assign', async (defect, manager) => ({
      ...(await this.assignee(projectId, body.contractorCompanyId, body.responsibleParty, manager)),
      ...this.assignedAtFor(defect, body.contractorCompanyId ?? null),
      acceptedAt: null,
      ...(body.deadline !== undefined ? { deadline: body.deadline } : {}),
    }));
  }

  /** The company's time to fix counts from its first assignment; a new company starts a new count. */
  private assignedAtFor(defect: DefectEntity, companyId: string | null): Pick<DefectEntity, 'assignedAt'> {
    const sameCompany = defect.assignedAt !== null && defect.contractorCompanyId === companyId;
    return { assignedAt: sameCompany ? defect.assignedAt : new Date() };
  }

  /** The company (which must work on the project) and the responsible party's name (the company's by default). */
  private async assignee(
    projectId: string,
    companyId: string | undefined,
    responsibleParty: string | undefined,
    manager: EntityManager,
  ): Promise<Pick<DefectEntity, 'contractorCompanyId' | 'responsibleParty'>> {
    if (companyId === undefined) return { contractorCompanyId: null, responsibleParty: responsibleParty ?? null };
    const company = await this.contractors.findCompany(companyId, manager);
    if (!company) throw new ApiError(HttpStatus.NOT_FOUND, 'CONTRACTOR_COMPANY_NOT_FOUND', { companyId });
    if (!(await this.contractors.worksOn(projectId, companyId, manager)))
      throw new ApiError(HttpStatus.CONFLICT, 'CONTRACTOR_COMPANY_NOT_ON_PROJECT', { companyId });
    return { contractorCompanyId: companyId, responsibleParty: responsibleParty ?? company.name };
  }

  /** 已整改: only with proof, at least one photo of the fix uploaded since the defect was (re)opened. */
  fix(user: AuthenticatedUser, projectId: string, defectId: string, _body: DefectNoteDto): Promise<DefectDto> {
    return this.apply(user, projectId, defectId, 'fix', async (defect, manager) => {
      const since = defect.reopenedAt ?? defect.createdAt;
      if ((await this.defects.afterPhotosSince(defect.id, since, manager)) === 0)
        throw new ApiError(HttpStatus.CONFLICT, 'DEFECT_FIX_PHOTO_REQUIRED', { defectId: defect.id });
      return { fixedAt: new Date() };
    });
  }

  /** 接单: the company assigned acknowledges the work order. */
  accept(user: AuthenticatedUser, projectId: string, defectId: string): Promise<DefectDto> {
    return this.apply(user, projectId, defectId, 'accept', () => ({ acceptedAt: new Date() }));
  }

  /** 提出异议: the company says the defect is not its to fix; the engineering head rules on it. */
  dispute(user: AuthenticatedUser, projectId: string, defectId: string, body: DisputeDefectDto): Promise<DefectDto> {
    return this.apply(user, projectId, defectId, 'dispute', () => ({
      disputeReason: body.reason,
      disputeNote: body.note,
      disputedAt: new Date(),
    }));
  }

  /**
   * The ruling on a dispute: rejected (the same company fixes it), upheld with another company (reassigned to it), or
   * upheld without one (dismissed: not a defect, or the owner's doing).
   */
  decideDispute(
    user: AuthenticatedUser,
    projectId: string,
    defectId: string,
    body: DecideDisputeDto,
  ): Promise<DefectDto> {
    const ruled = (outcome: 'rejected' | 'upheld') => async (defect: DefectEntity, manager: EntityManager) => {
      if (defect.status === 'disputed' && defect.contractorCompanyId && defect.disputeReason)
        await this.defects.insertDisputeRuling(
          {
            defectId: defect.id,
            projectId,
            companyId: defect.contractorCompanyId,
            reason: defect.disputeReason,
            outcome,
            decidedBy: user.id,
          },
          manager,
        );
    };
    if (body.outcome === 'rejected') {
      return this.apply(user, projectId, defectId, 'reject_dispute', async (defect, manager) => {
        await ruled('rejected')(defect, manager);
        return { acceptedAt: null };
      });
    }
    if (body.contractorCompanyId === undefined) {
      return this.apply(user, projectId, defectId, 'uphold_dispute', async (defect, manager) => {
        await ruled('upheld')(defect, manager);
        return { closedAt: new Date() };
      });
    }
    const companyId = body.contractorCompanyId;
    // Taken like a rejection (disputed → assigned, by those who rule), but to another company.
    const reassign = async (defect: DefectEntity, manager: EntityManager) => {
      const status = statusAfter(defect, 'reject_dispute');
      if (defect.contractorCompanyId === companyId)
        throw new ApiError(HttpStatus.CONFLICT, 'DEFECT_DISPUTE_SAME_COMPANY');
      const assignee = await this.assignee(projectId, companyId, undefined, manager);
      await ruled('upheld')(defect, manager);
      return { ...assignee, ...this.assignedAtFor(defect, companyId), acceptedAt: null, status };
    };
    return this.mutate(user, projectId, defectId, 'reject_dispute', reassign, 'dispute-upheld-reassigned');
  }

  /** 退回整改: verification failed; back to the company with the reason, counted for its scorecard. */
  reopen(user: AuthenticatedUser, projectId: string, defectId: string, body: ReopenDefectDto): Promise<DefectDto> {
    return this.apply(user, projectId, defectId, 'reopen', (defect) => reopened(defect, body.reason));
  }

  verify(user: AuthenticatedUser, projectId: string, defectId: string, _body: DefectNoteDto): Promise<DefectDto> {
    return this.apply(user, projectId, defectId, 'verify', verified);
  }

  cannotFix(
    user: AuthenticatedUser,
    projectId: string,
    defectId: string,
    body: CannotFixDefectDto,
  ): Promise<DefectDto> {
    return this.apply(user, projectId, defectId, 'cannot_fix', () => ({
      explanation: body.explanation,
      compensationPlan: body.compensationPlan,
      closedAt: new Date(),
    }));
  }

  replyToOwner(
    user: AuthenticatedUser,
    projectId: string,
    defectId: string,
    body: ReplyToOwnerDto,
  ): Promise<DefectDto> {
    return this.apply(user, projectId, defectId, 'reply_to_owner', () => ({
      ownerReply: body.reply,
      ownerRepliedAt: new Date(),
    }));
  }

  /** The fix moves past the gate with a committed completion date (noted in the transfer record). */
  defer(user: AuthenticatedUser, projectId: string, defectId: string, body: DeferDefectDto): Promise<DefectDto> {
    if (!isCalendarDate(body.until)) throw invalidDate('until', body.until);
    return this.apply(user, projectId, defectId, 'defer', () => ({
      deferredUntil: body.until,
      deferralReason: body.reason,
    }));
  }

  /**
   * One lifecycle action: the access policy decides who (per defect: a contractor only on its company's), the domain's
   * defect lifecycle decides the status, then `change` adds the action's fields (and may refuse, inside the lock).
   */
  private apply(
    user: AuthenticatedUser,
    projectId: string,
    defectId: string,
    action: DefectAction,
    change: (defect: DefectEntity, manager: EntityManager) => Partial<DefectEntity> | Promise<Partial<DefectEntity>>,
  ): Promise<DefectDto> {
    return this.mutate(user, projectId, defectId, action, async (defect, manager) => {
      const status = statusAfter(defect, action);
      return { ...(await change(defect, manager)), status };
    });
  }

  /** Locks the defect, applies the change, audits it in the same transaction, then steers its deadline workflow. */
  private async mutate(
    user: AuthenticatedUser,
    projectId: string,
    defectId: string,
    action: DefectAction,
    change: (defect: DefectEntity, manager: EntityManager) => Promise<Partial<DefectEntity>>,
    auditAction = AUDIT_ACTION[action],
  ): Promise<DefectDto> {
    const { project, caller } = await this.access.requireInScope(user, projectId);
    const after = await this.commit(
      project,
      defectId,
      user,
      auditAction,
      (locked) => {
        if (!locked) throw defectNotFound(defectId);
        this.authorize(user, caller, locked, ACTION_ACCESS[action]);
        return locked;
      },
      change,
    );
    return dto(after);
  }

  /**
   * The one write path of a lifecycle action, staff's or the owner's: in one transaction the defect is locked, `admit`
   * refuses a caller who may not act on it, the change is saved, its escalations follow, the audit entry is written;
   * then the deadline workflow is steered.
   */
  private async commit(
    project: ProjectEntity,
    defectId: string,
    actor: AuditEntry['actor'],
    auditAction: string,
    admit: (locked: DefectEntity | null) => DefectEntity,
    change: (defect: DefectEntity, manager: EntityManager) => Promise<Partial<DefectEntity>>,
  ): Promise<DefectEntity> {
    const projectId = project.id;
    const [before, after] = await this.dataSource.transaction(async (manager: EntityManager) => {
      const locked = admit(await this.defects.lock(projectId, defectId, manager));
      const updated = await this.defects.update(defectId, await change(locked, manager), manager);
      await this.escalations.followRecord(
        'defect',
        defectId,
        DEFECT_DEADLINE_RUNNING.includes(updated.status),
        manager,
      );
      await this.audit.record(
        {
          actor,
          action: `defect.${auditAction}`,
          entityType: 'defect',
          entityId: defectId,
          projectId,
          before: auditView(locked),
          after: auditView(updated),
        },
        manager,
      );
      return [locked, updated] as const;
    });
    await this.afterChange(project, before, after);
    return after;
  }

  /** A deadline that starts running, or moves, is handed to the project's watcher (closing needs nothing). */
  private async afterChange(project: ProjectEntity, before: DefectEntity | null, after: DefectEntity): Promise<void> {
    const wasRunning = before !== null && DEFECT_DEADLINE_RUNNING.includes(before.status) && before.deadline !== null;
    const running = DEFECT_DEADLINE_RUNNING.includes(after.status) && after.deadline !== null;
    if (running && (!wasRunning || before?.deadline !== after.deadline)) {
      await this.deadlines.track(
        'defect',
        after.id,
        project.id,
        defectDeadlineInstant(after.deadline!, project.timeZone),
      );
    }
  }

  async get(user: AuthenticatedUser, projectId: string, defectId: string): Promise<DefectDto> {
    return dto(await this.visibleDefect(user, projectId, defectId));
  }

  async list(
    user: AuthenticatedUser,
    projectId: string,
    filter: ListDefectsQueryDto,
  ): Promise<Page<DefectListItemDto>> {
    await this.access.requireInScope(user, projectId);
    // A contractor's list is its company's defects, whatever the filter asks.
    const company = user.role === 'contractor' ? (user.contractorCompanyId ?? null) : undefined;
    const [rows, total] = await this.defects.list(projectId, filter, company);
    const extras = await this.defects.listExtras(rows.map((row) => row.id));
    const items = rows.map((row) => ({
      ...dto(row),
      unit: extras.get(row.id)?.unit ?? null,
      photoCount: extras.get(row.id)?.photoCount ?? 0,
    }));
    return { items, page: filter.page, pageSize: filter.pageSize, total };
  }

  async summaryByUnit(
    user: AuthenticatedUser,
    projectId: string,
    filter: DefectSummaryQueryDto,
  ): Promise<Page<UnitDefectSummaryDto>> {
    await this.access.requireVisible(user, projectId);
    const [items, total] = await this.defects.summaryByUnit(projectId, filter);
    return { items, page: filter.page, pageSize: filter.pageSize, total };
  }

  /**
   * Stores a normalised copy of a JPEG, PNG or WebP photo (≤ 5 MB, ≤ 50 MP): decoded, upright, re-encoded without
   * metadata (see normalisePhoto). The type is what the bytes decode as, whatever the upload claims.
   */
  async addPhoto(
    user: AuthenticatedUser,
    projectId: string,
    defectId: string,
    file: UploadedPhotoFile | undefined,
    requestedStage: DefectPhotoStage = 'before',
  ): Promise<DefectPhotoDto> {
    const { caller } = await this.access.requireInScope(user, projectId);
    const defect = await this.defects.find(projectId, defectId);
    if (!defect) throw defectNotFound(defectId);
    this.authorize(user, caller, defect, ['update', 'respond']);
    // A contractor's photo is always proof of its work.
    const stage: DefectPhotoStage = user.role === 'contractor' ? 'after' : requestedStage;
    if (!file) throw new ApiError(HttpStatus.BAD_REQUEST, 'PHOTO_FILE_MISSING');
    if (file.size > MAX_PHOTO_BYTES || file.buffer.length > MAX_PHOTO_BYTES) throw photoTooLarge();
    const { contentType, bytes } = await normalisePhoto(file.buffer);
    const id = randomUUID();
    const key = `${projectId}/${defectId}/${id}.${PHOTO_EXTENSIONS[contentType]}`;
    await this.storage.save(key, bytes, contentType);
    try {
      const photo = await this.dataSource.transaction(async (manager) => {
        const saved = await this.defects.insertPhoto(
          {
            id,
            defectId,
            projectId,
            storageKey: key,
            contentType,
            sizeBytes: bytes.length,
            uploadedBy: user.id,
            stage,
          },
          manager,
        );
        await this.audit.record(
          {
            actor: user,
            action: 'defect.photo.add',
            entityType: 'defect',
            entityId: defectId,
            projectId,
            after: { photoId: id, contentType, sizeBytes: saved.sizeBytes, stage },
          },
          manager,
        );
        return saved;
      });
      return DefectPhotoDto.from(photo);
    } catch (error) {
      await this.storage.remove(key).catch(() => undefined);
      throw error;
    }
  }

  async photos(user: AuthenticatedUser, projectId: string, defectId: string): Promise<DefectPhotoDto[]> {
    await this.get(user, projectId, defectId);
    return (await this.defects.photos(defectId)).map(DefectPhotoDto.from);
  }

  async photoContent(
    user: AuthenticatedUser,
    projectId: string,
    defectId: string,
    photoId: string,
  ): Promise<{ id: string; contentType: PhotoContentType; bytes: Buffer }> {
    await this.get(user, projectId, defectId);
    const photo = await this.defects.photo(defectId, photoId);
    if (!photo) throw new ApiError(HttpStatus.NOT_FOUND, 'DEFECT_PHOTO_NOT_FOUND', { photoId });
    return { id: photo.id, contentType: photo.contentType, bytes: await this.storage.read(photo.storageKey) };
  }

  // ── The owner app (我的问题): the signed-in owner's own unit only; the guard has checked the unit is theirs. ──

  /** The unit's defects, newest first, each with its photos (owner-scoped URLs are the controller's). */
  async listForOwnerUnit(
    unitId: string,
    page: number,
    pageSize: number,
  ): Promise<{ rows: DefectEntity[]; total: number; photos: Map<string, DefectPhotoEntity[]> }> {
    const [rows, total] = await this.defects.listOfUnit(unitId, page, pageSize);
    return { rows, total, photos: await this.defects.photosOf(rows.map((row) => row.id)) };
  }

  /** One defect of the unit with its photos; any other defect id is the same 404 as another household's unit. */
  async getForOwnerUnit(
    unitId: string,
    defectId: string,
  ): Promise<{ defect: DefectEntity; photos: DefectPhotoEntity[] }> {
    const defect = await this.defects.findOfUnit(unitId, defectId);
    if (!defect) throw ownerNotFound();
    return { defect, photos: (await this.defects.photosOf([defect.id])).get(defect.id) ?? [] };
  }

  /** The bytes of a photo of one of the unit's defects; 404 for any other. */
  async photoForOwnerUnit(
    unitId: string,
    defectId: string,
    photoId: string,
  ): Promise<{ id: string; contentType: PhotoContentType; bytes: Buffer }> {
    const photo = await this.defects.photoOfUnit(unitId, defectId, photoId);
    if (!photo) throw ownerNotFound();
    return { id: photo.id, contentType: photo.contentType, bytes: await this.storage.read(photo.storageKey) };
  }

  /**
   * The owner's answer to a reported fix: 确认已整改 verifies it (as the developer's verification), 未整改 reopens it
   * for the company (as 退回整改: counted, the deadline and its escalation running again), with the reason and the
   * owner's photos saved in the same transaction. Only a defect awaiting the owner (fixed) can be answered (409).
   */
  async answerAsOwner(
    owner: { actor: OwnerAuditActor; projectId: string; unitId: string },
    defectId: string,
    answer: OwnerDefectAnswer,
    refusal?: { reason: string; files: UploadedPhotoFile[] },
  ): Promise<DefectEntity> {
    if (answer === 'refuse' && (!refusal || refusal.files.length === 0))
      throw new ApiError(HttpStatus.BAD_REQUEST, 'OWNER_DEFECT_REFUSAL_PHOTO_REQUIRED');
    const project = await this.defects.project(owner.projectId);
    if (!project) throw ownerNotFound();
    const photos = answer === 'refuse' ? await this.prepareOwnerPhotos(owner.projectId, defectId, refusal!.files) : [];
    await this.storeAll(photos);
    try {
      return await this.commit(
        project,
        defectId,
        owner.actor,
        answer === 'confirm' ? 'owner-confirm' : 'owner-refuse',
        (locked) => {
          if (!locked || locked.unitId !== owner.unitId) throw ownerNotFound();
          return locked;
        },
        async (defect, manager) => {
          const status = ownerStatusAfter(defect, answer);
          if (answer === 'confirm') return { ...verified(), status };
          await this.insertOwnerPhotos(defect, photos, owner.actor, manager);
          return { ...reopened(defect, refusal!.reason), status };
        },
      );
    } catch (error) {
      await this.removeAll(photos);
      throw error;
    }
  }

  /**
   * 报告新问题: the owner reports an issue of their unit before handover, with photos; it is recorded as an open defect
   * of source owner_report for customer service to triage (category and trade set then), its deadline from the
   * project's SLA. Refused (409) once the unit is handed over: then it is a warranty request.
   */
  async reportAsOwner(
    owner: { actor: OwnerAuditActor; projectId: string; unitId: string },
    description: string,
    files: UploadedPhotoFile[],
  ): Promise<DefectEntity> {
    const project = await this.defects.project(owner.projectId);
    if (!project) throw ownerNotFound();
    const deadline = slaDeadline(
      instantToCalendarDate(Date.now(), project.timeZone),
      (await this.reports.sla(owner.projectId)) ?? DEFAULT_DEFECT_SLA,
      defectSlaClass({ unitId: owner.unitId, simple: false }),
    );
    const defectId = randomUUID();
    const photos = await this.prepareOwnerPhotos(owner.projectId, defectId, files);
    await this.storeAll(photos);
    try {
      const defect = await this.dataSource.transaction(async (manager) => {
        // Shared with the handover step's lock of the unit: a report never slips in beside the handover.
        const state = await this.defects.unitHandoverStateForShare(owner.unitId, manager);
        if (state === null) throw ownerNotFound();
        if (state === 'handed_over') throw new ApiError(HttpStatus.CONFLICT, 'OWNER_ISSUE_AFTER_HANDOVER');
        const created = await this.defects.insert(
          {
            id: defectId,
            projectId: owner.projectId,
            unitId: owner.unitId,
            publicArea: null,
            source: 'owner_report',
            category: 'quality',
            trade: OWNER_REPORT_TRADE,
            description,
            responsibleParty: null,
            deadline,
            simple: false,
            status: 'open',
            createdBy: null,
          },
          manager,
        );
        await this.audit.record(
          {
            actor: owner.actor,
            action: 'defect.owner-report',
            entityType: 'defect',
            entityId: created.id,
            projectId: owner.projectId,
            after: { ...auditView(created), photos: photos.length },
          },
          manager,
        );
        await this.insertOwnerPhotos(created, photos, owner.actor, manager, false);
        return created;
      });
      await this.afterChange(project, null, defect);
      return defect;
    } catch (error) {
      await this.removeAll(photos);
      throw error;
    }
  }

  /** Normalises every photo first (the staff upload's checks), so a bad one refuses the request before any is kept. */
  private async prepareOwnerPhotos(
    projectId: string,
    defectId: string,
    files: UploadedPhotoFile[],
  ): Promise<OwnerPhoto[]> {
    if (files.length > MAX_OWNER_PHOTOS)
      throw new ApiError(HttpStatus.BAD_REQUEST, 'OWNER_DEFECT_TOO_MANY_PHOTOS', { max: MAX_OWNER_PHOTOS });
    const photos: OwnerPhoto[] = [];
    for (const file of files) {
      if (file.size > MAX_PHOTO_BYTES || file.buffer.length > MAX_PHOTO_BYTES) throw photoTooLarge();
      const { contentType, bytes } = await normalisePhoto(file.buffer);
      const id = randomUUID();
      photos.push({ id, contentType, bytes, key: `${projectId}/${defectId}/${id}.${PHOTO_EXTENSIONS[contentType]}` });
    }
    return photos;
  }

  private async storeAll(photos: OwnerPhoto[]): Promise<void> {
    try {
      for (const photo of photos) await this.storage.save(photo.key, photo.bytes, photo.contentType);
    } catch (error) {
      await this.removeAll(photos);
      throw error;
    }
  }

  private async removeAll(photos: OwnerPhoto[]): Promise<void> {
    for (const photo of photos) await this.storage.remove(photo.key).catch(() => undefined);
  }

  /** The owner's photos of the defect as they see it (stage before: not proof of a fix), each audited. */
  private async insertOwnerPhotos(
    defect: DefectEntity,
    photos: OwnerPhoto[],
    actor: OwnerAuditActor,
    manager: EntityManager,
    audited = true,
  ): Promise<void> {
    for (const photo of photos) {
      await this.defects.insertPhoto(
        {
          id: photo.id,
          defectId: defect.id,
          projectId: defect.projectId,
          storageKey: photo.key,
          contentType: photo.contentType,
          sizeBytes: photo.bytes.length,
          uploadedBy: null,
          ownerUploaded: true,
          stage: 'before',
        },
        manager,
      );
      if (audited)
        await this.audit.record(
          {
            actor,
            action: 'defect.photo.add',
            entityType: 'defect',
            entityId: defect.id,
            projectId: defect.projectId,
            after: {
              photoId: photo.id,
              contentType: photo.contentType,
              sizeBytes: photo.bytes.length,
              stage: 'before',
            },
          },
          manager,
        );
    }
  }
}
