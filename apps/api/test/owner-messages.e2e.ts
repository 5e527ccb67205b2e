import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomInt } from 'node:crypto';
import { Logger } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AliyunSmsSender } from '../src/owner-auth/sms/aliyun-sms-sender';
import { TencentSmsSender } from '../src/owner-auth/sms/tencent-sms-sender';
import { SmsOutboxRepository } from '../src/owner-auth/sms/sms-outbox.repository';
import { OwnerMessagesService } from '../src/owner-messages/owner-messages.service';
import { OwnerMessageDelivery } from '../../worker/src/owner-messages/owner-message-delivery';
import { bearer, E2eStack, eventually, type TestUser } from './support/e2e-stack';
import { insertComplaint, insertHandoverEvent, insertUnit, launchRequest } from '../../../test/factories';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A mainland mobile number no other test file uses. */
const newPhone = () => `136${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;

/** The Shanghai calendar day `days` from now, and an instant on it at `hour`:00 written with +08:00. */
function shanghaiDay(days: number): string {
  return new Date(Date.now() + days * DAY + 8 * HOUR).toISOString().slice(0, 10);
}
const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, '0')}:00:00+08:00`;

/** An instant `hours` from now, on the minute. */
const ahead = (hours: number) => new Date(Math.ceil((Date.now() + hours * HOUR) / 60_000) * 60_000).toISOString();

interface MessageRow {
  id: string;
  unit_id: string;
  kind: string;
  source_key: string;
  params: Record<string, string>;
  send_after: Date;
  status: string;
  attempts: number;
  provider: string | null;
  provider_message_id: string | null;
  error: string | null;
}

