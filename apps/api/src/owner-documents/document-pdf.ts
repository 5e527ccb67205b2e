import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import { formatFen } from '@handover/domain';

/**
 * The owner documents as PDF, drawn with pdfkit (a maintained, pure-JS PDF writer that embeds TrueType fonts through
 * fontkit, subset to the glyphs used, so a page with Chinese text stays a few tens of KB). The CJK font is Noto Sans
 * SC Regular from the npm package @expo-google-fonts/noto-sans-sc (a TTF; never a system font).
 *
 * Everything drawn comes from the content snapshot given (stored with the signature), and the document's dates are
 * the signing time, so the same snapshot renders the same bytes: the PDF's SHA-256 is reproducible.
 */

export const OWNER_DOCUMENTS = ['inspection_record', 'handover_confirmation'] as const;
export type OwnerDocument = (typeof OWNER_DOCUMENTS)[number];
export const PRINT_DOCUMENTS = ['notice', 'inspection_record', 'key_handover'] as const;
export type PrintDocument = (typeof PRINT_DOCUMENTS)[number];

export const DOCUMENT_TITLES: Record<OwnerDocument | PrintDocument, string> = {
  inspection_record: '验房单',
  handover_confirmation: '收楼确认书',
  notice: '交付通知书',
  key_handover: '钥匙交接记录',
};

const FONT_PATH = require.resolve('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf');
let fontBytes: Buffer | null = null;
function cjkFont(): Buffer {
  fontBytes ??= readFileSync(FONT_PATH);
  return fontBytes;
}

export interface UnitHeading {
  projectName: string;
  /** e.g. '1栋2单元301' */
  address: string;
  ownerName: string;
}

export interface InspectionRecordContent extends UnitHeading {
  document: 'inspection_record';
  inspectedAt: string | null;
  items: { description: string; status: 'fixed_on_spot' | 'logged_for_repair' }[];
}

export interface HandoverConfirmationContent extends UnitHeading {
  document: 'handover_confirmation';
  keys: { label: string }[];
  documents: { qualityGuarantee: boolean; userManual: boolean; ownerHandbook: boolean } | null;
  /** amounts paid at handover, integer fen; null when the kind was not paid */
  payments: {
    kind: 'area_difference' | 'property_fee' | 'deed_tax' | 'maintenance_fund';
    amountFen: number;
    receiptNo: string;
  }[];
}

export type OwnerDocumentContent = InspectionRecordContent | HandoverConfirmationContent;

export interface SignedDocument {
  content: OwnerDocumentContent;
  signaturePng: Buffer;
  signedAt: Date;
  /** the project's IANA time zone */
  timeZone: string;
}

const ITEM_STATUS: Record<InspectionItemStatusKey, string> = {
  fixed_on_spot: '已现场整改',
  logged_for_repair: '已登记维修',
};
type InspectionItemStatusKey = InspectionRecordContent['items'][number]['status'];

export const PAYMENT_LABELS: Record<HandoverConfirmationContent['payments'][number]['kind'], string> = {
  area_difference: '面积补差',
  property_fee: '物业费预收',
  deed_tax: '契税（代收）',
  maintenance_fund: '公共维修基金（代收）',
};

/** SHA-256 (hex) of what is signed: the canonical JSON of the content snapshot, then the signature image. */
export function contentHash(content: OwnerDocumentContent, signaturePng: Buffer): string {
  return createHash('sha256').update(canonicalJson(content)).update('\n').update(signaturePng).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** '2026-12-03 18:20' in the given time zone. */
export function formatLocalTime(instant: Date, timeZone: string): string {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

export function yuan(fen: number): string {
  return `${formatFen(fen)} 元`;
}

/** A new A4 document with the CJK font registered and its dates fixed (no 'now' in the bytes). */
export function newDocument(title: string, createdAt: Date): PDFKit.PDFDocument {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 56,
    autoFirstPage: false,
    info: { Title: title, Producer: 'handover', Creator: 'handover', CreationDate: createdAt, ModDate: createdAt },
  });
  doc.registerFont('cjk', cjkFont());
  doc.font('cjk');
  return doc;
}

