import { EnvironmentError, loadEnvironment } from './environment';

const valid = {
  DATABASE_URL: 'postgres://u:p@127.0.0.1:5432/handover',
  TEMPORAL_ADDRESS: '127.0.0.1:7233',
  JWT_SECRET: 'x'.repeat(32),
};

describe('loadEnvironment', () => {
  it('applies defaults for optional variables', () => {
    const env = loadEnvironment(valid);
    expect(env.PORT).toBe(3000);
    expect(env.TEMPORAL_TASK_QUEUE).toBe('handover');
    expect(env.DEFAULT_TIME_ZONE).toBe('Asia/Shanghai');
  });

  it('converts PORT to a number', () => {
    expect(loadEnvironment({ ...valid, PORT: '4100' }).PORT).toBe(4100);
  });

  it('names every missing variable', () => {
    expect(() => loadEnvironment({})).toThrow(EnvironmentError);
    try {
      loadEnvironment({});
    } catch (error) {
      const message = (error as Error).message;
      expect(message).toContain('DATABASE_URL: missing');
      expect(message).toContain('TEMPORAL_ADDRESS: missing');
      expect(message).toContain('JWT_SECRET: missing');
    }
  });

  it('explains an invalid value', () => {
    expect(() => loadEnvironment({ ...valid, PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadEnvironment({ ...valid, JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
    expect(() => loadEnvironment({ ...valid, TEMPORAL_ADDRESS: 'nohost' })).toThrow(/host:port/);
  });

  it('keeps private webhook targets off unless asked, and never allows them in production', () => {
    expect(loadEnvironment(valid).WEBHOOK_ALLOW_PRIVATE_TARGETS).toBe(false);
    expect(loadEnvironment({ ...valid, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' }).WEBHOOK_ALLOW_PRIVATE_TARGETS).toBe(
      true,
    );
    expect(() => loadEnvironment({ ...valid, WEBHOOK_ALLOW_PRIVATE_TARGETS: 'yes' })).toThrow(/true or false/);
    expect(() => loadEnvironment({ ...valid, NODE_ENV: 'production', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true' })).toThrow(
      /cannot be true in production/,
    );
  });

  it('sends chat notifications only to the official API hosts, or to this machine outside production', () => {
    expect(loadEnvironment(valid).WECOM_API_BASE).toBe('https://qyapi.weixin.qq.com');
    expect(loadEnvironment({ ...valid, DINGTALK_API_BASE: 'http://127.0.0.1:4100' }).DINGTALK_API_BASE).toBe(
      'http://127.0.0.1:4100',
    );
    expect(() => loadEnvironment({ ...valid, WECOM_API_BASE: 'https://evil.example.com' })).toThrow(
      /WECOM_API_BASE: must be https:\/\/qyapi.weixin.qq.com/,
    );
    expect(() => loadEnvironment({ ...valid, WECOM_API_BASE: 'http://qyapi.weixin.qq.com' })).toThrow(/WECOM_API_BASE/);
    expect(() =>
      loadEnvironment({ ...valid, NODE_ENV: 'production', DINGTALK_API_BASE: 'http://127.0.0.1:4100' }),
    ).toThrow(/DINGTALK_API_BASE: must be https:\/\/oapi.dingtalk.com$/m);
    expect(() => loadEnvironment({ ...valid, SMTP_URL: 'mail.example.com' })).toThrow(/SMTP_URL/);
  });
});

describe('owner sign-in SMS settings', () => {
  it('keep texts in the local outbox unless a provider is named with everything it needs', () => {
    expect(loadEnvironment(valid).SMS_PROVIDER).toBe('outbox');
    expect(() => loadEnvironment({ ...valid, SMS_PROVIDER: 'aliyun', ALIYUN_SMS_ACCESS_KEY_ID: 'ak' })).toThrow(
      /ALIYUN_SMS_ACCESS_KEY_SECRET: missing \(SMS_PROVIDER is aliyun\)/,
    );
    expect(() => loadEnvironment({ ...valid, SMS_PROVIDER: 'tencent' })).toThrow(/TENCENT_SMS_SDK_APP_ID: missing/);
    expect(() => loadEnvironment({ ...valid, SMS_PROVIDER: 'twilio' })).toThrow(/outbox, aliyun or tencent/);
    expect(() => loadEnvironment({ ...valid, OWNER_CODE_SECRET: 'short' })).toThrow(/OWNER_CODE_SECRET/);
  });

  it('send only to the providers’ official hosts, or to this machine outside production', () => {
    expect(loadEnvironment({ ...valid, ALIYUN_SMS_API_BASE: 'http://127.0.0.1:4100' }).ALIYUN_SMS_API_BASE).toBe(
      'http://127.0.0.1:4100',
    );
    expect(() => loadEnvironment({ ...valid, TENCENT_SMS_API_BASE: 'https://sms.example.com' })).toThrow(
      /TENCENT_SMS_API_BASE: must be https:\/\/sms.tencentcloudapi.com/,
    );
    expect(() =>
      loadEnvironment({ ...valid, NODE_ENV: 'production', ALIYUN_SMS_API_BASE: 'http://127.0.0.1:4100' }),
    ).toThrow(/ALIYUN_SMS_API_BASE/);
  });
});
