import { describe, expect, it } from "vitest";
import { defaultRoleDescription } from "@/lib/jd/default-role-description";
import { effectivePlan } from "@/lib/plans/effective-plan";
import { bandLocationScore, pickLibraryBand } from "@/lib/role-library/bands";
import { diffRoleContents, summariseRoleChanges } from "@/lib/role-library/diff-role-contents";
import { customRoleKey, slugifyTitle } from "@/lib/role-library/role-keys";
import { linesToList, parseAmount, parseRoleForm, roleFormValues } from "@/lib/role-library/role-form";
import { seedRoleLibrary } from "@/lib/role-library/seed";
import { EditableRoleContentSchema, RoleDescriptionContentSchema } from "@/lib/schemas/role-library";
import { PlanContentSchema } from "@/lib/schemas/plan";
import { buildBrief, buildContent, standardDraft } from "@/tests/fixtures/plans";

const band = (location: string, currency = "USD", min = 100, max = 200) => ({ location, currency, min, max, source: "" });

describe("bandLocationScore and pickLibraryBand", () => {
  it.each([
    ["US", undefined, 1],
    ["Berlin, DE", undefined, 0],
    ["New York, NY", "New York, NY", 3],
    ["  new york,   ny ", "New York, NY", 3],
    ["Berlin", "Berlin, DE", 2],
    ["US", "Austin, TX", 1],
    ["US", "Berlin, DE", 0],
    ["us", "Austin", 0],
    ["Remote (EU)", "Berlin, DE", 0],
  ] as const)("%s for a plan in %s → %i", (bandLocation, planLocation, score) => {
    expect(bandLocationScore(bandLocation, planLocation)).toBe(score);
  });

  it("picks the same currency and the best location, first among equals", () => {
    const bands = [band("US", "USD", 1, 2), band("Berlin", "EUR", 3, 4), band("Berlin, DE", "EUR", 5, 6), band("US", "USD", 7, 8)];
    expect(pickLibraryBand(bands, { location: "Berlin, DE", currency: "EUR" })?.min).toBe(5);
    expect(pickLibraryBand(bands, { location: "Munich, DE", currency: "EUR" })).toBeNull();
    expect(pickLibraryBand(bands, { currency: "USD" })?.min).toBe(1);
    expect(pickLibraryBand(bands, { location: "Berlin, DE", currency: "USD" })).toBeNull();
  });
});

describe("effectivePlan with a library band", () => {
  const draft = standardDraft();
  const withLibrary = (location: string | undefined, salaryBand: ReturnType<typeof band> | null) =>
    PlanContentSchema.parse({
      ...buildContent(draft, {}, { brief: buildBrief(location ? { location } : {}) }),
      library: { "data-scientist": { roleDescriptionId: "rd1", version: 3, salaryBand } },
    });

  it("replaces the engine's band while the band fits the plan's location and currency", () => {
    const role = effectivePlan(withLibrary(undefined, band("US", "USD", 90_000, 120_000))).team.find((r) => r.roleId === "data-scientist")!;
    expect(role.salaryBand).toEqual({ currency: "USD", min: 90_000, max: 120_000, source: "role library: US" });
  });

  it("falls back to the engine's band when the brief moved elsewhere, or the library had none", () => {
    expect(effectivePlan(withLibrary("Berlin, DE", band("US"))).team.find((r) => r.roleId === "data-scientist")!.salaryBand).toBeNull();
    const engineBand = effectivePlan(buildContent(draft)).team.find((r) => r.roleId === "ml-engineer")!.salaryBand;
    const content = PlanContentSchema.parse({ ...buildContent(draft), library: { "ml-engineer": { roleDescriptionId: "rd2", version: 2, salaryBand: null } } });
    expect(effectivePlan(content).team.find((r) => r.roleId === "ml-engineer")!.salaryBand).toEqual(engineBand);
  });

  it("old plan versions without a library field still parse", () => {
    expect(PlanContentSchema.parse(buildContent(draft)).library).toBeUndefined();
  });
});

