import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { GapBar } from './survey-chart-data';

const GAP = '#91caff';
const WEIGHTED = '#1677ff';
const KEY = '#ff4d4f';

/** Gap and weighted gap per dimension; the key experience's bars in red. */
export function GapChart({ bars, labels }: { bars: GapBar[]; labels: { gap: string; weightedGap: string } }) {
  return (
    <ResponsiveContainer width="100%" height={Math.max(240, bars.length * 56)}>
      <BarChart data={bars} layout="vertical" margin={{ top: 8, right: 24, bottom: 0, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" />
        <YAxis type="category" dataKey="name" width={96} />
        <ReferenceLine x={0} stroke="#595959" />
        <Tooltip formatter={(value) => Number(value).toFixed(2)} />
        <Legend />
        <Bar dataKey="gap" name={labels.gap} fill={GAP} isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.dimensionId} fill={bar.key ? '#ffa39e' : GAP} />
          ))}
        </Bar>
        <Bar dataKey="weightedGap" name={labels.weightedGap} fill={WEIGHTED} isAnimationActive={false}>
          {bars.map((bar) => (
            <Cell key={bar.dimensionId} fill={bar.key ? KEY : WEIGHTED} />
          ))}
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}
