import { AccessTokenCache } from './access-token-cache';
import { callChatApi, chatApiUrl, describeAnswer, TOKEN_REFUSED_CODES, type ChatApiAnswer } from './chat-api';
import { PermanentDeliveryFailure, type ChannelSender, type OutgoingMessage } from './delivery-failure';

export interface DingtalkSettings {
  appKey: string;
  appSecret: string;
  agentId: number;
  apiBase: string;
}

/** errcodes that say the recipient or the message can never be accepted. */
const PERMANENT_CODES = new Set([
  33012, // invalid userid
  40035, // invalid parameter
  400002, // invalid userid_list
]);

/**
 * 钉钉 work notifications (工作通知, corpconversation/asyncsend_v2) to one person, as an action card with a link. A
 * refused token is refreshed and the message sent once more.
 */
export class DingtalkSender implements ChannelSender {
  private readonly tokens: AccessTokenCache;

  constructor(private readonly settings: DingtalkSettings) {
    this.tokens = new AccessTokenCache(async () => {
      const answer = await callChatApi(
        chatApiUrl(settings.apiBase, '/gettoken', { appkey: settings.appKey, appsecret: settings.appSecret }),
      );
      if (answer.errcode !== 0 || typeof answer.access_token !== 'string')
        throw new Error(`钉钉 gettoken refused: ${describeAnswer(answer)}`);
      return { token: answer.access_token, expiresInSeconds: Number(answer.expires_in ?? 7200) };
    });
  }

  async send(message: OutgoingMessage): Promise<void> {
    let answer = await this.post(message, await this.tokens.get());
    if (TOKEN_REFUSED_CODES.has(answer.errcode ?? -1)) {
      answer = await this.post(message, await this.tokens.get());
    }
    if (answer.errcode === 0) return;
    const problem = `钉钉 asyncsend_v2: ${describeAnswer(answer)}`;
    if (PERMANENT_CODES.has(answer.errcode ?? -1)) throw new PermanentDeliveryFailure(problem);
    throw new Error(problem);
  }

  private async post(message: OutgoingMessage, token: string): Promise<ChatApiAnswer> {
    const answer = await callChatApi(
      chatApiUrl(this.settings.apiBase, '/topapi/message/corpconversation/asyncsend_v2', { access_token: token }),
      {
        agent_id: this.settings.agentId,
        userid_list: message.address,
        msg: {
          msgtype: 'action_card',
          action_card: {
            title: message.title,
            markdown: `### ${message.title}\n\n${message.body}`,
            single_title: '查看详情',
            single_url: message.url,
          },
        },
      },
    );
    if (TOKEN_REFUSED_CODES.has(answer.errcode ?? -1)) this.tokens.invalidate(token);
    return answer;
  }
}
