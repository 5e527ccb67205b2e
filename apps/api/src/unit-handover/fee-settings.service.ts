import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { DEFAULT_AREA_REFUND_THRESHOLD_BP, DEFAULT_PREPAID_MONTHS, parseYuanToFen } from '@handover/domain';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { ProjectAccessService } from '../projects/project-access.service';
import { FeeSettingsDto, type PutFeeSettingsDto } from './dto/fee-settings.dto';
import { UnitHandoverRepository } from './unit-handover.repository';

/** 物业费等: the project's fee settings used by the pay-fees step, and its area-difference threshold. */
@Injectable()
export class FeeSettingsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: UnitHandoverRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  async get(user: AuthenticatedUser, projectId: string): Promise<FeeSettingsDto> {
    const project = await this.access.requireVisible(user, projectId);
    const settings = await this.repository.feeSettings(project.id);
    if (!settings) throw new ApiError(HttpStatus.NOT_FOUND, 'FEE_SETTINGS_NOT_SET', { projectId: project.id });
    return FeeSettingsDto.from(settings);
  }

  /** Sets (or replaces) the settings; amounts given in yuan text are parsed exactly to fen. Roles: lead, HQ. */
  async put(user: AuthenticatedUser, projectId: string, dto: PutFeeSettingsDto): Promise<FeeSettingsDto> {
    const project = await this.access.requireVisible(user, projectId);
    const values = {
      projectId: project.id,
      propertyFeeFenPerSqmMonth: String(yuan(dto.propertyFeePerSqmMonth, 'propertyFeePerSqmMonth')),
      prepaidMonths: dto.prepaidMonths ?? DEFAULT_PREPAID_MONTHS,
      deedTaxRateBp: dto.deedTaxRateBp,
      maintenanceFundFenPerSqm: String(yuan(dto.maintenanceFundPerSqm, 'maintenanceFundPerSqm')),
      refundThresholdBp: dto.refundThresholdBp ?? DEFAULT_AREA_REFUND_THRESHOLD_BP,
      updatedBy: user.id,
    };
    return this.dataSource.transaction(async (manager) => {
      const before = await this.repository.lockFeeSettings(manager, project.id);
      const saved = await this.repository.upsertFeeSettings(manager, values);
      const { updatedBy: _by, ...after } = values;
      await this.audit.record(
        {
          actor: user,
          action: 'fee_settings.put',
          entityType: 'project_fee_settings',
          entityId: project.id,
          projectId: project.id,
          before: before
            ? {
                propertyFeeFenPerSqmMonth: before.propertyFeeFenPerSqmMonth,
                prepaidMonths: before.prepaidMonths,
                deedTaxRateBp: before.deedTaxRateBp,
                maintenanceFundFenPerSqm: before.maintenanceFundFenPerSqm,
                refundThresholdBp: before.refundThresholdBp,
              }
            : null,
          after,
        },
        manager,
      );
      return FeeSettingsDto.from(saved);
    });
  }
}

function yuan(text: string, field: string): number {
  try {
    return parseYuanToFen(text);
  } catch (error) {
    throw new ApiError(HttpStatus.BAD_REQUEST, 'FEE_AMOUNT_INVALID', {
      field,
      value: String(text),
      reason: (error as Error).message,
    });
  }
}
