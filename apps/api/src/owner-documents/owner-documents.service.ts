import { HttpStatus, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { ProjectFeeSettingsEntity } from '@handover/database';
import {
  addDays,
  isUnitHandoverStep,
  UNIT_HANDOVER_STEPS,
  unitAddressLabel,
  type UnitHandoverStep,
} from '@handover/domain';
import { AuditService, ownerAuditActor } from '../audit/audit.service';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { ApiError } from '../common/api-error';
import type { OwnerSession, OwnerUnitRow } from '../owner-auth/owner-auth.repository';
import { ProjectAccessService } from '../projects/project-access.service';
import { areaDifferenceOf, feesOf } from '../unit-handover/unit-dues';
import {
  contentHash,
  drawPrintPage,
  forgetTextLayouts,
  newDocument,
  renderOwnerDocument,
  sha256,
  type OwnerDocument,
  type NoticeDues,
  type OwnerDocumentContent,
  type PrintDocument,
  type PrintProject,
} from './document-pdf';
import {
  OwnerDocumentsRepository,
  type DocumentUnit,
  type PrintUnitRow,
  type SignatureRow,
} from './owner-documents.repository';
import { decodeSignaturePng } from './signature-image';

/**
 * When the owner may sign (read from libs/domain's step order): the 验房单 once the inspection (验房) is recorded —
 * it lists what was found —, the 收楼确认书 once the keys are handed over (钥匙交接), the moment the owner takes
 * possession; it lists the keys, the documents if already handed and the amounts paid. A refused unit signs nothing;
 * a unit under objection is judged by the step its flow resumes from.
 */
export const SIGNABLE_AFTER: Record<OwnerDocument, UnitHandoverStep> = {
  inspection_record: 'inspected',
  handover_confirmation: 'keys_handed_over',
};

export interface SignedDocumentView {
  document: OwnerDocument;
  signedAt: string;
  contentSha256: string;
  pdfSha256: string;
  pdfBytes: number;
}

const view = (row: Omit<SignatureRow, 'signaturePng' | 'content'>): SignedDocumentView => ({
  document: row.document,
  signedAt: new Date(row.signedAt).toISOString(),
  contentSha256: row.contentSha256,
  pdfSha256: row.pdfSha256,
  pdfBytes: row.pdfBytes,
});

/** Units rendered per database round trip of the building print. */
const PRINT_BATCH = 200;

@Injectable()
export class OwnerDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: OwnerDocumentsRepository,
    private readonly access: ProjectAccessService,
    private readonly audit: AuditService,
  ) {}

  /**
   * 签字确认: in one transaction holding the unit row, the state is checked, the content snapshot read from the
   * records, the PDF rendered and its hash stored with the signature and the audit entry.
   */
  async sign(
    session: OwnerSession,
    owned: OwnerUnitRow,
    document: OwnerDocument,
    signature: string,
  ): Promise<SignedDocumentView> {
    const signaturePng = await decodeSignaturePng(signature);
    return this.dataSource.transaction(async (manager) => {
      const unit = (await this.repository.lockUnit(manager, owned.id))!;
      assertSignable(unit, document);
      const content = await this.snapshot(manager, unit, document);
      const signedAt = new Date(Math.floor(Date.now() / 1000) * 1000);
      const pdf = await renderOwnerDocument({ content, signaturePng, signedAt, timeZone: unit.timeZone });
      const row = {
        projectId: unit.projectId,
        unitId: unit.id,
        document,
        signaturePng,
        content,
        contentSha256: contentHash(content, signaturePng),
        pdfSha256: sha256(pdf),
        pdfBytes: pdf.length,
        signedAt,
      };
      const id = await this.repository.insertSignature(manager, { ...row, ownerSessionId: session.id });
      if (!id) throw new ApiError(HttpStatus.CONFLICT, 'OWNER_SIGNATURE_ALREADY', { document });
      await this.audit.record(
        {
          actor: ownerAuditActor(session),
          action: 'owner.document_signed',
          entityType: 'owner_signature',
          entityId: id,
          projectId: unit.projectId,
          after: { unitId: unit.id, document, contentSha256: row.contentSha256, pdfSha256: row.pdfSha256 },
        },
        manager,
      );
      return view({ id, ...row });
    });
  }

  /**
   * What the owner would sign now (签字前核对): the same snapshot signing would store, read without a lock. 409 when
   * the document is not signable yet (or any more), as signing would answer.
   */
  async draft(owned: OwnerUnitRow, document: OwnerDocument): Promise<OwnerDocumentContent> {
    const unit = await this.repository.lockUnit(this.dataSource.manager, owned.id, { lock: false });
    assertSignable(unit!, document);
    return this.snapshot(this.dataSource.manager, unit!, document);
  }

  async list(unitId: string): Promise<{ items: SignedDocumentView[] }> {
    return { items: (await this.repository.signatures(unitId)).map(view) };
  }

  /** The signed PDF, drawn again from the stored snapshot: the same bytes as at signing (the stored hash). */
  async pdf(unitId: string, document: OwnerDocument): Promise<{ pdf: Buffer; sha256: string }> {
    const row = await this.repository.signature(unitId, document);
    if (!row) throw new ApiError(HttpStatus.NOT_FOUND, 'OWNER_DOCUMENT_NOT_SIGNED', { document });
    const timeZone = await this.repository.projectTimeZone(row.projectId);
    const pdf = await renderOwnerDocument({
      content: row.content,
      signaturePng: row.signaturePng,
      signedAt: new Date(row.signedAt),
      timeZone,
    });
    return { pdf, sha256: sha256(pdf) };
  }

  /** Staff: the unit's signed documents (none signed: an empty list), for anyone who may read the project. */
  async staffList(
    user: AuthenticatedUser,
    projectId: string,
    unitId: string,
  ): Promise<{ items: SignedDocumentView[] }> {
    await this.requireVisibleUnit(user, projectId, unitId);
    return this.list(unitId);
  }

  /** Staff: the unit's signed PDF, for anyone who may read the project (as the unit's handover record). */
  async staffPdf(user: AuthenticatedUser, projectId: string, unitId: string, document: OwnerDocument) {
    await this.requireVisibleUnit(user, projectId, unitId);
    return this.pdf(unitId, document);
  }

  /** The project is visible to the user and the unit is one of its units; otherwise 404. */
  private async requireVisibleUnit(user: AuthenticatedUser, projectId: string, unitId: string): Promise<void> {
    const project = await this.access.requireVisible(user, projectId);
    if (!(await this.repository.unitInProject(project.id, unitId))) {
      throw new ApiError(HttpStatus.NOT_FOUND, 'UNIT_NOT_FOUND', { unitId });
    }
  }

  /**
   * 整栋打印: the building's units in order, one page per unit per document, written to the response as pages are
   * drawn (pdfkit streams each finished page out), in batches of {@link PRINT_BATCH} units read from the database.
   */
  async printBuilding(
    user: AuthenticatedUser,
    projectId: string,
    building: string,
    documents: PrintDocument[],
    response: Response,
  ): Promise<void> {
    const project = await this.access.requireVisible(user, projectId);
    const units = await this.repository.buildingUnits(project.id, building);
    if (units.length === 0) throw new ApiError(HttpStatus.NOT_FOUND, 'BUILDING_NOT_FOUND', { building });
    const doc = newDocument(`${project.name} ${building} 交付资料`, new Date());
    response.setHeader('Content-Type', 'application/pdf');
    response.setHeader('Content-Disposition', `attachment; filename="building-print.pdf"`);
    doc.pipe(response);
    const notice = await this.repository.noticeSettings(project.id);
    const firstHandoverDate = String(project.firstHandoverDate);
    const printProject: PrintProject = {
      projectName: project.name,
      firstHandoverDate,
      lastHandoverDate: addDays(firstHandoverDate, project.centralizedDays - 1),
      centralizedDays: project.centralizedDays,
      place: notice.place,
      bringItems: notice.bringItems,
    };
    try {
      for (let start = 0; start < units.length; start += PRINT_BATCH) {
        const batch = units.slice(start, start + PRINT_BATCH);
        const details = await this.repository.printDetails(batch.map((unit) => unit.id));
        for (const unit of batch) {
          const printUnit = {
            projectName: project.name,
            address: unitAddressLabel({ building, unitNo: unit.unitNo, room: unit.room }),
            ownerName: unit.ownerName,
            contractedAreaCenti: unit.contractedAreaCenti,
            surveyedAreaCenti: unit.surveyedAreaCenti,
            handoverState: unit.handoverState,
            items: details.items.filter((item) => item.unitId === unit.id),
            keys: details.keys
              .filter((key) => key.unitId === unit.id)
              .map((key) => ({ label: key.label, status: KEY_HOLDERS[key.holder] ?? key.holder })),
            dues: noticeDues(unit, notice.fees),
          };
          for (const kind of documents) drawPrintPage(doc, printProject, printUnit, kind);
        }
        forgetTextLayouts(doc);
        // let the response drain before the next batch: the document is never held whole in memory
        if (response.writableNeedDrain) await new Promise((resolve) => response.once('drain', resolve));
      }
    } finally {
      doc.end();
    }
  }

  private async snapshot(
    manager: Parameters<OwnerDocumentsRepository['inspection']>[0],
    unit: DocumentUnit,
    document: OwnerDocument,
  ): Promise<OwnerDocumentContent> {
    const heading = {
      projectName: unit.projectName,
      address: unitAddressLabel(unit),
      ownerName: unit.ownerName,
    };
    if (document === 'inspection_record') {
      const inspection = await this.repository.inspection(manager, unit.id);
      return {
        document,
        ...heading,
        inspectedAt: inspection.at ? new Date(inspection.at).toISOString() : null,
        items: inspection.items,
      };
    }
    const [keys, documents, payments] = await Promise.all([
      this.repository.ownerKeys(manager, unit.id),
      this.repository.handedDocuments(manager, unit.id),
      this.repository.payments(manager, unit.id),
    ]);
    return { document, ...heading, keys, documents, payments };
  }
}

