import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ProjectFeeSettingsEntity } from '@handover/database';
import type { OwnerDocument, OwnerDocumentContent } from './document-pdf';

export interface SignatureRow {
  id: string;
  projectId: string;
  unitId: string;
  document: OwnerDocument;
  signaturePng: Buffer;
  content: OwnerDocumentContent;
  contentSha256: string;
  pdfSha256: string;
  pdfBytes: number;
  signedAt: Date;
}

export interface DocumentUnit {
  id: string;
  projectId: string;
  projectName: string;
  timeZone: string;
  building: string;
  unitNo: string;
  room: string;
  ownerName: string;
  handoverState: string;
  handoverResumeFrom: string | null;
}

export interface PrintUnitRow {
  id: string;
  unitNo: string;
  room: string;
  ownerName: string;
  contractedAreaCenti: number;
  surveyedAreaCenti: number;
  /** fen per m², as text (bigint) */
  priceFenPerSqm: string;
  handoverState: string;
}

const SIGNATURE_COLUMNS = `id, project_id AS "projectId", unit_id AS "unitId", document, signature_png AS "signaturePng",
  content, content_sha256 AS "contentSha256", pdf_sha256 AS "pdfSha256", pdf_bytes AS "pdfBytes", signed_at AS "signedAt"`;

