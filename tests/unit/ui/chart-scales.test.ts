import { describe, expect, it } from "vitest";
import { formatMoney, formatMoneyCompact, formatMoneyRange, formatMonthSpan, ganttLayout, linearTicks, niceCeiling, scaleLinear } from "@/lib/ui/chart-scales";

describe("niceCeiling", () => {
  it.each([
    [0, 1],
    [-5, 1],
    [1, 1],
    [1.2, 2],
    [2.1, 2.5],
    [3, 5],
    [7, 10],
    [300, 500],
    [0.3, 0.5],
    [20_833, 25_000],
    [250_000, 250_000],
  ])("niceCeiling(%s) = %s", (value, expected) => {
    expect(niceCeiling(value)).toBe(expected);
  });
});

describe("linearTicks", () => {
  it("steps in round figures and reaches past the maximum", () => {
    expect(linearTicks(20_833)).toEqual([0, 10_000, 20_000, 30_000]);
    expect(linearTicks(41_667)).toEqual([0, 20_000, 40_000, 60_000]);
    expect(linearTicks(100)).toEqual([0, 25, 50, 75, 100]);
  });

  it("still draws an axis when everything is zero", () => {
    expect(linearTicks(0)).toEqual([0, 0.25]);
  });
});

describe("scaleLinear", () => {
  it("maps proportionally and clamps to the plot", () => {
    const x = scaleLinear(200, 600);
    expect(x(0)).toBe(0);
    expect(x(50)).toBe(150);
    expect(x(200)).toBe(600);
    expect(x(400)).toBe(600);
    expect(x(-10)).toBe(0);
    expect(scaleLinear(0, 100)(5)).toBe(100);
  });
});

describe("ganttLayout", () => {
  const phases = [
    { id: "a", name: "A", startMonth: 1, durationMonths: 2 },
    { id: "b", name: "B", startMonth: 3, durationMonths: 1 },
    { id: "c", name: "C", startMonth: 2, durationMonths: 3 },
  ];

  it("places each phase over its months, one row each", () => {
    const layout = ganttLayout(phases, { width: 500, labelWidth: 100, rowHeight: 30, axisHeight: 20 });
    expect(layout.months).toBe(4); // C runs months 2–4
    expect(layout.monthWidth).toBe(100);
    expect(layout.rows.map((row) => [row.x, row.width, row.y, row.endMonth])).toEqual([
      [100, 200, 20, 2],
      [300, 100, 50, 3],
      [200, 300, 80, 4],
    ]);
    expect(layout.height).toBe(110);
    expect(layout.monthLabels).toEqual([1, 2, 3, 4]);
  });

  it("labels fewer months on long plans", () => {
    const layout = ganttLayout([{ id: "x", name: "X", startMonth: 1, durationMonths: 30 }], { width: 400, labelWidth: 100, rowHeight: 30, axisHeight: 20 });
    expect(layout.monthLabels).toEqual([1, 5, 9, 13, 17, 21, 25, 29]);
  });
});

describe("money and months", () => {
  it("formats full, compact and ranged amounts", () => {
    expect(formatMoney(170000, "USD")).toBe("$170,000");
    expect(formatMoneyCompact(0, "USD")).toBe("$0");
    expect(formatMoneyCompact(20833, "USD")).toBe("$20.8K");
    expect(formatMoneyRange({ min: 1, max: 1 }, "USD")).toBe("$1");
    expect(formatMoneyRange({ min: 170000, max: 250000 }, "EUR")).toBe("€170,000 – €250,000");
    expect(formatMoneyRange(null, "USD")).toBe("not known");
  });

  it("spans months", () => {
    expect(formatMonthSpan(5, 5)).toBe("month 5");
    expect(formatMonthSpan(3, 4)).toBe("months 3–4");
  });
});
