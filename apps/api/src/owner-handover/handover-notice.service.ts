import { HttpStatus, Injectable } from '@nestjs/common';
import { addDays } from '@handover/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import type { OwnerUnitRow } from '../owner-auth/owner-auth.repository';
import { ProjectAccessService } from '../projects/project-access.service';
import { MoneyDto } from '../unit-handover/dto/money.dto';
import { areaDifferenceOf, feesOf } from '../unit-handover/unit-dues';
import { UnitHandoverRepository } from '../unit-handover/unit-handover.repository';
import {
  HandoverNoticeSettingsDto,
  type OwnerHandoverNoticeDto,
  type PutHandoverNoticeDto,
} from './dto/handover-notice.dto';
import { HandoverNoticeRepository } from './handover-notice.repository';

/**
 * 交付通知书: the project's handover days, place and what to bring, and the unit's amounts — 面积补差 and the fees
 * collected at handover — computed by the same functions as the handover desk's dues (unit-dues.ts), so the notice
 * and the desk never disagree.
 */
@Injectable()
export class HandoverNoticeService {
  constructor(
    private readonly notices: HandoverNoticeRepository,
    private readonly handover: UnitHandoverRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  async getSettings(user: AuthenticatedUser, projectId: string): Promise<HandoverNoticeSettingsDto> {
    const project = await this.access.requireVisible(user, projectId);
    const row = await this.notices.find(project.id);
    if (!row) throw new ApiError(HttpStatus.NOT_FOUND, 'HANDOVER_NOTICE_NOT_SET', { projectId: project.id });
    return HandoverNoticeSettingsDto.from(row);
  }

  /** Sets (or replaces) the place and what to bring, with an audit entry, in one transaction. */
  async putSettings(
    user: AuthenticatedUser,
    projectId: string,
    dto: PutHandoverNoticeDto,
  ): Promise<HandoverNoticeSettingsDto> {
    const project = await this.access.requireVisible(user, projectId);
    return this.notices.transaction(async (manager) => {
      const before = await this.notices.lock(project.id, manager);
      const saved = await this.notices.upsert(project.id, dto.place, dto.bringItems, user.id, manager);
      await this.audit.record(
        {
          actor: user,
          action: 'handover_notice.put',
          entityType: 'project_handover_notice',
          entityId: project.id,
          projectId: project.id,
          before: before ? { place: before.place, bringItems: before.bringItems } : null,
          after: { place: saved.place, bringItems: saved.bringItems },
        },
        manager,
      );
      return HandoverNoticeSettingsDto.from(saved);
    });
  }

  async ownerNotice(ownerUnit: OwnerUnitRow): Promise<OwnerHandoverNoticeDto> {
    const [project, unit, settings] = await Promise.all([
      this.notices.noticeProject(ownerUnit.projectId),
      this.handover.findUnit(ownerUnit.projectId, ownerUnit.id),
      this.handover.feeSettings(ownerUnit.projectId),
    ]);
    // the guard found the unit a moment ago: gone since means deleted in between, the same 404
    if (!project || !unit) throw new ApiError(HttpStatus.NOT_FOUND, 'NOT_FOUND');
    const difference = areaDifferenceOf(unit, settings);
    const fees = settings ? feesOf(unit, settings).fees : null;
    return {
      unitId: unit.id,
      projectName: project.projectName,
      building: unit.building,
      unitNo: unit.unitNo,
      room: unit.room,
      handoverDays: {
        firstDate: project.firstHandoverDate,
        lastDate: addDays(project.firstHandoverDate, project.centralizedDays - 1),
        days: project.centralizedDays,
        timeZone: project.timeZone,
      },
      place: project.place,
      bringItems: project.bringItems ?? [],
      areaDifference: {
        contractedAreaCenti: unit.contractedAreaCenti,
        surveyedAreaCenti: unit.surveyedAreaCenti,
        differenceCenti: difference.differenceCenti,
        direction: difference.direction,
        amount: MoneyDto.of(difference.amountFen),
        thresholdReached: difference.thresholdReached,
      },
      fees:
        settings && fees
          ? {
              prepaidMonths: settings.prepaidMonths,
              propertyFeePrepayment: MoneyDto.of(fees.propertyFeePrepaymentFen),
              deedTax: MoneyDto.of(fees.deedTaxFen),
              maintenanceFund: MoneyDto.of(fees.maintenanceFundFen),
              total: MoneyDto.of(fees.totalFen),
            }
          : null,
      due: MoneyDto.of(difference.amountFen + (fees?.totalFen ?? 0)),
    };
  }
}
