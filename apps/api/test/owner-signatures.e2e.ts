import { createHash, randomInt } from 'node:crypto';
import sharp from 'sharp';
import { DataSource } from 'typeorm';
import { formatFen, UNIT_HANDOVER_STEPS, type UnitHandoverStep } from '@handover/domain';
import { inspectPdf } from '../src/owner-documents/pdf-inspect';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertKey, insertUnit, launchRequest } from '../../../test/factories';

const ROUTES: Record<UnitHandoverStep, string> = {
  checked_in: 'check-in',
  area_settled: 'settle-area',
  fees_paid: 'pay-fees',
  inspected: 'inspect',
  keys_handed_over: 'hand-over-keys',
  documents_handed_over: 'hand-over-documents',
  gift_recorded: 'record-gift',
  handed_over: 'complete',
};
const BODIES: Partial<Record<UnitHandoverStep, object>> = {
  inspected: {
    team: { sales: '销售 周敏', engineering: '工程 刘工', property: '物业 陈管家' },
    defects: [
      { description: '主卧门吸缺失', simple: true },
      { description: '卫生间墙面空鼓约 0.3m²', simple: false },
    ],
  },
  documents_handed_over: { qualityGuarantee: true, userManual: true, ownerHandbook: true },
};

const newPhone = () => `137${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Collects a binary response body (supertest leaves application/pdf unparsed otherwise). */
function binary(response: unknown, callback: (error: Error | null, body: Buffer) => void) {
  const chunks: Buffer[] = [];
  const stream = response as NodeJS.ReadableStream;
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => callback(null, Buffer.concat(chunks)));
}

/** 签字确认 (issue 17): the owner signs the 验房单 and 收楼确认书; the PDFs for owner and staff; the building print. */
describe('owner signatures and handover document PDFs', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let finance: TestUser;
  let property: TestUser;
  let sales: TestUser;
  let otherLead: TestUser;
  let projectId: string;
  let signaturePng: string;

  const http = () => stack.http();
  const asOwner = (token: string) => ({ Authorization: `Bearer ${token}`, 'Accept-Language': 'en' });
  const signedIn = (phone: string) => stack.ownerToken(phone);
  const actorFor = (step: UnitHandoverStep): TestUser =>
    step === 'area_settled' || step === 'fees_paid' ? finance : step === 'keys_handed_over' ? property : sales;
  /** Records the steps after the unit's current state, through `through`. */
  async function walk(unitId: string, through: UnitHandoverStep): Promise<void> {
    const [{ state }] = (await db.query(`SELECT handover_state AS state FROM units WHERE id = $1`, [unitId])) as {
      state: string;
    }[];
    const from = UNIT_HANDOVER_STEPS.indexOf(state as UnitHandoverStep) + 1;
    for (const step of UNIT_HANDOVER_STEPS.slice(from)) {
      await http()
        .post(`/projects/${projectId}/units/${unitId}/handover/${ROUTES[step]}`)
        .set(bearer(actorFor(step)))
        .send(BODIES[step] ?? {})
        .expect(200);
      if (step === through) break;
    }
  }
  const sign = (token: string, unitId: string, document: string, png = signaturePng) =>
    http().post(`/owner/me/units/${unitId}/signatures`).set(asOwner(token)).send({ document, signaturePng: png });
  const ownerPdf = (token: string, unitId: string, document: string) =>
    http().get(`/owner/me/units/${unitId}/documents/${document}.pdf`).set(asOwner(token)).buffer(true).parse(binary);

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    otherLead = await stack.user('project_lead');
    finance = await stack.user('department_head', 'finance');
    property = await stack.user('department_head', 'property');
    sales = await stack.user('department_head', 'sales');
    projectId = await stack.launchProject(
      lead,
      launchRequest({ departmentHeadIds: [finance.id, property.id, sales.id] }),
    );
    await stack.launchProject(otherLead, launchRequest());
    await http()
      .put(`/projects/${projectId}/fee-settings`)
      .set(bearer(lead))
      .send({ propertyFeePerSqmMonth: '3.50', deedTaxRateBp: 150, maintenanceFundPerSqm: '45.00' })
      .expect(200);
    const stroke =
      '<svg width="300" height="120"><path d="M10 100 C 80 10, 160 10, 290 100" stroke="black" stroke-width="6" fill="none"/></svg>';
    const png = await sharp({
      create: { width: 300, height: 120, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } },
    })
      .composite([{ input: Buffer.from(stroke) }])
      .png()
      .toBuffer();
    signaturePng = `data:image/png;base64,${png.toString('base64')}`;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it('refuses a signature before its step (409) and a bad image (400); signs once; the PDF holds the records', async () => {
    const phone = newPhone();
    const unit = await insertUnit(db, {
      projectId,
      building: '7#',
      unitNo: '2',
      room: '1801',
      ownerName: '陈业主',
      ownerPhone: phone,
      contractedAreaCenti: 9000,
      surveyedAreaCenti: 9100,
      priceFenPerSqm: 2_000_000,
    });
    // the unit's door key, with the property company: 钥匙交接 hands it to the owner
    await insertKey(db, { projectId, unitId: unit.id, label: '7#-2-1801 入户门', holder: 'property' });
    const token = await signedIn(phone);

    // not checked in: neither document
    const early = await sign(token, unit.id, 'inspection_record').expect(409);
    expect(early.body.code).toBe('OWNER_SIGNATURE_NOT_YET');
    await walk(unit.id, 'fees_paid');
    await sign(token, unit.id, 'inspection_record').expect(409);
    const draft = (document: string) =>
      http().get(`/owner/me/units/${unit.id}/documents/${document}/draft`).set(asOwner(token));
    expect((await draft('inspection_record').expect(409)).body.code).toBe('OWNER_SIGNATURE_NOT_YET');
    await walk(unit.id, 'inspected');
    // what the owner reads before signing: the items as the PDF will print them
    const inspectionDraft = (await draft('inspection_record').expect(200)).body;
    expect(inspectionDraft).toMatchObject({ document: 'inspection_record', address: '7#-2-1801', ownerName: '陈业主' });
    expect(
      inspectionDraft.items.map((item: { description: string; status: string }) => [item.description, item.status]),
    ).toEqual([
      ['主卧门吸缺失', 'fixed_on_spot'],
      ['卫生间墙面空鼓约 0.3m²', 'logged_for_repair'],
    ]);
    await draft('lease').expect(404);
    expect((await draft('handover_confirmation').expect(409)).body.code).toBe('OWNER_SIGNATURE_NOT_YET');
    // the confirmation waits for the keys
    expect((await sign(token, unit.id, 'handover_confirmation').expect(409)).body.code).toBe('OWNER_SIGNATURE_NOT_YET');

    // bad images: not PNG, PNG magic with garbage, too large, not base64, unknown document
    const jpeg = await sharp({ create: { width: 10, height: 10, channels: 3, background: '#000' } })
      .jpeg()
      .toBuffer();
    for (const bad of [
      `data:image/jpeg;base64,${jpeg.toString('base64')}`,
      jpeg.toString('base64'),
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 7)]).toString(
        'base64',
      ),
      Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(300_000)]).toString(
        'base64',
      ),
      'not base64 at all!',
    ]) {
      const refused = await sign(token, unit.id, 'inspection_record', bad);
      // an oversized body stops at the body parser (413); the others reach the PNG check
      expect([400, 413]).toContain(refused.status);
    }
    await sign(token, unit.id, 'lease').expect(400);

    const signed = await sign(token, unit.id, 'inspection_record').expect(201);
    expect(signed.body).toMatchObject({
      document: 'inspection_record',
      pdfSha256: expect.stringMatching(/^[0-9a-f]{64}$/),
    });
    const again = await sign(token, unit.id, 'inspection_record').expect(409);
    expect(again.body.code).toBe('OWNER_SIGNATURE_ALREADY');

    const pdf = await ownerPdf(token, unit.id, 'inspection_record')
      .expect(200)
      .expect('content-type', /application\/pdf/);
    const bytes = pdf.body as Buffer;
    expect(sha256(bytes)).toBe(signed.body.pdfSha256);
    expect(pdf.headers['x-content-sha256']).toBe(signed.body.pdfSha256);
    const { texts } = await inspectPdf(bytes);
    expect(texts[0]).toContain('验房单');
    expect(texts[0]).toContain('房屋：7#-2-1801');
    expect(texts[0]).toContain('业主：陈业主');
    // both items with their outcome, numbered in the order the team listed them
    expect(texts[0]).toContain('1. 主卧门吸缺失（已现场整改）');
    expect(texts[0]).toContain('2. 卫生间墙面空鼓约 0.3m²（已登记维修）');
    expect(texts[0]).toContain(signed.body.contentSha256);

    // the staff download: same bytes
    const staff = await http()
      .get(`/projects/${projectId}/units/${unit.id}/documents/inspection_record.pdf`)
      .set(bearer(sales))
      .buffer(true)
      .parse(binary)
      .expect(200);
    expect(sha256(staff.body as Buffer)).toBe(signed.body.pdfSha256);

    // audit: the owner's session, not the phone or the name
    const audit = (await db.query(
      `SELECT actor_role, actor_id, after FROM audit_log WHERE action = 'owner.document_signed' AND entity_id = $1`,
      [(await db.query(`SELECT id FROM owner_signatures WHERE unit_id = $1`, [unit.id]))[0].id],
    )) as { actor_role: string; actor_id: string; after: object }[];
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actor_role).toBe('owner');
    expect(JSON.stringify(audit[0])).not.toContain(phone);
    expect(JSON.stringify(audit[0])).not.toContain('陈业主');

    // 收楼确认书 after the keys and documents: keys, documents and the amounts paid, in yuan from the stored fen
    await walk(unit.id, 'documents_handed_over');
    const confirmationDraft = (
      await http()
        .get(`/owner/me/units/${unit.id}/documents/handover_confirmation/draft`)
        .set(asOwner(token))
        .expect(200)
    ).body;
    expect(confirmationDraft.payments).toHaveLength(4);
    expect(confirmationDraft.documents).toEqual({ qualityGuarantee: true, userManual: true, ownerHandbook: true });
    const confirmation = await sign(token, unit.id, 'handover_confirmation').expect(201);
    const paid = (await db.query(`SELECT kind, amount_fen FROM payments WHERE unit_id = $1`, [unit.id])) as {
      kind: string;
      amount_fen: string;
    }[];
    expect(paid.length).toBe(4);
    const confirmationPdf = (await ownerPdf(token, unit.id, 'handover_confirmation').expect(200)).body as Buffer;
    expect(sha256(confirmationPdf)).toBe(confirmation.body.pdfSha256);
    const text = (await inspectPdf(confirmationPdf)).texts[0]!;
    const labels: Record<string, string> = {
      area_difference: '面积补差',
      property_fee: '物业费预收',
      deed_tax: '契税（代收）',
      maintenance_fund: '公共维修基金（代收）',
    };
    for (const payment of paid) {
      expect(text).toContain(`${labels[payment.kind]}：${formatFen(Number(payment.amount_fen))} 元`);
    }
    // 1 m² more at 20,000 yuan per m²
    expect(text).toContain('面积补差：20,000.00 元');
    expect(text).toContain(`合计：${formatFen(paid.reduce((sum, p) => sum + Number(p.amount_fen), 0))} 元`);
    expect(text).toContain('《业主手册》：已收');
    expect(text).toContain('收楼确认书');

    const list = await http().get(`/owner/me/units/${unit.id}/documents`).set(asOwner(token)).expect(200);
    expect(list.body.items.map((item: { document: string }) => item.document)).toEqual([
      'inspection_record',
      'handover_confirmation',
    ]);
    // staff see the same list (the console's 签字文件 block), with the hashes of the PDFs they download
    const staffList = await http()
      .get(`/projects/${projectId}/units/${unit.id}/documents`)
      .set(bearer(sales))
      .expect(200);
    expect(staffList.body).toEqual(list.body);
    expect(staffList.body.items.map((item: { pdfSha256: string }) => item.pdfSha256)).toEqual([
      signed.body.pdfSha256,
      confirmation.body.pdfSha256,
    ]);

    // another household: 404 on sign, list and download; another project's staff: 404
    const strangerPhone = newPhone().replace(/^137/, '136');
    await insertUnit(db, { projectId, ownerPhone: strangerPhone });
    const stranger = await signedIn(strangerPhone);
    await http().get(`/owner/me/units/${unit.id}/documents`).set(asOwner(stranger)).expect(404);
    await ownerPdf(stranger, unit.id, 'inspection_record').expect(404);
    await sign(stranger, unit.id, 'inspection_record').expect(404);
    await http().get(`/owner/me/units/${unit.id}/documents/inspection_record/draft`).set(asOwner(stranger)).expect(404);
    await http()
      .get(`/projects/${projectId}/units/${unit.id}/documents/inspection_record.pdf`)
      .set(bearer(otherLead))
      .expect(404);
    await http().get(`/projects/${projectId}/units/${unit.id}/documents`).set(bearer(otherLead)).expect(404);
    // not yet signed / unknown document
    const other = await insertUnit(db, { projectId, ownerPhone: phone });
    expect(
      (await http().get(`/projects/${projectId}/units/${other.id}/documents`).set(bearer(sales)).expect(200)).body,
    ).toEqual({ items: [] });
    expect((await ownerPdf(token, other.id, 'inspection_record').expect(404)).body).toBeDefined();
    await ownerPdf(token, unit.id, 'lease').expect(404);
  });

  it('prints a whole building: one page per unit per document, units in order', async () => {
    const rooms = ['101', '102', '201', '1001'];
    const phones: string[] = [];
    for (const [index, room] of rooms.entries()) {
      phones.push(newPhone());
      await insertUnit(db, {
        projectId,
        building: '9#',
        unitNo: '1',
        room,
        ownerName: `业主${index}`,
        ownerPhone: phones[index],
        contractedAreaCenti: 9000,
        surveyedAreaCenti: 9000 + index * 40,
        priceFenPerSqm: 2_000_000,
      });
    }
    await http()
      .put(`/projects/${projectId}/handover-notice`)
      .set(bearer(lead))
      .send({ place: '9号楼大堂交付中心', bringItems: ['身份证原件', '购房合同'] })
      .expect(200);
    const print = await http()
      .get(`/projects/${projectId}/buildings/${encodeURIComponent('9#')}/print.pdf`)
      .query({ documents: 'notice,inspection_record,key_handover' })
      .set(bearer(sales))
      .buffer(true)
      .parse(binary)
      .expect(200)
      .expect('content-type', /application\/pdf/);
    const { pages, texts } = await inspectPdf(print.body as Buffer);
    expect(pages).toBe(rooms.length * 3);
    rooms.forEach((room, index) => {
      expect(texts[index * 3]).toContain('交付通知书');
      expect(texts[index * 3]).toContain(`9#-1-${room}`);
      expect(texts[index * 3 + 1]).toContain('验房单');
      expect(texts[index * 3 + 2]).toContain('钥匙交接记录');
    });
    const notices = await http()
      .get(`/projects/${projectId}/buildings/${encodeURIComponent('9#')}/print.pdf?documents=notice`)
      .set(bearer(lead))
      .buffer(true)
      .parse(binary)
      .expect(200);
    const printed = await inspectPdf(notices.body as Buffer);
    expect(printed.pages).toBe(rooms.length);
    // each printed notice says what its owner reads on the phone: place, what to bring, the same amounts
    for (const [index, phone] of phones.entries()) {
      const token = await signedIn(phone);
      const [{ id: unitId }] = (await http().get('/owner/me/units').set(asOwner(token)).expect(200)).body.items;
      const notice = (await http().get(`/owner/me/units/${unitId}/notice`).set(asOwner(token)).expect(200)).body;
      const page = printed.texts[index]!;
      expect(page).toContain('交付地点：9号楼大堂交付中心');
      expect(page).toContain('请携带：身份证原件、购房合同');
      expect(page).toContain(`契税（代收）：${formatFen(notice.fees.deedTax.fen)} 元`);
      expect(page).toContain(`合计应缴：${formatFen(notice.due.fen)} 元`);
      if (notice.areaDifference.direction === 'owner_pays') {
        expect(page).toContain(`面积补差（业主补缴）：${formatFen(notice.areaDifference.amount.fen)} 元`);
      } else {
        expect(page).toContain('面积补差：无');
      }
    }
    await http().get(`/projects/${projectId}/buildings/nowhere/print.pdf`).set(bearer(lead)).expect(404);
    await http().get(`/projects/${projectId}/buildings/9%23/print.pdf?documents=lease`).set(bearer(lead)).expect(400);
    await http().get(`/projects/${projectId}/buildings/9%23/print.pdf`).set(bearer(otherLead)).expect(404);
  });
});
