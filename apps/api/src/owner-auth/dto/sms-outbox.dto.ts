import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { maskMobile, OWNER_MESSAGE_KINDS } from '@handover/domain';
import type { SmsOutboxRow } from '../sms/sms-outbox.repository';

/**
 * A text message as admins read it: the number masked; the code in clear only for the local outbox, an owner message's
 * values (and in the local outbox its text).
 */
export class SmsOutboxMessageDto {
  @ApiProperty() id!: string;
  @ApiProperty({ example: '139****0001' }) toMasked!: string;
  @ApiProperty({ enum: ['owner_sign_in_code', ...OWNER_MESSAGE_KINDS] }) template!: string;
  @ApiProperty({
    type: 'object',
    additionalProperties: { oneOf: [{ type: 'string' }, { type: 'number' }] },
    example: { code: '012345', minutes: 5 },
  })
  params!: Record<string, string | number>;
  @ApiProperty({ enum: ['outbox', 'aliyun', 'tencent'] }) provider!: string;
  @ApiProperty({ enum: ['held', 'sent', 'failed'] }) status!: string;
  @ApiPropertyOptional({ type: 'string', nullable: true }) error!: string | null;
  @ApiProperty() createdAt!: string;

  static from(row: SmsOutboxRow): SmsOutboxMessageDto {
    return {
      id: row.id,
      toMasked: maskMobile(row.to),
      template: row.template,
      params: row.params,
      provider: row.provider,
      status: row.status,
      error: row.error,
      createdAt: new Date(row.createdAt).toISOString(),
    };
  }
}

export class SmsOutboxPageDto {
  @ApiProperty({ type: [SmsOutboxMessageDto] }) items!: SmsOutboxMessageDto[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
}