/** A local stand-in for a provider's SendSms: records each request (阿里云's form fields, 腾讯云's JSON body). */
async function fakeProvider(
  answer: () => unknown,
): Promise<{ server: Server; base: string; requests: URLSearchParams[]; bodies: string[] }> {
  const requests: URLSearchParams[] = [];
  const bodies: string[] = [];
  const server = createServer((request: IncomingMessage, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      const query = new URL(request.url!, 'http://fake').searchParams;
      for (const [name, value] of new URLSearchParams(body)) query.set(name, value);
      requests.push(query);
      bodies.push(body);
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(answer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, bodies };
}

/**
 * 业主短信 (issue 17 item 3): bookings, objection replies, repair visits and the lead's notice send queue owner
 * messages in their own transactions; the worker's owner message dispatcher (a Temporal workflow on this stack's task
 * queue) sends them through the local outbox, or 阿里云 against a local fake; a number that turned a kind off in
 * 消息设置 gets nothing, and one owner's settings are not another's.
 */
describe('owner text messages', () => {
  let stack: E2eStack;
  let db: DataSource;
  let lead: TestUser;
  let customerService: TestUser;
  let projectId: string;

  const http = () => stack.http();
  const asOwner = (token: string) => ({ Authorization: `Bearer ${token}`, 'Accept-Language': 'en' });

  const signedIn = (phone: string) => stack.ownerToken(phone);

  /** A new owner with one unit of the project (building 5), signed in. */
  const newOwner = async (room: string) => {
    const phone = newPhone();
    const unit = await insertUnit(db, { projectId, building: '5', unitNo: '1', room, ownerPhone: phone });
    return { phone, unit, token: await signedIn(phone) };
  };

  const messagesOf = async (unitId: string, kind?: string) =>
    (await db.query(
      `SELECT id, unit_id, kind, source_key, params, send_after, status, attempts, provider, provider_message_id, error
         FROM owner_messages WHERE unit_id = $1 AND ($2::text IS NULL OR kind = $2) ORDER BY created_at, id`,
      [unitId, kind ?? null],
    )) as MessageRow[];

  const outboxOf = async (phone: string, template: string) =>
    (await db.query(
      `SELECT template, params, provider, status, provider_message_id FROM sms_outbox
        WHERE "to" = $1 AND template = $2 ORDER BY created_at, id`,
      [phone, template],
    )) as { template: string; params: Record<string, string>; provider: string; status: string }[];

  const createSlot = async (day: string, hour: number): Promise<string> =>
    (
      await http()
        .post(`/projects/${projectId}/appointment-slots`)
        .set(bearer(lead))
        .send({ kind: 'handover', startsAt: at(day, hour), endsAt: at(day, hour + 1), capacity: 5 })
        .expect(201)
    ).body.id as string;

  /** A complaint of the unit waiting for its reply, replied to by the lead. */
  const replyToObjection = async (unitId: string) => {
    const complaint = await insertComplaint(db, {
      projectId,
      createdBy: lead.id,
      unitId,
      status: 'responsibility_determined',
      receivedAt: new Date(Date.now() - HOUR),
    });
    await http()
      .post(`/projects/${projectId}/complaints/${complaint.id}/reply`)
      .set(bearer(lead))
      .send({ content: '经核实，三日内完成维修' })
      .expect(200);
    return complaint.id;
  };

  beforeAll(async () => {
    stack = await E2eStack.start({ ownerMessageDispatcher: true });
    db = stack.app.get(DataSource);
    await stack.app.listen(0, '127.0.0.1');
    lead = await stack.user('project_lead');
    customerService = await stack.user('department_head', 'customer_service');
    projectId = await stack.launchProject(lead, launchRequest({ departmentHeadIds: [customerService.id] }));
  });

  afterAll(async () => {
    await stack?.stop();
  });

  it('queues the booking reminder for 10:00 the day before, moves it with the booking and cancels it with it', async () => {
    const owner = await newOwner('101');
    const firstDay = shanghaiDay(20);
    const secondDay = shanghaiDay(25);
    const first = await createSlot(firstDay, 9);
    const second = await createSlot(secondDay, 14);

    const booking = await http()
      .post(`/owner/me/units/${owner.unit.id}/bookings`)
      .set(asOwner(owner.token))
      .send({ slotId: first })
      .expect(201);
    const [reminder] = await messagesOf(owner.unit.id, 'booking_reminder');
    expect(reminder).toMatchObject({
      source_key: `booking:${booking.body.id}`,
      status: 'pending',
      attempts: 0,
      params: { visit: '交付', unit: '5-1-101', from: `${firstDay} 09:00`, until: '10:00' },
    });
    // 10:00 in Shanghai on the day before is 02:00 UTC
    expect(reminder!.send_after.toISOString()).toBe(new Date(Date.parse(at(firstDay, 10)) - DAY).toISOString());
    expect(JSON.stringify(reminder)).not.toContain(owner.phone);

    await http()
      .post(`/owner/me/units/${owner.unit.id}/bookings/${booking.body.id}/move`)
      .set(asOwner(owner.token))
      .send({ slotId: second })
      .expect(200);
    const afterMove = await messagesOf(owner.unit.id, 'booking_reminder');
    expect(afterMove.map((row) => row.status)).toEqual(['cancelled', 'pending']);
    expect(afterMove[1]!.send_after.toISOString()).toBe(new Date(Date.parse(at(secondDay, 10)) - DAY).toISOString());
    expect(afterMove[1]!.params).toMatchObject({ from: `${secondDay} 14:00`, until: '15:00' });
    const newBookingId = afterMove[1]!.source_key.slice('booking:'.length);

    await http()
      .post(`/owner/me/units/${owner.unit.id}/bookings/${newBookingId}/cancel`)
      .set(asOwner(owner.token))
      .expect(200);
    expect((await messagesOf(owner.unit.id, 'booking_reminder')).map((row) => row.status)).toEqual([
      'cancelled',
      'cancelled',
    ]);
  });

  it('tells the owner of a reply to an objection, sent by the dispatcher through the local outbox', async () => {
    const owner = await newOwner('102');
    const complaintId = await replyToObjection(owner.unit.id);
    const [queued] = await messagesOf(owner.unit.id, 'objection_reply');
    expect(queued).toMatchObject({ source_key: `complaint-reply:${complaintId}`, params: { unit: '5-1-102' } });
    const sent = await eventually(
      async () => {
        const [row] = await messagesOf(owner.unit.id, 'objection_reply');
        expect(row!.status).toBe('sent');
        return row!;
      },
      { what: 'the objection reply sent by the dispatcher' },
    );
    expect(sent).toMatchObject({ attempts: 1, provider: 'outbox', error: null });
    const [outbox] = await outboxOf(owner.phone, 'objection_reply');
    expect(outbox).toMatchObject({ provider: 'outbox', status: 'held' });
    expect(outbox!.params.text).toMatch(/^您就.+5-1-102提出的交付异议已有答复，请在业主App「我的异议」查看。$/);
    expect(sent.provider_message_id).toBeTruthy();
  });

  it('queues nothing for an action whose transaction rolls back', async () => {
    const owner = await newOwner('108');
    const messages = stack.app.get(OwnerMessagesService);
    await expect(
      db.transaction(async (manager) => {
        await messages.queueObjectionReply(manager, '00000000-0000-4000-8000-000000000108', owner.unit.id);
        expect(await manager.query(`SELECT 1 FROM owner_messages WHERE unit_id = $1`, [owner.unit.id])).toHaveLength(1);
        throw new Error('the reply failed after its message was queued');
      }),
    ).rejects.toThrow('the reply failed');
    expect(await messagesOf(owner.unit.id)).toEqual([]);
  });

  it('tells the owner of a scheduled repair visit with its window on the project clock', async () => {
    const owner = await newOwner('103');
    await insertHandoverEvent(db, {
      projectId,
      unitId: owner.unit.id,
      step: 'handed_over',
      at: new Date(Date.now() - 30 * DAY),
    });
    const ticket = (
      await http()
        .post(`/projects/${projectId}/warranty-tickets`)
        .set(bearer(customerService))
        .send({
          unitId: owner.unit.id,
          component: 'water_drainage_pipes',
          description: '厨房下水管渗漏',
          reportedAt: new Date().toISOString(),
        })
        .expect(201)
    ).body as { id: string };
    const startsAt = ahead(48);
    const visit = await http()
      .post(`/projects/${projectId}/warranty-tickets/${ticket.id}/visits`)
      .set(bearer(customerService))
      .send({ startsAt, endsAt: ahead(50), technician: '王师傅', ownerLeavesKey: false })
      .expect(201);
    const [queued] = await messagesOf(owner.unit.id, 'repair_visit');
    const local = new Date(Date.parse(startsAt) + 8 * HOUR).toISOString();
    expect(queued).toMatchObject({
      source_key: `warranty-visit:${visit.body.id}`,
      params: { unit: '5-1-103', from: `${local.slice(0, 10)} ${local.slice(11, 16)}` },
    });
    // the technician's name is not in the owner's message
    expect(JSON.stringify(queued!.params)).not.toContain('王师傅');
    await eventually(async () => expect((await messagesOf(owner.unit.id, 'repair_visit'))[0]!.status).toBe('sent'), {
      what: 'the repair visit message sent',
    });
    const [outbox] = await outboxOf(owner.phone, 'repair_visit');
    expect(outbox!.params.text).toContain('的报修已安排上门');
  });

  it('keeps 消息设置 per signed-in number: a kind turned off is marked opted_out and not sent', async () => {
    const a = await newOwner('104');
    const b = await newOwner('105');
    await http().get('/owner/me/message-preferences').expect(401);
    const defaults = await http().get('/owner/me/message-preferences').set(asOwner(a.token)).expect(200);
    expect(defaults.body).toEqual({
      handoverNotice: true,
      bookingReminder: true,
      objectionReply: true,
      repairVisit: true,
    });
    for (const bad of [{ objectionReply: 'no' }, { signInCode: false }, { objectionReply: null }])
      expect((await http().put('/owner/me/message-preferences').set(asOwner(a.token)).send(bad)).body.code).toBe(
        'VALIDATION_FAILED',
      );

    const put = await http()
      .put('/owner/me/message-preferences')
      .set(asOwner(a.token))
      .send({ objectionReply: false })
      .expect(200);
    expect(put.body).toEqual({ handoverNotice: true, bookingReminder: true, objectionReply: false, repairVisit: true });
    // B's settings are B's own: unchanged by A, and B's change leaves A's
    expect(
      (await http().get('/owner/me/message-preferences').set(asOwner(b.token)).expect(200)).body.objectionReply,
    ).toBe(true);
    await http().put('/owner/me/message-preferences').set(asOwner(b.token)).send({ repairVisit: false }).expect(200);
    expect((await http().get('/owner/me/message-preferences').set(asOwner(a.token)).expect(200)).body).toEqual({
      handoverNotice: true,
      bookingReminder: true,
      objectionReply: false,
      repairVisit: true,
    });
    const audit = (await db.query(
      `SELECT actor_role, after FROM audit_log WHERE action = 'owner_message_preferences.put' ORDER BY id DESC LIMIT 2`,
    )) as { actor_role: string; after: unknown }[];
    expect(audit.map((row) => row.actor_role)).toEqual(['owner', 'owner']);
    expect(JSON.stringify(audit)).not.toContain(a.phone);
    expect(JSON.stringify(audit)).not.toContain(b.phone);

    await replyToObjection(a.unit.id);
    await replyToObjection(b.unit.id);
    await eventually(
      async () => {
        expect((await messagesOf(a.unit.id, 'objection_reply'))[0]!.status).toBe('opted_out');
        expect((await messagesOf(b.unit.id, 'objection_reply'))[0]!.status).toBe('sent');
      },
      { what: "A's reply opted out, B's sent" },
    );
    expect((await messagesOf(a.unit.id, 'objection_reply'))[0]!.attempts).toBe(0);
    expect(await outboxOf(a.phone, 'objection_reply')).toEqual([]);
    expect(await outboxOf(b.phone, 'objection_reply')).toHaveLength(1);
  });

  it('sends the handover notice by SMS to every household with a mobile number, once per notice (lead only)', async () => {
    const send = (user: TestUser) => http().post(`/projects/${projectId}/handover-notice/sms`).set(bearer(user));
    await db.query(`DELETE FROM project_handover_notices WHERE project_id = $1`, [projectId]);
    expect((await send(lead).expect(404)).body.code).toBe('HANDOVER_NOTICE_NOT_SET');
    await http()
      .put(`/projects/${projectId}/handover-notice`)
      .set(bearer(lead))
      .send({ place: '5号楼一层交付中心', bringItems: ['身份证'] })
      .expect(200);
    const landline = await insertUnit(db, { projectId, building: '6', ownerPhone: '0571-8888888' });
    const units = (await db.query(`SELECT count(*)::int AS n FROM units WHERE project_id = $1`, [projectId])) as {
      n: number;
    }[];
    await send(customerService).expect(403);
    const first = await send(lead).expect(200);
    expect(first.body).toEqual({ queued: units[0]!.n - 1, alreadyQueued: 0, withoutMobile: 1 });
    const again = await send(lead).expect(200);
    expect(again.body).toEqual({ queued: 0, alreadyQueued: units[0]!.n - 1, withoutMobile: 1 });
    expect(await messagesOf(landline.id, 'handover_notice')).toEqual([]);
    const audit = (await db.query(
      `SELECT actor_id, after FROM audit_log WHERE action = 'owner_messages.handover_notice_sms' AND entity_id = $1`,
      [projectId],
    )) as { actor_id: string; after: { queued: number } }[];
    expect(audit.map((row) => [row.actor_id, row.after.queued])).toEqual([
      [lead.id, units[0]!.n - 1],
      [lead.id, 0],
    ]);
    const [{ id: someUnit, owner_phone: somePhone }] = (await db.query(
      `SELECT u.id, u.owner_phone FROM owner_messages m JOIN units u ON u.id = m.unit_id
        WHERE m.project_id = $1 AND m.kind = 'handover_notice' LIMIT 1`,
      [projectId],
    )) as { id: string; owner_phone: string }[];
    await eventually(async () => expect((await messagesOf(someUnit, 'handover_notice'))[0]!.status).toBe('sent'), {
      what: 'a notice sent',
    });
    const [outbox] = await outboxOf(somePhone, 'handover_notice');
    expect(outbox!.params.text).toContain('交付通知：集中交付日');
    expect(outbox!.params.text).toContain('5号楼一层交付中心');
  });

  it('sends through 阿里云 (a local fake) with the kind’s template, retries a refusal and logs no number', async () => {
    const owner = await newOwner('106');
    const insert = async (kind: string, key: string) =>
      (
        (await db.query(
          `INSERT INTO owner_messages (project_id, unit_id, kind, source_key, params, send_after)
           VALUES ($1, $2, $3, $4, $5, '2100-01-01T00:00:00Z') RETURNING id`,
          [
            projectId,
            owner.unit.id,
            kind,
            `${key}:${owner.unit.id}`,
            JSON.stringify({
              projectName: '滨江',
              unit: '5-1-106',
              from: '2030-01-02 14:00',
              until: '16:00',
              visit: '交付',
            }),
          ],
        )) as { id: string }[]
      )[0]!.id;
    // due in 2100 only: the stack's own dispatcher leaves them alone, the delivery below is told it is 2100
    const later = new Date('2100-01-02T00:00:00Z');
    let refuse = false;
    const fake = await fakeProvider(() =>
      refuse
        ? { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: 'limit', RequestId: 'r' }
        : { Code: 'OK', Message: 'OK', BizId: 'biz-9', RequestId: 'r' },
    );
    const logged: string[] = [];
    const capture = (...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    };
    const spies = [
      jest.spyOn(Logger.prototype, 'log').mockImplementation(capture),
      jest.spyOn(Logger.prototype, 'warn').mockImplementation(capture),
      jest.spyOn(Logger.prototype, 'error').mockImplementation(capture),
    ];
    try {
      const sender = new AliyunSmsSender({
        accessKeyId: 'k',
        accessKeySecret: 's',
        signName: '交付测试',
        templateCode: 'SMS_1',
        ownerTemplateCodes: { repair_visit: 'SMS_900' },
        apiBase: fake.base,
      });
      const delivery = new OwnerMessageDelivery(db, sender, stack.app.get(SmsOutboxRepository));

      const visitId = await insert('repair_visit', 'test-aliyun-visit');
      expect(await delivery.sendNext({ now: later, messageId: visitId })).toBe('sent');
      expect(fake.requests).toHaveLength(1);
      const request = fake.requests[0]!;
      expect(request.get('PhoneNumbers')).toBe(owner.phone);
      expect(request.get('TemplateCode')).toBe('SMS_900');
      expect(JSON.parse(request.get('TemplateParam')!)).toEqual({
        projectName: '滨江',
        unit: '5-1-106',
        from: '2030-01-02 14:00',
        until: '16:00',
      });
      const [visitRow] = (await messagesOf(owner.unit.id, 'repair_visit')).filter((row) => row.id === visitId);
      expect(visitRow).toMatchObject({ status: 'sent', provider: 'aliyun', provider_message_id: 'biz-9', attempts: 1 });
      expect(await outboxOf(owner.phone, 'repair_visit')).toEqual([
        expect.objectContaining({ provider: 'aliyun', status: 'sent', provider_message_id: 'biz-9' }),
      ]);

      // no template configured for the kind: failed at once, no request made
      const reminderId = await insert('booking_reminder', 'test-aliyun-reminder');
      expect(await delivery.sendNext({ now: later, messageId: reminderId })).toBe('failed');
      expect(fake.requests).toHaveLength(1);
      expect((await messagesOf(owner.unit.id, 'booking_reminder'))[0]).toMatchObject({
        status: 'failed',
        error: 'no template configured for booking_reminder',
      });

      // a refusal: tried again in a minute
      refuse = true;
      const secondVisit = await insert('repair_visit', 'test-aliyun-refused');
      const before = Date.now();
      expect(await delivery.sendNext({ now: later, messageId: secondVisit })).toBe('retry_later');
      const [refused] = (await messagesOf(owner.unit.id, 'repair_visit')).filter((row) => row.id === secondVisit);
      expect(refused).toMatchObject({ status: 'pending', attempts: 1, error: 'refused: isv.BUSINESS_LIMIT_CONTROL' });
      expect(refused!.send_after.getTime()).toBeGreaterThanOrEqual(before + 60_000 - 1_000);
      expect(refused!.send_after.getTime()).toBeLessThanOrEqual(Date.now() + 60_000 + 1_000);
      await db.query(`UPDATE owner_messages SET status = 'cancelled' WHERE id = $1`, [secondVisit]);

      expect(logged.length).toBeGreaterThan(0);
      expect(logged.join('\n')).not.toContain(owner.phone);
      expect(logged.join('\n')).not.toContain(owner.phone.slice(-8));
    } finally {
      for (const spy of spies) spy.mockRestore();
      fake.server.close();
    }
  });
  it('sends through 腾讯云 (a local fake) with the kind’s template id and the variables in their order', async () => {
    const owner = await newOwner('107');
    const [{ id }] = (await db.query(
      `INSERT INTO owner_messages (project_id, unit_id, kind, source_key, params, send_after)
       VALUES ($1, $2, 'objection_reply', $3, $4, '2100-01-01T00:00:00Z') RETURNING id`,
      [
        projectId,
        owner.unit.id,
        `test-tencent:${owner.unit.id}`,
        JSON.stringify({ projectName: '滨江', unit: '5-1-107' }),
      ],
    )) as { id: string }[];
    const fake = await fakeProvider(() => ({
      Response: { SendStatusSet: [{ Code: 'Ok', SerialNo: 'serial-7' }], RequestId: 'r' },
    }));
    try {
      const sender = new TencentSmsSender({
        secretId: 'id',
        secretKey: 'key',
        sdkAppId: '1400000000',
        signName: '交付测试',
        templateId: '100001',
        ownerTemplateIds: { objection_reply: '200003' },
        region: 'ap-guangzhou',
        apiBase: fake.base,
      });
      const delivery = new OwnerMessageDelivery(db, sender, stack.app.get(SmsOutboxRepository));
      expect(await delivery.sendNext({ now: new Date('2100-01-02T00:00:00Z'), messageId: id })).toBe('sent');
      expect(JSON.parse(fake.bodies[0]!)).toEqual({
        PhoneNumberSet: [`+86${owner.phone}`],
        SmsSdkAppId: '1400000000',
        SignName: '交付测试',
        TemplateId: '200003',
        TemplateParamSet: ['滨江', '5-1-107'],
      });
      expect((await messagesOf(owner.unit.id, 'objection_reply'))[0]).toMatchObject({
        status: 'sent',
        provider: 'tencent',
        provider_message_id: 'serial-7',
      });
    } finally {
      fake.server.close();
    }
  });
});
