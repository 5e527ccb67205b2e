import { UserEntity } from '@handover/database';
import { insertUser, tag } from '../../../../test/factories';
import { expectViolation, useRepositoryDatabase } from '../../../../test/harness/repository-database';
import { UsersRepository } from '../../src/users/users.repository';

describe('UsersRepository', () => {
  const db = useRepositoryDatabase();
  let users: UsersRepository;
  beforeAll(() => {
    users = new UsersRepository(db.dataSource.getRepository(UserEntity));
  });

  it('creates a user and finds it by id; an id that is not a UUID finds nobody without asking the database', async () => {
    const created = await users.create({ name: '张工', role: 'department_head', department: 'engineering' });
    expect(created).toEqual({
      id: expect.any(String),
      name: '张工',
      role: 'department_head',
      contractorCompanyId: null,
      department: 'engineering',
    });
    expect(await users.findById(created.id)).toEqual(created);
    expect(await users.findById('not-a-uuid')).toBeNull();
    expect(await users.findById('00000000-0000-4000-8000-000000000000')).toBeNull();
  });

  it('keeps a department exactly for department heads and the roles known (users_department_matches_role, users_role_known)', async () => {
    await expectViolation(
      users.create({ name: 'x', role: 'department_head', department: null }),
      'users_department_matches_role',
    );
    await expectViolation(
      users.create({ name: 'x', role: 'hq', department: 'engineering' }),
      'users_department_matches_role',
    );
    await expectViolation(users.create({ name: 'x', role: 'owner' as never, department: null }), 'users_role_known');
  });

  it('lists department heads by department and part of the name (wildcards literal), in a stable order, paged', async () => {
    const run = tag();
    const head = (name: string, department: 'design' | 'engineering') =>
      insertUser(db.dataSource, { role: 'department_head', department, name: `${name}-${run}` });
    const wang = await head('王工', 'engineering');
    const li = await head('李工', 'design');
    const percent = await head('张_100%', 'engineering');
    await insertUser(db.dataSource, { role: 'project_lead', name: `李经理-${run}` });

    const names = async (filter: { department?: string; q?: string; page?: number; pageSize?: number }) => {
      const [rows, total] = await users.listDepartmentHeads({ page: 1, pageSize: 20, ...filter, q: filter.q ?? run });
      return { ids: rows.map((row) => row.id), total };
    };
    expect(await names({})).toEqual({ ids: [li.id, percent.id, wang.id], total: 3 }); // design before engineering, then by name
    expect(await names({ department: 'engineering' })).toEqual({ ids: [percent.id, wang.id], total: 2 });
    expect(await names({ q: `李工-${run}` })).toEqual({ ids: [li.id], total: 1 });
    expect(await names({ q: `_100%-${run}` })).toEqual({ ids: [percent.id], total: 1 });
    expect(await names({ q: `%-${run}`, pageSize: 5 })).toEqual({ ids: [percent.id], total: 1 });
    expect(await names({ page: 2, pageSize: 2 })).toEqual({ ids: [wang.id], total: 3 });
  });

  it('finds several users by id at once', async () => {
    const [a, b] = [await insertUser(db.dataSource), await insertUser(db.dataSource, { role: 'hq' })];
    expect((await users.findByIds([a.id, b.id])).map((user) => user.id).sort()).toEqual([a.id, b.id].sort());
    expect(await users.findByIds([])).toEqual([]);
  });
});
