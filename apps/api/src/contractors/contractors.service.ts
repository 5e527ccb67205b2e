import { HttpStatus, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { callerParams } from '../auth/access-refusal';
import { ApiError } from '../common/api-error';
import type { Page } from '../common/page.dto';
import { ProjectAccessService } from '../projects/project-access.service';
import { ContractorsRepository } from './contractors.repository';
import {
  ContractorCompanyDto,
  type CreateContractorCompanyDto,
  type ListContractorCompaniesQueryDto,
} from './dto/contractor.dto';

export const companyNotFound = (companyId: string) =>
  new ApiError(HttpStatus.NOT_FOUND, 'CONTRACTOR_COMPANY_NOT_FOUND', { companyId });

/** 施工单位: the companies, and which projects each works on (its users see the defects assigned to it there). */
@Injectable()
export class ContractorsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly contractors: ContractorsRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  async createCompany(user: AuthenticatedUser, body: CreateContractorCompanyDto): Promise<ContractorCompanyDto> {
    const name = body.name.trim();
    const company = await this.dataSource.transaction(async (manager) => {
      const created = await this.contractors.insertCompany({ name, kind: body.kind }, manager);
      if (!created) throw new ApiError(HttpStatus.CONFLICT, 'CONTRACTOR_COMPANY_NAME_TAKEN', { name });
      await this.audit.record(
        {
          actor: user,
          action: 'contractor-company.create',
          entityType: 'contractor_company',
          entityId: created.id,
          after: { name: created.name, kind: created.kind },
        },
        manager,
      );
      return created;
    });
    return ContractorCompanyDto.from(company);
  }

  async listCompanies(filter: ListContractorCompaniesQueryDto): Promise<Page<ContractorCompanyDto>> {
    const [rows, total] = await this.contractors.listCompanies(filter);
    return { items: rows.map(ContractorCompanyDto.from), page: filter.page, pageSize: filter.pageSize, total };
  }

  /** The lead (or an admin) brings a company onto the project; adding it twice changes nothing. */
  async addToProject(user: AuthenticatedUser, projectId: string, companyId: string): Promise<ContractorCompanyDto[]> {
    const project = await this.access.requireVisible(user, projectId);
    if (user.role !== 'admin' && !(user.role === 'project_lead' && project.leadUserId === user.id)) {
      throw new ApiError(HttpStatus.FORBIDDEN, 'CONTRACTORS_FORBIDDEN', callerParams(user));
    }
    await this.dataSource.transaction(async (manager) => {
      const company = await this.contractors.findCompany(companyId, manager);
      if (!company) throw companyNotFound(companyId);
      if (await this.contractors.addToProject(projectId, companyId, manager)) {
        await this.audit.record(
          {
            actor: user,
            action: 'project.contractor.add',
            entityType: 'project',
            entityId: projectId,
            projectId,
            after: { companyId, name: company.name },
          },
          manager,
        );
      }
    });
    return this.projectCompanies(user, projectId);
  }

  async projectCompanies(user: AuthenticatedUser, projectId: string): Promise<ContractorCompanyDto[]> {
    await this.access.requireVisible(user, projectId);
    return (await this.contractors.projectCompanies(projectId)).map(ContractorCompanyDto.from);
  }
}