/** The SQL of the owner's signed documents and of the building print. */
@Injectable()
export class OwnerDocumentsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The unit with its project, locked (FOR UPDATE OF u) inside a signing transaction so a step and a signature
   * serialize; `lock: false` for a read outside one.
   */
  async lockUnit(manager: EntityManager, unitId: string, { lock } = { lock: true }): Promise<DocumentUnit | null> {
    const [row] = (await manager.query(
      `SELECT u.id, u.project_id AS "projectId", p.name AS "projectName", p.time_zone AS "timeZone", u.building,
              u.unit_no AS "unitNo", u.room, u.owner_name AS "ownerName", u.handover_state AS "handoverState",
              u.handover_resume_from AS "handoverResumeFrom"
         FROM units u JOIN projects p ON p.id = u.project_id WHERE u.id = $1 ${lock ? 'FOR UPDATE OF u' : ''}`,
      [unitId],
    )) as DocumentUnit[];
    return row ?? null;
  }

  async unitInProject(projectId: string, unitId: string): Promise<{ id: string } | null> {
    const [row] = (await this.dataSource.query(`SELECT id FROM units WHERE id = $1 AND project_id = $2`, [
      unitId,
      projectId,
    ])) as { id: string }[];
    return row ?? null;
  }

  async inspection(
    manager: EntityManager,
    unitId: string,
  ): Promise<{ at: Date | null; items: { description: string; status: 'fixed_on_spot' | 'logged_for_repair' }[] }> {
    const [event] = (await manager.query(
      `SELECT at FROM unit_handover_events WHERE unit_id = $1 AND step = 'inspected' ORDER BY id DESC LIMIT 1`,
      [unitId],
    )) as { at: Date }[];
    const items = (await manager.query(
      `SELECT description, status FROM handover_inspection_items WHERE unit_id = $1 ORDER BY created_at, position, id`,
      [unitId],
    )) as { description: string; status: 'fixed_on_spot' | 'logged_for_repair' }[];
    return { at: event?.at ?? null, items };
  }

  async ownerKeys(manager: EntityManager, unitId: string): Promise<{ label: string }[]> {
    return (await manager.query(`SELECT label FROM keys WHERE unit_id = $1 AND holder = 'owner' ORDER BY label`, [
      unitId,
    ])) as { label: string }[];
  }

  async handedDocuments(
    manager: EntityManager,
    unitId: string,
  ): Promise<{ qualityGuarantee: boolean; userManual: boolean; ownerHandbook: boolean } | null> {
    const [event] = (await manager.query(
      `SELECT payload FROM unit_handover_events WHERE unit_id = $1 AND step = 'documents_handed_over'
        ORDER BY id DESC LIMIT 1`,
      [unitId],
    )) as { payload: Record<string, unknown> }[];
    if (!event) return null;
    const p = event.payload;
    return {
      qualityGuarantee: p.qualityGuarantee === true,
      userManual: p.userManual === true,
      ownerHandbook: p.ownerHandbook === true,
    };
  }

  async payments(
    manager: EntityManager,
    unitId: string,
  ): Promise<
    {
      kind: 'area_difference' | 'property_fee' | 'deed_tax' | 'maintenance_fund';
      amountFen: number;
      receiptNo: string;
    }[]
  > {
    const rows = (await manager.query(
      `SELECT kind, amount_fen AS "amountFen", receipt_no AS "receiptNo" FROM payments WHERE unit_id = $1
        ORDER BY array_position(ARRAY['area_difference', 'property_fee', 'deed_tax', 'maintenance_fund'], kind)`,
      [unitId],
    )) as { kind: 'area_difference'; amountFen: string; receiptNo: string }[];
    return rows.map((row) => ({ ...row, amountFen: Number(row.amountFen) }));
  }

  /** Inserts the signature; false when the unit already has one for that document (the unique constraint). */
  async insertSignature(
    manager: EntityManager,
    row: Omit<SignatureRow, 'id'> & { ownerSessionId: string },
  ): Promise<string | null> {
    const [inserted] = (await manager.query(
      `INSERT INTO owner_signatures (project_id, unit_id, document, signature_png, content, content_sha256, pdf_sha256,
                                     pdf_bytes, owner_session_id, signed_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (unit_id, document) DO NOTHING RETURNING id`,
      [
        row.projectId,
        row.unitId,
        row.document,
        row.signaturePng,
        JSON.stringify(row.content),
        row.contentSha256,
        row.pdfSha256,
        row.pdfBytes,
        row.ownerSessionId,
        row.signedAt,
      ],
    )) as { id: string }[];
    return inserted?.id ?? null;
  }

  async signatures(unitId: string): Promise<Omit<SignatureRow, 'signaturePng' | 'content'>[]> {
    return (await this.dataSource.query(
      `SELECT id, project_id AS "projectId", unit_id AS "unitId", document, content_sha256 AS "contentSha256",
              pdf_sha256 AS "pdfSha256", pdf_bytes AS "pdfBytes", signed_at AS "signedAt"
         FROM owner_signatures WHERE unit_id = $1 ORDER BY signed_at`,
      [unitId],
    )) as SignatureRow[];
  }

  async signature(unitId: string, document: OwnerDocument): Promise<SignatureRow | null> {
    const [row] = (await this.dataSource.query(
      `SELECT ${SIGNATURE_COLUMNS} FROM owner_signatures WHERE unit_id = $1 AND document = $2`,
      [unitId, document],
    )) as SignatureRow[];
    return row ?? null;
  }

  async projectTimeZone(projectId: string): Promise<string> {
    const [row] = (await this.dataSource.query(`SELECT time_zone AS "timeZone" FROM projects WHERE id = $1`, [
      projectId,
    ])) as { timeZone: string }[];
    return row.timeZone;
  }

  /** The building's units in print order (单元, then 房号 numerically where it is a number). */
  async buildingUnits(projectId: string, building: string): Promise<PrintUnitRow[]> {
    return (await this.dataSource.query(
      `SELECT id, unit_no AS "unitNo", room, owner_name AS "ownerName", contracted_area_centi AS "contractedAreaCenti",
              surveyed_area_centi AS "surveyedAreaCenti", price_fen_per_sqm AS "priceFenPerSqm",
              handover_state AS "handoverState"
         FROM units WHERE project_id = $1 AND building = $2
        ORDER BY unit_no, length(room), room`,
      [projectId, building],
    )) as PrintUnitRow[];
  }

  /** What the printed 交付通知书 needs of the project besides its days: the place, what to bring, the fee settings. */
  async noticeSettings(projectId: string): Promise<{
    place: string | null;
    bringItems: string[];
    fees: ProjectFeeSettingsEntity | null;
  }> {
    const [[notice], fees] = await Promise.all([
      this.dataSource.query(
        `SELECT place, bring_items AS "bringItems" FROM project_handover_notices WHERE project_id = $1`,
        [projectId],
      ) as Promise<{ place: string; bringItems: string[] }[]>,
      this.dataSource.manager.findOneBy(ProjectFeeSettingsEntity, { projectId }),
    ]);
    return { place: notice?.place ?? null, bringItems: notice?.bringItems ?? [], fees };
  }

  /** Inspection items and keys of a batch of units, for the print (one query each per batch, not per unit). */
  async printDetails(unitIds: string[]): Promise<{
    items: { unitId: string; description: string; status: 'fixed_on_spot' | 'logged_for_repair' }[];
    keys: { unitId: string; label: string; holder: string }[];
  }> {
    if (unitIds.length === 0) return { items: [], keys: [] };
    const items = (await this.dataSource.query(
      `SELECT unit_id AS "unitId", description, status FROM handover_inspection_items
        WHERE unit_id = ANY($1::uuid[]) ORDER BY created_at, position, id`,
      [unitIds],
    )) as { unitId: string; description: string; status: 'fixed_on_spot' | 'logged_for_repair' }[];
    const keys = (await this.dataSource.query(
      `SELECT unit_id AS "unitId", label, holder FROM keys WHERE unit_id = ANY($1::uuid[]) ORDER BY label`,
      [unitIds],
    )) as { unitId: string; label: string; holder: string }[];
    return { items, keys };
  }
}