/**
 * Empties pdfkit's text layout caches (one per font, kept for the document's life and keyed by each space-separated
 * run of text: Chinese lines have no spaces, so each line with a name or an address is an entry of its own, 8-12 KB a
 * page of a building print). The building print calls it between batches: memory stays that of a batch, while the
 * widths of the characters are still reused across a batch's pages (no cache at all costs about twice the CPU). The
 * bytes drawn are the same. pdfkit 0.17 keeps the fonts in `_fontFamilies`, each cache in `layoutCache`
 * (document-pdf.spec.ts checks both).
 */
export function forgetTextLayouts(doc: PDFKit.PDFDocument): void {
  const fonts = (doc as unknown as { _fontFamilies: Record<string, { layoutCache?: Record<string, unknown> }> })
    ._fontFamilies;
  for (const font of Object.values(fonts)) if (font.layoutCache) font.layoutCache = Object.create(null);
}

function heading(doc: PDFKit.PDFDocument, title: string, unit: UnitHeading): void {
  doc.addPage();
  doc.font('cjk').fontSize(22).fillColor('#000000').text(title, { align: 'center' });
  doc.moveDown(0.8);
  doc.fontSize(11);
  doc.text(`项目：${unit.projectName}`);
  doc.text(`房屋：${unit.address}`);
  doc.text(`业主：${unit.ownerName}`);
  doc.moveDown(0.6);
}

function section(doc: PDFKit.PDFDocument, label: string): void {
  doc.moveDown(0.4);
  doc.fontSize(13).text(label);
  doc.fontSize(11);
}

function signatureBlock(doc: PDFKit.PDFDocument, signed: SignedDocument, hash: string): void {
  section(doc, '业主签字');
  const top = doc.y + 4;
  doc.image(signed.signaturePng, doc.page.margins.left, top, { fit: [220, 90] });
  doc.y = top + 96;
  doc.text(`签字时间：${formatLocalTime(signed.signedAt, signed.timeZone)}（${signed.timeZone}）`);
  doc.fontSize(8).text(`内容校验值 SHA-256：${hash}`);
  doc.fontSize(11);
}

function drawOwnerDocument(doc: PDFKit.PDFDocument, signed: SignedDocument): void {
  const { content } = signed;
  const hash = contentHash(content, signed.signaturePng);
  heading(doc, DOCUMENT_TITLES[content.document], content);
  if (content.document === 'inspection_record') {
    if (content.inspectedAt) doc.text(`验房时间：${formatLocalTime(new Date(content.inspectedAt), signed.timeZone)}`);
    section(doc, '验房问题');
    if (content.items.length === 0) doc.text('无问题');
    content.items.forEach((item, index) =>
      doc.text(`${index + 1}. ${item.description}（${ITEM_STATUS[item.status]}）`),
    );
    doc.moveDown(0.4);
    doc.text('业主确认以上验房结果；已登记维修的问题转入保修处理。');
  } else {
    section(doc, '钥匙');
    if (content.keys.length === 0) doc.text('无');
    content.keys.forEach((key, index) => doc.text(`${index + 1}. ${key.label}`));
    section(doc, '资料');
    if (!content.documents) doc.text('尚未移交');
    else {
      const d = content.documents;
      doc.text(`《住宅质量保证书》：${d.qualityGuarantee ? '已收' : '未收'}`);
      doc.text(`《住宅使用说明书》：${d.userManual ? '已收' : '未收'}`);
      doc.text(`《业主手册》：${d.ownerHandbook ? '已收' : '未收'}`);
    }
    section(doc, '交付款项');
    if (content.payments.length === 0) doc.text('无');
    for (const payment of content.payments) {
      doc.text(`${PAYMENT_LABELS[payment.kind]}：${yuan(payment.amountFen)}（收据 ${payment.receiptNo}）`);
    }
    const total = content.payments.reduce((sum, payment) => sum + payment.amountFen, 0);
    doc.text(`合计：${yuan(total)}`);
    doc.moveDown(0.4);
    doc.text('业主确认已收楼，钥匙、资料与款项如上。');
  }
  signatureBlock(doc, signed, hash);
}

