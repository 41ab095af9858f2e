import { formatMoneyCompact, formatMoneyRange, linearTicks, scaleLinear } from "@/lib/ui/chart-scales";

export interface CostBar {
  label: string;
  min: number;
  max: number;
  /** Titles of roles working here whose pay is unknown: the figure understates the cost. */
  unpriced?: string[];
}

/** "$14.2K – $20.8K", "not known" when only unpriced roles work here, "… + unpriced" when some do. */
export function describeCostBar(bar: CostBar, currency: string, compact = false): string {
  const unpriced = bar.unpriced ?? [];
  if (bar.max === 0 && unpriced.length > 0) return "not known";
  const figure = formatMoneyRange(bar, currency, compact);
  return unpriced.length > 0 ? `${figure} + unpriced` : figure;
}

const WIDTH = 960;
const LABEL_WIDTH = 250;
// Wide enough for "$10.8K – $13.3K + unpriced" at the chart font size.
const VALUE_WIDTH = 220;
const ROW_HEIGHT = 30;
const AXIS_HEIGHT = 24;

/**
 * Cost ranges as horizontal bars, server-rendered SVG: the solid part runs to the low end of the
 * range, the lighter part to the high end (salary bands are ranges, so costs are too).
 */
export function CostBarChart({ bars, currency, id, title }: { bars: CostBar[]; currency: string; id: string; title: string }) {
  const plotX = LABEL_WIDTH;
  const plotWidth = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
  const ticks = linearTicks(Math.max(0, ...bars.map((bar) => bar.max)), 4);
  const top = ticks[ticks.length - 1] ?? 1;
  const x = scaleLinear(top, plotWidth);
  const height = AXIS_HEIGHT + bars.length * ROW_HEIGHT + 8;
  const description = bars
    .map((bar) => `${bar.label}: ${describeCostBar(bar, currency)}${bar.unpriced?.length ? ` (no pay known for ${bar.unpriced.join(", ")})` : ""}`)
    .join(". ");
  return (
    <div className="chart">
      <svg role="img" aria-labelledby={`${id}-title ${id}-desc`} viewBox={`0 0 ${WIDTH} ${height}`} className="chart-svg" preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={plotX + x(tick)} x2={plotX + x(tick)} y1={AXIS_HEIGHT - 4} y2={height - 8} className="chart-grid" />
            <text x={plotX + x(tick)} y={AXIS_HEIGHT - 8} textAnchor={tick === 0 ? "start" : "middle"} className="chart-axis">
              {formatMoneyCompact(tick, currency)}
            </text>
          </g>
        ))}
        {bars.map((bar, index) => {
          const y = AXIS_HEIGHT + index * ROW_HEIGHT;
          return (
            <g key={`${bar.label}-${index}`}>
              <text x={8} y={y + ROW_HEIGHT / 2 + 4} className="chart-label">
                {bar.label.length > 32 ? `${bar.label.slice(0, 31)}…` : bar.label}
              </text>
              <rect x={plotX} y={y + 6} width={x(bar.max)} height={ROW_HEIGHT - 12} className="cost-bar-range" />
              <rect x={plotX} y={y + 6} width={x(bar.min)} height={ROW_HEIGHT - 12} className="cost-bar" />
              <text x={plotX + plotWidth + 10} y={y + ROW_HEIGHT / 2 + 4} className="chart-label">
                {describeCostBar(bar, currency, true)}
              </text>
            </g>
          );
        })}
      </svg>
    </div>
  );
}
