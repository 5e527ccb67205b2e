import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UserEntity } from '@handover/database';
import type { AuthenticatedUser } from '../auth/authenticated-user';

@Injectable()
export class UsersRepository {
  constructor(@InjectRepository(UserEntity) private readonly users: Repository<UserEntity>) {}

  async findById(id: string): Promise<AuthenticatedUser | null> {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const user = await this.users.findOneBy({ id });
    return user ? toAuthenticated(user) : null;
  }

  async create(fields: Pick<UserEntity, 'name' | 'role' | 'department'>): Promise<AuthenticatedUser> {
    const saved = await this.users.save(this.users.create(fields));
    return toAuthenticated(saved);
  }

  async findByIds(ids: string[]): Promise<AuthenticatedUser[]> {
    if (ids.length === 0) return [];
    const rows = await this.users.createQueryBuilder('u').where('u.id IN (:...ids)', { ids }).getMany();
    return rows.map(toAuthenticated);
  }
}

function toAuthenticated(user: UserEntity): AuthenticatedUser {
  return { id: user.id, name: user.name, role: user.role, department: user.department as AuthenticatedUser['department'] };
}
