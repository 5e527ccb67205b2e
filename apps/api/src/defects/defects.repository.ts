import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { DefectEntity, DefectPhotoEntity } from '@handover/database';
import type { DefectSummaryQueryDto, ListDefectsQueryDto, UnitDefectSummaryDto } from './dto/defect.dto';

@Injectable()
export class DefectsRepository {
  constructor(private readonly dataSource: DataSource) {}

  async unitBelongsTo(projectId: string, unitId: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM units WHERE id = $1 AND project_id = $2`, [unitId, projectId]);
    return rows.length > 0;
  }

  async insert(defect: Partial<DefectEntity>, manager: EntityManager): Promise<DefectEntity> {
    const { identifiers } = await manager.insert(DefectEntity, defect);
    return (await manager.findOneBy(DefectEntity, { id: identifiers[0].id as string }))!;
  }

  find(projectId: string, id: string): Promise<DefectEntity | null> {
    return this.dataSource.manager.findOneBy(DefectEntity, { id, projectId });
  }

  lock(projectId: string, id: string, manager: EntityManager): Promise<DefectEntity | null> {
    return manager.findOne(DefectEntity, { where: { id, projectId }, lock: { mode: 'pessimistic_write' } });
  }

  async update(id: string, change: Partial<DefectEntity>, manager: EntityManager): Promise<DefectEntity> {
    await manager.update(DefectEntity, { id }, change);
    return (await manager.findOneBy(DefectEntity, { id }))!;
  }

  list(projectId: string, filter: ListDefectsQueryDto): Promise<[DefectEntity[], number]> {
    const query = this.dataSource.manager.createQueryBuilder(DefectEntity, 'd').where('d.project_id = :projectId', { projectId });
    if (filter.unitId) query.andWhere('d.unit_id = :unitId', { unitId: filter.unitId });
    if (filter.source) query.andWhere('d.source = :source', { source: filter.source });
    if (filter.category) query.andWhere('d.category = :category', { category: filter.category });
    if (filter.status) query.andWhere('d.status = :status', { status: filter.status });
    if (filter.trade) query.andWhere('d.trade = :trade', { trade: filter.trade });
    if (filter.location === 'unit') query.andWhere('d.unit_id IS NOT NULL');
    if (filter.location === 'public_area') query.andWhere('d.unit_id IS NULL');
    return query
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
  }

  /** Per household, in one grouped query: counts by status and category. */
  async summaryByUnit(projectId: string, filter: DefectSummaryQueryDto): Promise<[UnitDefectSummaryDto[], number]> {
    const params: unknown[] = [projectId];
    const source = filter.source ? `AND d.source = $${params.push(filter.source)}` : '';
    const rows: UnitDefectSummaryDto[] = await this.dataSource.query(
      `SELECT u.id AS "unitId", u.building, u.unit_no AS "unitNo", u.room,
              count(*)::int AS total,
              count(*) FILTER (WHERE d.status = 'open')::int AS open,
              count(*) FILTER (WHERE d.status = 'assigned')::int AS assigned,
              count(*) FILTER (WHERE d.status = 'fixed')::int AS fixed,
              count(*) FILTER (WHERE d.status = 'verified')::int AS verified,
              count(*) FILTER (WHERE d.status = 'cannot_fix')::int AS "cannotFix",
              count(*) FILTER (WHERE d.category = 'quality')::int AS quality,
              count(*) FILTER (WHERE d.category = 'non_quality')::int AS "nonQuality",
              count(*) FILTER (WHERE d.category = 'non_quality' AND d.owner_reply IS NULL)::int AS "awaitingOwnerReply"
         FROM defects d JOIN units u ON u.id = d.unit_id
        WHERE d.project_id = $1 ${source}
        GROUP BY u.id, u.building, u.unit_no, u.room
        ORDER BY u.building, u.unit_no, u.room, u.id
        LIMIT $${params.length + 1} OFFSET $${params.length + 2}`,
      [...params, filter.pageSize, (filter.page - 1) * filter.pageSize],
    );
    const [{ total }] = await this.dataSource.query(
      `SELECT count(DISTINCT d.unit_id)::int AS total FROM defects d WHERE d.project_id = $1 AND d.unit_id IS NOT NULL ${source}`,
      params,
    );
    return [rows, total];
  }

  async insertPhoto(photo: Partial<DefectPhotoEntity>, manager: EntityManager): Promise<DefectPhotoEntity> {
    await manager.insert(DefectPhotoEntity, photo);
    return (await manager.findOneBy(DefectPhotoEntity, { id: photo.id! }))!;
  }

  photos(defectId: string): Promise<DefectPhotoEntity[]> {
    return this.dataSource.manager.find(DefectPhotoEntity, { where: { defectId }, order: { createdAt: 'ASC', id: 'ASC' } });
  }

  photo(defectId: string, photoId: string): Promise<DefectPhotoEntity | null> {
    return this.dataSource.manager.findOneBy(DefectPhotoEntity, { id: photoId, defectId });
  }
}
