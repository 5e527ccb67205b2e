import Dysmsapi, { SendSmsRequest } from '@alicloud/dysmsapi20170525';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { ownerMessageVariables } from '@handover/domain';
import {
  ownerMessageOf,
  SmsSender,
  SmsSendError,
  type OwnerMessageTemplateIds,
  type SmsMessage,
  type SmsSendResult,
} from './sms-sender';

export interface AliyunSmsSettings {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templateCode: string;
  /** the owner messages' templates (ALIYUN_SMS_TEMPLATE_<KIND>); a kind without one is refused before any request */
  ownerTemplateCodes?: OwnerMessageTemplateIds;
  /** https://dysmsapi.aliyuncs.com, or http://127.0.0.1:<port> for a test fake */
  apiBase: string;
}

/**
 * 阿里云短信服务 (Dysmsapi 2017-05-25 SendSms) through Alibaba Cloud's official SDK, which signs each request
 * (ACS3-HMAC-SHA256). The sign-in template's variable is `${code}`; an owner message's template takes the variables its
 * kind names (OWNER_MESSAGE_TEMPLATES), by name.
 */
export class AliyunSmsSender extends SmsSender {
  readonly provider = 'aliyun' as const;
  private readonly client: Dysmsapi;

  constructor(private readonly settings: AliyunSmsSettings) {
    super();
    const base = new URL(settings.apiBase);
    this.client = new Dysmsapi(
      new $OpenApiUtil.Config({
        accessKeyId: settings.accessKeyId,
        accessKeySecret: settings.accessKeySecret,
        endpoint: base.host,
        protocol: base.protocol === 'http:' ? 'HTTP' : 'HTTPS',
        regionId: 'cn-hangzhou',
      }),
    );
  }

  async send(message: SmsMessage): Promise<SmsSendResult> {
    const templateCode =
      message.template === 'owner_sign_in_code'
        ? this.settings.templateCode
        : this.settings.ownerTemplateCodes?.[message.template];
    if (!templateCode) throw new SmsSendError(this.provider, `no template configured for ${message.template}`, true);
    const templateParam =
      message.template === 'owner_sign_in_code'
        ? { code: message.params.code }
        : Object.fromEntries(ownerMessageVariables(ownerMessageOf(message)).map(({ name, value }) => [name, value]));
    let body: { code?: string; message?: string; bizId?: string } | undefined;
    try {
      const response = await this.client.sendSms(
        new SendSmsRequest({
          phoneNumbers: message.to,
          signName: this.settings.signName,
          templateCode,
          templateParam: JSON.stringify(templateParam),
        }),
      );
      body = response.body;
    } catch (error) {
      // The SDK's errors name the request's code and message only (never its query string).
      throw new SmsSendError(this.provider, `request failed: ${(error as { code?: string }).code ?? 'unreachable'}`);
    }
    if (body?.code !== 'OK') throw new SmsSendError(this.provider, `refused: ${body?.code ?? 'no answer'}`);
    return { messageId: body.bizId ?? null };
  }
}
