import { Typography } from 'antd';
import { formatYuan, toFen } from './money';

/** An amount in yuan with two decimals, from integer fen; refunds and credits (negative) in the danger colour. */
export function MoneyText({
  fen,
  sign = false,
  strong = false,
}: {
  fen: number | string | bigint | null | undefined;
  sign?: boolean;
  strong?: boolean;
}) {
  if (fen === null || fen === undefined) return <Typography.Text type="secondary">—</Typography.Text>;
  const negative = toFen(fen) < 0n;
  return (
    <Typography.Text strong={strong} type={negative ? 'danger' : undefined} className="money" data-fen={String(fen)}>
      {formatYuan(fen, { sign })}
    </Typography.Text>
  );
}
