import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertUnit, launchRequest } from '../../../test/factories';
import { endOfLocalDay } from '../src/keys/end-of-local-day';

describe('key ledger (钥匙台账) through the API: transfer, loans, entrustment, concurrent handovers', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let property: TestUser;
  let engineering: TestUser;
  let projectId: string;

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    lead = await stack.user('project_lead');
    property = await stack.user('department_head', 'property');
    engineering = await stack.user('department_head', 'engineering');
    projectId = await stack.launchProject(lead, launchRequest({ departmentHeadIds: [property.id, engineering.id] }));
    await stack
      .http()
      .put(`/projects/${projectId}/fee-settings`)
      .set(bearer(lead))
      .send({ propertyFeePerSqmMonth: '2.80', deedTaxRateBp: 300, maintenanceFundPerSqm: '60' })
      .expect(200);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  const keysUrl = () => `/projects/${projectId}/keys`;

  const unit = async (): Promise<string> => (await insertUnit(db, { projectId })).id;

  async function register(
    unitId: string | undefined,
    keys: { kind: string; label: string }[],
    user: TestUser = property,
  ) {
    const response = await stack.http().post(keysUrl()).set(bearer(user)).send({ unitId, keys }).expect(201);
    return response.body as { id: string; label: string; holder: string }[];
  }

  async function keyWithProperty(): Promise<{ unitId: string; keyId: string }> {
    const unitId = await unit();
    const [key] = await register(unitId, [{ kind: 'unit_door', label: `户门-${unitId}` }]);
    await stack
      .http()
      .post(`${keysUrl()}/transfer`)
      .set(bearer(property))
      .send({ keyIds: [key.id] })
      .expect(200);
    return { unitId, keyId: key.id };
  }

  async function walkToInspected(unitId: string): Promise<void> {
    const base = `/projects/${projectId}/units/${unitId}/handover`;
    await stack.http().post(`${base}/check-in`).set(bearer(lead)).send({}).expect(200);
    await stack.http().post(`${base}/settle-area`).set(bearer(lead)).send({}).expect(200);
    await stack.http().post(`${base}/pay-fees`).set(bearer(lead)).send({}).expect(200);
    await stack
      .http()
      .post(`${base}/inspect`)
      .set(bearer(lead))
      .send({ team: { sales: 'S', engineering: 'E', property: 'P' } })
      .expect(200);
  }

  it('registers labelled keys of a unit and of public rooms, held by the contractor; labels are unique per project', async () => {
    const unitId = await unit();
    const keys = await register(unitId, [
      { kind: 'unit_door', label: `5#-2-户门-${unitId}` },
      { kind: 'mailbox', label: `5#-2-信箱-${unitId}` },
    ]);
    expect(keys.map((key) => key.holder)).toEqual(['contractor', 'contractor']);
    const publicRoom = await register(undefined, [{ kind: 'equipment_room', label: `5#-水泵房-${unitId}` }]);
    expect(publicRoom[0]).toMatchObject({ unitId: null, kind: 'equipment_room' });

    const duplicate = await stack
      .http()
      .post(keysUrl())
      .set(bearer(property))
      .send({ unitId, keys: [{ kind: 'unit_door', label: `5#-2-户门-${unitId}` }] })
      .expect(409);
    expect(duplicate.body.message).toContain(`5#-2-户门-${unitId}`);
    await stack
      .http()
      .post(keysUrl())
      .set(bearer(property))
      .send({ keys: [{ kind: 'unit_door', label: 'x' }] })
      .expect(400);
    await stack
      .http()
      .post(keysUrl())
      .set(bearer(property))
      .send({ unitId, keys: [{ kind: 'garage', label: 'x' }] })
      .expect(400);
    await stack
      .http()
      .post(keysUrl())
      .set(bearer(property))
      .send({ unitId: randomUUID(), keys: [{ kind: 'unit_door', label: 'y' }] })
      .expect(404);
    const forbidden = await stack
      .http()
      .post(keysUrl())
      .set(bearer(engineering))
      .send({ unitId, keys: [{ kind: 'unit_door', label: 'z' }] })
      .expect(403);
    expect(forbidden.body.message).toContain('property department head');

    const listed = await stack.http().get(keysUrl()).query({ unitId }).set(bearer(engineering)).expect(200);
    expect(listed.body.total).toBe(2);
    const stranger = await stack.user('department_head', 'property');
    await stack.http().get(keysUrl()).set(bearer(stranger)).expect(404);
  });

  it('transfers keys contractor → property in bulk, all or nothing', async () => {
    const unitId = await unit();
    const keys = await register(unitId, [
      { kind: 'unit_door', label: `T1-${unitId}` },
      { kind: 'mailbox', label: `T2-${unitId}` },
    ]);
    const ids = keys.map((key) => key.id);
    await stack
      .http()
      .post(`${keysUrl()}/transfer`)
      .set(bearer(property))
      .send({ keyIds: [ids[0]] })
      .expect(200);
    const partial = await stack
      .http()
      .post(`${keysUrl()}/transfer`)
      .set(bearer(property))
      .send({ keyIds: ids })
      .expect(409);
    expect(partial.body.message).toContain(`T1-${unitId} is with the property company`);
    const second = await stack.http().get(`${keysUrl()}/${ids[1]}`).set(bearer(engineering)).expect(200);
    expect(second.body).toMatchObject({ holder: 'contractor', movements: [] });
    const done = await stack
      .http()
      .post(`${keysUrl()}/transfer`)
      .set(bearer(lead))
      .send({ keyIds: [ids[1]] })
      .expect(200);
    expect(done.body.keys[0].holder).toBe('property');
    const history = await stack.http().get(`${keysUrl()}/${ids[1]}`).set(bearer(engineering)).expect(200);
    expect(history.body.movements).toMatchObject([
      { kind: 'transfer', fromHolder: 'contractor', toHolder: 'property', by: lead.id },
    ]);
  });

  it('of two simultaneous transfers of the same key exactly one wins, the other gets 409', async () => {
    const unitId = await unit();
    const [key] = await register(unitId, [{ kind: 'unit_door', label: `R-${unitId}` }]);
    const send = () =>
      stack
        .http()
        .post(`${keysUrl()}/transfer`)
        .set(bearer(property))
        .send({ keyIds: [key.id] });
    const statuses = (await Promise.all([send(), send()])).map((response) => response.status).sort();
    expect(statuses).toEqual([200, 409]);
    const movements = await db.query(`SELECT count(*)::int AS n FROM key_movements WHERE key_id = $1`, [key.id]);
    expect(movements[0].n).toBe(1);
  });

  it("of two simultaneous handovers of a unit's key to the owner exactly one wins, the other gets 409", async () => {
    const { unitId, keyId } = await keyWithProperty();
    await walkToInspected(unitId);
    const send = () =>
      stack
        .http()
        .post(`/projects/${projectId}/units/${unitId}/handover/hand-over-keys`)
        .set(bearer(property))
        .send({});
    const responses = await Promise.all([send(), send()]);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 409]);
    const loser = responses.find((response) => response.status === 409)!;
    expect(loser.body.message).toContain('keys have already been handed over');
    const rows = await db.query(`SELECT holder FROM keys WHERE id = $1`, [keyId]);
    expect(rows).toEqual([{ holder: 'owner' }]);
    const toOwner = await db.query(
      `SELECT count(*)::int AS n FROM key_movements WHERE key_id = $1 AND to_holder = 'owner'`,
      [keyId],
    );
    expect(toOwner[0].n).toBe(1);
  });

  it('lends a key until the end of the local day, refuses a second loan, and takes it back', async () => {
    const { keyId } = await keyWithProperty();
    const before = Date.now();
    const lent = await stack
      .http()
      .post(`${keysUrl()}/${keyId}/loans`)
      .set(bearer(property))
      .send({ borrower: '总包 王师傅' })
      .expect(201);
    const expected = endOfLocalDay(before, 'Asia/Shanghai');
    expect(lent.body.movement).toMatchObject({
      kind: 'loan',
      fromHolder: 'property',
      toHolder: 'contractor',
      borrower: '总包 王师傅',
      returnedAt: null,
    });
    expect(lent.body.movement.dueBackAt).toBe(expected.dueBackAt.toISOString());
    expect(lent.body.dueBackLocalDate).toBe(expected.localDate);
    expect(lent.body.key.holder).toBe('contractor');

    const again = await stack
      .http()
      .post(`${keysUrl()}/${keyId}/loans`)
      .set(bearer(property))
      .send({ borrower: 'B' })
      .expect(409);
    expect(again.body.message).toContain('already on loan to 总包 王师傅');
    const overdue = await stack.http().get(`${keysUrl()}/overdue-loans`).set(bearer(engineering)).expect(200);
    expect(overdue.body.items.map((item: { keyId: string }) => item.keyId)).not.toContain(keyId);

    const returned = await stack.http().post(`${keysUrl()}/${keyId}/return`).set(bearer(property)).send({}).expect(200);
    expect(returned.body).toMatchObject({ late: false, key: { holder: 'property' } });
    expect(returned.body.movement.returnedAt).not.toBeNull();
    await stack.http().post(`${keysUrl()}/${keyId}/return`).set(bearer(property)).send({}).expect(409);
    await stack.http().post(`${keysUrl()}/${keyId}/loans`).set(bearer(engineering)).send({ borrower: 'B' }).expect(403);

    const contractorKey = await register(await unit(), [{ kind: 'unit_door', label: `L-${randomUUID()}` }]);
    const notYet = await stack
      .http()
      .post(`${keysUrl()}/${contractorKey[0].id}/loans`)
      .set(bearer(property))
      .send({ borrower: 'B' })
      .expect(409);
    expect(notYet.body.message).toContain('only keys held by the property company can be lent');
  });

  it('lists a loan not returned the same day as overdue until it comes back (late)', async () => {
    const { keyId } = await keyWithProperty();
    const lent = await stack
      .http()
      .post(`${keysUrl()}/${keyId}/loans`)
      .set(bearer(property))
      .send({ borrower: '消防分包 赵工' })
      .expect(201);
    // Yesterday's loan: due at the end of yesterday in Shanghai.
    const yesterday = endOfLocalDay(Date.now() - 86_400_000, 'Asia/Shanghai').dueBackAt;
    await db.query(
      `UPDATE key_movements SET at = $2::timestamptz - interval '8 hours', due_back_at = $2 WHERE id = $1`,
      [lent.body.movement.id, yesterday],
    );

    const overdue = await stack.http().get(`${keysUrl()}/overdue-loans`).set(bearer(engineering)).expect(200);
    const item = overdue.body.items.find((loan: { keyId: string }) => loan.keyId === keyId);
    expect(item).toMatchObject({
      loanId: lent.body.movement.id,
      borrower: '消防分包 赵工',
      dueBackAt: yesterday.toISOString(),
    });
    expect(item.minutesOverdue).toBeGreaterThan(0);

    const returned = await stack
      .http()
      .post(`${keysUrl()}/${keyId}/return`)
      .set(bearer(property))
      .send({ note: '次日归还' })
      .expect(200);
    expect(returned.body.late).toBe(true);
    const after = await stack.http().get(`${keysUrl()}/overdue-loans`).set(bearer(engineering)).expect(200);
    expect(after.body.items.map((loan: { keyId: string }) => loan.keyId)).not.toContain(keyId);
  });

  it('tells a key with the property company from one lent out or entrusted: list and detail carry the open loan and letter', async () => {
    const { unitId, keyId } = await keyWithProperty();
    const listed = async () => {
      const page = await stack.http().get(keysUrl()).query({ unitId }).set(bearer(engineering)).expect(200);
      expect(page.body.total).toBe(1);
      return page.body.items[0];
    };
    const detail = async () =>
      (await stack.http().get(`${keysUrl()}/${keyId}`).set(bearer(engineering)).expect(200)).body;
    expect(await listed()).toMatchObject({
      holder: 'property',
      custody: 'with_property',
      loan: null,
      entrustment: null,
    });

    const lent = await stack
      .http()
      .post(`${keysUrl()}/${keyId}/loans`)
      .set(bearer(property))
      .send({ borrower: '总包 钱师傅' })
      .expect(201);
    const loan = {
      id: lent.body.movement.id,
      borrower: '总包 钱师傅',
      lentAt: lent.body.movement.at,
      dueBackAt: lent.body.movement.dueBackAt,
    };
    expect(lent.body.key).toMatchObject({ holder: 'contractor', custody: 'on_loan', loan });
    expect(await listed()).toMatchObject({ holder: 'contractor', custody: 'on_loan', loan, entrustment: null });
    expect(await detail()).toMatchObject({ custody: 'on_loan', loan });
    // the holder filter still reads the stored holder: a lent key is with the contractor
    const withContractor = await stack
      .http()
      .get(keysUrl())
      .query({ unitId, holder: 'contractor' })
      .set(bearer(engineering))
      .expect(200);
    expect(withContractor.body.items.map((key: { id: string }) => key.id)).toEqual([keyId]);

    const returned = await stack.http().post(`${keysUrl()}/${keyId}/return`).set(bearer(property)).send({}).expect(200);
    expect(returned.body.key).toMatchObject({ custody: 'with_property', loan: null });
    expect(await listed()).toMatchObject({ custody: 'with_property', loan: null, entrustment: null });

    await walkToInspected(unitId);
    const handedOver = await stack
      .http()
      .post(`/projects/${projectId}/units/${unitId}/handover/hand-over-keys`)
      .set(bearer(property))
      .send({})
      .expect(200);
    expect(handedOver.body.keys[0]).toMatchObject({ custody: 'with_owner', loan: null, entrustment: null });
    const entrusted = await stack
      .http()
      .post(`${keysUrl()}/${keyId}/entrustments`)
      .set(bearer(property))
      .send({ letterNo: 'WT-0100' })
      .expect(201);
    const entrustment = {
      id: entrusted.body.movement.id,
      letterNo: 'WT-0100',
      entrustedAt: entrusted.body.movement.at,
    };
    expect(await listed()).toMatchObject({ holder: 'property', custody: 'entrusted', loan: null, entrustment });

    await stack
      .http()
      .post(`${keysUrl()}/${keyId}/loans`)
      .set(bearer(property))
      .send({ borrower: '维修班 周师傅' })
      .expect(201);
    expect(await listed()).toMatchObject({
      holder: 'contractor',
      custody: 'entrusted_on_loan',
      loan: { borrower: '维修班 周师傅' },
      entrustment,
    });
    expect(await detail()).toMatchObject({ custody: 'entrusted_on_loan', entrustment });
  });

  it('takes an owner key in against an entrustment letter (钥匙委托书) and gives it back only against that letter', async () => {
    const { unitId, keyId } = await keyWithProperty();
    await stack
      .http()
      .post(`${keysUrl()}/${keyId}/entrustments`)
      .set(bearer(property))
      .send({ letterNo: 'WT-0001' })
      .expect(409);
    await walkToInspected(unitId);
    await stack
      .http()
      .post(`/projects/${projectId}/units/${unitId}/handover/hand-over-keys`)
      .set(bearer(property))
      .send({})
      .expect(200);

    const entrusted = await stack
      .http()
      .post(`${keysUrl()}/${keyId}/entrustments`)
      .set(bearer(property))
      .send({ letterNo: 'WT-0001', note: '卫生间渗漏维修' })
      .expect(201);
    expect(entrusted.body).toMatchObject({
      key: { holder: 'property' },
      movement: { kind: 'entrustment', fromHolder: 'owner', letterNo: 'WT-0001' },
    });
    await stack
      .http()
      .post(`${keysUrl()}/${keyId}/entrustments`)
      .set(bearer(property))
      .send({ letterNo: 'WT-0002' })
      .expect(409);

    // The repair crew borrows it for the day and brings it back.
    await stack
      .http()
      .post(`${keysUrl()}/${keyId}/loans`)
      .set(bearer(property))
      .send({ borrower: '维修班 孙师傅' })
      .expect(201);
    const onLoan = await stack
      .http()
      .post(`${keysUrl()}/${keyId}/entrustment-return`)
      .set(bearer(property))
      .send({ letterNo: 'WT-0001' })
      .expect(409);
    expect(onLoan.body.message).toContain('on loan');
    await stack.http().post(`${keysUrl()}/${keyId}/return`).set(bearer(property)).send({}).expect(200);

    const wrongLetter = await stack
      .http()
      .post(`${keysUrl()}/${keyId}/entrustment-return`)
      .set(bearer(property))
      .send({ letterNo: 'WT-9999' })
      .expect(409);
    expect(wrongLetter.body.message).toContain('WT-0001');
    const back = await stack
      .http()
      .post(`${keysUrl()}/${keyId}/entrustment-return`)
      .set(bearer(property))
      .send({ letterNo: 'WT-0001' })
      .expect(200);
    expect(back.body.key.holder).toBe('owner');
    expect(back.body.movement.returnedAt).not.toBeNull();

    const history = await stack.http().get(`${keysUrl()}/${keyId}`).set(bearer(engineering)).expect(200);
    expect(history.body.movements.map((movement: { kind: string }) => movement.kind)).toEqual([
      'transfer',
      'transfer',
      'entrustment',
      'loan',
      'return',
      'entrustment_return',
    ]);
    const audit = await db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY id`, [keyId]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual([
      'key.register',
      'key.transfer',
      'key.hand_over',
      'key.entrust',
      'key.loan',
      'key.return',
      'key.entrustment_return',
    ]);
  });
});
