import type { DataSource, EntityManager } from 'typeorm';
import type { ProjectEntity } from '@handover/database';
import type { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { ProjectAccessService } from '../projects/project-access.service';
import type { ProjectsRepository } from '../projects/projects.repository';
import type { DecideRiskItemDto } from './dto/risk.dto';
import type { RisksRepository } from './risks.repository';
import { RisksService } from './risks.service';

const project = { id: 'p1', leadUserId: 'lead-1' } as ProjectEntity;
const head = (department: 'sales' | 'engineering'): AuthenticatedUser => ({
  id: `${department}-head`,
  name: department,
  role: 'department_head',
  department,
});
const item = {
  id: 'r1',
  projectId: 'p1',
  area: 'A',
  department: 'sales',
  description: '车位配比不足',
  createdAt: new Date('2030-01-02T01:00:00Z'),
};
const rectify: DecideRiskItemDto = {
  decision: 'rectify',
  plan: '增设临时车位',
  owner: '营销部',
  deadline: '2030-01-20',
} as DecideRiskItemDto;

/** The service over mocked repositories: one project (both heads assigned) with one risk item of sales. */
function setUp() {
  const manager = {} as EntityManager;
  const risks = {
    lockItem: jest.fn(async (_projectId: string, riskId: string) => (riskId === item.id ? { ...item } : null)),
    update: jest.fn(async (_id: string, changes: object) => ({ ...item, ...changes })),
  };
  const audit = { record: jest.fn(async () => undefined) };
  const projects = {
    findById: jest.fn(async () => project),
    findWithMembership: jest.fn(async () => ({ project, member: true })),
    isAssigned: jest.fn(async () => true),
  };
  const service = new RisksService(
    { transaction: (work: (m: EntityManager) => unknown) => work(manager) } as unknown as DataSource,
    risks as unknown as RisksRepository,
    new ProjectAccessService(projects as unknown as ProjectsRepository),
    audit as unknown as AuditService,
  );
  return { service, risks, audit };
}

describe('RisksService.decide (风险项决策)', () => {
  it("lets the item's own department decide, and audits before and after", async () => {
    const { service, risks, audit } = setUp();
    const decided = await service.decide(head('sales'), 'p1', 'r1', rectify);
    expect(decided).toMatchObject({ id: 'r1', decision: 'rectify', owner: '营销部' });
    expect(risks.update).toHaveBeenCalledWith(
      'r1',
      expect.objectContaining({ decision: 'rectify', deadline: '2030-01-20', decidedBy: 'sales-head' }),
      expect.anything(),
    );
    expect(audit.record).toHaveBeenCalledWith(
      expect.objectContaining({ action: 'risk.decide', entityId: 'r1' }),
      expect.anything(),
    );
  });

  it('refuses a head of another department with 403 RISK_DECISION_FORBIDDEN and changes nothing', async () => {
    const { service, risks, audit } = setUp();
    const error = await service.decide(head('engineering'), 'p1', 'r1', rectify).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect([(error as ApiError).getStatus(), (error as ApiError).code]).toEqual([403, 'RISK_DECISION_FORBIDDEN']);
    expect((error as ApiError).params).toEqual({ itemDepartment: 'sales' });
    expect(risks.update).not.toHaveBeenCalled();
    expect(audit.record).not.toHaveBeenCalled();
  });

  it('answers an unknown item with 404 and a date that does not exist with 400, before writing anything', async () => {
    const { service, risks } = setUp();
    const missing = await service.decide(head('sales'), 'p1', 'r9', rectify).catch((caught: unknown) => caught);
    expect((missing as ApiError).code).toBe('RISK_ITEM_NOT_FOUND');
    const badDate = await service
      .decide(head('sales'), 'p1', 'r1', { ...rectify, deadline: '2030-02-30' } as DecideRiskItemDto)
      .catch((caught: unknown) => caught);
    expect([(badDate as ApiError).getStatus(), (badDate as ApiError).code]).toEqual([400, 'CALENDAR_DATE_INVALID']);
    expect(risks.update).not.toHaveBeenCalled();
  });
});
