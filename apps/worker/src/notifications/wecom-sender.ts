import { AccessTokenCache } from './access-token-cache';
import { callChatApi, chatApiUrl, describeAnswer, TOKEN_REFUSED_CODES, type ChatApiAnswer } from './chat-api';
import { PermanentDeliveryFailure, type ChannelSender, type OutgoingMessage } from './delivery-failure';

export interface WecomSettings {
  corpId: string;
  corpSecret: string;
  agentId: number;
  apiBase: string;
}

/** errcodes that say the recipient or the message can never be accepted: retrying cannot help. */
const PERMANENT_CODES = new Set([
  40003, // invalid userid
  60111, // userid not found
  81013, // user, department and tag all invalid
  82001, // no one to send to
  44004, // empty text
  45002, // text too long
]);

/** Seconds within which 企业微信 itself drops a repeat of the same message (its limit is 4 hours). */
const DUPLICATE_CHECK_SECONDS = 4 * 3600;

/**
 * 企业微信 application messages (应用消息) to one person, as a text card with a link. A token the API refuses is
 * refreshed and the message sent once more; 企业微信's duplicate check drops a resend of the same message.
 */
export class WecomSender implements ChannelSender {
  private readonly tokens: AccessTokenCache;

  constructor(private readonly settings: WecomSettings) {
    this.tokens = new AccessTokenCache(async () => {
      const answer = await callChatApi(
        chatApiUrl(settings.apiBase, '/cgi-bin/gettoken', {
          corpid: settings.corpId,
          corpsecret: settings.corpSecret,
        }),
      );
      if (answer.errcode !== 0 || typeof answer.access_token !== 'string')
        throw new Error(`企业微信 gettoken refused: ${describeAnswer(answer)}`);
      return { token: answer.access_token, expiresInSeconds: Number(answer.expires_in ?? 7200) };
    });
  }

  async send(message: OutgoingMessage): Promise<void> {
    let answer = await this.post(message, await this.tokens.get());
    if (TOKEN_REFUSED_CODES.has(answer.errcode ?? -1)) {
      answer = await this.post(message, await this.tokens.get());
    }
    if (answer.errcode === 0) {
      const invalid = String(answer.invaliduser ?? '')
        .split('|')
        .filter(Boolean);
      if (invalid.includes(message.address))
        throw new PermanentDeliveryFailure(`企业微信 does not know userid ${message.address}`);
      return;
    }
    const problem = `企业微信 message/send: ${describeAnswer(answer)}`;
    if (PERMANENT_CODES.has(answer.errcode ?? -1)) throw new PermanentDeliveryFailure(problem);
    throw new Error(problem);
  }

  private async post(message: OutgoingMessage, token: string): Promise<ChatApiAnswer> {
    const answer = await callChatApi(
      chatApiUrl(this.settings.apiBase, '/cgi-bin/message/send', { access_token: token }),
      {
        touser: message.address,
        msgtype: 'textcard',
        agentid: this.settings.agentId,
        textcard: { title: message.title, description: message.body, url: message.url, btntxt: '详情' },
        enable_duplicate_check: 1,
        duplicate_check_interval: DUPLICATE_CHECK_SECONDS,
      },
    );
    if (TOKEN_REFUSED_CODES.has(answer.errcode ?? -1)) this.tokens.invalidate(token);
    return answer;
  }
}
