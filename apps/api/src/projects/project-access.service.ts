import { HttpStatus, Injectable } from '@nestjs/common';
import type { ProjectEntity } from '@handover/database';
import {
  decideAccess,
  seesProject,
  type AccessAction,
  type AccessCaller,
  type AccessSubject,
  type ProjectRelation,
  type RecordKind,
} from '@handover/domain';
import { accessCallerOf, assertAllowed, type Refusal, type ToldRefusal } from '../auth/access-refusal';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { ProjectsRepository } from './projects.repository';

/** A project the caller may see, and the caller as the access policy knows it there. */
export interface ProjectInScope {
  project: ProjectEntity;
  caller: AccessCaller;
}

/**
 * Project scope, enforced server-side with the access policy of libs/domain. Projects out of scope are reported as
 * not found so ids do not leak.
 */
@Injectable()
export class ProjectAccessService {
  constructor(private readonly projects: ProjectsRepository) {}

  /** The project, when the caller may read all of it (a contractor may not: it reads only its company's defects). */
  async requireVisible(user: AuthenticatedUser, projectId: string): Promise<ProjectEntity> {
    const { project, caller } = await this.requireInScope(user, projectId);
    if (decideAccess(caller, 'project', 'read').allowed) return project;
    throw new ApiError(HttpStatus.NOT_FOUND, 'PROJECT_NOT_FOUND', { projectId });
  }

  /** The project and the caller's standing in it, in one statement; 404 when absent or out of scope. */
  async requireInScope(user: AuthenticatedUser, projectId: string): Promise<ProjectInScope> {
    const found = await this.projects.findWithMembership(projectId, membershipAskedOf(user));
    if (found) {
      const caller = accessCallerOf(user, relationFrom(user, found.project, found.member));
      // Seeing the project is not reading all of it: a contractor in scope still reads only its company's defects.
      if (seesProject(caller)) return { project: found.project, caller };
    }
    throw new ApiError(HttpStatus.NOT_FOUND, 'PROJECT_NOT_FOUND', { projectId });
  }

  /**
   * The project, when the policy lets the caller do `action` to a record of `kind` in it: 404 out of scope, 403 with
   * the refusal `refused` names when the role or department may not.
   */
  async requireAllowed(
    user: AuthenticatedUser,
    projectId: string,
    kind: RecordKind,
    action: AccessAction,
    refused: (refusal: ToldRefusal) => Refusal,
    subject?: AccessSubject,
  ): Promise<ProjectEntity> {
    const { project, caller } = await this.requireInScope(user, projectId);
    assertAllowed(decideAccess(caller, kind, action, subject), refused);
    return project;
  }

  async canSee(user: AuthenticatedUser, project: ProjectEntity): Promise<boolean> {
    return seesProject(accessCallerOf(user, await this.relationTo(user, project)));
  }

  /** Lead of it, a department head (or a contractor's company) assigned to it, or neither. */
  async relationTo(user: AuthenticatedUser, project: ProjectEntity): Promise<ProjectRelation> {
    const asked = membershipAskedOf(user);
    if (asked.assignedUserId) return relationFrom(user, project, await this.projects.isAssigned(project.id, user.id));
    if (asked.contractorCompanyId)
      return relationFrom(user, project, await this.projects.hasContractor(project.id, asked.contractorCompanyId));
    return relationFrom(user, project, false);
  }
}

/** Which membership of a project decides the caller's relation to it: an assignment, an engagement, or none. */
function membershipAskedOf(user: AuthenticatedUser): { assignedUserId?: string; contractorCompanyId?: string } {
  if (user.role === 'department_head') return { assignedUserId: user.id };
  if (user.role === 'contractor' && user.contractorCompanyId) return { contractorCompanyId: user.contractorCompanyId };
  return {};
}

function relationFrom(user: AuthenticatedUser, project: ProjectEntity, member: boolean): ProjectRelation {
  if (user.role === 'project_lead') return project.leadUserId === user.id ? 'lead' : 'none';
  if (user.role === 'department_head' || (user.role === 'contractor' && user.contractorCompanyId))
    return member ? 'assigned' : 'none';
  return 'none';
}
