import { describe, expect, it } from "vitest";
import { draftTeam } from "@/lib/engine";
import { applyBriefChange, previewBriefChange } from "@/lib/plans/brief-change";
import { effectivePlan } from "@/lib/plans/effective-plan";
import { PlanContentSchema } from "@/lib/schemas/plan";
import { buildBrief, buildContent, buildDraft, standardDraft } from "@/tests/fixtures/plans";

// The new brief's draft: no data engineer any more, an AI engineer instead, no deployment phase.
const redraft = () =>
  buildDraft({
    roles: [
      { roleId: "data-scientist", headcount: 1 },
      { roleId: "ml-engineer", headcount: 2, seniority: "senior", band: { min: 120_000, max: 240_000 } },
      { roleId: "ai-engineer", headcount: 1 },
    ],
    phases: [
      { id: "exploration", start: 1, duration: 2, staffing: [["data-scientist", "lead"]] },
      { id: "model-development", start: 3, duration: 2, staffing: [["ml-engineer", "lead"], ["ai-engineer", "lead"]] },
    ],
  });

const content = () =>
  buildContent(
    standardDraft(),
    {
      roles: { "ml-engineer": { headcount: 3 }, "data-engineer": { seniority: "senior" } },
      addedRoles: ["ai-engineer", "mlops-engineer"],
      phases: { deployment: { startMonth: 8 }, exploration: { durationMonths: 3 } },
    },
    { notes: "keep me" },
  );

describe("previewBriefChange", () => {
  const newBrief = buildBrief({ description: "A recommender with an assistant on top" });

  it("re-drafts with the given engine and sorts overrides into kept and lapsed", () => {
    const preview = previewBriefChange(content(), newBrief, () => redraft());
    expect(preview.draft.team.map((role) => role.roleId)).toEqual(["data-scientist", "ml-engineer", "ai-engineer"]);
    expect(preview.keptOverrides.map((status) => [status.kind, status.id])).toEqual([
      ["added-role", "mlops-engineer"],
      ["role", "ml-engineer"],
      ["phase", "exploration"],
    ]);
    expect(preview.lapsedOverrides.map((status) => [status.kind, status.id])).toEqual([
      ["added-role", "ai-engineer"],
      ["role", "data-engineer"],
      ["phase", "deployment"],
    ]);
    expect(preview.lapsedOverrides.every((status) => status.reason)).toBe(true);
  });

  it("diffs against the plan as it is now, with and without the overrides", () => {
    const preview = previewBriefChange(content(), newBrief, () => redraft());
    const kinds = (changes: { kind: string; text: string }[]) => changes.map((change) => change.text);
    expect(kinds(preview.changes)).toContain("Removed Data Engineer");
    expect(kinds(preview.changes)).not.toContain("Headcount of Machine Learning Engineer 3 → 2");
    expect(kinds(preview.changesWithoutOverrides)).toContain("Headcount of Machine Learning Engineer 3 → 2");
    expect(kinds(preview.changesWithoutOverrides)).toContain("Removed MLOps Engineer");
    expect(kinds(preview.changes)).not.toContain("Removed MLOps Engineer");
  });

  it("runs the real engine by default", () => {
    const brief = buildBrief({ description: "An LLM chatbot for customer support" });
    const preview = previewBriefChange(content(), brief);
    expect(preview.draft).toEqual(draftTeam(brief));
  });
});

describe("applyBriefChange", () => {
  const newBrief = buildBrief({ description: "A recommender with an assistant on top" });

  it("keeps the overrides that still apply and the notes", () => {
    const applied = applyBriefChange(content(), newBrief, redraft(), { keepOverrides: true });
    expect(applied.brief).toEqual(newBrief);
    expect(applied.notes).toBe("keep me");
    expect(applied.overrides).toEqual({
      roles: { "ml-engineer": { headcount: 3 } },
      addedRoles: ["mlops-engineer"],
      removedRoles: [],
      phases: { exploration: { durationMonths: 3 } },
    });
    expect(() => PlanContentSchema.parse(applied)).not.toThrow();
    const plan = effectivePlan(applied);
    expect(plan.team.find((role) => role.roleId === "ml-engineer")?.headcount).toBe(3);
    expect(plan.ignoredOverrides).toEqual([]);
  });

  it("drops every override when asked", () => {
    const applied = applyBriefChange(content(), newBrief, redraft(), { keepOverrides: false });
    expect(applied.overrides).toEqual({ roles: {}, addedRoles: [], removedRoles: [], phases: {} });
    expect(effectivePlan(applied).team.every((role) => role.overridden.length === 0)).toBe(true);
  });

  it("keeps the plan's role-library choices, with or without the overrides", () => {
    const library = {
      "data-scientist": { roleDescriptionId: "rd_1", version: 3, salaryBand: { location: "Berlin, DE", currency: "EUR", min: 70_000, max: 95_000, source: "Workspace library" } },
    } as const;
    for (const keepOverrides of [true, false]) {
      const applied = applyBriefChange({ ...content(), library }, newBrief, redraft(), { keepOverrides });
      expect(applied.library).toEqual(library);
      expect(() => PlanContentSchema.parse(applied)).not.toThrow();
    }
    expect("library" in applyBriefChange(content(), newBrief, redraft(), { keepOverrides: true })).toBe(false);
  });
});
