import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager, In } from 'typeorm';
import { DefectEntity, DefectPhotoEntity, entityColumns, ProjectEntity } from '@handover/database';
import type { DefectSummaryQueryDto, DefectUnitDto, ListDefectsQueryDto, UnitDefectSummaryDto } from './dto/defect.dto';

/** What the staff intake records; the other columns start at their defaults. */
export type NewDefect = Pick<
  DefectEntity,
  | 'projectId'
  | 'unitId'
  | 'publicArea'
  | 'source'
  | 'category'
  | 'trade'
  | 'description'
  | 'responsibleParty'
  | 'deadline'
  | 'simple'
  | 'createdBy'
>;

@Injectable()
export class DefectsRepository {
  private readonly defectColumns;

  constructor(private readonly dataSource: DataSource) {
    this.defectColumns = entityColumns(dataSource, DefectEntity, 'd');
  }

  /**
   * The defect, inserted and read back in one statement, its unit (if any) checked to be one of the project's in the
   * same statement; null when it is not (nothing is inserted).
   */
  async insertInProject(defect: NewDefect, manager: EntityManager): Promise<DefectEntity | null> {
    const rows = (await manager.query(
      `INSERT INTO defects AS d (project_id, unit_id, public_area, source, category, trade, description,
                                 responsible_party, deadline, simple, created_by)
       SELECT $1::uuid, $2::uuid, $3::text, $4::text, $5::text, $6::text, $7::text, $8::text, $9::date, $10::boolean,
              $11::uuid
        WHERE $2::uuid IS NULL OR EXISTS (SELECT 1 FROM units u WHERE u.id = $2::uuid AND u.project_id = $1::uuid)
       RETURNING ${this.defectColumns.select}`,
      [
        defect.projectId,
        defect.unitId,
        defect.publicArea,
        defect.source,
        defect.category,
        defect.trade,
        defect.description,
        defect.responsibleParty,
        defect.deadline,
        defect.simple,
        defect.createdBy,
      ],
    )) as Record<string, unknown>[];
    return rows.length > 0 ? this.defectColumns.hydrate(rows[0]) : null;
  }

  async insert(defect: Partial<DefectEntity>, manager: EntityManager): Promise<DefectEntity> {
    const { identifiers } = await manager.insert(DefectEntity, defect);
    return (await manager.findOneBy(DefectEntity, { id: identifiers[0].id as string }))!;
  }

  find(projectId: string, id: string): Promise<DefectEntity | null> {
    return this.dataSource.manager.findOneBy(DefectEntity, { id, projectId });
  }

