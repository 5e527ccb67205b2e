import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { SmsMessage, SmsProvider } from './sms-sender';

export interface SmsOutboxRow {
  id: string;
  to: string;
  template: string;
  params: Record<string, string | number>;
  provider: SmsProvider;
  status: 'held' | 'sent' | 'failed';
  providerMessageId: string | null;
  error: string | null;
  createdAt: Date;
}

export interface SmsOutboxRecord {
  message: SmsMessage;
  provider: SmsProvider;
  status: SmsOutboxRow['status'];
  /** what the row keeps of the params: the local outbox keeps the code (admins read it), the providers' rows mask it */
  params: Record<string, string | number>;
  providerMessageId?: string | null;
  error?: string | null;
}

/** 短信发件箱 (sms_outbox): every text message the product sent, newest first for admins. */
@Injectable()
export class SmsOutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  async record(entry: SmsOutboxRecord): Promise<string> {
    const [row] = (await this.dataSource.query(
      `INSERT INTO sms_outbox ("to", template, params, provider, status, provider_message_id, error)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [
        entry.message.to,
        entry.message.template,
        JSON.stringify(entry.params),
        entry.provider,
        entry.status,
        entry.providerMessageId ?? null,
        entry.error ?? null,
      ],
    )) as { id: string }[];
    return row!.id;
  }

  async list(page: number, pageSize: number): Promise<{ items: SmsOutboxRow[]; total: number }> {
    const rows = (await this.dataSource.query(
      `SELECT id, "to", template, params, provider, status, provider_message_id AS "providerMessageId", error,
              created_at AS "createdAt", count(*) OVER () AS total
         FROM sms_outbox ORDER BY created_at DESC, id DESC LIMIT $1 OFFSET $2`,
      [pageSize, (page - 1) * pageSize],
    )) as (SmsOutboxRow & { total: string })[];
    const total = rows.length
      ? Number(rows[0]!.total)
      : Number(((await this.dataSource.query(`SELECT count(*) AS n FROM sms_outbox`)) as { n: string }[])[0]!.n);
    return { items: rows.map(({ total: _total, ...row }) => row), total };
  }
}
