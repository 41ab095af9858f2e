/**
 * Geometry and number formatting for the server-rendered SVG charts (timeline and cost bars).
 * Pure, so the charts are plain markup with zero client JS and the maths is unit-tested.
 */

/** The smallest "nice" number (1, 2, 2.5 or 5 × 10ⁿ) at or above `value`, so axes end on round figures. */
export function niceCeiling(value: number): number {
  if (!Number.isFinite(value) || value <= 0) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(value));
  for (const step of [1, 2, 2.5, 5, 10]) {
    const candidate = step * magnitude;
    // Tolerate floating-point noise (3 × 0.1 ≠ 0.3) so 300 stays 300, not 500.
    if (candidate >= value * (1 - 1e-9)) return candidate;
  }
  return 10 * magnitude;
}

/**
 * Axis ticks from 0 past `max` in round steps (1, 2, 2.5 or 5 × 10ⁿ), about `target` of them,
 * so labels read "$10K, $20K" rather than "$6.3K, $12.5K".
 */
export function linearTicks(max: number, target = 4): number[] {
  const step = niceCeiling((max > 0 ? max : 1) / target);
  const intervals = Math.max(1, Math.ceil(max / step - 1e-9));
  return Array.from({ length: intervals + 1 }, (_, index) => step * index);
}

/** Maps [0, domainMax] onto [0, length]; values outside are clamped so bars never spill. */
export function scaleLinear(domainMax: number, length: number): (value: number) => number {
  const max = domainMax > 0 ? domainMax : 1;
  return (value: number) => Math.max(0, Math.min(length, (value / max) * length));
}

export interface GanttPhaseInput {
  id: string;
  name: string;
  startMonth: number;
  durationMonths: number;
}

export interface GanttRow<T extends GanttPhaseInput> {
  phase: T;
  y: number;
  x: number;
  width: number;
  endMonth: number;
}

export interface GanttLayout<T extends GanttPhaseInput> {
  width: number;
  height: number;
  plotX: number;
  plotWidth: number;
  months: number;
  monthWidth: number;
  rows: GanttRow<T>[];
  /** Month numbers that get an axis label (every month on short plans, fewer on long ones). */
  monthLabels: number[];
}

/**
 * Lays phases out as bars over months: one row per phase, month m spans
 * [plotX + (m−1)·monthWidth, plotX + m·monthWidth). The axis covers the last month any phase runs.
 */
export function ganttLayout<T extends GanttPhaseInput>(
  phases: readonly T[],
  options: { width: number; labelWidth: number; rowHeight: number; axisHeight: number; minMonths?: number },
): GanttLayout<T> {
  const months = Math.max(options.minMonths ?? 1, ...phases.map((phase) => phase.startMonth + phase.durationMonths - 1));
  const plotX = options.labelWidth;
  const plotWidth = options.width - options.labelWidth;
  const monthWidth = plotWidth / months;
  const rows = phases.map((phase, index) => ({
    phase,
    y: options.axisHeight + index * options.rowHeight,
    x: plotX + (phase.startMonth - 1) * monthWidth,
    width: phase.durationMonths * monthWidth,
    endMonth: phase.startMonth + phase.durationMonths - 1,
  }));
  const step = months <= 12 ? 1 : months <= 24 ? 2 : months <= 48 ? 4 : 6;
  const monthLabels: number[] = [];
  for (let month = 1; month <= months; month += step) monthLabels.push(month);
  return { width: options.width, height: options.axisHeight + phases.length * options.rowHeight, plotX, plotWidth, months, monthWidth, rows, monthLabels };
}

// Building an Intl.NumberFormat costs far more than formatting with one (the plans list formats
// two amounts per row), so each currency's formatters are made once. An unknown currency code
// makes the constructor throw: remembered as null, and such amounts get the plain fallback.
const moneyFormats = new Map<string, Intl.NumberFormat | null>();

function moneyFormat(currency: string, compact: boolean): Intl.NumberFormat | null {
  const key = `${compact ? "compact" : "full"} ${currency}`;
  let format = moneyFormats.get(key);
  if (format === undefined) {
    try {
      format = new Intl.NumberFormat(
        "en-US",
        compact
          ? { style: "currency", currency, notation: "compact", minimumFractionDigits: 0, maximumFractionDigits: 1 }
          : { style: "currency", currency, maximumFractionDigits: 0 },
      );
    } catch {
      format = null;
    }
    // Currencies come from saved plans; the bound only stops a flood of bad codes from growing it.
    if (moneyFormats.size < 500) moneyFormats.set(key, format);
  }
  return format;
}

/** "$170k", "€1.2M": compact figures for chart labels (tables show full amounts). */
export function formatMoneyCompact(amount: number, currency: string): string {
  return moneyFormat(currency, true)?.format(amount) ?? `${currency} ${Math.round(amount).toLocaleString("en-US")}`;
}

/** "$170,000": full amounts for tables. */
export function formatMoney(amount: number, currency: string): string {
  return moneyFormat(currency, false)?.format(amount) ?? `${currency} ${Math.round(amount).toLocaleString("en-US")}`;
}

/** A salary-band style range; equal ends show one figure. */
export function formatMoneyRange(range: { min: number; max: number } | null, currency: string, compact = false): string {
  if (!range) return "not known";
  const format = compact ? formatMoneyCompact : formatMoney;
  return range.min === range.max ? format(range.min, currency) : `${format(range.min, currency)} – ${format(range.max, currency)}`;
}

/** "months 3–4" or "month 5". */
export function formatMonthSpan(startMonth: number, endMonth: number): string {
  return startMonth === endMonth ? `month ${startMonth}` : `months ${startMonth}–${endMonth}`;
}

/** Short role labels that fit inside a timeline bar. */
export const roleAbbreviations: Record<string, string> = {
  "data-scientist": "DS",
  "ml-engineer": "MLE",
  "ai-engineer": "AIE",
  "data-engineer": "DE",
  "mlops-engineer": "MLOps",
};
