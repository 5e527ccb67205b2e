import { ApiProperty } from '@nestjs/swagger';
import { formatFen } from '@handover/domain';

/** An amount in integer fen and as formatted yuan, e.g. { fen: -27500, yuan: '-275.00' }. */
export class MoneyDto {
  @ApiProperty({ description: 'integer fen (分); negative = refund to the owner' }) fen!: number;
  @ApiProperty({ example: '1,234.50', description: 'yuan (元) with sign, thousands separators and 2 decimals' })
  yuan!: string;

  static of(fen: number | string): MoneyDto {
    const value = typeof fen === 'string' ? Number(fen) : fen;
    return { fen: value, yuan: formatFen(value) };
  }
}
