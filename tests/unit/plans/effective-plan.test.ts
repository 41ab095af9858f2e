import { describe, expect, it } from "vitest";
import { draftTeam } from "@/lib/engine";
import { buildCatalogRole, effectivePlan, listOverrideStatuses } from "@/lib/plans/effective-plan";
import { PlanContentSchema, type PlanOverridesInput } from "@/lib/schemas/plan";
import { buildBrief, buildContent, standardDraft } from "@/tests/fixtures/plans";

function plan(overrides: PlanOverridesInput = {}, brief = buildBrief()) {
  return effectivePlan(buildContent(standardDraft(), overrides, { brief }));
}

describe("effectivePlan", () => {
  it("without overrides is the draft, nothing flagged, timeline = last phase end", () => {
    const result = plan();
    const draft = standardDraft();
    expect(result.team.map((role) => [role.roleId, role.headcount, role.seniority])).toEqual(
      draft.team.map((role) => [role.roleId, role.headcount, role.seniority]),
    );
    expect(result.team.every((role) => role.overridden.length === 0)).toBe(true);
    expect(result.phases.every((phase) => phase.overridden.length === 0)).toBe(true);
    expect(result.headcount).toBe(4);
    expect(result.timelineMonths).toBe(6);
    expect(result.archetypes).toEqual(["recommender"]);
    expect(result.ignoredOverrides).toEqual([]);
  });

  const roleCases: {
    name: string;
    overrides: PlanOverridesInput;
    roleId: "ml-engineer" | "data-scientist";
    expected: { headcount: number; seniority: string; overridden: string[]; required?: string[] };
  }[] = [
    { name: "headcount up", overrides: { roles: { "ml-engineer": { headcount: 3 } } }, roleId: "ml-engineer", expected: { headcount: 3, seniority: "senior", overridden: ["headcount"] } },
    { name: "headcount equal to the engine's is not an override", overrides: { roles: { "ml-engineer": { headcount: 2 } } }, roleId: "ml-engineer", expected: { headcount: 2, seniority: "senior", overridden: [] } },
    { name: "seniority", overrides: { roles: { "data-scientist": { seniority: "lead" } } }, roleId: "data-scientist", expected: { headcount: 1, seniority: "lead", overridden: ["seniority"] } },
    {
      name: "skills",
      overrides: { roles: { "ml-engineer": { skills: { required: ["python", "jax"], preferred: [] } } } },
      roleId: "ml-engineer",
      expected: { headcount: 2, seniority: "senior", overridden: ["skills"], required: ["python", "jax"] },
    },
    {
      name: "all three",
      overrides: { roles: { "ml-engineer": { headcount: 5, seniority: "lead", skills: { required: ["go"], preferred: ["rust"] } } } },
      roleId: "ml-engineer",
      expected: { headcount: 5, seniority: "lead", overridden: ["headcount", "seniority", "skills"], required: ["go"] },
    },
  ];
  it.each(roleCases)("role override: $name", ({ overrides, roleId, expected }) => {
    const result = plan(overrides);
    const role = result.team.find((entry) => entry.roleId === roleId)!;
    expect(role.headcount).toBe(expected.headcount);
    expect(role.seniority).toBe(expected.seniority);
    expect(role.overridden).toEqual(expected.overridden);
    if (expected.required) expect(role.skills.required).toEqual(expected.required);
    expect(role.seniorityMix.reduce((sum, entry) => sum + entry.count, 0)).toBe(role.headcount);
    expect(role.seniorityMix[0]?.level).toBe(role.seniority);
    expect(role.suggested?.headcount).toBe(standardDraft().team.find((entry) => entry.roleId === roleId)!.headcount);
  });

  it("keeps phase staffing consistent with role headcounts: lead = all, support = one", () => {
    const result = plan({ roles: { "ml-engineer": { headcount: 4 } } });
    const staffingOf = (phaseId: string) => result.phases.find((phase) => phase.id === phaseId)!.staffing.find((entry) => entry.roleId === "ml-engineer");
    expect(staffingOf("model-development")?.headcount).toBe(4);
    expect(staffingOf("deployment")?.headcount).toBe(4);
    expect(staffingOf("exploration")?.headcount).toBe(1);
    expect(result.headcount).toBe(6);
  });

  it("removes a removed role from the team, every phase's staffing and collaborators", () => {
    const result = plan({ removedRoles: ["data-engineer"] });
    expect(result.team.map((role) => role.roleId)).not.toContain("data-engineer");
    expect(result.phases.flatMap((phase) => phase.staffing.map((entry) => entry.roleId))).not.toContain("data-engineer");
    expect(result.phases.find((phase) => phase.id === "data-collection")!.staffing).toEqual([]);
    expect(result.warnings.some((warning) => warning.includes("data-collection") && warning.includes("Data Engineer"))).toBe(true);
    expect(result.headcount).toBe(3);
  });

  it("builds an added role from the catalog, flags it, staffs it in its usual phases and recomputes collaborators", () => {
    const result = plan({ addedRoles: ["mlops-engineer"] });
    const role = result.team.find((entry) => entry.roleId === "mlops-engineer")!;
    expect(role.overridden).toEqual(["added"]);
    expect(role.suggested).toBeNull();
    expect(role.title).toBe("MLOps Engineer");
    expect(role.headcount).toBe(1);
    expect(role.phases).toEqual(["deployment"]);
    expect(role.skills.required.length).toBeGreaterThan(0);
    expect(role.rationale[0]?.ruleId).toBe("plan.override.added-role");
    expect(role.collaborators).toEqual(["ml-engineer"]);
    expect(result.team.find((entry) => entry.roleId === "ml-engineer")!.collaborators).toContain("mlops-engineer");
    expect(result.phases.find((phase) => phase.id === "deployment")!.staffing.map((entry) => entry.roleId)).toEqual(["ml-engineer", "mlops-engineer"]);
    // Team order follows the catalog, not the order of adding.
    expect(result.team.map((entry) => entry.roleId)).toEqual(["data-scientist", "ml-engineer", "data-engineer", "mlops-engineer"]);
  });

  it("an added role's overrides apply to it too", () => {
    const result = plan({ addedRoles: ["ai-engineer"], roles: { "ai-engineer": { headcount: 3 } } });
    const role = result.team.find((entry) => entry.roleId === "ai-engineer")!;
    expect(role.overridden).toEqual(["added", "headcount"]);
    expect(role.headcount).toBe(3);
    expect(result.phases.find((phase) => phase.id === "model-development")!.staffing.find((entry) => entry.roleId === "ai-engineer")?.headcount).toBe(3);
  });

  const bandCases = [
    { brief: {}, roleId: "ml-engineer" as const, band: { currency: "USD", min: 150_000, max: 200_000 } },
    { brief: { location: "Austin, TX" }, roleId: "ai-engineer" as const, band: { currency: "USD", min: 170_000, max: 250_000 } },
    { brief: { currency: "EUR" }, roleId: "ml-engineer" as const, band: null },
    { brief: { location: "Berlin, DE" }, roleId: "ml-engineer" as const, band: null },
    { brief: {}, roleId: "mlops-engineer" as const, band: null },
  ];
  it.each(bandCases)("an added $roleId gets the engine's band for $brief", ({ brief, roleId, band }) => {
    const role = buildCatalogRole(roleId, standardDraft(), buildBrief(brief));
    if (band === null) expect(role.salaryBand).toBeNull();
    else expect(role.salaryBand).toMatchObject(band);
  });

  it("phase timing overrides move the phase, flag it and extend the timeline", () => {
    const result = plan({ phases: { deployment: { startMonth: 8, durationMonths: 3 }, exploration: { startMonth: 2 } } });
    const deployment = result.phases.find((phase) => phase.id === "deployment")!;
    expect(deployment).toMatchObject({ startMonth: 8, durationMonths: 3, endMonth: 10, overridden: ["startMonth", "durationMonths"] });
    expect(deployment.suggested).toEqual({ startMonth: 6, durationMonths: 1 });
    expect(result.phases.find((phase) => phase.id === "exploration")!.overridden).toEqual([]);
    expect(result.timelineMonths).toBe(10);
  });

  const lapsedCases: { name: string; overrides: PlanOverridesInput; kind: string; id: string }[] = [
    { name: "added role the engine already staffs", overrides: { addedRoles: ["ml-engineer"] }, kind: "added-role", id: "ml-engineer" },
    { name: "removed role the engine does not staff", overrides: { removedRoles: ["ai-engineer"] }, kind: "removed-role", id: "ai-engineer" },
    { name: "override for a role not on the team", overrides: { roles: { "ai-engineer": { headcount: 2 } } }, kind: "role", id: "ai-engineer" },
    { name: "override for a removed role", overrides: { removedRoles: ["data-engineer"], roles: { "data-engineer": { headcount: 2 } } }, kind: "role", id: "data-engineer" },
    { name: "timing of a phase the draft lacks", overrides: { phases: { monitoring: { startMonth: 3 } } }, kind: "phase", id: "monitoring" },
  ];
  it.each(lapsedCases)("ignores and reports a lapsed override: $name", ({ overrides, kind, id }) => {
    const result = plan(overrides);
    expect(result.ignoredOverrides).toEqual([expect.objectContaining({ kind, id, applies: false, reason: expect.any(String) })]);
    expect(new Set(result.team.map((role) => role.roleId)).size).toBe(result.team.length);
  });

  it("lists applying overrides with a description", () => {
    const statuses = listOverrideStatuses(buildContent(standardDraft(), { roles: { "ml-engineer": { headcount: 3 } } }).overrides, standardDraft());
    expect(statuses).toEqual([{ kind: "role", id: "ml-engineer", description: "Machine Learning Engineer: headcount 3", applies: true }]);
  });

  it("works on a real engine draft, and every role's mix sums to its headcount", () => {
    const brief = buildBrief({ description: "Obstacle detection from camera, lidar and radar on the car's computer" });
    const content = PlanContentSchema.parse({
      brief,
      draft: draftTeam(brief),
      overrides: { addedRoles: ["data-engineer"].filter((id) => !draftTeam(brief).team.some((role) => role.roleId === id)), roles: {} },
    });
    const result = effectivePlan(content);
    for (const role of result.team) expect(role.seniorityMix.reduce((sum, entry) => sum + entry.count, 0)).toBe(role.headcount);
    expect(result.headcount).toBe(result.team.reduce((sum, role) => sum + role.headcount, 0));
    expect(result.timelineMonths).toBe(Math.max(...result.phases.map((phase) => phase.endMonth)));
  });
});

