import { randomUUID } from 'node:crypto';
import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  instantToCalendarDate,
  mayDoWarrantyAction,
  WARRANTY_COMPONENTS,
  warrantyLastDay,
  type WarrantyTicketStatus,
} from '@handover/domain';
import type { PhotoContentType } from '@handover/database';
import { AuditService, ownerAuditActor } from '../audit/audit.service';
import { ApiError } from '../common/api-error';
import type { UploadedPhotoFile } from '../defects/defects.service';
import type { OwnerSession } from '../owner-auth/owner-auth.repository';
import type { OwnerUnitRow } from '../owner-auth/owner-auth.repository';
import { MAX_PHOTO_BYTES, normalisePhoto, PHOTO_EXTENSIONS, photoTooLarge } from '../storage/photo-content';
import { PhotoStorage } from '../storage/photo-storage';
import { projectWarrantyYears } from '../warranty/warranty-carry-over';
import { WarrantyRepository } from '../warranty/warranty.repository';
import type {
  CreateOwnerWarrantyRequestDto,
  OwnerWarrantyOverviewDto,
  OwnerWarrantyPhotoDto,
  OwnerWarrantyRequestDto,
  ProposeVisitWindowDto,
  RateOwnerWarrantyRequestDto,
} from './dto/owner-warranty.dto';
import {
  OwnerAfterHandoverRepository,
  type OwnerPhotoRow,
  type OwnerTicketRow,
} from './owner-after-handover.repository';

/** A request carries this many photos at most. */
export const MAX_REQUEST_PHOTOS = 9;
/** An owner's proposed visit window lasts this long at most. */
export const MAX_WINDOW_HOURS = 12;

const iso = (value: Date | null) => (value ? new Date(value).toISOString() : null);
const notFound = () => new ApiError(HttpStatus.NOT_FOUND, 'NOT_FOUND');

/**
 * 报修 from the owner app: the household's warranty tickets (the same rows customer service sees and works in the
 * console), raised only after handover, with photos, the visit times customer service arranged (the owner accepts
 * one) or windows the owner proposes, and the owner's rating once the repair is done.
 */
