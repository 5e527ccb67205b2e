import { Injectable, Logger } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ownerMessageRetryAt, type OwnerMessageKind } from '@handover/domain';
// The SMS adapters are framework-free and live with owner sign-in, which sends the sign-in code from the API.
import { SmsSender, SmsSendError, type SmsMessage } from '../../../api/src/owner-auth/sms/sms-sender';
import { SmsOutboxRepository } from '../../../api/src/owner-auth/sms/sms-outbox.repository';

/** How one claimed message ended. */
export type OwnerMessageOutcome = 'sent' | 'opted_out' | 'retry_later' | 'failed';

interface ClaimedMessage {
  id: string;
  kind: OwnerMessageKind;
  params: Record<string, string>;
  attempts: number;
  phone: string;
  optedOut: boolean;
}

/** A number a text message can go to. */
const MOBILE_NUMBER = /^1[3-9]\d{9}$/;

/**
 * Sends owner messages (owner_messages) that are due, one row at a time: the row is claimed with FOR UPDATE SKIP LOCKED
 * (worker replicas never send the same message), the owner's number is read from the unit at this moment, a number
 * that turned the kind off (消息设置) gets nothing (opted_out), and the outcome is written before the row is let go.
 * A send that fails is tried again later (1, 2, 4, 8 minutes), the fifth failure is final. A crash between the
 * provider's answer and the commit sends that message again on the next round (at least once). Logs name the message,
 * never the number.
 */
@Injectable()
export class OwnerMessageDelivery {
  private readonly logger = new Logger('OwnerMessages');

  constructor(
    private readonly dataSource: DataSource,
    private readonly sender: SmsSender,
    private readonly outbox: SmsOutboxRepository,
  ) {}

  /**
   * Settles the next due message; null when none is due. `now` and `messageId` narrow the pick (a test or an operator
   * sending one message); by default the earliest due message at the database's clock.
   */
  sendNext(options: { now?: Date; messageId?: string } = {}): Promise<OwnerMessageOutcome | null> {
    return this.dataSource.transaction(async (manager) => {
      const message = await this.claim(manager, options);
      if (!message) return null;
      if (message.optedOut) return this.settle(manager, message, 'opted_out');
      if (!MOBILE_NUMBER.test(message.phone)) return this.settle(manager, message, 'failed', 'no mobile number');
      const sms = { to: message.phone, template: message.kind, params: message.params } as SmsMessage;
      let providerMessageId: string | null;
      try {
        providerMessageId = (await this.sender.send(sms)).messageId;
      } catch (error) {
        return this.failed(manager, message, sms, error);
      }
      if (this.sender.provider !== 'outbox')
        await this.outbox.record({
          message: sms,
          provider: this.sender.provider,
          status: 'sent',
          params: { ...message.params },
          providerMessageId,
        });
      return this.settle(manager, message, 'sent', null, providerMessageId);
    });
  }

  /** ms until the next pending message is due (0 when one is due now); null when none waits. */
  async nextDueInMs(): Promise<number | null> {
    const [row] = (await this.dataSource.query(
      `SELECT GREATEST(0, EXTRACT(EPOCH FROM (min(send_after) - now())) * 1000)::bigint AS ms
         FROM owner_messages WHERE status = 'pending'`,
    )) as { ms: string | null }[];
    return row?.ms === null || row?.ms === undefined ? null : Number(row.ms);
  }

  /** A refused or failed send: tried again later, or failed for good after the last try or when no retry can help. */
  private async failed(
    manager: EntityManager,
    message: ClaimedMessage,
    sms: SmsMessage,
    error: unknown,
  ): Promise<OwnerMessageOutcome> {
    const detail = error instanceof SmsSendError ? error.detail : 'unexpected error';
    const retryAt =
      error instanceof SmsSendError && error.permanent ? null : ownerMessageRetryAt(message.attempts + 1, Date.now());
    this.logger.warn(`owner message ${message.id} (${message.kind}) via ${this.sender.provider} failed: ${detail}`);
    if (this.sender.provider !== 'outbox')
      await this.outbox.record({
        message: sms,
        provider: this.sender.provider,
        status: 'failed',
        params: { ...message.params },
        error: detail,
      });
    return retryAt === null
      ? this.settle(manager, message, 'failed', detail)
      : this.retryLater(manager, message, new Date(retryAt), detail);
  }

  private async claim(
    manager: EntityManager,
    options: { now?: Date; messageId?: string },
  ): Promise<ClaimedMessage | null> {
    const rows = (await manager.query(
      `SELECT m.id, m.kind, m.params, m.attempts, u.owner_phone AS phone,
              EXISTS (SELECT 1 FROM owner_message_preferences p
                       WHERE p.phone_sha256 = encode(sha256(convert_to(u.owner_phone, 'UTF8')), 'hex')
                         AND p.kind = m.kind AND p.opted_out) AS "optedOut"
         FROM owner_messages m JOIN units u ON u.id = m.unit_id
        WHERE m.status = 'pending' AND m.send_after <= COALESCE($1::timestamptz, now())
          AND ($2::uuid IS NULL OR m.id = $2::uuid)
        ORDER BY m.send_after, m.id
        LIMIT 1
        FOR UPDATE OF m SKIP LOCKED`,
      [options.now ?? null, options.messageId ?? null],
    )) as ClaimedMessage[];
    return rows[0] ?? null;
  }

  private async settle(
    manager: EntityManager,
    message: ClaimedMessage,
    status: 'sent' | 'opted_out' | 'failed',
    error: string | null = null,
    providerMessageId: string | null = null,
  ): Promise<OwnerMessageOutcome> {
    const tried = status === 'opted_out' ? 0 : 1;
    await manager.query(
      `UPDATE owner_messages
          SET status = $2, attempts = attempts + $3, provider = $4, provider_message_id = $5, error = $6,
              sent_at = CASE WHEN $2 = 'sent' THEN now() END, updated_at = now()
        WHERE id = $1`,
      [message.id, status, tried, tried ? this.sender.provider : null, providerMessageId, error],
    );
    if (status !== 'failed') this.logger.log(`owner message ${message.id} (${message.kind}): ${status}`);
    return status;
  }

  private async retryLater(
    manager: EntityManager,
    message: ClaimedMessage,
    at: Date,
    error: string,
  ): Promise<OwnerMessageOutcome> {
    await manager.query(
      `UPDATE owner_messages
          SET attempts = attempts + 1, send_after = $2, provider = $3, error = $4, updated_at = now()
        WHERE id = $1`,
      [message.id, at, this.sender.provider, error],
    );
    return 'retry_later';
  }
}
