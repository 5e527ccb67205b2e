import { Injectable } from '@nestjs/common';
import { EscalationsRepository, type EscalationListFilter } from '@handover/database';
import type { Language } from '@handover/domain';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ProjectScope } from '../auth/project-scope';
import { EscalationDto, type EscalationPageDto, type ListEscalationsQueryDto } from './dto/escalation.dto';

/** 升级 as HQ, leads and department heads read them: within the caller's project scope, newest first. */
@Injectable()
export class EscalationsService {
  constructor(private readonly escalations: EscalationsRepository) {}

  async list(user: AuthenticatedUser, query: ListEscalationsQueryDto, language: Language): Promise<EscalationPageDto> {
    const filter: EscalationListFilter = {
      scope: ProjectScope.of(user),
      projectId: query.projectId,
      kind: query.kind,
      open: query.state === undefined ? undefined : query.state === 'open',
      limit: query.pageSize,
      offset: (query.page - 1) * query.pageSize,
    };
    const { rows, total } = await this.escalations.list(filter);
    return {
      items: rows.map((row) => EscalationDto.from(row, language)),
      page: query.page,
      pageSize: query.pageSize,
      total,
    };
  }
}
