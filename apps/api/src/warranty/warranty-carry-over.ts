import type { EntityManager } from 'typeorm';
import {
  componentOfTrade,
  instantToCalendarDate,
  warrantyLastDay,
  warrantyPeriods,
  type WarrantyComponent,
} from '@handover/domain';

/** The defect statuses still open at handover: they become warranty tickets. */
export const OPEN_AT_HANDOVER = ['open', 'assigned', 'fixed', 'disputed'] as const;

/** The project's longer periods per component, as set (the statute where none is set). */
export async function projectWarrantyYears(
  manager: EntityManager,
  projectId: string,
): Promise<Record<WarrantyComponent, number>> {
  const rows: { component: WarrantyComponent; years: number }[] = await manager.query(
    `SELECT component, years FROM project_warranty_periods WHERE project_id = $1`,
    [projectId],
  );
  return warrantyPeriods(Object.fromEntries(rows.map((row) => [row.component, row.years])));
}

/**
 * 交付完成: every defect of the unit still open becomes a warranty ticket, in the completion's transaction. At most one
 * ticket per defect (UNIQUE defect_id, ON CONFLICT DO NOTHING), so completing again creates none twice.
 */
export async function carryOpenDefectsToWarranty(
  manager: EntityManager,
  input: { projectId: string; unitId: string; timeZone: string; actorId: string; now: Date },
): Promise<string[]> {
  const defects: { id: string; trade: string; description: string }[] = await manager.query(
    `SELECT id, trade, description FROM defects
      WHERE project_id = $1 AND unit_id = $2 AND status = ANY($3::text[])
        AND NOT EXISTS (SELECT 1 FROM warranty_tickets w WHERE w.defect_id = defects.id)
      ORDER BY created_at, id`,
    [input.projectId, input.unitId, [...OPEN_AT_HANDOVER]],
  );
  if (defects.length === 0) return [];
  const years = await projectWarrantyYears(manager, input.projectId);
  const handedOverOn = instantToCalendarDate(input.now.getTime(), input.timeZone);
  const created: string[] = [];
  for (const defect of defects) {
    const component = componentOfTrade(defect.trade);
    const rows: { id: string }[] = await manager.query(
      `INSERT INTO warranty_tickets (project_id, unit_id, defect_id, source, component, description, reported_at,
                                     handed_over_on, warranty_years, covered_until, created_by)
       VALUES ($1, $2, $3, 'handover_defect', $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (defect_id) DO NOTHING RETURNING id`,
      [
        input.projectId,
        input.unitId,
        defect.id,
        component,
        defect.description,
        input.now,
        handedOverOn,
        years[component],
        warrantyLastDay(handedOverOn, years[component]),
        input.actorId,
      ],
    );
    created.push(...rows.map((row) => row.id));
  }
  return created;
}
