import type { SelectQueryBuilder } from 'typeorm';
import { projectScopeOf, type ProjectScopeRule } from '@handover/domain';
import type { AuthenticatedUser } from './authenticated-user';

/** A raw-SQL condition and the parameters its `$n` placeholders stand for, numbered from the index it was asked at. */
export interface SqlFragment {
  sql: string;
  params: unknown[];
}

/**
 * The projects the caller may see, as one SQL predicate (`projectScopeOf` in libs/domain states the rule): HQ and
 * admins all, a lead those it leads, a department head those it is assigned to. Out-of-scope rows are simply absent.
 */
export class ProjectScope {
  private constructor(readonly rule: ProjectScopeRule) {}

  static of(user: Pick<AuthenticatedUser, 'id' | 'role'> & { contractorCompanyId?: string | null }): ProjectScope {
    return new ProjectScope(projectScopeOf(user));
  }

  /** The condition on the projects row aliased `alias`; its parameter, if any, is `$paramIndex`. */
  sql(alias: string, paramIndex: number): SqlFragment {
    switch (this.rule.kind) {
      case 'all':
        return { sql: 'TRUE', params: [] };
      case 'led_by':
        return { sql: `${alias}.lead_user_id = $${paramIndex}`, params: [this.rule.userId] };
      case 'assigned_to':
        return {
          sql: `EXISTS (SELECT 1 FROM project_assignments a WHERE a.project_id = ${alias}.id AND a.user_id = $${paramIndex})`,
          params: [this.rule.userId],
        };
      case 'company_assigned':
        if (this.rule.companyId === null) return { sql: 'FALSE', params: [] };
        return {
          sql: `EXISTS (SELECT 1 FROM project_contractors pc WHERE pc.project_id = ${alias}.id AND pc.company_id = $${paramIndex})`,
          params: [this.rule.companyId],
        };
    }
  }

  /** Adds the condition to a query builder over projects aliased `alias`. */
  where<T extends object>(query: SelectQueryBuilder<T>, alias: string): SelectQueryBuilder<T> {
    switch (this.rule.kind) {
      case 'all':
        return query;
      case 'led_by':
        return query.andWhere(`${alias}.lead_user_id = :scopeUserId`, { scopeUserId: this.rule.userId });
      case 'assigned_to':
        return query.andWhere(
          `EXISTS (SELECT 1 FROM project_assignments a WHERE a.project_id = ${alias}.id AND a.user_id = :scopeUserId)`,
          { scopeUserId: this.rule.userId },
        );
      case 'company_assigned':
        if (this.rule.companyId === null) return query.andWhere('FALSE');
        return query.andWhere(
          `EXISTS (SELECT 1 FROM project_contractors pc WHERE pc.project_id = ${alias}.id AND pc.company_id = :scopeCompanyId)`,
          { scopeCompanyId: this.rule.companyId },
        );
    }
  }
}
