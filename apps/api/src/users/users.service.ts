import { HttpStatus, Injectable } from '@nestjs/common';
import { AuditService } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import { TokenService } from '../auth/token.service';
import { CreateUserDto } from './dto/create-user.dto';
import { UsersRepository } from './users.repository';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
  ) {}

  async create(dto: CreateUserDto, by: AuthenticatedUser | null): Promise<{ user: AuthenticatedUser; token: string }> {
    if (dto.role === 'department_head' && !dto.department)
      throw new ApiError(HttpStatus.BAD_REQUEST, 'DEPARTMENT_REQUIRED');
    if (dto.role !== 'department_head' && dto.department)
      throw new ApiError(HttpStatus.BAD_REQUEST, 'DEPARTMENT_NOT_ALLOWED');
    if (dto.role === 'contractor' && !dto.contractorCompanyId)
      throw new ApiError(HttpStatus.BAD_REQUEST, 'CONTRACTOR_COMPANY_REQUIRED');
    if (dto.role !== 'contractor' && dto.contractorCompanyId)
      throw new ApiError(HttpStatus.BAD_REQUEST, 'CONTRACTOR_COMPANY_NOT_ALLOWED');
    if (dto.contractorCompanyId && !(await this.users.companyExists(dto.contractorCompanyId)))
      throw new ApiError(HttpStatus.NOT_FOUND, 'CONTRACTOR_COMPANY_NOT_FOUND', { companyId: dto.contractorCompanyId });
    const user = await this.users.create({
      name: dto.name,
      role: dto.role,
      department: dto.department ?? null,
      contractorCompanyId: dto.contractorCompanyId ?? null,
    });
    await this.audit.record({
      actor: by,
      action: 'user.create',
      entityType: 'user',
      entityId: user.id,
      after: { role: user.role, department: user.department, contractorCompanyId: user.contractorCompanyId ?? null },
    });
    return { user, token: this.tokens.mint(user.id) };
  }
}
