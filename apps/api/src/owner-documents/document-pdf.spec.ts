import sharp from 'sharp';
import {
  contentHash,
  drawPrintPage,
  forgetTextLayouts,
  newDocument,
  renderOwnerDocument,
  sha256,
  type SignedDocument,
} from './document-pdf';
import { inspectPdf } from './pdf-inspect';

/** A unit with no area difference, in a project with no fee settings yet. */
const NO_FEES = { areaDifference: { direction: 'none' as const, amountFen: 0 }, fees: null, dueFen: 0 };

async function signaturePng(): Promise<Buffer> {
  const stroke =
    '<svg width="300" height="120"><path d="M10 100 C 80 10, 160 10, 290 100" stroke="black" stroke-width="6" fill="none"/></svg>';
  return sharp({ create: { width: 300, height: 120, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
    .composite([{ input: Buffer.from(stroke) }])
    .png()
    .toBuffer();
}

async function confirmation(): Promise<SignedDocument> {
  return {
    content: {
      document: 'handover_confirmation',
      projectName: '滨江花园一期',
      address: '1栋2单元301',
      ownerName: '张三',
      keys: [{ label: '入户门钥匙 A' }, { label: '信箱钥匙' }],
      documents: { qualityGuarantee: true, userManual: true, ownerHandbook: false },
      payments: [
        { kind: 'area_difference', amountFen: -123456, receiptNo: 'R-0001' },
        { kind: 'property_fee', amountFen: 360000, receiptNo: 'R-0002' },
        { kind: 'deed_tax', amountFen: 1234500, receiptNo: 'R-0003' },
        { kind: 'maintenance_fund', amountFen: 1000001, receiptNo: 'R-0004' },
      ],
    },
    signaturePng: await signaturePng(),
    signedAt: new Date('2026-12-03T10:05:00Z'),
    timeZone: 'Asia/Shanghai',
  };
}

jest.setTimeout(60_000);

describe('owner document PDFs', () => {
  it('收楼确认书 holds the unit, keys, documents, the amounts in yuan, local signing time and the content hash', async () => {
    const signed = await confirmation();
    const pdf = await renderOwnerDocument(signed);
    const { pages, texts } = await inspectPdf(pdf);
    expect(pages).toBe(1);
    const text = texts[0];
    for (const expected of [
      '收楼确认书',
      '项目：滨江花园一期',
      '房屋：1栋2单元301',
      '业主：张三',
      '1. 入户门钥匙 A',
      '2. 信箱钥匙',
      '《住宅质量保证书》：已收',
      '《业主手册》：未收',
      '面积补差：-1,234.56 元（收据 R-0001）',
      '物业费预收：3,600.00 元',
      '契税（代收）：12,345.00 元',
      '公共维修基金（代收）：10,000.01 元',
      '合计：24,710.45 元',
      '签字时间：2026-12-03 18:05（Asia/Shanghai）',
      `SHA-256：${contentHash(signed.content, signed.signaturePng)}`,
    ]) {
      expect(text).toContain(expected);
    }
    // a subset of the font is embedded: the page stays small
    expect(pdf.length).toBeLessThan(80_000);
  });

  it('验房单 lists the inspection items with their status', async () => {
    const signed: SignedDocument = {
      ...(await confirmation()),
      content: {
        document: 'inspection_record',
        projectName: '滨江花园一期',
        address: '3栋1单元1802',
        ownerName: '李四',
        inspectedAt: '2026-12-03T02:30:00Z',
        items: [
          { description: '主卧墙面空鼓', status: 'logged_for_repair' },
          { description: '厨房插座面板松动', status: 'fixed_on_spot' },
        ],
      },
    };
    const { texts } = await inspectPdf(await renderOwnerDocument(signed));
    expect(texts[0]).toContain('验房单');
    expect(texts[0]).toContain('房屋：3栋1单元1802');
    expect(texts[0]).toContain('验房时间：2026-12-03 10:30');
    expect(texts[0]).toContain('1. 主卧墙面空鼓（已登记维修）');
    expect(texts[0]).toContain('2. 厨房插座面板松动（已现场整改）');
  });

  it('renders the same bytes from the same snapshot, other bytes when anything differs', async () => {
    const signed = await confirmation();
    const a = sha256(await renderOwnerDocument(signed));
    expect(sha256(await renderOwnerDocument(signed))).toBe(a);
    const changed = { ...signed, content: { ...signed.content, ownerName: '张三丰' } } as SignedDocument;
    expect(sha256(await renderOwnerDocument(changed))).not.toBe(a);
    expect(contentHash(changed.content, changed.signaturePng)).not.toBe(
      contentHash(signed.content, signed.signaturePng),
    );
  });

  it('draws the CJK title: the rendered page has dark pixels in the title band and the signature', async () => {
    const { png } = await inspectPdf(await renderOwnerDocument(await confirmation()), { png: true });
    const { data, info } = await sharp(png!).greyscale().raw().toBuffer({ resolveWithObject: true });
    const dark = (top: number, bottom: number) => {
      let count = 0;
      for (let y = Math.floor(top * info.height); y < Math.floor(bottom * info.height); y++) {
        for (let x = 0; x < info.width; x++) if (data[y * info.width + x] < 128) count++;
      }
      return count;
    };
    // A4 at 2x: the 22 pt title sits in the band 6–11 % from the top; a missing font would leave it blank or tofu
    expect(dark(0.06, 0.11)).toBeGreaterThan(2000);
    // the page is not all ink either
    expect(dark(0, 1)).toBeLessThan(info.width * info.height * 0.2);
  });

  it('the building print forgets text layouts between batches: the cache empties, the bytes stay the same', async () => {
    const layoutEntries = (doc: PDFKit.PDFDocument) =>
      Object.values(
        (doc as unknown as { _fontFamilies: Record<string, { layoutCache?: object }> })._fontFamilies,
      ).reduce((sum, font) => sum + Object.keys(font.layoutCache ?? {}).length, 0);
    const print = async (forgetEvery: number | null) => {
      const doc = newDocument('print', new Date('2026-12-03T10:05:00Z'));
      const chunks: Buffer[] = [];
      doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      const done = new Promise((resolve) => doc.on('end', resolve));
      const project = {
        projectName: '滨江花园一期',
        firstHandoverDate: '2026-12-01',
        lastHandoverDate: '2026-12-03',
        centralizedDays: 3,
        place: null,
        bringItems: [],
      };
      const counts: number[] = [];
      for (let i = 0; i < 6; i += 1) {
        const unit = {
          projectName: project.projectName,
          address: `1#-1-${101 + i}`,
          ownerName: `业主${i}`,
          contractedAreaCenti: 9000 + i,
          surveyedAreaCenti: 9050 + i,
          handoverState: 'not_started',
          items: [],
          keys: [],
          dues: NO_FEES,
        };
        drawPrintPage(doc, project, unit, 'notice');
        if (forgetEvery !== null && i % forgetEvery === forgetEvery - 1) {
          counts.push(layoutEntries(doc));
          forgetTextLayouts(doc);
          counts.push(layoutEntries(doc));
        }
      }
      doc.end();
      await done;
      return { pdf: Buffer.concat(chunks), counts };
    };
    const kept = await print(null);
    const forgotten = await print(2);
    expect(forgotten.counts).toHaveLength(6);
    forgotten.counts.forEach((count, index) => (index % 2 ? expect(count).toBe(0) : expect(count).toBeGreaterThan(10)));
    expect(sha256(forgotten.pdf)).toBe(sha256(kept.pdf));
    expect((await inspectPdf(forgotten.pdf)).pages).toBe(6);
  });

  it('prints the notice as the owner reads it: days, place, what to bring, the area difference and the amounts', async () => {
    const doc = newDocument('print', new Date('2026-12-03T10:05:00Z'));
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = new Promise((resolve) => doc.on('end', resolve));
    const project = {
      projectName: '滨江花园一期',
      firstHandoverDate: '2027-02-01',
      lastHandoverDate: '2027-02-03',
      centralizedDays: 3,
      place: '3号楼一层交付中心',
      bringItems: ['身份证原件', '购房合同'],
    };
    const unit = {
      projectName: project.projectName,
      address: '8#-1-601',
      ownerName: '吴业主',
      contractedAreaCenti: 11820,
      surveyedAreaCenti: 11805,
      handoverState: 'not_started',
      items: [],
      keys: [],
    };
    drawPrintPage(
      doc,
      project,
      {
        ...unit,
        dues: {
          areaDifference: { direction: 'refund', amountFen: -465_000 },
          fees: {
            prepaidMonths: 3,
            propertyFeePrepaymentFen: 123_953,
            deedTaxFen: 5_496_300,
            maintenanceFundFen: 531_225,
          },
          dueFen: 5_686_478,
        },
      },
      'notice',
    );
    // before the fee settings: the area difference only, and no total
    drawPrintPage(doc, { ...project, place: null, bringItems: [] }, { ...unit, dues: NO_FEES }, 'notice');
    doc.end();
    await done;
    const { pages, texts } = await inspectPdf(Buffer.concat(chunks));
    expect(pages).toBe(2);
    expect(texts[0]).toContain('集中交付时间：2027-02-01 至 2027-02-03（共 3 天）');
    expect(texts[0]).toContain('交付地点：3号楼一层交付中心');
    expect(texts[0]).toContain('请携带：身份证原件、购房合同');
    expect(texts[0]).toContain('面积差：-0.15 ㎡');
    expect(texts[0]).toContain('面积补差（退还业主）：4,650.00 元');
    expect(texts[0]).toContain('物业费预收（3 个月）：1,239.53 元');
    expect(texts[0]).toContain('契税（代收）：54,963.00 元');
    expect(texts[0]).toContain('公共维修基金（代收）：5,312.25 元');
    expect(texts[0]).toContain('合计应缴：56,864.78 元');
    expect(texts[1]).not.toContain('交付地点');
    expect(texts[1]).toContain('请携带：身份证件、购房合同、本通知书');
    expect(texts[1]).toContain('面积补差：无');
    expect(texts[1]).toContain('物业费、契税及公共维修基金以交付现场核算为准。');
    expect(texts[1]).not.toContain('合计');
  });
});
