import { NotificationEventsRepository, ProjectAssignmentEntity } from '@handover/database';
import { insertMilestone, insertProject, insertUser, tag } from '../../../../test/factories';
import { rolledBack, useRepositoryDatabase } from '../../../../test/harness/repository-database';

describe('NotificationEventsRepository (提醒与升级通知)', () => {
  const db = useRepositoryDatabase();
  let notifications: NotificationEventsRepository;
  beforeAll(() => {
    notifications = new NotificationEventsRepository(db.dataSource);
  });

  const eventsOf = (projectId: string) =>
    db.dataSource.query(`SELECT kind, key, recipients, payload FROM notification_events WHERE project_id = $1`, [
      projectId,
    ]);
  const assign = (projectId: string, userId: string) =>
    db.dataSource.manager.insert(ProjectAssignmentEntity, { projectId, userId });

  it('emits an event once per key: a retry with other contents changes nothing', async () => {
    const project = await insertProject(db.dataSource);
    const event = {
      projectId: project.id,
      kind: 'reminder' as const,
      key: `openDay:reminder:2030-01-05:3-${tag()}`,
      recipients: ['user:a'],
      payload: { milestoneKey: 'openDay' },
    };
    expect(await notifications.emit(event)).toBe(true);
    expect(await notifications.emit({ ...event, recipients: ['user:b'], payload: {} })).toBe(false);
    expect(await rolledBack(db.dataSource, (manager) => notifications.emit({ ...event, key: 'other' }, manager))).toBe(
      true,
    );
    expect(await eventsOf(project.id)).toEqual([
      { kind: 'reminder', key: event.key, recipients: ['user:a'], payload: { milestoneKey: 'openDay' } },
    ]);
  });

  it('sends a gate’s reminder to the lead and the assigned heads of the departments that have not signed it', async () => {
    const project = await insertProject(db.dataSource);
    const other = await insertProject(db.dataSource);
    const [engineering, marketing, signed, unassigned, elsewhere] = await Promise.all([
      insertUser(db.dataSource, { role: 'department_head', department: 'engineering' }),
      insertUser(db.dataSource, { role: 'department_head', department: 'sales' }),
      insertUser(db.dataSource, { role: 'department_head', department: 'customer_service' }),
      insertUser(db.dataSource, { role: 'department_head', department: 'engineering' }),
      insertUser(db.dataSource, { role: 'department_head', department: 'engineering' }),
    ]);
    const finance = await insertUser(db.dataSource, { role: 'department_head', department: 'finance' });
    for (const user of [engineering, marketing, signed, finance]) await assign(project.id, user.id);
    await assign(other.id, elsewhere.id);
    await insertMilestone(db.dataSource, {
      projectId: project.id,
      key: 'openDay',
      parties: ['engineering', 'sales', 'customer_service'],
      approvedParties: ['customer_service'],
    });
    await insertMilestone(db.dataSource, { projectId: other.id, key: 'openDay', parties: ['engineering'] });

    const recipients = await notifications.reminderRecipients(project.id, 'openDay');
    expect(recipients.sort()).toEqual(
      [`user:${project.leadUserId}`, `user:${engineering.id}`, `user:${marketing.id}`].sort(),
    );
    expect(recipients).not.toContain(`user:${unassigned.id}`);
    // a gate the read model does not have yet: the lead alone
    expect(await notifications.reminderRecipients(project.id, 'rehearsal')).toEqual([`user:${project.leadUserId}`]);
  });

  it('names who still has to sign a gate: unsigned assigned heads, and the lead and HQ only when they are parties', async () => {
    const project = await insertProject(db.dataSource);
    const engineering = await insertUser(db.dataSource, { role: 'department_head', department: 'engineering' });
    const design = await insertUser(db.dataSource, { role: 'department_head', department: 'design' });
    for (const user of [engineering, design]) await assign(project.id, user.id);
    await insertMilestone(db.dataSource, {
      projectId: project.id,
      key: 'unitInspection',
      parties: ['engineering', 'design'],
      approvedParties: ['design'],
    });
    await insertMilestone(db.dataSource, {
      projectId: project.id,
      key: 'summaryAccepted',
      parties: ['project_lead', 'hq'],
      approvedParties: [],
    });
    expect(await notifications.signerRecipients(project.id, 'unitInspection')).toEqual([`user:${engineering.id}`]);
    expect(await notifications.signerRecipients(project.id, 'summaryAccepted')).toEqual(
      ['role:hq', `user:${project.leadUserId}`].sort(),
    );
  });

  it("names the city company's responsible person and the lead for the ladder's city step", async () => {
    const project = await insertProject(db.dataSource);
    expect(await notifications.cityEscalationRecipients(project.id)).toEqual([`user:${project.leadUserId}`]);
    const city = await insertUser(db.dataSource, { role: 'hq' });
    await db.dataSource.query(`UPDATE projects SET city_responsible_user_id = $2 WHERE id = $1`, [project.id, city.id]);
    expect(await notifications.cityEscalationRecipients(project.id)).toEqual([
      `user:${city.id}`,
      `user:${project.leadUserId}`,
    ]);
  });
});
