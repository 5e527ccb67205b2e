import { plainToInstance, Transform } from 'class-transformer';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  Matches,
  Max,
  Min,
  MinLength,
  validateSync,
} from 'class-validator';

/** The validated environment shared by api and worker; read once at boot. */
export class Environment {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV: 'development' | 'production' | 'test' = 'development';

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  @Max(65535)
  PORT = 3000;

  @IsString()
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL!: string;

  @IsString()
  @Matches(/^[^\s:]+:\d+$/, { message: 'TEMPORAL_ADDRESS must be host:port, e.g. 127.0.0.1:7233' })
  TEMPORAL_ADDRESS!: string;

  @IsString()
  @IsNotEmpty()
  TEMPORAL_NAMESPACE = 'default';

  @IsString()
  @IsNotEmpty()
  TEMPORAL_TASK_QUEUE = 'handover';

  @IsString()
  @MinLength(32, { message: 'JWT_SECRET must be at least 32 characters' })
  JWT_SECRET!: string;

  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(60)
  JWT_TTL_SECONDS = 12 * 3600;

  @IsIn(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
  LOG_LEVEL = 'info';

  @IsOptional()
  @IsString()
  TEMPORAL_UI_URL?: string;

  @IsString()
  DEFAULT_TIME_ZONE = 'Asia/Shanghai';

  /** where defect photos are stored on local disk; defaults to <HANDOVER_DATA_DIR or the OS temp dir>/photos */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  PHOTO_STORAGE_DIR?: string;

  /** the built web console the API serves at /console; defaults to apps/web/dist under the working directory */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  WEB_CONSOLE_DIR?: string;

  /** the built owner app (业主端 H5) the API serves at /h5; defaults to apps/web/h5/dist under the working directory */
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  WEB_OWNER_APP_DIR?: string;

  /**
   * Lets briefing webhooks point at this machine or a private network (local test receivers). Off by default and
   * refused in production: such a URL would let any project lead aim the worker at internal services.
   */
  @Transform(({ value }) =>
    value === undefined
      ? undefined
      : value === 'true' || value === true
        ? true
        : value === 'false' || value === false
          ? false
          : value,
  )
  @IsBoolean({ message: 'WEBHOOK_ALLOW_PRIVATE_TARGETS must be true or false' })
  WEBHOOK_ALLOW_PRIVATE_TARGETS = false;

  /** where people open the product: the links in notifications; http://localhost:<PORT> when not set */
  @IsOptional()
  @Matches(/^https?:\/\/[^\s/]+(\/[^\s]*)?$/, { message: 'PUBLIC_BASE_URL must be an http(s) URL' })
  PUBLIC_BASE_URL?: string;

  /** e-mail notifications go out through this SMTP server (smtp:// or smtps://); none when not set */
  @IsOptional()
  @Matches(/^smtps?:\/\/.+/, { message: 'SMTP_URL must be an smtp:// or smtps:// URL' })
  SMTP_URL?: string;

  @IsString()
  @IsNotEmpty()
  MAIL_FROM = '交付管理 <handover@localhost>';

  /** the wait before a failed delivery's second attempt; it doubles with each attempt, to at most 30 minutes */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(10)
  NOTIFICATION_RETRY_BASE_MS = 30_000;

  /** 企业微信 application messages: the corp id, the application's secret and agent id; off unless all three are set */
  @IsOptional() @IsString() WECOM_CORP_ID?: string;
  @IsOptional() @IsString() WECOM_CORP_SECRET?: string;
  @IsOptional() @Matches(/^\d+$/, { message: 'WECOM_AGENT_ID must be a number' }) WECOM_AGENT_ID?: string;
  /** the WeChat Work API; only its official host or, outside production, this machine (test fakes) */
  @IsString() WECOM_API_BASE = 'https://qyapi.weixin.qq.com';

  /** 钉钉 work notifications: the application's key, secret and agent id; off unless all three are set */
  @IsOptional() @IsString() DINGTALK_APP_KEY?: string;
  @IsOptional() @IsString() DINGTALK_APP_SECRET?: string;
  @IsOptional() @Matches(/^\d+$/, { message: 'DINGTALK_AGENT_ID must be a number' }) DINGTALK_AGENT_ID?: string;
  /** the DingTalk API; only its official host or, outside production, this machine (test fakes) */
  @IsString() DINGTALK_API_BASE = 'https://oapi.dingtalk.com';

  /**
   * The key of the HMAC that owners' one-time codes (业主验证码) and rate-limit keys are stored under; at least 32
   * characters. When not set, a key derived from JWT_SECRET (HMAC-SHA256 of it with a fixed label) is used.
   */
  @IsOptional()
  @IsString()
  @MinLength(32, { message: 'OWNER_CODE_SECRET must be at least 32 characters' })
  OWNER_CODE_SECRET?: string;

  /**
   * The per-address ceilings of owner sign-in, per hour: codes asked for (20) and codes presented (30). Behind a
   * carrier NAT many owners share an address; a benchmark signing thousands in from one machine raises them.
   */
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  OWNER_CODE_REQUESTS_PER_ADDRESS_HOUR = 20;
  @Transform(({ value }) => (value === undefined ? undefined : Number(value)))
  @IsInt()
  @Min(1)
  OWNER_SIGN_IN_TRIES_PER_ADDRESS_HOUR = 30;

  /** who sends owners' text messages: the local outbox admins read in the console (default), 阿里云 or 腾讯云 SMS */
  @IsIn(['outbox', 'aliyun', 'tencent'], { message: 'SMS_PROVIDER must be outbox, aliyun or tencent' })
  SMS_PROVIDER: 'outbox' | 'aliyun' | 'tencent' = 'outbox';

  /** 阿里云短信服务: an AccessKey pair, the approved signature (签名) and the code template (模板, e.g. SMS_123) */
  @IsOptional() @IsString() ALIYUN_SMS_ACCESS_KEY_ID?: string;
  @IsOptional() @IsString() ALIYUN_SMS_ACCESS_KEY_SECRET?: string;
  @IsOptional() @IsString() ALIYUN_SMS_SIGN_NAME?: string;
  @IsOptional() @IsString() ALIYUN_SMS_TEMPLATE_CODE?: string;
  /** the owner messages' approved templates (业主短信, texts in libs/domain owner-messages); a kind without one is not sent */
  @IsOptional() @IsString() ALIYUN_SMS_TEMPLATE_HANDOVER_NOTICE?: string;
  @IsOptional() @IsString() ALIYUN_SMS_TEMPLATE_BOOKING_REMINDER?: string;
  @IsOptional() @IsString() ALIYUN_SMS_TEMPLATE_OBJECTION_REPLY?: string;
  @IsOptional() @IsString() ALIYUN_SMS_TEMPLATE_REPAIR_VISIT?: string;
  /** the Dysmsapi endpoint; only its official host or, outside production, this machine (test fakes) */
  @IsString() ALIYUN_SMS_API_BASE = 'https://dysmsapi.aliyuncs.com';

  /** 腾讯云短信: a SecretId/SecretKey pair, the SDK AppID, the approved signature and template id, the region */
  @IsOptional() @IsString() TENCENT_SMS_SECRET_ID?: string;
  @IsOptional() @IsString() TENCENT_SMS_SECRET_KEY?: string;
  @IsOptional()
  @Matches(/^\d+$/, { message: 'TENCENT_SMS_SDK_APP_ID must be a number' })
  TENCENT_SMS_SDK_APP_ID?: string;
  @IsOptional() @IsString() TENCENT_SMS_SIGN_NAME?: string;
  @IsOptional()
  @Matches(/^\d+$/, { message: 'TENCENT_SMS_TEMPLATE_ID must be a number' })
  TENCENT_SMS_TEMPLATE_ID?: string;
  /** the owner messages' approved template ids (业主短信); a kind without one is not sent */
  @IsOptional()
  @Matches(/^\d+$/, { message: 'TENCENT_SMS_TEMPLATE_ID_HANDOVER_NOTICE must be a number' })
  TENCENT_SMS_TEMPLATE_ID_HANDOVER_NOTICE?: string;
  @IsOptional()
  @Matches(/^\d+$/, { message: 'TENCENT_SMS_TEMPLATE_ID_BOOKING_REMINDER must be a number' })
  TENCENT_SMS_TEMPLATE_ID_BOOKING_REMINDER?: string;
  @IsOptional()
  @Matches(/^\d+$/, { message: 'TENCENT_SMS_TEMPLATE_ID_OBJECTION_REPLY must be a number' })
  TENCENT_SMS_TEMPLATE_ID_OBJECTION_REPLY?: string;
  @IsOptional()
  @Matches(/^\d+$/, { message: 'TENCENT_SMS_TEMPLATE_ID_REPAIR_VISIT must be a number' })
  TENCENT_SMS_TEMPLATE_ID_REPAIR_VISIT?: string;
  @IsString() @IsNotEmpty() TENCENT_SMS_REGION = 'ap-guangzhou';
  /** the SMS API endpoint; only its official host or, outside production, this machine (test fakes) */
  @IsString() TENCENT_SMS_API_BASE = 'https://sms.tencentcloudapi.com';
}

/** What each SMS provider needs set before SMS_PROVIDER may name it. */
const SMS_PROVIDER_VARIABLES = {
  outbox: [],
  aliyun: [
    'ALIYUN_SMS_ACCESS_KEY_ID',
    'ALIYUN_SMS_ACCESS_KEY_SECRET',
    'ALIYUN_SMS_SIGN_NAME',
    'ALIYUN_SMS_TEMPLATE_CODE',
  ],
  tencent: [
    'TENCENT_SMS_SECRET_ID',
    'TENCENT_SMS_SECRET_KEY',
    'TENCENT_SMS_SDK_APP_ID',
    'TENCENT_SMS_SIGN_NAME',
    'TENCENT_SMS_TEMPLATE_ID',
  ],
} as const satisfies Record<Environment['SMS_PROVIDER'], readonly (keyof Environment)[]>;

export class EnvironmentError extends Error {}

/** Validates `source` (process.env by default); the error names every missing or invalid variable. */
export function loadEnvironment(source: NodeJS.ProcessEnv = process.env): Environment {
  const defined = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== undefined && value !== ''));
  const environment = plainToInstance(Environment, defined, { exposeDefaultValues: true });
  const errors = validateSync(environment, { whitelist: false, forbidUnknownValues: false });
  if (errors.length > 0) {
    const lines = errors.map((error) => {
      const reasons = Object.values(error.constraints ?? {}).join('; ');
      return `  ${error.property}: ${source[error.property] === undefined ? 'missing' : reasons}`;
    });
    throw new EnvironmentError(`Invalid environment configuration:\n${lines.join('\n')}`);
  }
  if (environment.NODE_ENV === 'production' && environment.WEBHOOK_ALLOW_PRIVATE_TARGETS) {
    throw new EnvironmentError(
      'Invalid environment configuration:\n  WEBHOOK_ALLOW_PRIVATE_TARGETS: cannot be true in production',
    );
  }
  const chatApiProblems = [
    chatApiBaseProblem('WECOM_API_BASE', environment.WECOM_API_BASE, 'qyapi.weixin.qq.com', environment.NODE_ENV),
    chatApiBaseProblem('DINGTALK_API_BASE', environment.DINGTALK_API_BASE, 'oapi.dingtalk.com', environment.NODE_ENV),
    chatApiBaseProblem(
      'ALIYUN_SMS_API_BASE',
      environment.ALIYUN_SMS_API_BASE,
      'dysmsapi.aliyuncs.com',
      environment.NODE_ENV,
    ),
    chatApiBaseProblem(
      'TENCENT_SMS_API_BASE',
      environment.TENCENT_SMS_API_BASE,
      'sms.tencentcloudapi.com',
      environment.NODE_ENV,
    ),
    ...SMS_PROVIDER_VARIABLES[environment.SMS_PROVIDER]
      .filter((name) => !environment[name])
      .map((name) => `${name}: missing (SMS_PROVIDER is ${environment.SMS_PROVIDER})`),
  ].filter((problem): problem is string => problem !== null);
  if (chatApiProblems.length > 0)
    throw new EnvironmentError(
      `Invalid environment configuration:\n${chatApiProblems.map((p) => `  ${p}`).join('\n')}`,
    );
  return environment;
}

const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A chat API base URL is its official host over https, or (outside production) this machine, where the tests run
 * fakes. Anything else would send people's messages and the application's secret elsewhere.
 */
function chatApiBaseProblem(name: string, value: string, officialHost: string, nodeEnv: string): string | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `${name}: not a URL`;
  }
  if (url.protocol === 'https:' && url.hostname === officialHost) return null;
  if (nodeEnv !== 'production' && url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return null;
  return `${name}: must be https://${officialHost}${nodeEnv === 'production' ? '' : ' or http://127.0.0.1:<port>'}`;
}
