import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CaseKind, CaseSourceKind } from '@handover/database';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import type { Page } from '../common/page.dto';
import { ProjectAccessService } from '../projects/project-access.service';
import { CaseDto, type CreateCaseDto, type ListCasesQueryDto } from './dto/case.dto';
import { CasesRepository } from './cases.repository';

/** Department heads who promote records to cases: those whose work the cases are about. */
const CASE_DEPARTMENTS = ['engineering', 'design', 'customer_service'];

/** A case to insert: a record promoted by hand (POST /cases), or a frequent-problem alert promoted from the alert. */
export interface NewCase {
  kind: CaseKind;
  title: string;
  summary: string;
  tags?: string[];
  source: { projectId: string; recordKind: CaseSourceKind; recordId: string };
}

/** Trimmed, lower-cased (latin letters), blanks and repeats dropped, first spelling kept. */
export function normalizeTags(tags: readonly string[] | undefined): string[] {
  return [...new Set((tags ?? []).map((tag) => tag.trim().toLowerCase()).filter((tag) => tag.length > 0))];
}

/** 案例库: defects and complaints promoted to company-wide cases, readable by everyone, searchable across projects. */
@Injectable()
export class CasesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly cases: CasesRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  async create(user: AuthenticatedUser, body: CreateCaseDto): Promise<CaseDto> {
    this.requirePromoter(user);
    await this.access.requireVisible(user, body.source.projectId);
    const id = await this.dataSource.transaction((manager) => this.insertCase(user, body, manager));
    return CaseDto.from((await this.cases.find(id))!);
  }

  /** Refuses (403) all but those who promote records to cases. */
  requirePromoter(user: AuthenticatedUser): void {
    const allowed =
      user.role === 'project_lead' ||
      user.role === 'hq' ||
      (user.role === 'department_head' && CASE_DEPARTMENTS.includes(user.department ?? ''));
    if (!allowed) {
      throw new ApiError(HttpStatus.FORBIDDEN, 'CASE_PROMOTION_FORBIDDEN', {
        role: user.role,
        department: `${user.department}`,
      });
    }
  }

  /**
   * The case, inserted and audited in the caller's transaction once its source record is found in the project and is
   * no case yet (409 CASE_EXISTS). The caller has checked who may (requirePromoter) and the project's scope.
   */
  async insertCase(user: AuthenticatedUser, body: NewCase, manager: EntityManager): Promise<string> {
    const { projectId, recordKind, recordId } = body.source;
    if (!(await this.cases.recordExists(projectId, recordKind, recordId, manager))) {
      throw new ApiError(HttpStatus.NOT_FOUND, 'CASE_SOURCE_NOT_FOUND', { recordKind, recordId, projectId });
    }
    const existing = await this.cases.findBySource(recordKind, recordId, manager);
    if (existing) throw new ApiError(HttpStatus.CONFLICT, 'CASE_EXISTS', { recordKind, caseId: existing });
    const created = await this.cases.insert(
      {
        kind: body.kind,
        title: body.title.trim(),
        summary: body.summary.trim(),
        tags: normalizeTags(body.tags),
        projectId,
        sourceKind: recordKind,
        recordId,
        createdBy: user.id,
      },
      manager,
    );
    await this.audit.record(
      {
        actor: user,
        action: 'case.create',
        entityType: 'case',
        entityId: created,
        projectId,
        after: { kind: body.kind, title: body.title, tags: normalizeTags(body.tags), source: body.source },
      },
      manager,
    );
    return created;
  }

  async get(id: string): Promise<CaseDto> {
    const row = await this.cases.find(id);
    if (!row) throw new ApiError(HttpStatus.NOT_FOUND, 'CASE_NOT_FOUND', { caseId: id });
    return CaseDto.from(row);
  }

  async search(filter: ListCasesQueryDto): Promise<Page<CaseDto>> {
    const [rows, total] = await this.cases.search(filter);
    return { items: rows.map(CaseDto.from), page: filter.page, pageSize: filter.pageSize, total };
  }
}