/** The signed document, whole, in memory (one page: small). */
export function renderOwnerDocument(signed: SignedDocument): Promise<Buffer> {
  const doc = newDocument(DOCUMENT_TITLES[signed.content.document], signed.signedAt);
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  drawOwnerDocument(doc, signed);
  doc.end();
  return done;
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The unit's amounts on its 交付通知书, integer fen, as the owner's notice and the desk compute them. */
export interface NoticeDues {
  areaDifference: { direction: 'refund' | 'owner_pays' | 'none'; amountFen: number };
  /** null while the project has no fee settings */
  fees: {
    prepaidMonths: number;
    propertyFeePrepaymentFen: number;
    deedTaxFen: number;
    maintenanceFundFen: number;
  } | null;
  /** what the owner pays at handover: the fees plus (or minus, for a refund) the area difference */
  dueFen: number;
}

/** One unit's pages of the building print. */
export interface PrintUnit extends UnitHeading {
  contractedAreaCenti: number;
  surveyedAreaCenti: number;
  handoverState: string;
  items: InspectionRecordContent['items'];
  keys: { label: string; status: string }[];
  dues: NoticeDues;
}

export interface PrintProject {
  projectName: string;
  firstHandoverDate: string;
  lastHandoverDate: string;
  centralizedDays: number;
  /** 交付地点, when the lead has set the notice */
  place: string | null;
  /** 携带材料; empty: the usual list */
  bringItems: string[];
}

const USUAL_BRING_ITEMS = ['身份证件', '购房合同', '本通知书'];

function area(centi: number): string {
  return `${(centi / 100).toFixed(2)} ㎡`;
}

/** Draws one page of the desk print for a unit. */
export function drawPrintPage(doc: PDFKit.PDFDocument, project: PrintProject, unit: PrintUnit, kind: PrintDocument) {
  heading(doc, DOCUMENT_TITLES[kind], unit);
  if (kind === 'notice') {
    drawNotice(doc, project, unit);
  } else if (kind === 'inspection_record') {
    section(doc, '验房问题');
    if (unit.items.length === 0) doc.text('无问题记录');
    unit.items.forEach((item, index) => doc.text(`${index + 1}. ${item.description}（${ITEM_STATUS[item.status]}）`));
    doc.moveDown(1);
    doc.text('业主签字：________________    验房人员：________________');
  } else {
    section(doc, '钥匙');
    if (unit.keys.length === 0) doc.text('无钥匙记录');
    unit.keys.forEach((key, index) => doc.text(`${index + 1}. ${key.label}（${key.status}）`));
    doc.moveDown(1);
    doc.text('业主签字：________________    物业经办：________________');
  }
}

/** 交付通知书: the same days, place, what to bring and amounts as the owner reads on the phone. */
function drawNotice(doc: PDFKit.PDFDocument, project: PrintProject, unit: PrintUnit): void {
  doc.text(`尊敬的${unit.ownerName}业主：`);
  doc.text(`您购买的${unit.address}已具备交付条件，请在集中交付期间前来办理收楼手续。`);
  section(doc, '交付安排');
  doc.text(
    `集中交付时间：${project.firstHandoverDate} 至 ${project.lastHandoverDate}（共 ${project.centralizedDays} 天）`,
  );
  if (project.place) doc.text(`交付地点：${project.place}`);
  doc.text(`请携带：${(project.bringItems.length > 0 ? project.bringItems : USUAL_BRING_ITEMS).join('、')}`);
  section(doc, '面积');
  const differenceCenti = unit.surveyedAreaCenti - unit.contractedAreaCenti;
  doc.text(
    `合同面积：${area(unit.contractedAreaCenti)}；实测面积：${area(unit.surveyedAreaCenti)}；` +
      `面积差：${differenceCenti > 0 ? '+' : ''}${area(differenceCenti)}`,
  );
  section(doc, '交付应缴/应退款项');
  const { areaDifference, fees, dueFen } = unit.dues;
  const difference = Math.abs(areaDifference.amountFen);
  doc.text(
    areaDifference.direction === 'refund'
      ? `面积补差（退还业主）：${yuan(difference)}`
      : areaDifference.direction === 'owner_pays'
        ? `面积补差（业主补缴）：${yuan(difference)}`
        : '面积补差：无',
  );
  if (fees) {
    doc.text(`物业费预收（${fees.prepaidMonths} 个月）：${yuan(fees.propertyFeePrepaymentFen)}`);
    doc.text(`${PAYMENT_LABELS.deed_tax}：${yuan(fees.deedTaxFen)}`);
    doc.text(`${PAYMENT_LABELS.maintenance_fund}：${yuan(fees.maintenanceFundFen)}`);
    doc.text(dueFen >= 0 ? `合计应缴：${yuan(dueFen)}` : `合计应退：${yuan(-dueFen)}`);
  } else {
    doc.text('物业费、契税及公共维修基金以交付现场核算为准。');
  }
}