@Injectable()
export class OwnerWarrantyService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: OwnerAfterHandoverRepository,
    private readonly tickets: WarrantyRepository,
    private readonly storage: PhotoStorage,
    private readonly audit: AuditService,
  ) {}

  /** The unit's handover day in the project time zone, or null before handover. */
  private async handedOverOn(unit: OwnerUnitRow): Promise<{ handedOverOn: string | null; timeZone: string }> {
    const timeZone = await this.repository.projectTimeZone(unit.projectId);
    const handover = await this.tickets.unitHandover(unit.projectId, unit.id);
    const at = handover?.handedOverAt;
    return { handedOverOn: at ? instantToCalendarDate(new Date(at).getTime(), timeZone) : null, timeZone };
  }

  async overview(unit: OwnerUnitRow): Promise<OwnerWarrantyOverviewDto> {
    const { handedOverOn, timeZone } = await this.handedOverOn(unit);
    const today = instantToCalendarDate(Date.now(), timeZone);
    const years = await projectWarrantyYears(this.dataSource.manager, unit.projectId);
    const components = handedOverOn
      ? WARRANTY_COMPONENTS.map((component) => {
          const coveredUntil = warrantyLastDay(handedOverOn, years[component]);
          return { component, years: years[component], coveredUntil, inWarranty: today <= coveredUntil };
        })
      : [];
    return { handedOver: handedOverOn !== null, timeZone, handedOverOn, components, items: await this.list(unit) };
  }

  private async list(unit: OwnerUnitRow): Promise<OwnerWarrantyRequestDto[]> {
    const rows = await this.repository.tickets(unit.id);
    return this.assemble(unit, rows);
  }

  private async assemble(unit: OwnerUnitRow, rows: OwnerTicketRow[]): Promise<OwnerWarrantyRequestDto[]> {
    const ids = rows.map((row) => row.id);
    const [visits, windows, photos] = await Promise.all([
      this.repository.visits(ids),
      this.repository.windows(ids),
      this.repository.photos(ids),
    ]);
    return rows.map((row) => ({
      id: row.id,
      component: row.component,
      description: row.description,
      status: row.status,
      reportedAt: new Date(row.reportedAt).toISOString(),
      handedOverOn: row.handedOverOn,
      warrantyYears: row.warrantyYears,
      coveredUntil: row.coveredUntil,
      inWarranty: row.reportedOn <= row.coveredUntil,
      repairedAt: iso(row.repairedAt),
      rating: row.rating,
      ratingComment: row.ratingComment,
      ratedAt: row.rating === null ? null : iso(row.confirmedAt),
      mayRate: mayDoWarrantyAction(row.status as WarrantyTicketStatus, 'confirm'),
      photos: photos.filter((photo) => photo.ticketId === row.id).map((photo) => this.photoDto(unit, photo)),
      visits: visits
        .filter((visit) => visit.ticketId === row.id)
        .map((visit) => ({
          id: visit.id,
          startsAt: new Date(visit.startsAt).toISOString(),
          endsAt: new Date(visit.endsAt).toISOString(),
          status: visit.status,
          ownerAcceptedAt: iso(visit.ownerAcceptedAt),
        })),
      proposedWindows: windows
        .filter((window) => window.ticketId === row.id)
        .map((window) => ({
          id: window.id,
          startsAt: new Date(window.startsAt).toISOString(),
          endsAt: new Date(window.endsAt).toISOString(),
          createdAt: new Date(window.createdAt).toISOString(),
        })),
    }));
  }

  private photoDto(unit: OwnerUnitRow, photo: OwnerPhotoRow): OwnerWarrantyPhotoDto {
    return {
      id: photo.id,
      contentType: photo.contentType,
      sizeBytes: photo.byteSize,
      width: photo.width,
      height: photo.height,
      url: `/owner/me/units/${unit.id}/warranty-requests/${photo.ticketId}/photos/${photo.id}`,
    };
  }

  private async one(unit: OwnerUnitRow, ticketId: string): Promise<OwnerWarrantyRequestDto> {
    const row = await this.repository.ticket(unit.id, ticketId);
    if (!row) throw notFound();
    return (await this.assemble(unit, [row]))[0]!;
  }

  /**
   * A new request, reported now: in or out of the component's period (an out-of-warranty repair is a paid one, still
   * a request customer service answers). Before handover it is refused: that is a handover issue (我的问题).
   */
  async create(
    session: OwnerSession,
    unit: OwnerUnitRow,
    body: CreateOwnerWarrantyRequestDto,
  ): Promise<OwnerWarrantyRequestDto> {
    const { handedOverOn } = await this.handedOverOn(unit);
    if (!handedOverOn) throw new ApiError(HttpStatus.CONFLICT, 'WARRANTY_REQUEST_NOT_HANDED_OVER');
    const id = await this.dataSource.transaction(async (manager) => {
      const years = (await projectWarrantyYears(manager, unit.projectId))[body.component];
      const coveredUntil = warrantyLastDay(handedOverOn, years);
      const reportedAt = new Date();
      const ticketId = await this.repository.insertTicket(manager, {
        projectId: unit.projectId,
        unitId: unit.id,
        component: body.component,
        description: body.description.trim(),
        reportedAt,
        handedOverOn,
        years,
        coveredUntil,
      });
      await this.audit.record(
        {
          actor: ownerAuditActor(session),
          action: 'warranty_ticket.created',
          entityType: 'warranty_ticket',
          entityId: ticketId,
          projectId: unit.projectId,
          after: { unitId: unit.id, component: body.component, reportedAt: reportedAt.toISOString(), coveredUntil },
        },
        manager,
      );
      return ticketId;
    });
    return this.one(unit, id);
  }

  /** A photo of the request, checked and re-encoded as the defect photos are (no EXIF, no GPS). */
  async addPhoto(
    session: OwnerSession,
    unit: OwnerUnitRow,
    ticketId: string,
    file: UploadedPhotoFile | undefined,
  ): Promise<OwnerWarrantyPhotoDto> {
    if (!(await this.repository.ticket(unit.id, ticketId))) throw notFound();
    if (!file) throw new ApiError(HttpStatus.BAD_REQUEST, 'PHOTO_FILE_MISSING');
    if (file.size > MAX_PHOTO_BYTES || file.buffer.length > MAX_PHOTO_BYTES) throw photoTooLarge();
    const { contentType, bytes, width, height } = await normalisePhoto(file.buffer);
    const id = randomUUID();
    const key = `${unit.projectId}/warranty/${ticketId}/${id}.${PHOTO_EXTENSIONS[contentType]}`;
    await this.storage.save(key, bytes, contentType);
    try {
      await this.dataSource.transaction(async (manager) => {
        const status = await this.repository.lockTicket(manager, unit.id, ticketId);
        if (!status) throw notFound();
        if ((await this.repository.photoCount(manager, ticketId)) >= MAX_REQUEST_PHOTOS)
          throw new ApiError(HttpStatus.CONFLICT, 'WARRANTY_PHOTO_LIMIT', { max: MAX_REQUEST_PHOTOS });
        await this.repository.insertPhoto(manager, {
          id,
          projectId: unit.projectId,
          ticketId,
          storageKey: key,
          contentType,
          byteSize: bytes.length,
          width,
          height,
        });
        await this.audit.record(
          {
            actor: ownerAuditActor(session),
            action: 'warranty_ticket.photo.add',
            entityType: 'warranty_ticket',
            entityId: ticketId,
            projectId: unit.projectId,
            after: { photoId: id, contentType, sizeBytes: bytes.length },
          },
          manager,
        );
      });
    } catch (error) {
      await this.storage.remove(key).catch(() => undefined);
      throw error;
    }
    return this.photoDto(unit, {
      id,
      ticketId,
      storageKey: key,
      contentType,
      byteSize: bytes.length,
      width,
      height,
      createdAt: new Date(),
    });
  }

  async photoContent(
    unit: OwnerUnitRow,
    ticketId: string,
    photoId: string,
  ): Promise<{ id: string; contentType: PhotoContentType; bytes: Buffer }> {
    const photo = await this.repository.photo(unit.id, ticketId, photoId);
    if (!photo) throw notFound();
    return {
      id: photo.id,
      contentType: photo.contentType as PhotoContentType,
      bytes: await this.storage.read(photo.storageKey),
    };
  }

  /** The owner accepts a visit time customer service arranged (a scheduled, future visit of the request). */
  async acceptVisit(
    session: OwnerSession,
    unit: OwnerUnitRow,
    ticketId: string,
    visitId: string,
  ): Promise<OwnerWarrantyRequestDto> {
    await this.dataSource.transaction(async (manager) => {
      const status = await this.repository.lockTicket(manager, unit.id, ticketId);
      if (!status) throw notFound();
      if (!(await this.repository.acceptVisit(manager, ticketId, visitId)))
        throw new ApiError(HttpStatus.CONFLICT, 'WARRANTY_VISIT_NOT_PROPOSED', { visitId });
      await this.audit.record(
        {
          actor: ownerAuditActor(session),
          action: 'warranty_visit.owner_accepted',
          entityType: 'warranty_visit',
          entityId: visitId,
          projectId: unit.projectId,
          after: { ticketId },
        },
        manager,
      );
    });
    return this.one(unit, ticketId);
  }

  /** A window the owner is at home in, for customer service to book the visit in (while not repaired). */
  async proposeWindow(
    session: OwnerSession,
    unit: OwnerUnitRow,
    ticketId: string,
    body: ProposeVisitWindowDto,
  ): Promise<OwnerWarrantyRequestDto> {
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    if (
      !(startsAt.getTime() > Date.now()) ||
      !(endsAt > startsAt) ||
      endsAt.getTime() - startsAt.getTime() > MAX_WINDOW_HOURS * 3_600_000
    )
      throw new ApiError(HttpStatus.BAD_REQUEST, 'WARRANTY_WINDOW_INVALID', { maxHours: MAX_WINDOW_HOURS });
    await this.dataSource.transaction(async (manager) => {
      const status = await this.repository.lockTicket(manager, unit.id, ticketId);
      if (!status) throw notFound();
      if (status === 'repaired' || status === 'closed')
        throw new ApiError(HttpStatus.CONFLICT, 'WARRANTY_REQUEST_CLOSED', { ticketId });
      const windowId = await this.repository.insertWindow(manager, {
        projectId: unit.projectId,
        ticketId,
        startsAt,
        endsAt,
      });
      await this.audit.record(
        {
          actor: ownerAuditActor(session),
          action: 'warranty_ticket.window_proposed',
          entityType: 'warranty_ticket',
          entityId: ticketId,
          projectId: unit.projectId,
          after: { windowId, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() },
        },
        manager,
      );
    });
    return this.one(unit, ticketId);
  }

  /** 业主评价: 1–5 stars once the repair is done, once per request; it closes the ticket like the desk confirmation. */
  async rate(
    session: OwnerSession,
    unit: OwnerUnitRow,
    ticketId: string,
    body: RateOwnerWarrantyRequestDto,
  ): Promise<OwnerWarrantyRequestDto> {
    await this.dataSource.transaction(async (manager) => {
      const status = (await this.repository.lockTicket(manager, unit.id, ticketId)) as WarrantyTicketStatus | null;
      if (!status) throw notFound();
      if (status === 'closed') throw new ApiError(HttpStatus.CONFLICT, 'WARRANTY_REQUEST_ALREADY_RATED', { ticketId });
      if (!mayDoWarrantyAction(status, 'confirm'))
        throw new ApiError(HttpStatus.CONFLICT, 'WARRANTY_REQUEST_NOT_REPAIRED', { ticketId, status });
      const comment = body.comment?.trim() || null;
      await this.repository.rate(manager, ticketId, body.rating, comment);
      await this.repository.closeCallBacks(manager, ticketId);
      // The comment may carry personal data and stays out of the audit log.
      await this.audit.record(
        {
          actor: ownerAuditActor(session),
          action: 'warranty_ticket.confirm',
          entityType: 'warranty_ticket',
          entityId: ticketId,
          projectId: unit.projectId,
          before: { status },
          after: { status: 'closed', rating: body.rating },
        },
        manager,
      );
    });
    return this.one(unit, ticketId);
  }
}
