import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ContractorCompanyEntity, UserEntity } from '@handover/database';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { containsPattern } from '../common/like-pattern';

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async findById(id: string): Promise<AuthenticatedUser | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const user = await this.users.findOneBy({ id });
    return user ? toAuthenticated(user) : null;
  }

  async create(
    fields: Pick<UserEntity, 'name' | 'role' | 'department'> & Partial<Pick<UserEntity, 'contractorCompanyId'>>,
  ): Promise<AuthenticatedUser> {
    const saved = await this.users.save(this.users.create(fields));
    return toAuthenticated(saved);
  }

  async companyExists(companyId: string): Promise<boolean> {
    return (await this.users.manager.countBy(ContractorCompanyEntity, { id: companyId })) > 0;
  }

  async listDepartmentHeads(filter: DepartmentHeadFilter): Promise<[AuthenticatedUser[], number]> {
    const query = this.users.createQueryBuilder('u').where(`u.role = 'department_head'`);
    if (filter.department) query.andWhere('u.department = :department', { department: filter.department });
    if (filter.q) query.andWhere(`u.name ILIKE :name`, { name: containsPattern(filter.q) });
    const [rows, total] = await query
      .orderBy('u.department')
      .addOrderBy('u.name')
      .addOrderBy('u.id')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return [rows.map(toAuthenticated), total];
  }

  /** Everyone, by part of the name, role and department, in a stable order (name, then id). */
  async list(filter: UserFilter): Promise<[AuthenticatedUser[], number]> {
    const query = this.users.createQueryBuilder('u');
    if (filter.role) query.andWhere('u.role = :role', { role: filter.role });
    if (filter.department) query.andWhere('u.department = :department', { department: filter.department });
    if (filter.q) query.andWhere(`u.name ILIKE :name`, { name: containsPattern(filter.q) });
    const [rows, total] = await query
      .orderBy('u.name')
      .addOrderBy('u.id')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
    return [rows.map(toAuthenticated), total];
  }

  async findByIds(ids: string[]): Promise<AuthenticatedUser[]> {
    if (ids.length === 0) return [];
    const rows = await this.users.createQueryBuilder('u').where('u.id IN (:...ids)', { ids }).getMany();
    return rows.map(toAuthenticated);
  }
}

/** Department heads a project can be staffed with, by department and part of the name, in a stable order. */
export interface DepartmentHeadFilter {
  department?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/** Anyone, by role, department and part of the name. */
export interface UserFilter extends DepartmentHeadFilter {
  role?: string;
}

function toAuthenticated(user: UserEntity): AuthenticatedUser {
  return {
    id: user.id,
    name: user.name,
    role: user.role,
    department: user.department as AuthenticatedUser['department'],
    contractorCompanyId: user.contractorCompanyId,
  };
}
