import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { RISK_AREAS, RiskChecklistAreaEntity, RiskItemEntity } from '@handover/database';
import type { ListRisksQueryDto } from './dto/risk.dto';
import { RISK_CHECKLIST } from './risk-areas';

@Injectable()
export class RisksRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Inserts the areas A–H that are missing; returns the areas inserted now. */
  async initAreas(projectId: string, manager: EntityManager): Promise<string[]> {
    const result = await manager
      .createQueryBuilder()
      .insert()
      .into(RiskChecklistAreaEntity)
      .values(RISK_AREAS.map((area) => ({ projectId, area, ...RISK_CHECKLIST[area] })))
      .orIgnore()
      .returning(['area'])
      .execute();
    return (result.raw as { area: string }[]).map((row) => row.area);
  }

  areas(projectId: string): Promise<RiskChecklistAreaEntity[]> {
    return this.dataSource.manager.find(RiskChecklistAreaEntity, { where: { projectId }, order: { area: 'ASC' } });
  }

  async areaCounts(projectId: string): Promise<Map<string, { items: number; undecided: number }>> {
    const rows: { area: string; items: number; undecided: number }[] = await this.dataSource.query(
      `SELECT area, count(*)::int AS items, count(*) FILTER (WHERE decision IS NULL)::int AS undecided
         FROM risk_items WHERE project_id = $1 GROUP BY area`,
      [projectId],
    );
    return new Map(rows.map((row) => [row.area.trim(), row]));
  }

  async hasArea(projectId: string, area: string, manager: EntityManager): Promise<boolean> {
    return (
      (await manager.countBy(RiskChecklistAreaEntity, { projectId, area: area as RiskChecklistAreaEntity['area'] })) > 0
    );
  }

  async insert(item: Partial<RiskItemEntity>, manager: EntityManager): Promise<RiskItemEntity> {
    const { identifiers } = await manager.insert(RiskItemEntity, item);
    return (await manager.findOneBy(RiskItemEntity, { id: identifiers[0].id as string }))!;
  }

  lockItem(projectId: string, id: string, manager: EntityManager): Promise<RiskItemEntity | null> {
    return manager.findOne(RiskItemEntity, { where: { id, projectId }, lock: { mode: 'pessimistic_write' } });
  }

  async update(id: string, change: Partial<RiskItemEntity>, manager: EntityManager): Promise<RiskItemEntity> {
    await manager.update(RiskItemEntity, { id }, change);
    return (await manager.findOneBy(RiskItemEntity, { id }))!;
  }

  list(projectId: string, filter: ListRisksQueryDto): Promise<[RiskItemEntity[], number]> {
    const query = this.dataSource.manager
      .createQueryBuilder(RiskItemEntity, 'r')
      .where('r.project_id = :projectId', { projectId });
    if (filter.area) query.andWhere('r.area = :area', { area: filter.area });
    if (filter.decided === true) query.andWhere('r.decision IS NOT NULL');
    if (filter.decided === false) query.andWhere('r.decision IS NULL');
    return query
      .orderBy('r.area', 'ASC')
      .addOrderBy('r.created_at', 'ASC')
      .addOrderBy('r.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
  }
}