/** The notice's amounts by the functions the owner's notice and the desk use (unit-dues.ts), so the three agree. */
function noticeDues(unit: PrintUnitRow, settings: ProjectFeeSettingsEntity | null): NoticeDues {
  const difference = areaDifferenceOf(unit, settings);
  const fees = settings ? feesOf(unit, settings).fees : null;
  return {
    areaDifference: { direction: difference.direction, amountFen: difference.amountFen },
    fees:
      settings && fees
        ? {
            prepaidMonths: settings.prepaidMonths,
            propertyFeePrepaymentFen: fees.propertyFeePrepaymentFen,
            deedTaxFen: fees.deedTaxFen,
            maintenanceFundFen: fees.maintenanceFundFen,
          }
        : null,
    dueFen: difference.amountFen + (fees?.totalFen ?? 0),
  };
}

const KEY_HOLDERS: Record<string, string> = { contractor: '施工单位保管', property: '物业保管', owner: '已交业主' };

function assertSignable(unit: DocumentUnit, document: OwnerDocument): void {
  const state = unit.handoverState === 'objected' ? unit.handoverResumeFrom : unit.handoverState;
  if (state === 'refused') throw new ApiError(HttpStatus.CONFLICT, 'OWNER_SIGNATURE_CLOSED', { document });
  const after = SIGNABLE_AFTER[document];
  const reached = isUnitHandoverStep(state) ? UNIT_HANDOVER_STEPS.indexOf(state) : -1;
  if (reached < UNIT_HANDOVER_STEPS.indexOf(after)) {
    throw new ApiError(HttpStatus.CONFLICT, 'OWNER_SIGNATURE_NOT_YET', { document, after });
  }
}
