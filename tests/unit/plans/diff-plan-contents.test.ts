import { describe, expect, it } from "vitest";
import { diffPlanContents, type PlanChange, summariseChanges } from "@/lib/plans/diff-plan-contents";
import type { PlanOverridesInput } from "@/lib/schemas/plan";
import { buildBrief, buildContent, buildDraft, standardDraft } from "@/tests/fixtures/plans";

const base = () => buildContent(standardDraft());

describe("diffPlanContents", () => {
  it("finds nothing between identical contents", () => {
    expect(diffPlanContents(base(), base())).toEqual([]);
    expect(summariseChanges([])).toBe("No changes");
  });

  const overrideCases: { name: string; overrides: PlanOverridesInput; expected: Partial<PlanChange>[] }[] = [
    {
      name: "headcount",
      overrides: { roles: { "ml-engineer": { headcount: 3 } } },
      expected: [{ kind: "headcount", roleId: "ml-engineer", from: 2, to: 3, source: "override", text: "Headcount of Machine Learning Engineer 2 → 3" }],
    },
    {
      name: "seniority",
      overrides: { roles: { "data-scientist": { seniority: "senior" } } },
      expected: [{ kind: "seniority", from: "mid", to: "senior", text: "Seniority of Data Scientist mid → senior" }],
    },
    {
      name: "skills",
      overrides: { roles: { "ml-engineer": { skills: { required: ["python", "jax"], preferred: ["sql"] } } } },
      expected: [{ kind: "skills", list: "required", added: ["jax"], removed: ["pytorch"], text: "Required skills of Machine Learning Engineer: added jax; removed pytorch" }],
    },
    {
      name: "added role",
      overrides: { addedRoles: ["mlops-engineer"] },
      expected: [{ kind: "role-added", roleId: "mlops-engineer", source: "override", text: "Added MLOps Engineer" }],
    },
    {
      name: "removed role",
      overrides: { removedRoles: ["data-engineer"] },
      expected: [{ kind: "role-removed", roleId: "data-engineer", source: "override", text: "Removed Data Engineer" }],
    },
    {
      name: "phase timing (and the longer timeline it makes)",
      overrides: { phases: { deployment: { startMonth: 7, durationMonths: 2 } } },
      expected: [
        { kind: "phase-timing", phaseId: "deployment", from: { startMonth: 6, durationMonths: 1 }, to: { startMonth: 7, durationMonths: 2 }, text: "deployment months 6 → 7–8" },
        { kind: "timeline", from: 6, to: 8, text: "Timeline 6 → 8 months" },
      ],
    },
  ];
  it.each(overrideCases)("reports an override change: $name", ({ overrides, expected }) => {
    const changes = diffPlanContents(base(), buildContent(standardDraft(), overrides));
    expect(changes).toEqual(expected.map((change) => expect.objectContaining(change)));
  });

  it("reports name, brief fields and notes", () => {
    const a = { ...base(), name: "Recommender" };
    const b = { ...buildContent(standardDraft(), {}, { brief: buildBrief({ location: "US", privacySensitive: true }), notes: "Budget approved" }), name: "Recommender v2" };
    const changes = diffPlanContents(a, b);
    expect(changes.map((change) => change.text)).toEqual([
      'Renamed "Recommender" → "Recommender v2"',
      "Brief sensitive data: none → yes",
      "Brief location: none → US",
      "Added notes",
    ]);
  });

  it("marks team changes that came from a re-draft as engine changes", () => {
    const redraft = buildDraft({
      roles: [
        { roleId: "data-scientist", headcount: 2 },
        { roleId: "ml-engineer", headcount: 2, seniority: "senior", band: { min: 120_000, max: 240_000 }, required: ["python", "pytorch"], preferred: ["sql"] },
        { roleId: "ai-engineer" },
      ],
      phases: [
        { id: "exploration", start: 1, duration: 2, staffing: [["data-scientist", "lead"], ["ml-engineer", "support"]] },
        { id: "model-development", start: 3, duration: 3, staffing: [["data-scientist", "lead"], ["ml-engineer", "lead"], ["ai-engineer", "lead"]] },
        { id: "deployment", start: 6, duration: 1, staffing: [["ml-engineer", "lead"]] },
      ],
      stage: "multi-model",
    });
    const changes = diffPlanContents(base(), buildContent(redraft, {}, { brief: buildBrief({ description: "A recommender and a chatbot for our store" }) }));
    expect(changes.map((change) => change.kind)).toEqual(["brief", "stage", "role-added", "role-removed", "headcount", "phase-timing", "phase-timing", "phase-removed"]);
    expect(changes.filter((change) => "source" in change).every((change) => "source" in change && change.source === "engine")).toBe(true);
    expect(changes[0]?.text).toBe("Changed the project description");
  });
});

describe("summariseChanges", () => {
  it("joins the first changes in one line, lower-casing all but the first", () => {
    const changes = diffPlanContents(base(), buildContent(standardDraft(), { roles: { "ml-engineer": { headcount: 3 } }, addedRoles: ["mlops-engineer"] }));
    expect(summariseChanges(changes)).toBe("Added MLOps Engineer; headcount of Machine Learning Engineer 2 → 3");
  });

  it("ends a long list with a count", () => {
    const changes = diffPlanContents(
      base(),
      buildContent(standardDraft(), {
        roles: { "ml-engineer": { headcount: 3, seniority: "lead" }, "data-scientist": { headcount: 2 } },
        addedRoles: ["mlops-engineer", "ai-engineer"],
        removedRoles: ["data-engineer"],
      }),
    );
    expect(changes.length).toBeGreaterThan(4);
    expect(summariseChanges(changes)).toMatch(new RegExp(`; and ${changes.length - 4} more changes?$`));
  });
});
