import type { ProjectEntity } from '@handover/database';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { ProjectAccessService } from './project-access.service';
import type { ProjectsRepository } from './projects.repository';

const project = { id: 'p1', leadUserId: 'lead-1' } as ProjectEntity;
const user = (role: AuthenticatedUser['role'], id: string, department: AuthenticatedUser['department'] = null) =>
  ({ id, name: id, role, department }) as AuthenticatedUser;

/** The service over a repository that knows one project and who is assigned to it. */
function serviceWith(assigned: string[]) {
  const projects = {
    findWithMembership: jest.fn(async (id: string, member: { assignedUserId?: string }) =>
      id === project.id
        ? { project, member: member.assignedUserId !== undefined && assigned.includes(member.assignedUserId) }
        : null,
    ),
    isAssigned: jest.fn(async (_projectId: string, userId: string) => assigned.includes(userId)),
  };
  return { service: new ProjectAccessService(projects as unknown as ProjectsRepository), projects };
}

async function refusal(promise: Promise<unknown>): Promise<{ status: number; code: string }> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ApiError);
  return { status: (error as ApiError).getStatus(), code: (error as ApiError).code };
}

describe('ProjectAccessService', () => {
  it('lets the lead, an assigned head and HQ see the project, each with their relation to it', async () => {
    const { service } = serviceWith(['head-1']);
    expect((await service.requireInScope(user('project_lead', 'lead-1'), 'p1')).caller.relation).toBe('lead');
    expect((await service.requireInScope(user('department_head', 'head-1', 'engineering'), 'p1')).caller.relation).toBe(
      'assigned',
    );
    expect((await service.requireInScope(user('hq', 'hq-1'), 'p1')).caller.relation).toBe('none');
  });

  it('answers another lead, an unassigned head and an unknown id alike: 404 PROJECT_NOT_FOUND', async () => {
    const { service } = serviceWith([]);
    for (const attempt of [
      service.requireVisible(user('project_lead', 'lead-2'), 'p1'),
      service.requireVisible(user('department_head', 'head-2', 'design'), 'p1'),
      service.requireVisible(user('hq', 'hq-1'), 'nope'),
    ])
      expect(await refusal(attempt)).toEqual({ status: 404, code: 'PROJECT_NOT_FOUND' });
  });

  it("asks the policy who may write: a head of another department gets the service's own 403, none is looked up twice", async () => {
    const { service, projects } = serviceWith(['head-1']);
    const refused = jest.fn(() => ({ code: 'COMPLAINTS_FORBIDDEN' as const }));
    expect(
      await refusal(
        service.requireAllowed(user('department_head', 'head-1', 'engineering'), 'p1', 'complaint', 'create', refused),
      ),
    ).toEqual({ status: 403, code: 'COMPLAINTS_FORBIDDEN' });
    expect(refused).toHaveBeenCalledWith(expect.objectContaining({ reason: 'department' }));
    await expect(
      service.requireAllowed(user('project_lead', 'lead-1'), 'p1', 'complaint', 'create', refused),
    ).resolves.toBe(project);
    // the project and the head's assignment come in one statement, once per request
    expect(projects.findWithMembership).toHaveBeenCalledTimes(2);
    expect(projects.findWithMembership).toHaveBeenCalledWith('p1', { assignedUserId: 'head-1' });
    expect(projects.isAssigned).not.toHaveBeenCalled();
  });
});