describe("role keys", () => {
  it.each([
    ["Prompt Engineer (LLM)", "prompt-engineer-llm"],
    ["  Ingénieur données ", "ingenieur-donnees"],
    ["!!!", "role"],
    ["a".repeat(80), "a".repeat(48)],
  ])("slugifies %s", (title, slug) => {
    expect(slugifyTitle(title)).toBe(slug);
  });
  it("numbers a taken key", () => {
    expect(customRoleKey("Prompt Engineer", new Set())).toBe("custom-prompt-engineer");
    expect(customRoleKey("Prompt Engineer", new Set(["custom-prompt-engineer", "custom-prompt-engineer-2"]))).toBe("custom-prompt-engineer-3");
  });
});

describe("seedRoleLibrary", () => {
  it("gives five valid entries, bands only where the sources give one", () => {
    const seeds = seedRoleLibrary();
    expect(seeds).toHaveLength(5);
    for (const seed of seeds) expect(RoleDescriptionContentSchema.safeParse(seed.content).success).toBe(true);
    expect(seeds.filter((seed) => seed.content.salaryBands.length > 0).map((seed) => seed.roleKey)).toEqual(["ml-engineer", "ai-engineer"]);
    expect(seeds.flatMap((seed) => seed.content.salaryBands.map((entry) => entry.source))).toEqual(["[C] US median", "[C] US median"]);
  });
});

describe("diffRoleContents", () => {
  const base = defaultRoleDescription("data-scientist");
  it("names each changed field; lists by added and removed lines", () => {
    const next = { ...base, summary: "New summary", tools: [...base.tools.filter((tool) => tool !== base.tools[0]), "dbt"], salaryBands: [band("US", "USD", 1, 2)] };
    const changes = diffRoleContents(base, next);
    expect(changes.map((change) => change.field)).toEqual(["summary", "tools", "salaryBands"]);
    expect(changes[1]).toMatchObject({ added: ["dbt"], removed: [base.tools[0]] });
    expect(summariseRoleChanges(changes)).toBe("Changed the summary; Tools: added 1, removed 1; Salary bands: added 1");
  });
  it("says reordered for the same lines in another order, and nothing for no change", () => {
    expect(diffRoleContents(base, { ...base, tools: [...base.tools].reverse() })[0]?.text).toBe("Reordered the tools");
    expect(diffRoleContents(base, structuredClone(base))).toEqual([]);
  });
});

describe("the role form", () => {
  it("reads lists one per line, drops bullets and blank lines", () => {
    expect(linesToList("- Python\n\n  • SQL  \r\n* dbt\n")).toEqual(["Python", "SQL", "dbt"]);
    expect([parseAmount("150,000"), parseAmount(" 90 000 "), parseAmount("")]).toEqual([150_000, 90_000, Number.NaN]);
  });

  it("round-trips stored content through the form's fields", () => {
    const content = { ...defaultRoleDescription("ml-engineer"), benefits: "Pension" };
    const form = new FormData();
    for (const [name, value] of Object.entries(roleFormValues(content))) form.set(name, value);
    const parsed = EditableRoleContentSchema.parse(parseRoleForm(form).input);
    const { engineRoleId: _engineRoleId, ...expected } = content;
    expect(parsed).toEqual(expected);
  });

  it("maps schema errors back to the form's own fields, band rows by their row number", () => {
    const form = new FormData();
    for (const [name, value] of Object.entries(roleFormValues(defaultRoleDescription("data-scientist")))) form.set(name, value);
    form.set("title", "");
    form.set("band-0-location", "");
    form.set("band-0-currency", "");
    form.set("band-0-min", "");
    form.set("band-0-max", "");
    form.set("band-3-location", "Berlin");
    form.set("band-3-currency", "eur");
    form.set("band-3-min", "90,000");
    form.set("band-3-max", "80000");
    form.set("level-senior-yearsMin", "9");
    form.set("level-senior-yearsMax", "4");
    const parsed = parseRoleForm(form);
    expect(parsed.values["band-3-min"]).toBe("90,000");
    const result = EditableRoleContentSchema.safeParse(parsed.input);
    expect(result.success).toBe(false);
    const errors: Record<string, string[]> = {};
    for (const issue of result.error!.issues) (errors[issue.path.join(".")] ??= []).push(issue.message);
    expect(Object.keys(parsed.mapFieldErrors(errors) ?? {}).sort()).toEqual(["band-3-max", "level-senior-yearsMax", "title"]);
  });
});
