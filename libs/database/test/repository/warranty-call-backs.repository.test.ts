import { WarrantyCallBacksRepository } from '@handover/database';
import { insertProject, insertUnit } from '../../../../test/factories';
import { expectViolation, rolledBack, useRepositoryDatabase } from '../../../../test/harness/repository-database';

const HOUR = 3_600_000;
const NOW = new Date('2030-03-10T12:00:00Z');
const hoursBefore = (hours: number) => new Date(NOW.getTime() - hours * HOUR);

describe('WarrantyCallBacksRepository (回访任务)', () => {
  const db = useRepositoryDatabase();
  const callBacks = new WarrantyCallBacksRepository();

  /** An owner-call ticket on a unit of a new project (or of `project`); the project's lead writes everything. */
  async function ticketOf(status = 'visit_booked', project?: { id: string; leadUserId: string }) {
    project ??= await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO warranty_tickets (project_id, unit_id, source, component, description, reported_at, handed_over_on,
                                     warranty_years, covered_until, created_by, status, repaired_at, confirmed_at, rating)
       VALUES ($1, $2, 'owner_call', 'decoration', '地板起拱', $3, '2030-01-10', 2, '2032-01-10', $4, $5,
               CASE WHEN $5 IN ('repaired', 'closed') THEN $3::timestamptz END,
               CASE WHEN $5 = 'closed' THEN $3::timestamptz END, CASE WHEN $5 = 'closed' THEN 5 END)
       RETURNING id`,
      [project.id, unit.id, hoursBefore(100), project.leadUserId, status],
    );
    return { projectId: project.id, ticketId: id as string, userId: project.leadUserId };
  }

  /** A visit of the ticket: done `doneHoursAgo` hours ago (scheduled when null), confirmed when said. */
  async function visitOf(
    ticket: { projectId: string; ticketId: string; userId: string },
    doneHoursAgo: number | null,
    confirmation: 'confirmed' | 'not_fixed' | null = null,
  ): Promise<string> {
    const [{ id }] = await db.dataSource.query(
      `INSERT INTO warranty_visits (project_id, ticket_id, starts_at, ends_at, technician, status, done_at, confirmation,
                                    confirmation_note, rating, confirmed_at, confirmed_by, created_by)
       VALUES ($1, $2, $3, $3::timestamptz + interval '2 hours', '王师傅', $4, $5, $6::text,
               CASE WHEN $6::text = 'not_fixed' THEN '仍漏水' END, CASE WHEN $6::text = 'confirmed' THEN 4 END,
               CASE WHEN $6::text IS NOT NULL THEN $7::timestamptz END, CASE WHEN $6::text IS NOT NULL THEN $8::uuid END,
               $8)
       RETURNING id`,
      [
        ticket.projectId,
        ticket.ticketId,
        hoursBefore(200),
        doneHoursAgo === null ? 'scheduled' : 'done',
        doneHoursAgo === null ? null : hoursBefore(doneHoursAgo),
        confirmation,
        NOW,
        ticket.userId,
      ],
    );
    return id as string;
  }

  const tasksOf = (visitId: string) =>
    db.dataSource.query(`SELECT due_at, close_reason FROM warranty_call_back_tasks WHERE visit_id = $1`, [visitId]);

  it('creates one task per visit done 24 h ago and not confirmed, in one statement, and none twice', async () => {
    const ticket = await ticketOf('repaired');
    const due = await visitOf(ticket, 24);
    const overdue = await visitOf(await ticketOf('repaired'), 30);
    const young = await visitOf(await ticketOf('repaired'), 23);
    const confirmed = await visitOf(await ticketOf('closed'), 48, 'confirmed');
    const notFixed = await visitOf(await ticketOf('reported'), 48, 'not_fixed');
    const scheduled = await visitOf(await ticketOf(), null);
    // the ticket was closed on its own step (业主确认 on the ticket): its visit needs no call-back
    const closedTicket = await visitOf(await ticketOf('closed'), 48);

    const created = await callBacks.sweep(db.dataSource.manager, NOW, ticket.projectId);
    expect(created).toHaveLength(1);
    expect(await tasksOf(due)).toEqual([{ due_at: NOW, close_reason: null }]);
    expect(await tasksOf(overdue)).toEqual([]);

    await callBacks.sweep(db.dataSource.manager, NOW, null);
    expect(await callBacks.sweep(db.dataSource.manager, NOW, null)).toEqual([]);
    expect(await tasksOf(overdue)).toHaveLength(1);
    for (const visit of [young, confirmed, notFixed, scheduled, closedTicket]) expect(await tasksOf(visit)).toEqual([]);
    expect(await tasksOf(due)).toHaveLength(1);
  });

  it('answers when the next visit of the project falls due, and null when none will', async () => {
    const ticket = await ticketOf('repaired');
    expect(await callBacks.nextDueAt(db.dataSource.manager, ticket.projectId, NOW)).toBeNull();
    await visitOf(ticket, 20);
    await visitOf(await ticketOf('repaired', { id: ticket.projectId, leadUserId: ticket.userId }), 22);
    expect(await callBacks.nextDueAt(db.dataSource.manager, ticket.projectId, NOW)).toEqual(
      new Date(NOW.getTime() + 2 * HOUR),
    );
  });

  it('closes the open tasks of a visit or a ticket, once', async () => {
    const ticket = await ticketOf('repaired');
    const visit = await visitOf(ticket, 30);
    await callBacks.sweep(db.dataSource.manager, NOW, ticket.projectId);
    const closed = await callBacks.closeOpen(
      db.dataSource.manager,
      { ticketId: ticket.ticketId },
      ticket.userId,
      'confirmation_recorded',
    );
    expect(closed).toHaveLength(1);
    expect(await tasksOf(visit)).toMatchObject([{ close_reason: 'confirmation_recorded' }]);
    expect(
      await callBacks.closeOpen(db.dataSource.manager, { visitId: visit }, ticket.userId, 'confirmation_recorded'),
    ).toEqual([]);
  });

  it('holds one task per visit, one booked visit per ticket and a note when not fixed in the schema', async () => {
    const ticket = await ticketOf('repaired');
    const visit = await visitOf(ticket, 30);
    await rolledBack(db.dataSource, async (manager) => {
      const insert = () =>
        manager.query(
          `INSERT INTO warranty_call_back_tasks (project_id, ticket_id, visit_id, due_at) VALUES ($1, $2, $3, now())`,
          [ticket.projectId, ticket.ticketId, visit],
        );
      await insert();
      await expectViolation(insert(), 'warranty_call_back_tasks_one_per_visit');
    });
    await visitOf(ticket, null);
    await expectViolation(visitOf(ticket, null), 'warranty_visits_one_scheduled');
    await expectViolation(
      db.dataSource.query(
        `UPDATE warranty_visits SET confirmation = 'not_fixed', confirmed_at = now(), confirmed_by = $2 WHERE id = $1`,
        [visit, ticket.userId],
      ),
      'warranty_visits_not_fixed_note',
    );
  });
});
