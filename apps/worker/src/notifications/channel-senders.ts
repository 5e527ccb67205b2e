import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Environment } from '@handover/config';
import type { ExternalChannel } from '@handover/domain';
import type { ChannelSender } from './delivery-failure';
import { DingtalkSender } from './dingtalk-sender';
import { EmailSender } from './email-sender';
import { WecomSender } from './wecom-sender';

/** The external channels this installation is configured for, each behind the one ChannelSender interface. */
@Injectable()
export class ChannelSenders implements OnModuleDestroy {
  private readonly senders = new Map<ExternalChannel, ChannelSender>();
  private readonly email: EmailSender | null;
  /** where the links in messages point: the console of this installation */
  readonly consoleUrl: string;

  constructor(environment: Environment) {
    const base = (environment.PUBLIC_BASE_URL ?? `http://localhost:${environment.PORT}`).replace(/\/$/, '');
    this.consoleUrl = `${base}/console`;
    if (environment.WECOM_CORP_ID && environment.WECOM_CORP_SECRET && environment.WECOM_AGENT_ID)
      this.senders.set(
        'wecom',
        new WecomSender({
          corpId: environment.WECOM_CORP_ID,
          corpSecret: environment.WECOM_CORP_SECRET,
          agentId: Number(environment.WECOM_AGENT_ID),
          apiBase: environment.WECOM_API_BASE,
        }),
      );
    if (environment.DINGTALK_APP_KEY && environment.DINGTALK_APP_SECRET && environment.DINGTALK_AGENT_ID)
      this.senders.set(
        'dingtalk',
        new DingtalkSender({
          appKey: environment.DINGTALK_APP_KEY,
          appSecret: environment.DINGTALK_APP_SECRET,
          agentId: Number(environment.DINGTALK_AGENT_ID),
          apiBase: environment.DINGTALK_API_BASE,
        }),
      );
    this.email = environment.SMTP_URL ? new EmailSender(environment.SMTP_URL, environment.MAIL_FROM) : null;
    if (this.email) this.senders.set('email', this.email);
  }

  configured(): ReadonlySet<ExternalChannel> {
    return new Set(this.senders.keys());
  }

  senderFor(channel: ExternalChannel): ChannelSender | null {
    return this.senders.get(channel) ?? null;
  }

  onModuleDestroy(): void {
    this.email?.close();
  }
}
