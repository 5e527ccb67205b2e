import { randomUUID } from 'node:crypto';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';

describe('users: the department heads a project can be staffed with', () => {
  let stack: E2eStack;
  let admin: TestUser;
  let lead: TestUser;
  const run = randomUUID().slice(0, 8);
  const created: Record<string, string> = {};

  beforeAll(async () => {
    stack = await E2eStack.start();
    admin = await stack.user('admin');
    lead = await stack.user('project_lead');
    for (const [name, department] of [
      [`张工_${run}`, 'engineering'],
      [`王设计_${run}`, 'design'],
      [`李工%_${run}`, 'engineering'],
    ]) {
      const response = await stack
        .http()
        .post('/users')
        .set(bearer(admin))
        .send({ name, role: 'department_head', department })
        .expect(201);
      created[name] = response.body.id;
    }
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('lists department heads by department and part of the name, with names and departments only', async () => {
    const engineering = await stack
      .http()
      .get('/users/department-heads')
      .query({ department: 'engineering', q: run })
      .set(bearer(lead))
      .expect(200);
    expect(engineering.body).toMatchObject({ page: 1, pageSize: 20, total: 2 });
    expect(engineering.body.items).toHaveLength(2);
    expect(engineering.body.items).toEqual(
      expect.arrayContaining([
        { id: created[`张工_${run}`], name: `张工_${run}`, role: 'department_head', department: 'engineering' },
        { id: created[`李工%_${run}`], name: `李工%_${run}`, role: 'department_head', department: 'engineering' },
      ]),
    );
    const everyDepartment = await stack
      .http()
      .get('/users/department-heads')
      .query({ q: run, pageSize: 1, page: 2 })
      .set(bearer(lead))
      .expect(200);
    expect(everyDepartment.body.total).toBe(3);
    expect(everyDepartment.body.items).toHaveLength(1);
  });

  it('takes the search text literally (a % in it is not a wildcard)', async () => {
    const literal = await stack
      .http()
      .get('/users/department-heads')
      .query({ q: `%_${run}` })
      .set(bearer(lead))
      .expect(200);
    expect(literal.body.items.map((user: { name: string }) => user.name)).toEqual([`李工%_${run}`]);
  });

  it('refuses a department head (403) and an unknown department (400)', async () => {
    const head = await stack.user('department_head', 'engineering');
    await stack.http().get('/users/department-heads').set(bearer(head)).expect(403);
    const bad = await stack
      .http()
      .get('/users/department-heads')
      .query({ department: 'marketing' })
      .set(bearer(lead))
      .expect(400);
    expect(JSON.stringify(bad.body.message)).toContain('department must be one of');
  });
});
