import { sms } from 'tencentcloud-sdk-nodejs-sms';
import { ownerMessageVariables } from '@handover/domain';
import {
  ownerMessageOf,
  SmsSender,
  SmsSendError,
  type OwnerMessageTemplateIds,
  type SmsMessage,
  type SmsSendResult,
} from './sms-sender';

export interface TencentSmsSettings {
  secretId: string;
  secretKey: string;
  sdkAppId: string;
  signName: string;
  templateId: string;
  /** the owner messages' templates (TENCENT_SMS_TEMPLATE_ID_<KIND>); a kind without one is refused before any request */
  ownerTemplateIds?: OwnerMessageTemplateIds;
  region: string;
  /** https://sms.tencentcloudapi.com, or http://127.0.0.1:<port> for a test fake */
  apiBase: string;
}

type TencentSmsClient = InstanceType<typeof sms.v20210111.Client>;

/**
 * 腾讯云短信 (SMS 2021-01-11 SendSms) through Tencent Cloud's official SDK, which signs each request (TC3-HMAC-SHA256).
 * The sign-in template's {1} is the code and {2} the minutes it lasts; an owner message's template numbers the variables
 * its kind names (OWNER_MESSAGE_TEMPLATES) in their order.
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
    const templateId =
      message.template === 'owner_sign_in_code'
        ? this.settings.templateId
        : this.settings.ownerTemplateIds?.[message.template];
    if (!templateId) throw new SmsSendError(this.provider, `no template configured for ${message.template}`, true);
    const templateParams =
      message.template === 'owner_sign_in_code'
        ? [message.params.code, String(message.params.minutes)]
        : ownerMessageVariables(ownerMessageOf(message)).map(({ value }) => value);
    let status: { Code?: string; SerialNo?: string } | undefined;
    try {
      const response = await this.client.SendSms({
        PhoneNumberSet: [`+86${message.to}`],
        SmsSdkAppId: this.settings.sdkAppId,
        SignName: this.settings.signName,
        TemplateId: templateId,
        TemplateParamSet: templateParams,
      });
      status = response.SendStatusSet?.[0];
    } catch (error) {
      throw new SmsSendError(this.provider, `request failed: ${(error as { code?: string }).code ?? 'unreachable'}`);
    }
    if (status?.Code !== 'Ok') throw new SmsSendError(this.provider, `refused: ${status?.Code ?? 'no answer'}`);
    return { messageId: status.SerialNo ?? null };
  }
}
