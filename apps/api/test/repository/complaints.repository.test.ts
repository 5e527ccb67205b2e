import { EscalationsRepository } from '@handover/database';
import { insertComplaint, insertProject, insertUnit, type ComplaintFixture } from '../../../../test/factories';
import {
  expectViolation,
  openTransaction,
  query,
  rolledBack,
  useRepositoryDatabase,
} from '../../../../test/harness/repository-database';
import { ComplaintsRepository } from '../../src/complaints/complaints.repository';
import { ListComplaintsQueryDto } from '../../src/complaints/dto/complaint.dto';

describe('ComplaintsRepository (交付异议/投诉)', () => {
  const db = useRepositoryDatabase();
  let complaints: ComplaintsRepository;
  beforeAll(() => {
    complaints = new ComplaintsRepository(db.dataSource, new EscalationsRepository(db.dataSource));
  });

  it('inserts a received complaint and keeps its lifecycle in the schema: a reply deadline once accepted, the content with the reply', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    const manager = db.dataSource.manager;
    const created = await complaints.insert(
      {
        projectId: project.id,
        unitId: unit.id,
        subject: '车位',
        description: '车位数量与宣传不符',
        receivedAt: new Date(),
        severity: 'normal',
        createdBy: project.leadUserId,
      },
      manager,
    );
    expect(created).toMatchObject({ status: 'received', replyDeadline: null, repliedAt: null, unitId: unit.id });
    await expectViolation(
      complaints.update(created.id, { status: 'accepted' }, manager),
      'complaints_accepted_with_deadline',
    );
    const accepted = await complaints.update(
      created.id,
      { status: 'accepted', replyDeadline: new Date(Date.now() + 86_400_000), acceptedAt: new Date() },
      manager,
    );
    expect(accepted.status).toBe('accepted');
    await expectViolation(
      complaints.update(created.id, { status: 'replied', repliedAt: new Date() }, manager),
      'complaints_replied_with_content',
    );
    await expectViolation(
      complaints.update(created.id, { severity: 'urgent' as never }, manager),
      'complaints_severity_known',
    );
    expect(await complaints.unitBelongsTo(project.id, unit.id, manager)).toBe(true);
    expect(await complaints.unitBelongsTo((await insertProject(db.dataSource)).id, unit.id, manager)).toBe(false);
  });

  it('finds and locks a complaint only in its project', async () => {
    const project = await insertProject(db.dataSource);
    const complaint = await insertComplaint(db.dataSource, { projectId: project.id });
    const other = await insertProject(db.dataSource);
    expect(await complaints.find(project.id, complaint.id)).toMatchObject({ id: complaint.id });
    expect(await complaints.find(other.id, complaint.id)).toBeNull();
    const holder = await openTransaction(db.dataSource);
    try {
      expect(await complaints.lock(project.id, complaint.id, holder.manager)).toMatchObject({ id: complaint.id });
      expect(await complaints.lock(other.id, complaint.id, holder.manager)).toBeNull();
      await rolledBack(db.dataSource, async (manager) => {
        await expect(
          manager.query(`SELECT 1 FROM complaints WHERE id = $1 FOR UPDATE NOWAIT`, [complaint.id]),
        ).rejects.toMatchObject({ code: '55P03' });
      });
    } finally {
      await holder.rollback();
    }
  });

  it('escalates a major complaint to HQ once, with its notification, and resolves it when replied', async () => {
    const project = await insertProject(db.dataSource);
    const complaint = await insertComplaint(db.dataSource, { projectId: project.id, severity: 'major' });
    const escalate = () =>
      db.dataSource.transaction((manager) =>
        complaints.escalateToHq(
          project.id,
          complaint.id,
          `complaint-${complaint.id}-major`,
          '2030-01-02',
          {
            message: '收到重大投诉',
            codedMessage: {
              code: 'MAJOR_COMPLAINT',
              params: {
                subject: '车位',
                severity: 'major',
                receivedAt: '2030-01-02T01:00:00.000Z',
                receivedAtLocal: '2030-01-02 09:00',
              },
            },
          },
          { complaintId: complaint.id },
          manager,
        ),
      );
    await escalate();
    await escalate(); // a retried request
    const stored = async () =>
      db.dataSource.query(
        `SELECT e.kind, e.record_kind, e.record_id, e.message_code, e.resolved_at IS NULL AS open, n.recipients
           FROM escalations e JOIN notification_events n ON n.project_id = e.project_id AND n.key = e.key WHERE e.project_id = $1`,
        [project.id],
      );
    expect(await stored()).toEqual([
      {
        kind: 'major_complaint',
        record_kind: 'complaint',
        record_id: complaint.id,
        message_code: 'MAJOR_COMPLAINT',
        open: true,
        recipients: ['role:hq'],
      },
    ]);
    await db.dataSource.transaction((manager) => complaints.resolveEscalations(complaint.id, manager));
    expect((await stored())[0].open).toBe(false);
  });

  it('lists the escalated first (a group complaint not replied), then newest received, with filters, paged', async () => {
    const project = await insertProject(db.dataSource);
    const unit = await insertUnit(db.dataSource, { projectId: project.id });
    const complaint = (fields: Omit<ComplaintFixture, 'projectId'>) =>
      insertComplaint(db.dataSource, { projectId: project.id, ...fields });
    const old = await complaint({ receivedAt: '2030-01-01T00:00:00Z', severity: 'group' });
    const replied = await complaint({
      receivedAt: '2030-01-02T00:00:00Z',
      repliedAt: '2030-01-02T06:00:00Z',
      unitId: unit.id,
    });
    const latest = await complaint({ receivedAt: '2030-01-03T00:00:00Z' });
    await insertComplaint(db.dataSource, { projectId: (await insertProject(db.dataSource)).id });

    const ids = async (fields: Partial<ListComplaintsQueryDto>) => {
      const [rows, total] = await complaints.list(project.id, query(ListComplaintsQueryDto, fields));
      return { ids: rows.map((row) => row.id), total };
    };
    expect(await ids({})).toEqual({ ids: [old.id, latest.id, replied.id], total: 3 });
    expect(await ids({ status: 'replied' })).toEqual({ ids: [replied.id], total: 1 });
    expect(await ids({ severity: 'group' })).toEqual({ ids: [old.id], total: 1 });
    expect(await ids({ unitId: unit.id })).toEqual({ ids: [replied.id], total: 1 });
    expect(await ids({ page: 2, pageSize: 2 })).toEqual({ ids: [replied.id], total: 3 });
  });
});
