import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ContractorCompanyEntity, ProjectContractorEntity } from '@handover/database';
import { containsPattern } from '../common/like-pattern';
import type { ListContractorCompaniesQueryDto } from './dto/contractor.dto';

/** Contractor companies (施工单位) and the projects they work on. */
@Injectable()
export class ContractorsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findCompany(id: string, manager: EntityManager = this.dataSource.manager): Promise<ContractorCompanyEntity | null> {
    return manager.findOneBy(ContractorCompanyEntity, { id });
  }

  /** The new company, or null when the name is taken (the unique name decides, also under a race). */
  async insertCompany(
    fields: Pick<ContractorCompanyEntity, 'name' | 'kind'>,
    manager: EntityManager,
  ): Promise<ContractorCompanyEntity | null> {
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO contractor_companies (name, kind) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING RETURNING id`,
      [fields.name, fields.kind],
    );
    return rows[0] ? this.findCompany(rows[0].id, manager) : null;
  }

  listCompanies(filter: ListContractorCompaniesQueryDto): Promise<[ContractorCompanyEntity[], number]> {
    const query = this.dataSource.manager.createQueryBuilder(ContractorCompanyEntity, 'c');
    if (filter.q) query.andWhere('c.name ILIKE :name', { name: containsPattern(filter.q) });
    if (filter.kind) query.andWhere('c.kind = :kind', { kind: filter.kind });
    return query
      .orderBy('c.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
  }

  /** Adds the company to the project; false when it already works there. */
  async addToProject(projectId: string, companyId: string, manager: EntityManager): Promise<boolean> {
    const rows: unknown[] = await manager.query(
      `INSERT INTO project_contractors (project_id, company_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING 1`,
      [projectId, companyId],
    );
    return rows.length > 0;
  }

  async worksOn(projectId: string, companyId: string, manager: EntityManager = this.dataSource.manager) {
    return (await manager.countBy(ProjectContractorEntity, { projectId, companyId })) > 0;
  }

  projectCompanies(projectId: string): Promise<ContractorCompanyEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(ContractorCompanyEntity, 'c')
      .innerJoin(ProjectContractorEntity, 'pc', 'pc.company_id = c.id AND pc.project_id = :projectId', { projectId })
      .orderBy('c.name', 'ASC')
      .getMany();
  }
}
