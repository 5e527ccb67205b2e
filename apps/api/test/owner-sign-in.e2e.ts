import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomInt, randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { OwnerSecrets } from '../src/owner-auth/owner-secrets';
import { AliyunSmsSender } from '../src/owner-auth/sms/aliyun-sms-sender';
import { SmsSendError } from '../src/owner-auth/sms/sms-sender';
import { SmsOutboxRepository } from '../src/owner-auth/sms/sms-outbox.repository';
import { SmsService } from '../src/owner-auth/sms/sms.service';
import { TencentSmsSender } from '../src/owner-auth/sms/tencent-sms-sender';
import { bearer, E2eStack, type TestUser } from './support/e2e-stack';
import { insertProject, insertUnit } from '../../../test/factories';

/** A mainland mobile number no other test file uses. */
const newPhone = () => `139${String(randomInt(0, 100_000_000)).padStart(8, '0')}`;

/** Waits (at most `margin` seconds) when the current window of `seconds` is about to end, so a test stays in one. */
async function awayFromWindowEdge(seconds: number, margin = 3): Promise<void> {
  const left = seconds * 1000 - (Date.now() % (seconds * 1000));
  if (left < margin * 1000) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

interface FakeRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  body: string;
}

/** A local stand-in for a provider's API: records each request and answers `answer`. */
async function fakeProvider(answer: () => unknown): Promise<{ server: Server; base: string; requests: FakeRequest[] }> {
  const requests: FakeRequest[] = [];
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      requests.push({ method: request.method!, url: request.url!, headers: request.headers, body });
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(answer()));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests };
}

/**
 * Owners sign in with their phone number and a one-time code (issue 17 item 1): through the local outbox on this
 * stack (no SMS provider configured), the adapters of 阿里云 and 腾讯云 SMS against local fakes.
 */
