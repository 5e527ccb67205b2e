import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { COMPLAINT_SEVERITIES, ComplaintEntity, EscalationsRepository } from '@handover/database';
import { COMPLAINT_REPLY_PENDING, type EscalationMessage } from '@handover/domain';
import type { ListComplaintsQueryDto } from './dto/complaint.dto';

const quoted = (values: readonly string[]) => values.map((value) => `'${value.replace(/'/g, "''")}'`).join(', ');
/** Severities that escalate to HQ at once (every one but normal), as the create step raises them. */
const ESCALATING_SEVERITIES = COMPLAINT_SEVERITIES.filter((severity) => severity !== 'normal');
/**
 * The list's urgency, in SQL so it holds across pages: 0 overdue (a reply is pending — isReplyPending — and the
 * committed reply time has passed), 1 escalated (a major or group complaint not replied to yet), 2 the rest.
 */
const URGENCY = `CASE
  WHEN c.status IN (${quoted(COMPLAINT_REPLY_PENDING)}) AND c.reply_deadline < now() THEN 0
  WHEN c.severity IN (${quoted(ESCALATING_SEVERITIES)}) AND c.status <> 'replied' THEN 1
  ELSE 2 END`;

@Injectable()
export class ComplaintsRepository {
  constructor(
    private readonly dataSource: DataSource,
    private readonly escalations: EscalationsRepository,
  ) {}

  async unitBelongsTo(projectId: string, unitId: string, manager: EntityManager): Promise<boolean> {
    return (
      (await manager.query(`SELECT 1 FROM units WHERE id = $1 AND project_id = $2`, [unitId, projectId])).length > 0
    );
  }

  async insert(complaint: Partial<ComplaintEntity>, manager: EntityManager): Promise<ComplaintEntity> {
    const { identifiers } = await manager.insert(ComplaintEntity, complaint);
    return (await manager.findOneBy(ComplaintEntity, { id: identifiers[0].id as string }))!;
  }

  find(projectId: string, id: string): Promise<ComplaintEntity | null> {
    return this.dataSource.manager.findOneBy(ComplaintEntity, { id, projectId });
  }

  lock(projectId: string, id: string, manager: EntityManager): Promise<ComplaintEntity | null> {
    return manager.findOne(ComplaintEntity, { where: { id, projectId }, lock: { mode: 'pessimistic_write' } });
  }

  async update(id: string, change: Partial<ComplaintEntity>, manager: EntityManager): Promise<ComplaintEntity> {
    await manager.update(ComplaintEntity, { id }, change);
    return (await manager.findOneBy(ComplaintEntity, { id }))!;
  }

  /** Escalates a major or group complaint to HQ at once (once per complaint), in the complaint's transaction. */
  async escalateToHq(
    projectId: string,
    complaintId: string,
    key: string,
    dueDate: string,
    text: { message: string; codedMessage: EscalationMessage },
    payload: object,
    manager: EntityManager,
  ): Promise<void> {
    await this.escalations.raise(
      {
        projectId,
        key,
        kind: 'major_complaint',
        milestoneKey: null,
        recordId: complaintId,
        dueDate,
        message: text.message,
        codedMessage: text.codedMessage,
        recipients: ['role:hq'],
        payload,
      },
      manager,
    );
  }

  /** The complaint was replied to: its escalations (major complaint, overdue reply) no longer need HQ. */
  async resolveEscalations(complaintId: string, manager: EntityManager): Promise<void> {
    await this.escalations.resolveForRecord('complaint', complaintId, manager);
  }

  /** A page of the project's complaints: overdue first, then escalated, then the rest, each newest received first. */
  list(projectId: string, filter: ListComplaintsQueryDto): Promise<[ComplaintEntity[], number]> {
    const query = this.dataSource.manager
      .createQueryBuilder(ComplaintEntity, 'c')
      .where('c.project_id = :projectId', { projectId });
    if (filter.status) query.andWhere('c.status = :status', { status: filter.status });
    if (filter.severity) query.andWhere('c.severity = :severity', { severity: filter.severity });
    if (filter.unitId) query.andWhere('c.unit_id = :unitId', { unitId: filter.unitId });
    // Most urgent first, then newest received; the id breaks ties so pages never overlap.
    return query
      .orderBy(URGENCY, 'ASC')
      .addOrderBy('c.received_at', 'DESC')
      .addOrderBy('c.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
  }

  /** A page of one unit's complaints, newest received first. */
  listOfUnit(unitId: string, page: number, pageSize: number): Promise<[ComplaintEntity[], number]> {
    return this.dataSource.manager.findAndCount(ComplaintEntity, {
      where: { unitId },
      order: { receivedAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }
}
