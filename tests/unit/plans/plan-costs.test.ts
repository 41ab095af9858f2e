import { describe, expect, it } from "vitest";
import { effectivePlan } from "@/lib/plans/effective-plan";
import { planCosts } from "@/lib/plans/plan-costs";
import type { PlanOverridesInput } from "@/lib/schemas/plan";
import { buildContent, buildDraft, type PhaseSpec, type RoleSpec, standardDraft } from "@/tests/fixtures/plans";

// A band of 120,000–240,000 a year is 10,000–20,000 a month: every figure below is worked by hand.
const band = { min: 120_000, max: 240_000 };

function costs(roles: RoleSpec[], phases: PhaseSpec[], overrides: PlanOverridesInput = {}) {
  return planCosts(effectivePlan(buildContent(buildDraft({ roles, phases }), overrides)));
}

describe("planCosts", () => {
  const cases: {
    name: string;
    roles: RoleSpec[];
    phases: PhaseSpec[];
    annual: [number, number] | null;
    total: [number, number] | null;
    perPhase: [number, number][];
    perQuarter: [number, number][];
    between?: [number, number];
  }[] = [
    {
      name: "one role, two back-to-back phases",
      roles: [{ roleId: "ml-engineer", headcount: 2, band }],
      phases: [
        { id: "model-development", start: 1, duration: 3, staffing: [["ml-engineer", "lead"]] },
        { id: "deployment", start: 4, duration: 3, staffing: [["ml-engineer", "lead"]] },
      ],
      annual: [240_000, 480_000],
      total: [120_000, 240_000],
      perPhase: [[60_000, 120_000], [60_000, 120_000]],
      perQuarter: [[60_000, 120_000], [60_000, 120_000]],
    },
    {
      name: "a month in two phases is split evenly between them",
      roles: [{ roleId: "ml-engineer", headcount: 1, band }],
      phases: [
        { id: "model-development", start: 1, duration: 2, staffing: [["ml-engineer", "lead"]] },
        { id: "deployment", start: 2, duration: 2, staffing: [["ml-engineer", "lead"]] },
      ],
      annual: [120_000, 240_000],
      total: [30_000, 60_000],
      perPhase: [[15_000, 30_000], [15_000, 30_000]],
      perQuarter: [[30_000, 60_000]],
    },
    {
      name: "months between a role's phases are paid, in no phase",
      roles: [{ roleId: "ml-engineer", headcount: 1, band }],
      phases: [
        { id: "model-development", start: 1, duration: 1, staffing: [["ml-engineer", "lead"]] },
        { id: "deployment", start: 4, duration: 1, staffing: [["ml-engineer", "lead"]] },
      ],
      annual: [120_000, 240_000],
      total: [40_000, 80_000],
      perPhase: [[10_000, 20_000], [10_000, 20_000]],
      perQuarter: [[30_000, 60_000], [10_000, 20_000]],
      between: [20_000, 40_000],
    },
    {
      name: "a supporting role's people are employed in full; quarters stop at the timeline",
      roles: [
        { roleId: "ml-engineer", headcount: 2, band },
        { roleId: "ai-engineer", headcount: 1, band: { min: 240_000, max: 360_000 } },
      ],
      phases: [
        { id: "model-development", start: 1, duration: 4, staffing: [["ml-engineer", "lead"], ["ai-engineer", "support"]] },
        { id: "integration", start: 5, duration: 3, staffing: [["ai-engineer", "lead"]] },
      ],
      annual: [480_000, 840_000],
      // ML: 2 × 4 months × 10k/20k = 80k/160k. AI: 7 months × 20k/30k = 140k/210k.
      total: [220_000, 370_000],
      perPhase: [[160_000, 280_000], [60_000, 90_000]],
      perQuarter: [[120_000, 210_000], [80_000, 130_000], [20_000, 30_000]],
    },
    {
      name: "no role with a band: no figures, never zero",
      roles: [{ roleId: "data-scientist" }],
      phases: [{ id: "exploration", start: 1, duration: 2, staffing: [["data-scientist", "lead"]] }],
      annual: null,
      total: null,
      perPhase: [[0, 0]],
      perQuarter: [[0, 0]],
    },
  ];
  it.each(cases)("$name", ({ roles, phases, annual, total, perPhase, perQuarter, between }) => {
    const result = costs(roles, phases);
    expect(result.annual).toEqual(annual ? { min: annual[0], max: annual[1] } : null);
    expect(result.total).toEqual(total ? { min: total[0], max: total[1] } : null);
    expect(result.perPhase.map((entry) => [entry.cost.min, entry.cost.max])).toEqual(perPhase);
    expect(result.perQuarter.map((entry) => [entry.cost.min, entry.cost.max])).toEqual(perQuarter);
    expect(result.perQuarter.map((entry) => entry.quarter)).toEqual(perQuarter.map((_, index) => index + 1));
    expect([result.betweenPhases.min, result.betweenPhases.max]).toEqual(between ?? [0, 0]);
    // The per-phase figures plus the months between phases add up to the total.
    if (total) {
      const phaseSum = result.perPhase.reduce((sum, entry) => sum + entry.cost.min, 0) + result.betweenPhases.min;
      expect(Math.abs(phaseSum - total[0])).toBeLessThanOrEqual(1);
      expect(result.perQuarter.reduce((sum, entry) => sum + entry.cost.max, 0)).toBe(total[1]);
    }
  });

  it("lists roles without a band with a reason and marks the roll-up incomplete", () => {
    const result = planCosts(effectivePlan(buildContent(standardDraft())));
    expect(result.complete).toBe(false);
    expect(result.rolesWithoutBand.map((role) => role.roleId)).toEqual(["data-scientist", "data-engineer"]);
    expect(result.rolesWithoutBand[0]?.reason).toMatch(/No salary band/);
    expect(result.perRole.find((role) => role.roleId === "data-scientist")?.total).toBeNull();
    // Two ML engineers, months 2–6 (support in exploration from month 2): 5 × 2 × 10k.
    expect(result.total).toEqual({ min: 100_000, max: 200_000 });
    expect(result.annual).toEqual({ min: 240_000, max: 480_000 });
  });

  it("names the unpriced roles in each phase and quarter, so a period they staff alone is unknown, not zero", () => {
    const result = costs(
      [
        { roleId: "data-engineer", band: null },
        { roleId: "ml-engineer", band },
      ],
      [
        { id: "data-collection", start: 1, duration: 3, staffing: [["data-engineer", "lead"]] },
        { id: "deployment", start: 4, duration: 3, staffing: [["ml-engineer", "lead"], ["data-engineer", "support"]] },
        { id: "monitoring", start: 7, duration: 3, staffing: [["ml-engineer", "lead"]] },
      ],
    );
    expect(result.perPhase.map((phase) => [phase.phaseId, phase.cost.max, phase.unpriced])).toEqual([
      ["data-collection", 0, ["data-engineer"]],
      ["deployment", 60_000, ["data-engineer"]],
      ["monitoring", 60_000, []],
    ]);
    expect(result.perQuarter.map((quarter) => quarter.unpriced)).toEqual([["data-engineer"], ["data-engineer"], []]);
  });

  it("a band in another currency is left out, not added", () => {
    const result = costs([{ roleId: "ml-engineer", band: { ...band, currency: "EUR" } }], [{ id: "deployment", start: 1, duration: 1, staffing: [["ml-engineer", "lead"]] }]);
    expect(result.annual).toBeNull();
    expect(result.rolesWithoutBand[0]?.reason).toMatch(/EUR/);
  });

  it("follows overrides: headcount, removed roles and moved phases change the cost", () => {
    const base = planCosts(effectivePlan(buildContent(standardDraft())));
    const more = planCosts(effectivePlan(buildContent(standardDraft(), { roles: { "ml-engineer": { headcount: 4 } } })));
    expect(more.annual).toEqual({ min: base.annual!.min * 2, max: base.annual!.max * 2 });
    const moved = planCosts(effectivePlan(buildContent(standardDraft(), { phases: { deployment: { startMonth: 9 } } })));
    // Deployment now ends at month 9: ML engineers employed months 2–9 = 8 months.
    expect(moved.total).toEqual({ min: 160_000, max: 320_000 });
    expect(moved.betweenPhases).toEqual({ min: 60_000, max: 120_000 });
    expect(moved.perQuarter).toHaveLength(3);
    const removed = planCosts(effectivePlan(buildContent(standardDraft(), { removedRoles: ["ml-engineer"] })));
    expect(removed.annual).toBeNull();
  });
});