describe('owner sign-in by phone number and one-time code', () => {
  let stack: E2eStack;
  let db: DataSource;
  let staff: TestUser;
  let projectId: string;
  let otherProjectId: string;

  const http = () => stack.http();
  const requestCode = (phone: string, language = 'en') =>
    http().post('/owner/sign-in/code').set('Accept-Language', language).send({ phone });
  const signIn = (phone: string, code: string) =>
    http().post('/owner/sign-in').set('Accept-Language', 'en').send({ phone, code });
  const asOwner = (token: string) => ({ Authorization: `Bearer ${token}`, 'Accept-Language': 'en' });

  /** The codes the outbox holds for `phone`, newest first. */
  const outboxCodes = async (phone: string): Promise<string[]> =>
    (
      (await db.query(`SELECT params FROM sms_outbox WHERE "to" = $1 ORDER BY created_at DESC, id DESC`, [phone])) as {
        params: { code: string };
      }[]
    ).map((row) => row.params.code);

  /** Signs `phone` in through the outbox and answers the session token. */
  const signedIn = async (phone: string): Promise<string> => {
    await requestCode(phone).expect(202);
    const [code] = await outboxCodes(phone);
    return (await signIn(phone, code!).expect(200)).body.token as string;
  };

  const unitFor = (phone: string, project = projectId, room?: string) =>
    insertUnit(db, { projectId: project, ownerPhone: phone, ownerName: '业主', room });

  beforeAll(async () => {
    stack = await E2eStack.start();
    db = stack.app.get(DataSource);
    staff = await stack.user('project_lead');
    projectId = (await insertProject(db, { leadUserId: staff.id })).id;
    otherProjectId = (await insertProject(db)).id;
  });

  afterAll(async () => {
    await stack?.stop();
  });

  // Every request of this file comes from 127.0.0.1: each test starts with the address's windows empty.
  beforeEach(async () => {
    await stack.forgetLoopbackSignInCounters();
  });

  it('sends a code to a number in a unit list through the outbox, and the code signs the owner in', async () => {
    const phone = newPhone();
    const unit = await unitFor(phone);
    const answer = await requestCode(phone).expect(202);
    expect(answer.body).toEqual({ status: 'accepted', expiresInSeconds: 300 });
    const [code] = await outboxCodes(phone);
    expect(code).toMatch(/^\d{6}$/);
    const stored = (await db.query(
      `SELECT code_hash, expires_at - created_at AS ttl FROM owner_sign_in_codes WHERE phone = $1`,
      [phone],
    )) as { code_hash: string; ttl: { minutes: number } }[];
    expect(stored).toHaveLength(1);
    expect(stored[0]!.code_hash).not.toContain(code!);
    expect(stored[0]!.ttl).toEqual({ minutes: 5 });

    const session = await signIn(phone, code!).expect(200);
    expect(session.body.token).toMatch(/^hov_owner_/);
    const units = await http().get('/owner/me/units').set(asOwner(session.body.token)).expect(200);
    expect(units.body.items.map((u: { id: string }) => u.id)).toEqual([unit.id]);
    // the project's zone, for the times the screens show
    expect(units.body.items[0].timeZone).toBe('Asia/Shanghai');
    // sessions keep the token's hash only; audit rows the number masked
    const sessions = (await db.query(`SELECT token_hash FROM owner_sessions WHERE phone = $1`, [phone])) as {
      token_hash: string;
    }[];
    expect(sessions[0]!.token_hash).not.toBe(session.body.token);
    const audit = (await db.query(
      `SELECT action, after FROM audit_log WHERE actor_role = 'owner' AND after->>'phone' = $1 ORDER BY id`,
      [`${phone.slice(0, 3)}****${phone.slice(-4)}`],
    )) as { action: string; after: Record<string, unknown> }[];
    expect(audit.map((row) => row.action)).toEqual(['owner.sign_in_code', 'owner.sign_in']);
    expect(JSON.stringify(await db.query(`SELECT * FROM audit_log WHERE actor_role = 'owner'`))).not.toContain(phone);

    // the admins' outbox: newest first, the number masked, the code readable
    const admin = await stack.user('admin');
    const outbox = await http().get('/sms-outbox?pageSize=5').set(bearer(admin)).expect(200);
    expect(outbox.body.items[0]).toMatchObject({
      toMasked: `${phone.slice(0, 3)}****${phone.slice(-4)}`,
      template: 'owner_sign_in_code',
      params: { code, minutes: 5 },
      provider: 'outbox',
      status: 'held',
    });
    await http().get('/sms-outbox').set(bearer(staff)).expect(403);

    await http().post('/owner/sign-out').set(asOwner(session.body.token)).expect(204);
    const after = await http().get('/owner/me/units').set(asOwner(session.body.token)).expect(401);
    expect(after.body.code).toBe('OWNER_SESSION_REQUIRED');
  });

  it('answers an unknown number with the same 202 and sends nothing', async () => {
    const known = newPhone();
    await unitFor(known);
    const unknown = newPhone();
    const forKnown = await requestCode(known).expect(202);
    const forUnknown = await requestCode(unknown).expect(202);
    expect(forUnknown.body).toEqual(forKnown.body);
    expect(Object.keys(forUnknown.headers).sort()).toEqual(Object.keys(forKnown.headers).sort());
    expect(await outboxCodes(unknown)).toEqual([]);
    expect(await db.query(`SELECT 1 FROM owner_sign_in_codes WHERE phone = $1`, [unknown])).toEqual([]);
    // and signing in with any code is the same refusal as a wrong one
    const refused = await signIn(unknown, '123456').expect(401);
    expect(refused.body.code).toBe('OWNER_SIGN_IN_REFUSED');
  });

  it('kills a code after five wrong tries: the right code is refused after them', async () => {
    const phone = newPhone();
    await unitFor(phone);
    await requestCode(phone).expect(202);
    const [code] = await outboxCodes(phone);
    const wrong = code === '000000' ? '111111' : '000000';
    for (let attempt = 0; attempt < 5; attempt += 1) {
      const refused = await signIn(phone, wrong).expect(401);
      expect(refused.body).toMatchObject({ code: 'OWNER_SIGN_IN_REFUSED', message: expect.stringMatching(/code/) });
    }
    const dead = await signIn(phone, code!).expect(401);
    expect(dead.body.code).toBe('OWNER_SIGN_IN_REFUSED');
    expect(await db.query(`SELECT attempts, consumed_at FROM owner_sign_in_codes WHERE phone = $1`, [phone])).toEqual([
      { attempts: 5, consumed_at: null },
    ]);
  });

  it('refuses an expired code and a consumed one with the same 401', async () => {
    const phone = newPhone();
    await unitFor(phone);
    await requestCode(phone).expect(202);
    const [code] = await outboxCodes(phone);
    await db.query(
      `UPDATE owner_sign_in_codes SET created_at = created_at - interval '6 minutes',
              expires_at = expires_at - interval '6 minutes' WHERE phone = $1`,
      [phone],
    );
    expect((await signIn(phone, code!).expect(401)).body.code).toBe('OWNER_SIGN_IN_REFUSED');

    const other = newPhone();
    await unitFor(other);
    await requestCode(other).expect(202);
    const [otherCode] = await outboxCodes(other);
    await signIn(other, otherCode!).expect(200);
    const replayed = await signIn(other, otherCode!).expect(401);
    expect(replayed.body).toEqual({
      statusCode: 401,
      error: 'Unauthorized',
      code: 'OWNER_SIGN_IN_REFUSED',
      message: 'The code is wrong or no longer valid; ask for a new code.',
    });
  });

  it('limits codes per number: one a minute, five an hour, answered 429 in zh-CN and English', async () => {
    await awayFromWindowEdge(60);
    const phone = newPhone();
    await unitFor(phone);
    await requestCode(phone).expect(202);
    const zh = await requestCode(phone, 'zh-CN').expect(429);
    expect(zh.body.code).toBe('OWNER_SIGN_IN_TOO_MANY');
    expect(zh.body.message).toMatch(/^请求过于频繁，请 \d+ 秒后再试。$/);
    const en = await requestCode(phone).expect(429);
    expect(en.body.message).toMatch(/^Too many requests; try again in \d+ seconds\.$/);
    expect(en.body.params.retryAfterSeconds).toBeLessThanOrEqual(60);
    expect(await outboxCodes(phone)).toHaveLength(1);

    // past the minute (its window forgotten here), up to five in the hour
    await awayFromWindowEdge(3600, 10);
    const forgetMinute = () =>
      db.query(`DELETE FROM owner_sign_in_counters WHERE scope = 'phone' AND window_seconds = 60 AND key_hash = $1`, [
        stack.app.get(OwnerSecrets).counterKey('phone', phone),
      ]);
    for (let sent = 1; sent < 5; sent += 1) {
      await forgetMinute();
      await requestCode(phone).expect(202);
    }
    await forgetMinute();
    const hourly = await requestCode(phone).expect(429);
    expect(hourly.body.params.retryAfterSeconds).toBeGreaterThan(0);
    expect(await outboxCodes(phone)).toHaveLength(5);
    // the latest code is the one that works
    const [latest] = await outboxCodes(phone);
    await signIn(phone, latest!).expect(200);
  });

  it('limits code requests per client address, known numbers or not', async () => {
    await awayFromWindowEdge(3600, 10);
    for (let sent = 0; sent < 20; sent += 1) await requestCode(newPhone()).expect(202);
    const limited = await requestCode(newPhone()).expect(429);
    expect(limited.body.code).toBe('OWNER_SIGN_IN_TOO_MANY');
  });

  it('shows an owner of two units both, never a third; another owner’s unit answers 404', async () => {
    const phone = newPhone();
    const first = await unitFor(phone);
    const second = await unitFor(phone, otherProjectId);
    const neighbour = await unitFor(newPhone());
    const token = await signedIn(phone);
    const units = await http().get('/owner/me/units').set(asOwner(token)).expect(200);
    expect(units.body.items.map((u: { id: string }) => u.id).sort()).toEqual([first.id, second.id].sort());
    expect(units.body.items[0]).toEqual(
      expect.objectContaining({ building: '1#', ownerName: '业主', projectName: expect.any(String) }),
    );
    expect(JSON.stringify(units.body)).not.toContain(phone);
    await http().get(`/owner/me/units/${first.id}`).set(asOwner(token)).expect(200);
    const other = await http().get(`/owner/me/units/${neighbour.id}`).set(asOwner(token)).expect(404);
    expect(other.body.code).toBe('NOT_FOUND');
    await http().get(`/owner/me/units/${randomUUID()}`).set(asOwner(token)).expect(404);
  });

  it('refuses an owner token on every staff route (401), and staff tokens on the owner routes', async () => {
    const phone = newPhone();
    const unit = await unitFor(phone);
    const token = await signedIn(phone);
    const document = (await http().get('/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const staffOperations = Object.entries(document.paths)
      .filter(([path]) => !path.startsWith('/owner/') && !path.startsWith('/health/'))
      .flatMap(([path, item]) =>
        ['get', 'post', 'put', 'patch', 'delete']
          .filter((method) => item[method])
          .map((method) => ({ method, path: path.replace(/\{[^}]+\}/g, unit.id) })),
      );
    expect(staffOperations.length).toBeGreaterThan(50);
    const answers: string[] = [];
    for (const { method, path } of staffOperations) {
      const response = await (
        http() as unknown as Record<string, (url: string) => ReturnType<ReturnType<E2eStack['http']>['get']>>
      )[method]!(path).set(asOwner(token));
      if (response.status !== 401 || response.body.code !== 'TOKEN_INVALID')
        answers.push(`${method.toUpperCase()} ${path}: ${response.status} ${response.body.code}`);
    }
    expect(answers).toEqual([]);

    const contractor = await stack.contractor(
      (
        (await db.query(`INSERT INTO contractor_companies (name, kind) VALUES ($1, 'waterproofing') RETURNING id`, [
          `防水-${randomUUID().slice(0, 8)}`,
        ])) as { id: string }[]
      )[0]!.id,
    );
    for (const user of [staff, contractor]) {
      const refused = await http().get('/owner/me/units').set(bearer(user)).expect(401);
      expect(refused.body.code).toBe('OWNER_SESSION_REQUIRED');
      await http().get(`/owner/me/units/${unit.id}`).set(bearer(user)).expect(401);
    }
    await http().get('/owner/me/units').expect(401);
  });

  it('refuses bad input with 400 and its codes', async () => {
    for (const body of [{}, { phone: '2390000000' }, { phone: '1390000000' }, { phone: 13900000001 }]) {
      const refused = await http().post('/owner/sign-in/code').set('Accept-Language', 'en').send(body).expect(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
    }
    const extra = await http()
      .post('/owner/sign-in/code')
      .set('Accept-Language', 'en')
      .send({ phone: newPhone(), role: 'admin' })
      .expect(400);
    expect(extra.body.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(extra.body)).toContain('role');
    for (const code of ['12345', '1234567', 'abcdef', 123456]) {
      const refused = await http().post('/owner/sign-in').send({ phone: newPhone(), code }).expect(400);
      expect(refused.body.code).toBe('VALIDATION_FAILED');
    }
  });

  describe('the SMS providers’ adapters, against local fakes', () => {
    it('阿里云短信: a signed SendSms with the number, the template and the code', async () => {
      const fake = await fakeProvider(() => ({ Code: 'OK', Message: 'OK', BizId: 'biz-1', RequestId: 'r-1' }));
      try {
        const sender = new AliyunSmsSender({
          accessKeyId: 'test-key-id',
          accessKeySecret: 'test-key-secret',
          signName: '交付测试',
          templateCode: 'SMS_123456',
          apiBase: fake.base,
        });
        const result = await sender.send({
          to: '13900000001',
          template: 'owner_sign_in_code',
          params: { code: '012345', minutes: 5 },
        });
        expect(result).toEqual({ messageId: 'biz-1' });
        expect(fake.requests).toHaveLength(1);
        const [request] = fake.requests;
        const query = new URL(request!.url, fake.base).searchParams;
        expect(request!.headers['x-acs-action']).toBe('SendSms');
        expect(request!.headers['x-acs-version']).toBe('2017-05-25');
        expect(request!.headers.authorization).toMatch(
          /^ACS3-HMAC-SHA256 Credential=test-key-id,SignedHeaders=[^,]+,Signature=[0-9a-f]{64}$/,
        );
        expect(query.get('PhoneNumbers')).toBe('13900000001');
        expect(query.get('SignName')).toBe('交付测试');
        expect(query.get('TemplateCode')).toBe('SMS_123456');
        expect(JSON.parse(query.get('TemplateParam')!)).toEqual({ code: '012345' });
      } finally {
        fake.server.close();
      }
    });

    it('腾讯云短信: a signed SendSms with +86 and the number, the template and the code', async () => {
      const fake = await fakeProvider(() => ({
        Response: {
          SendStatusSet: [{ Code: 'Ok', SerialNo: 'serial-1', PhoneNumber: '+8613900000001' }],
          RequestId: 'r',
        },
      }));
      try {
        const sender = new TencentSmsSender({
          secretId: 'test-secret-id',
          secretKey: 'test-secret-key',
          sdkAppId: '1400000000',
          signName: '交付测试',
          templateId: '123456',
          region: 'ap-guangzhou',
          apiBase: fake.base,
        });
        const result = await sender.send({
          to: '13900000001',
          template: 'owner_sign_in_code',
          params: { code: '012345', minutes: 5 },
        });
        expect(result).toEqual({ messageId: 'serial-1' });
        const [request] = fake.requests;
        expect(request!.headers['x-tc-action']).toBe('SendSms');
        expect(request!.headers['x-tc-version']).toBe('2021-01-11');
        expect(request!.headers['x-tc-region']).toBe('ap-guangzhou');
        expect(request!.headers.authorization).toMatch(
          /^TC3-HMAC-SHA256 Credential=test-secret-id\/\d{4}-\d{2}-\d{2}\/[^/]+\/tc3_request, SignedHeaders=[^,]+, Signature=[0-9a-f]{64}$/,
        );
        expect(JSON.parse(request!.body)).toEqual({
          PhoneNumberSet: ['+8613900000001'],
          SmsSdkAppId: '1400000000',
          SignName: '交付测试',
          TemplateId: '123456',
          TemplateParamSet: ['012345', '5'],
        });
      } finally {
        fake.server.close();
      }
    });

    it('records a provider’s send with the code masked, and a refusal as failed without the number or code', async () => {
      let refuse = false;
      const fake = await fakeProvider(() =>
        refuse
          ? { Code: 'isv.BUSINESS_LIMIT_CONTROL', Message: 'limit', RequestId: 'r-2' }
          : { Code: 'OK', Message: 'OK', BizId: 'biz-2', RequestId: 'r-2' },
      );
      try {
        const sender = new AliyunSmsSender({
          accessKeyId: 'k',
          accessKeySecret: 's',
          signName: '交付测试',
          templateCode: 'SMS_1',
          apiBase: fake.base,
        });
        const sms = new SmsService(sender, stack.app.get(SmsOutboxRepository));
        const phone = newPhone();
        expect(
          await sms.send({ to: phone, template: 'owner_sign_in_code', params: { code: '654321', minutes: 5 } }),
        ).toBe(true);
        refuse = true;
        await expect(
          sender.send({ to: phone, template: 'owner_sign_in_code', params: { code: '654321', minutes: 5 } }),
        ).rejects.toThrow(SmsSendError);
        expect(
          await sms.send({ to: phone, template: 'owner_sign_in_code', params: { code: '654321', minutes: 5 } }),
        ).toBe(false);
        const rows = (await db.query(
          `SELECT provider, status, params, provider_message_id, error FROM sms_outbox WHERE "to" = $1 ORDER BY created_at`,
          [phone],
        )) as {
          provider: string;
          status: string;
          params: unknown;
          provider_message_id: string | null;
          error: string;
        }[];
        expect(rows).toEqual([
          {
            provider: 'aliyun',
            status: 'sent',
            params: { code: '******', minutes: 5 },
            provider_message_id: 'biz-2',
            error: null,
          },
          {
            provider: 'aliyun',
            status: 'failed',
            params: { code: '******', minutes: 5 },
            provider_message_id: null,
            error: 'refused: isv.BUSINESS_LIMIT_CONTROL',
          },
        ]);
      } finally {
        fake.server.close();
      }
    });
  });
});