  /** A ruling on a contractor's dispute, kept per company for its scorecard. */
  async insertDisputeRuling(
    ruling: {
      defectId: string;
      projectId: string;
      companyId: string;
      reason: string;
      outcome: 'rejected' | 'upheld';
      decidedBy: string;
    },
    manager: EntityManager,
  ): Promise<void> {
    await manager.query(
      `INSERT INTO defect_dispute_rulings (defect_id, project_id, company_id, reason, outcome, decided_by)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [ruling.defectId, ruling.projectId, ruling.companyId, ruling.reason, ruling.outcome, ruling.decidedBy],
    );
  }

  /** Photos of the fix (stage `after`) uploaded since `since`: a defect is marked fixed only with one. */
  async afterPhotosSince(defectId: string, since: Date, manager: EntityManager): Promise<number> {
    const rows: { count: number }[] = await manager.query(
      `SELECT count(*)::int AS count FROM defect_photos WHERE defect_id = $1 AND stage = 'after' AND created_at >= $2`,
      [defectId, since],
    );
    return rows[0].count;
  }

  lock(projectId: string, id: string, manager: EntityManager): Promise<DefectEntity | null> {
    return manager.findOne(DefectEntity, { where: { id, projectId }, lock: { mode: 'pessimistic_write' } });
  }

  async update(id: string, change: Partial<DefectEntity>, manager: EntityManager): Promise<DefectEntity> {
    await manager.update(DefectEntity, { id }, change);
    return (await manager.findOneBy(DefectEntity, { id }))!;
  }

  /** A page of the project's defects; `company` narrows it to one contractor company's (null: to none). */
  list(projectId: string, filter: ListDefectsQueryDto, company?: string | null): Promise<[DefectEntity[], number]> {
    const query = this.dataSource.manager
      .createQueryBuilder(DefectEntity, 'd')
      .where('d.project_id = :projectId', { projectId });
    if (company === null) query.andWhere('FALSE');
    if (company) query.andWhere('d.contractor_company_id = :company', { company });
    if (filter.contractorCompanyId)
      query.andWhere('d.contractor_company_id = :filterCompany', { filterCompany: filter.contractorCompanyId });
    if (filter.unitId) query.andWhere('d.unit_id = :unitId', { unitId: filter.unitId });
    if (filter.source) query.andWhere('d.source = :source', { source: filter.source });
    if (filter.category) query.andWhere('d.category = :category', { category: filter.category });
    if (filter.status) query.andWhere('d.status = :status', { status: filter.status });
    if (filter.trade) query.andWhere('d.trade = :trade', { trade: filter.trade });
    if (filter.location === 'unit') query.andWhere('d.unit_id IS NOT NULL');
    if (filter.location === 'public_area') query.andWhere('d.unit_id IS NULL');
    if (filter.building !== undefined) {
      query.andWhere(
        'd.unit_id IN (SELECT u.id FROM units u WHERE u.project_id = :projectId AND u.building = :building)',
        {
          building: filter.building,
        },
      );
    }
    return query
      .orderBy('d.created_at', 'DESC')
      .addOrderBy('d.id', 'ASC')
      .skip((filter.page - 1) * filter.pageSize)
      .take(filter.pageSize)
      .getManyAndCount();
  }

  /** For a page of defects, in one query: each one's unit address (null for public areas) and photo count. */
  async listExtras(defectIds: string[]): Promise<Map<string, { unit: DefectUnitDto | null; photoCount: number }>> {
    if (defectIds.length === 0) return new Map();
    const rows: {
      id: string;
      building: string | null;
      unitNo: string | null;
      room: string | null;
      photoCount: number;
    }[] = await this.dataSource.query(
      `SELECT d.id, u.building, u.unit_no AS "unitNo", u.room,
                (SELECT count(*) FROM defect_photos p WHERE p.defect_id = d.id)::int AS "photoCount"
           FROM defects d LEFT JOIN units u ON u.id = d.unit_id
          WHERE d.id = ANY($1::uuid[])`,
      [defectIds],
    );
    return new Map(
      rows.map((row) => [
        row.id,
        {
          unit: row.building === null ? null : { building: row.building, unitNo: row.unitNo!, room: row.room! },
          photoCount: row.photoCount,
        },
      ]),
    );
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
    return this.dataSource.manager.find(DefectPhotoEntity, {
      where: { defectId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  photo(defectId: string, photoId: string): Promise<DefectPhotoEntity | null> {
    return this.dataSource.manager.findOneBy(DefectPhotoEntity, { id: photoId, defectId });
  }

  project(projectId: string): Promise<ProjectEntity | null> {
    return this.dataSource.manager.findOneBy(ProjectEntity, { id: projectId });
  }

  /** The unit's handover state, its row shared-locked until COMMIT (the handover step locks it for update). */
  async unitHandoverStateForShare(unitId: string, manager: EntityManager): Promise<string | null> {
    const rows: { state: string }[] = await manager.query(
      `SELECT handover_state AS state FROM units WHERE id = $1 FOR SHARE`,
      [unitId],
    );
    return rows[0]?.state ?? null;
  }

  /** A page of one unit's defects, whatever their source, newest first. */
  listOfUnit(unitId: string, page: number, pageSize: number): Promise<[DefectEntity[], number]> {
    return this.dataSource.manager.findAndCount(DefectEntity, {
      where: { unitId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
  }

  findOfUnit(unitId: string, id: string): Promise<DefectEntity | null> {
    return this.dataSource.manager.findOneBy(DefectEntity, { id, unitId });
  }

  /** The photos of several defects in one query, each defect's oldest first. */
  async photosOf(defectIds: string[]): Promise<Map<string, DefectPhotoEntity[]>> {
    const photos = new Map<string, DefectPhotoEntity[]>();
    if (defectIds.length === 0) return photos;
    const rows = await this.dataSource.manager.find(DefectPhotoEntity, {
      where: { defectId: In(defectIds) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    for (const row of rows) photos.set(row.defectId, [...(photos.get(row.defectId) ?? []), row]);
    return photos;
  }

  /** A photo of a defect of the unit; null for a photo of any other unit's defect. */
  async photoOfUnit(unitId: string, defectId: string, photoId: string): Promise<DefectPhotoEntity | null> {
    return this.dataSource.manager
      .createQueryBuilder(DefectPhotoEntity, 'p')
      .innerJoin(DefectEntity, 'd', 'd.id = p.defect_id')
      .where('p.id = :photoId AND p.defect_id = :defectId AND d.unit_id = :unitId', { photoId, defectId, unitId })
      .getOne();
  }
}
