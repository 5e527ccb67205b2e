import { sms } from 'tencentcloud-sdk-nodejs-sms';
import { SmsSender, SmsSendError, type SmsMessage, type SmsSendResult } from './sms-sender';

export interface TencentSmsSettings {
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  signName: string;
  templateId: string;
  region: string;
  /** https://sms.tencentcloudapi.com, or http://127.0.0.1:<port> for a test fake */
  apiBase: string;
}

type TencentSmsClient = InstanceType<typeof sms.v20210111.Client>;

/**
 * 腾讯云短信 (SMS 2021-01-11 SendSms) through Tencent Cloud's official SDK, which signs each request (TC3-HMAC-SHA256).
 * The template's {1} is the code and {2} the minutes it lasts.
 */
export class TencentSmsSender extends SmsSender {
  readonly provider = 'tencent' as const;
  private readonly client: TencentSmsClient;

  constructor(private readonly settings: TencentSmsSettings) {
    super();
    const base = new URL(settings.apiBase);
    this.client = new sms.v20210111.Client({
      credential: { secretId: settings.secretId, secretKey: settings.secretKey },
      region: settings.region,
      profile: { httpProfile: { endpoint: base.host, protocol: `${base.protocol}//`, reqTimeout: 10 } },
    });
  }

  async send(message: SmsMessage): Promise<SmsSendResult> {
    let status: { Code?: string; SerialNo?: string } | undefined;
    try {
      const response = await this.client.SendSms({
        PhoneNumberSet: [`+86${message.to}`],
        SmsSdkAppId: this.settings.sdkAppId,
        SignName: this.settings.signName,
        TemplateId: this.settings.templateId,
        TemplateParamSet: [message.params.code, String(message.params.minutes)],
      });
      status = response.SendStatusSet?.[0];
    } catch (error) {
      throw new SmsSendError(this.provider, `request failed: ${(error as { code?: string }).code ?? 'unreachable'}`);
    }
    if (status?.Code !== 'Ok') throw new SmsSendError(this.provider, `refused: ${status?.Code ?? 'no answer'}`);
    return { messageId: status.SerialNo ?? null };
  }
}
