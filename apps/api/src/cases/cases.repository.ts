import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { CaseKind, CaseSourceKind } from '@handover/database';
import type { CaseRow, ListCasesQueryDto } from './dto/case.dto';
import { containsPattern } from '../common/like-pattern';

const SELECT_CASE = `
  SELECT c.id, c.kind, c.title, c.summary, c.tags, c.source_kind AS "sourceKind", c.source_record_id AS "sourceRecordId",
         c.source_project_id AS "sourceProjectId", p.city_company AS "cityCompany", p.name AS "projectName", p.batch, p.time_zone AS "timeZone",
         c.created_by AS "createdBy", c.created_at AS "createdAt"
    FROM cases c JOIN projects p ON p.id = c.source_project_id`;

/** Where each kind of source record lives. */
const SOURCE_TABLES: Record<CaseSourceKind, string> = {
  defect: 'defects',
  complaint: 'complaints',
  frequent_problem: 'defect_alerts',
};

/** `%`, `_` and `\` in the search text match themselves. */

@Injectable()
export class CasesRepository {
  constructor(private readonly dataSource: DataSource) {}

  async recordExists(
    projectId: string,
    kind: CaseSourceKind,
    recordId: string,
    manager: EntityManager,
  ): Promise<boolean> {
    const table = SOURCE_TABLES[kind];
    return (
      (
        (await manager.query(`SELECT 1 FROM ${table} WHERE id = $1 AND project_id = $2`, [
          recordId,
          projectId,
        ])) as unknown[]
      ).length > 0
    );
  }

  async findBySource(kind: CaseSourceKind, recordId: string, manager: EntityManager): Promise<string | null> {
    const [row] = (await manager.query(`SELECT id FROM cases WHERE source_kind = $1 AND source_record_id = $2`, [
      kind,
      recordId,
    ])) as { id: string }[];
    return row?.id ?? null;
  }

  async insert(
    values: {
      kind: CaseKind;
      title: string;
      summary: string;
      tags: string[];
      projectId: string;
      sourceKind: CaseSourceKind;
      recordId: string;
      createdBy: string;
    },
    manager: EntityManager,
  ): Promise<string> {
    const [row] = (await manager.query(
      `INSERT INTO cases (kind, title, summary, tags, source_project_id, source_kind, source_record_id, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
      [
        values.kind,
        values.title,
        values.summary,
        values.tags,
        values.projectId,
        values.sourceKind,
        values.recordId,
        values.createdBy,
      ],
    )) as { id: string }[];
    return row.id;
  }

  async find(id: string, manager: EntityManager = this.dataSource.manager): Promise<CaseRow | null> {
    const [row] = (await manager.query(`${SELECT_CASE} WHERE c.id = $1`, [id])) as CaseRow[];
    return row ?? null;
  }

  /** Text (ILIKE over title and summary; works for Chinese, which has no word breaks) plus tag, kind and project filters. */
  async search(filter: ListCasesQueryDto): Promise<[CaseRow[], number]> {
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const add = (condition: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(condition(`$${parameters.length}`));
    };
    const q = filter.q?.trim();
    if (q) add((p) => `(c.title ILIKE ${p} OR c.summary ILIKE ${p})`, containsPattern(q));
    if (filter.tag?.trim()) add((p) => `c.tags @> ARRAY[${p}]::text[]`, filter.tag.trim().toLowerCase());
    if (filter.kind) add((p) => `c.kind = ${p}`, filter.kind);
    if (filter.projectId) add((p) => `c.source_project_id = ${p}`, filter.projectId);
    const where = conditions.length > 0 ? `WHERE ${conditions.join(' AND ')}` : '';
    const [count] = (await this.dataSource.query(`SELECT count(*)::int AS n FROM cases c ${where}`, parameters)) as {
      n: number;
    }[];
    const rows = (await this.dataSource.query(
      `${SELECT_CASE} ${where} ORDER BY c.created_at DESC, c.id LIMIT $${parameters.length + 1} OFFSET $${parameters.length + 2}`,
      [...parameters, filter.pageSize, (filter.page - 1) * filter.pageSize],
    )) as CaseRow[];
    return [rows, count.n];
  }
}
