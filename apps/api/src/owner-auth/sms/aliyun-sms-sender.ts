import Dysmsapi, { SendSmsRequest } from '@alicloud/dysmsapi20170525';
import { $OpenApiUtil } from '@alicloud/openapi-core';
import { SmsSender, SmsSendError, type SmsMessage, type SmsSendResult } from './sms-sender';

export interface AliyunSmsSettings {
  accessKeyId: string;
  accessKeySecret: string;
  signName: string;
  templateCode: string;
  /** https://dysmsapi.aliyuncs.com, or http://127.0.0.1:<port> for a test fake */
  apiBase: string;
}

/**
 * 阿里云短信服务 (Dysmsapi 2017-05-25 SendSms) through Alibaba Cloud's official SDK, which signs each request
 * (ACS3-HMAC-SHA256). The template is the approved code template; its variable is `${code}`.
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
    let body: { code?: string; message?: string; bizId?: string } | undefined;
    try {
      const response = await this.client.sendSms(
        new SendSmsRequest({
          phoneNumbers: message.to,
          signName: this.settings.signName,
          templateCode: this.settings.templateCode,
          templateParam: JSON.stringify({ code: message.params.code }),
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
