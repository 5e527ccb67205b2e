import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertUnit, launchRequest, unitCsv } from '../../../test/factories';

/** An instant `days` from now, written with the +08:00 offset of Asia/Shanghai. */
function inDays(days: number, hour = 9): string {
  const date = new Date(Date.now() + days * 86_400_000);
  const day = new Date(date.getTime() + 8 * 3_600_000).toISOString().slice(0, 10);
  return `${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;
}

/**
 * Refusals of the field work answer with their stable code and params, and with a Chinese sentence when the caller
 * sends no Accept-Language (zh-CN is the default); the same refusal in English is the sentence the other suites assert.
 */
describe('coded refusals of the handover flow, keys, appointments and the unit list, in Chinese by default', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let projectId: string;

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    projectId = await stack.launchProject(lead, launchRequest());
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const chinese = () => bearer(lead, null);

  const unit = async (): Promise<string> => (await insertUnit(db, { projectId })).id;

  it('a handover step out of order: HANDOVER_STEP_OUT_OF_ORDER, the steps as params, step names in Chinese', async () => {
    const url = `/projects/${projectId}/units/${await unit()}/handover/settle-area`;
    const refused = await stack.http().post(url).set(chinese()).send({}).expect(409);
    expect(refused.body).toEqual({
      statusCode: 409,
      error: 'Conflict',
      code: 'HANDOVER_STEP_OUT_OF_ORDER',
      params: { step: 'area_settled', state: 'not_started', missingStep: 'checked_in' },
      message: '无法登记「面积补差结清」：业主尚未签到，请先办理签到。',
    });
    const english = await stack.http().post(url).set(bearer(lead)).send({}).expect(409);
    expect(english.body).toMatchObject({
      code: 'HANDOVER_STEP_OUT_OF_ORDER',
      message: 'Cannot record area difference settled: the owner has not checked in yet.',
    });
  });

  it('a loan of a key the property company does not hold: KEY_NOT_HELD, naming where the key is', async () => {
    const label = `户门-${randomUUID().slice(0, 8)}`;
    const [key] = (
      await stack
        .http()
        .post(`/projects/${projectId}/keys`)
        .set(chinese())
        .send({ unitId: await unit(), keys: [{ kind: 'unit_door', label }] })
        .expect(201)
    ).body as { id: string }[];
    const refused = await stack
      .http()
      .post(`/projects/${projectId}/keys/${key.id}/loans`)
      .set(chinese())
      .send({ borrower: '总包 王师傅' })
      .expect(409);
    expect(refused.body).toMatchObject({
      code: 'KEY_NOT_HELD',
      params: { action: 'lend', key: label, state: 'with_contractor', holder: 'contractor' },
      message: `钥匙 ${label} 目前在总包处；只有物业保管的钥匙才能借出。`,
    });
  });

  it('a booking of a full time slot: SLOT_FULL with its capacity', async () => {
    const slot = await stack
      .http()
      .post(`/projects/${projectId}/appointment-slots`)
      .set(chinese())
      .send({ kind: 'open_day', startsAt: inDays(30, 9), endsAt: inDays(30, 10), capacity: 1 })
      .expect(201);
    const book = async (unitId: string) =>
      stack
        .http()
        .post(`/projects/${projectId}/appointment-slots/${slot.body.id}/bookings`)
        .set(chinese())
        .send({ unitId });
    expect((await book(await unit())).status).toBe(201);
    const refused = await book(await unit());
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      code: 'SLOT_FULL',
      params: { capacity: 1 },
      message: '该时段已约满（共 1 个名额），请选择其他时段。',
    });
  });

  it('a unit list refused: CSV_CONTENT_TYPE for a JSON body, UNIT_IMPORT_REJECTED with the counts and each row problem in Chinese', async () => {
    const url = `/projects/${projectId}/units/import`;
    const notCsv = await stack.http().post(url).set(chinese()).send({ rows: [] }).expect(415);
    expect(notCsv.body).toMatchObject({
      code: 'CSV_CONTENT_TYPE',
      message: '请将房屋清单作为请求体上传，并使用 Content-Type: text/csv。',
    });
    const csv = unitCsv([{ ownerPhone: '12345' }, { contractedArea: '0' }], { header: 'en' });
    const refused = await stack.http().post(url).set(chinese()).set('Content-Type', 'text/csv').send(csv).expect(400);
    expect(refused.body).toMatchObject({
      code: 'UNIT_IMPORT_REJECTED',
      params: { problems: 2, rows: 2, shown: 0 },
      message: '未导入任何房屋：文件中 2 行共有 2 处问题。请逐条修改后重新上传整个文件。',
    });
    expect(refused.body.errors).toEqual([
      {
        row: 2,
        column: 'ownerPhone',
        code: 'UNIT_CSV_PHONE_INVALID',
        params: { column: 'ownerPhone' },
        problem:
          '业主电话既不是大陆手机号（11 位，以 13–19 开头），也不是带区号的固定电话（如 0571-88886666），请核对。',
      },
      {
        row: 3,
        column: 'contractedArea',
        code: 'UNIT_CSV_AREA_NOT_POSITIVE',
        params: { column: 'contractedArea' },
        problem: '「合同面积」必须大于 0 平方米。',
      },
    ]);
  });
});