describe("effectivePlan: warnings about roles without a salary band follow the plan's team", () => {
  const recommender = { description: "A product recommender for our online store with 2 million users" };
  const libraryBand = (currency: string, location = "US") => ({ roleDescriptionId: "rd", version: 2, salaryBand: { location, currency, min: 130_000, max: 180_000, source: "" } });
  const coverage = (warnings: string[]) => warnings.filter((warning) => /^No salary (source|bands)/.test(warning));
  const contentOf = (brief: typeof recommender & { currency?: string; location?: string }, library?: Record<string, ReturnType<typeof libraryBand>>) =>
    PlanContentSchema.parse({ ...buildContent(draftTeam(buildBrief(brief)), {}, { brief: buildBrief(brief) }), ...(library ? { library } : {}) });

  it("names only the roles still uncovered once the library prices some, and says nothing once it prices all", () => {
    expect(coverage(effectivePlan(contentOf(recommender)).warnings)).toEqual([
      `No salary source covers Data Scientist, Data Engineer, so they are left out of the cost estimate. Workspace owners and HR can add bands under Role library → Edit role; a plan then takes them with "Use the library's update".`,
    ]);
    expect(coverage(effectivePlan(contentOf(recommender, { "data-scientist": libraryBand("USD") })).warnings)).toEqual([
      `No salary source covers Data Engineer, so it is left out of the cost estimate. Workspace owners and HR can add a band under Role library → Edit role; a plan then takes it with "Use the library's update".`,
    ]);
    const priced = effectivePlan(contentOf(recommender, { "data-scientist": libraryBand("USD"), "data-engineer": libraryBand("USD") }));
    expect(coverage(priced.warnings)).toEqual([]);
    // A library band the plan cannot use (another currency) leaves the role uncovered, and said so.
    expect(coverage(effectivePlan(contentOf(recommender, { "data-scientist": libraryBand("EUR") })).warnings)[0]).toMatch(/^No salary source covers Data Scientist, Data Engineer,/);
  });

  it("replaces a stored draft's warning in the old wording, and never points at 'HR settings'", () => {
    const content = contentOf(recommender, { "data-scientist": libraryBand("USD"), "data-engineer": libraryBand("USD") });
    const stored = { ...content, draft: { ...content.draft, warnings: [...content.draft.warnings, "No salary source covers Data Scientist, Data Engineer, so they are left out of the cost estimate; set bands in HR settings."] } };
    const result = effectivePlan(stored);
    expect(coverage(result.warnings)).toEqual([]);
    expect(result.warnings.some((warning) => /assume hiring in the US/.test(warning))).toBe(true);
    for (const brief of [recommender, { ...recommender, currency: "EUR" }, { ...recommender, location: "Berlin" }]) {
      const warnings = [...draftTeam(buildBrief(brief)).warnings, ...effectivePlan(contentOf(brief)).warnings];
      expect(warnings.join(" ")).not.toMatch(/HR settings/);
    }
  });

  it("a plan in another currency: the currency warning goes once the library prices every role in it", () => {
    const euro = { ...recommender, currency: "EUR", location: "Berlin" };
    expect(coverage(effectivePlan(contentOf(euro)).warnings).join(" ")).toMatch(/^No salary bands in EUR: .* Workspace owners and HR can add EUR bands under Role library → Edit role/);
    const allRoles = Object.fromEntries(contentOf(euro).draft.team.map((role) => [role.roleId, libraryBand("EUR", "Berlin")]));
    expect(coverage(effectivePlan(contentOf(euro, allRoles)).warnings)).toEqual([]);
  });
});
