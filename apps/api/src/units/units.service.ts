import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, QueryFailedError } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { FreshReads } from '../common/fresh-reads';
import type { Page } from '../common/page.dto';
import { ProjectAccessService } from '../projects/project-access.service';
import {
  UnitDetailDto,
  UnitSummaryDto,
  type ListUnitsQueryDto,
  type UnitFileImportResultDto,
  type UnitGridDto,
  type UnitImportResultDto,
} from './dto/unit.dto';
import { floorOfRoom } from './unit-floor';
import { duplicateAddressProblems, parseUnitCsv, sortProblems, type UnitCsvResult } from './unit-csv';
import { readUnitFile, type UnitFileFormat } from './unit-file';
import type { UploadedUnitFile } from './unit-file-upload.interceptor';
import { UnitImportRejectedException } from './unit-import-rejected';
import { UnitsRepository, type UnitGridRow } from './units.repository';

/**
 * 户清单: the homes of a project and their owners. Owner names and phones are personal data: they are never logged
 * and never written to the audit log, and lists show the phone masked.
 */
@Injectable()
export class UnitsService {
  private readonly gridReads = new FreshReads<string>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly units: UnitsRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  /** All rows or none: any problem in any row refuses the whole file with a per-row report. */
  async import(user: AuthenticatedUser, projectId: string, csv: unknown): Promise<UnitImportResultDto> {
    const project = await this.access.requireVisible(user, projectId);
    if (typeof csv !== 'string') {
      throw new ApiError(HttpStatus.UNSUPPORTED_MEDIA_TYPE, 'CSV_CONTENT_TYPE');
    }
    return this.store(user, project.id, parseUnitCsv(csv));
  }

  /**
   * The unit list uploaded as a file (.xlsx, or CSV in UTF-8, UTF-8 with BOM or GBK / GB18030): the same checks and
   * the same all-or-nothing import as the text/csv body; the answer also says how the file was read.
   */
  async importFile(
    user: AuthenticatedUser,
    projectId: string,
    file: UploadedUnitFile | undefined,
  ): Promise<UnitFileImportResultDto> {
    const project = await this.access.requireVisible(user, projectId);
    if (!file) throw new ApiError(HttpStatus.BAD_REQUEST, 'UNIT_FILE_MISSING');
    const { format, encoding, ...parsed } = await readUnitFile(file.buffer);
    const { imported } = await this.store(user, project.id, parsed, format);
    return { imported, format, encoding };
  }

  private async store(
    user: AuthenticatedUser,
    projectId: string,
    { rows, problems }: UnitCsvResult,
    /** what the file was, for the audit log; none for the text/csv body */
    format?: UnitFileFormat,
  ): Promise<UnitImportResultDto> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const existing = await this.units.existingAddresses(projectId, rows, manager);
        const all = sortProblems([...problems, ...duplicateAddressProblems(rows, existing)]);
        if (all.length > 0) throw new UnitImportRejectedException(all);
        await this.units.insertMany(projectId, rows, manager);
        await this.audit.record(
          {
            actor: user,
            action: 'units.import',
            entityType: 'project',
            entityId: projectId,
            projectId,
            after: format ? { count: rows.length, format } : { count: rows.length },
          },
          manager,
        );
        return { imported: rows.length };
      });
    } catch (error) {
      if (
        error instanceof QueryFailedError &&
        (error as QueryFailedError & { constraint?: string }).constraint === 'units_address_once'
      ) {
        throw new ApiError(HttpStatus.CONFLICT, 'UNITS_IMPORTED_CONCURRENTLY');
      }
      throw error;
    }
  }

  async list(user: AuthenticatedUser, projectId: string, filter: ListUnitsQueryDto): Promise<Page<UnitSummaryDto>> {
    const project = await this.access.requireVisible(user, projectId);
    const [rows, total] = await this.units.list(project.id, filter);
    return { items: rows.map(UnitSummaryDto.from), page: filter.page, pageSize: filter.pageSize, total };
  }

  /**
   * The grid as JSON text. Everyone who asks for the same project's grid while it is being read shares the next read
   * and its serialisation (FreshReads: each answer is still read after its request came): on a handover day every
   * desk refreshes the same 3,000-unit grid, which otherwise costs a scan and a serialisation per desk.
   */
  async gridJson(user: AuthenticatedUser, projectId: string): Promise<string> {
    const project = await this.access.requireVisible(user, projectId);
    return this.gridReads.read(project.id, async () => JSON.stringify(gridOf(await this.units.grid(project.id))));
  }

  async get(user: AuthenticatedUser, projectId: string, unitId: string): Promise<UnitDetailDto> {
    const project = await this.access.requireVisible(user, projectId);
    const unit = await this.units.findInProject(project.id, unitId);
    if (!unit) throw new ApiError(HttpStatus.NOT_FOUND, 'UNIT_NOT_FOUND', { projectId: project.id, unitId });
    return UnitDetailDto.from(unit);
  }
}

function gridOf(rows: UnitGridRow[]): UnitGridDto {
  return {
    units: rows.map((row) => ({
      id: row.id,
      building: row.building,
      unit: row.unitNo,
      room: row.room,
      floor: floorOfRoom(row.room),
      state: row.state,
    })),
  };
}
