import { ConflictException, ForbiddenException, Injectable, NotFoundException } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import type { Page } from '../common/page.dto';
import { ProjectAccessService } from '../projects/project-access.service';
import { CaseDto, type CreateCaseDto, type ListCasesQueryDto } from './dto/case.dto';
import { CasesRepository } from './cases.repository';

/** Department heads who promote records to cases: those whose work the cases are about. */
const CASE_DEPARTMENTS = ['engineering', 'design', 'customer_service'];

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
    const allowed = user.role === 'project_lead' || user.role === 'hq' || (user.role === 'department_head' && CASE_DEPARTMENTS.includes(user.department ?? ''));
    if (!allowed) {
      const who = user.role === 'department_head' ? `the ${user.department} head` : user.role;
      throw new ForbiddenException(
        `Cases are promoted by project leads, the engineering, design or customer service heads, or HQ; you are ${who}.`,
      );
    }
    const { projectId, recordKind, recordId } = body.source;
    await this.access.requireVisible(user, projectId);
    const id = await this.dataSource.transaction(async (manager) => {
      if (!(await this.cases.recordExists(projectId, recordKind, recordId, manager))) {
        throw new NotFoundException(`No ${recordKind} ${recordId} in project ${projectId}.`);
      }
      const existing = await this.cases.findBySource(recordKind, recordId, manager);
      if (existing) throw new ConflictException(`This ${recordKind} is already case ${existing}; a record becomes one case.`);
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
        { actor: user, action: 'case.create', entityType: 'case', entityId: created, projectId, after: { kind: body.kind, title: body.title, tags: normalizeTags(body.tags), source: body.source } },
        manager,
      );
      return created;
    });
    return CaseDto.from((await this.cases.find(id))!);
  }

  async get(id: string): Promise<CaseDto> {
    const row = await this.cases.find(id);
    if (!row) throw new NotFoundException(`No case ${id}.`);
    return CaseDto.from(row);
  }

  async search(filter: ListCasesQueryDto): Promise<Page<CaseDto>> {
    const [rows, total] = await this.cases.search(filter);
    return { items: rows.map(CaseDto.from), page: filter.page, pageSize: filter.pageSize, total };
  }
}
