/**
 * A send that can never succeed as it is (an unknown userid, a refused address): recorded as failed for the admin
 * and not retried. Any other error is retried with backoff.
 */
export class PermanentDeliveryFailure extends Error {
  override readonly name = 'PermanentDeliveryFailure';
}

/** What a channel sends: the notification's text in the person's language and the absolute link to its page. */
export interface OutgoingMessage {
  address: string;
  title: string;
  body: string;
  url: string;
}

/** One external channel (企业微信, 钉钉, e-mail); `send` resolves once the channel accepted the message. */
export interface ChannelSender {
  send(message: OutgoingMessage): Promise<void>;
}
