import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { apiAs, baseUrl, createUser, importUnits, screenshot, signIn, unique, type TestUser } from './support/stack';

/** A real 4×4 PNG (made with sharp): the API decodes the signature and refuses one that does not decode. */
const SIGNATURE_PNG =
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAACXBIWXMAAAPoAAAD6AG1e1JrAAAAEUlEQVQImWM4sWUBHDEQxwEAcGEhwchg/LYAAAAASUVORK5CYII=';

interface SmsMessage {
  toMasked: string;
  template: string;
  params: Record<string, string | number>;
}

/** The owner signs in as the phone app would (a code from the local SMS outbox, read by an admin); their token. */
async function ownerToken(request: APIRequestContext, admin: TestUser, phone: string): Promise<string> {
  const sent = await request.post(`${baseUrl()}/owner/sign-in/code`, { data: { phone } });
  expect(sent.status(), await sent.text()).toBe(202);
  const masked = `${phone.slice(0, 3)}****${phone.slice(-4)}`;
  let code = '';
  await expect(async () => {
    const outbox = await apiAs<{ items: SmsMessage[] }>(request, admin, 'GET', '/sms-outbox?pageSize=50');
    const message = outbox.items.find((m) => m.toMasked === masked && m.template === 'owner_sign_in_code');
    expect(message, `a code for ${masked} in the outbox`).toBeDefined();
    code = String(message!.params.code);
  }).toPass({ timeout: 10_000 });
  const signedIn = await request.post(`${baseUrl()}/owner/sign-in`, { data: { phone, code } });
  expect(signedIn.status(), await signedIn.text()).toBe(200);
  return ((await signedIn.json()) as { token: string }).token;
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

test("console: the unit page's 签字文件 after the owner signed the 验房单, and the grid's 打印整栋", async ({
  page,
  request,
}) => {
  const lead = await createUser(request, { name: `钱交付${unique()}`, role: 'project_lead' });
  const admin = await createUser(request, { name: `赵管理${unique()}`, role: 'admin' });
  const project = await apiAs<{ id: string }>(request, lead, 'POST', '/projects', {
    cityCompany: '杭州城市公司',
    name: `之江府-${unique()}`,
    batch: '二期',
    firstHandoverDate: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
    centralizedDays: 3,
  });
  const base = `/projects/${project.id}`;
  const phone = `138${String(Date.now() % 1e8).padStart(8, '0')}`;
  await importUnits(request, lead, project.id, [
    `8#,1,601,冯业主,${phone},98.20,98.20,28000.00,精装`,
    `8#,1,602,褚业主,138${String((Date.now() + 1) % 1e8).padStart(8, '0')},98.20,98.20,28000.00,精装`,
  ]);
  await apiAs(request, lead, 'PUT', `${base}/fee-settings`, {
    propertyFeePerSqmMonth: '3.50',
    deedTaxRateBp: 150,
    maintenanceFundPerSqm: '45.00',
  });
  const { units } = await apiAs<{ units: { id: string; room: string }[] }>(request, lead, 'GET', `${base}/units/grid`);
  const unitId = units.find((unit) => unit.room === '601')!.id;
  // through 验房: the 验房单 can be signed
  for (const [route, body] of [
    ['check-in', {}],
    ['settle-area', {}],
    ['pay-fees', {}],
    [
      'inspect',
      {
        team: { sales: '销售 周敏', engineering: '工程 刘工', property: '物业 陈管家' },
        defects: [{ description: '主卧门吸缺失', simple: true }],
      },
    ],
  ] as const) {
    await apiAs(request, lead, 'POST', `${base}/units/${unitId}/handover/${route}`, body);
  }
  const token = await ownerToken(request, admin, phone);
  const signing = await request.post(`${baseUrl()}/owner/me/units/${unitId}/signatures`, {
    headers: { Authorization: `Bearer ${token}` },
    data: { document: 'inspection_record', signaturePng: SIGNATURE_PNG },
  });
  expect(signing.status(), await signing.text()).toBe(201);
  const signed = (await signing.json()) as { pdfSha256: string };

  // the unit page: the 验房单 signed with its download, the 收楼确认书 not yet
  await signIn(page, lead);
  await page.goto(`/console${base}/units/${unitId}`);
  const block = page.getByTestId('signed-documents');
  await expect(block.getByTestId('signed-document-inspection_record')).toHaveAttribute('data-signed', 'true');
  await expect(block.getByTestId('signed-document-inspection_record')).toContainText('已签字');
  await expect(block.getByTestId('signed-document-inspection_record')).toContainText(signed.pdfSha256.slice(0, 16));
  await expect(block.getByTestId('signed-document-handover_confirmation')).toHaveAttribute('data-signed', 'false');
  await expect(block.getByTestId('download-handover_confirmation')).toBeDisabled();
  await block.scrollIntoViewIfNeeded();
  await screenshot(page, '08c-unit-signed-documents');
  const downloading = page.waitForEvent('download');
  await block.getByTestId('download-inspection_record').click();
  const pdf = await downloading;
  expect(pdf.suggestedFilename()).toBe('8#-1-601-验房单.pdf');
  // the bytes the owner signed
  expect(sha256(await readFile((await pdf.path())!))).toBe(signed.pdfSha256);

  // the grid: once 8# is picked, its print (two units × the ticked pages)
  await page.goto(`/console${base}/units`);
  await expect(page.getByTestId('print-pick-building')).toBeVisible();
  await page.goto(`/console${base}/units?building=${encodeURIComponent('8#')}`);
  const print = page.getByTestId('print-building');
  await expect(print).toHaveText('打印整栋');
  await page.getByTestId('print-documents').getByText('钥匙交接记录').click();
  await expect(page.getByRole('checkbox', { name: '钥匙交接记录' })).not.toBeChecked();
  await expect(page.getByRole('checkbox', { name: '验房单' })).toBeChecked();
  await screenshot(page, '07a-unit-grid-print');
  const printing = page.waitForEvent('download');
  await print.click();
  const file = await printing;
  expect(file.suggestedFilename()).toBe('8#-交付资料.pdf');
  const bytes = await readFile((await file.path())!);
  expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
  // 2 units × (交付通知书, 验房单)
  expect(bytes.toString('latin1').match(/\/Type\s*\/Page[^s]/g)).toHaveLength(4);
  await expect(page.getByRole('alert')).toHaveCount(0);
});
