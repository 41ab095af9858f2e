import { describe, expect, it } from "vitest";
import { draftTeam } from "@/lib/engine";
import { buildJobDescription, RoleNotStaffedError } from "@/lib/jd/build-job-description";
import { defaultRoleDescription } from "@/lib/jd/default-role-description";
import { contentInputFromForm, formFieldErrors, formValuesFromContent } from "@/lib/jd/jd-form";
import { formatLocation, parseLocation } from "@/lib/jd/location";
import { effectivePlan } from "@/lib/plans/effective-plan";
import { JobDescriptionContentSchema } from "@/lib/schemas/job-description";
import { emptyOverrides } from "@/lib/schemas/plan";
import { ProjectBriefSchema } from "@/lib/schemas/project-brief";
import { RoleDescriptionContentSchema } from "@/lib/schemas/role-library";
import { roleIds } from "@/lib/schemas/team-draft";
import { fieldErrorsFromZod } from "@/lib/errors";
import { buildContent, standardDraft } from "@/tests/fixtures/plans";

const planFor = (brief: Record<string, unknown>) => {
  const parsed = ProjectBriefSchema.parse(brief);
  return effectivePlan({ brief: parsed, draft: draftTeam(parsed), overrides: emptyOverrides(), notes: "" });
};
const recommender = "A product recommender for our online store with real-time suggestions";

describe("buildJobDescription", () => {
  it("builds a valid draft for every role the plan staffs", () => {
    const plan = planFor({ description: recommender, location: "Berlin, DE", currency: "EUR" });
    for (const role of plan.team) {
      const built = buildJobDescription(plan, role.roleId);
      expect(JobDescriptionContentSchema.parse(built.content)).toEqual(built.content);
      expect(built.content.location).toEqual({ workplace: "on-site", locality: "Berlin", region: "", country: "DE" });
    }
  });

  it("responsibilities are the activities of the phases the role staffs, from the rules that staffed it", () => {
    const plan = planFor({ description: recommender });
    const ai = buildJobDescription(plan, "ai-engineer").content;
    expect(ai.responsibilities).toContain("Deploy the recommender to production");
    expect(ai.responsibilities).toContain("Integrate recommendations into the e-commerce platform");
    expect(ai.responsibilities).not.toContain("Explore the data for trends, patterns and relationships; test hypotheses statistically");
    const scientist = buildJobDescription(plan, "data-scientist").content;
    expect(scientist.responsibilities).not.toContain("Deploy the recommender to production");
  });

  it("caps required skills at 8, moving the rest to the front of preferred with a requirement-inflation warning", () => {
    const plan = effectivePlan(buildContent(standardDraft()));
    const built = buildJobDescription(plan, "data-scientist");
    const library = defaultRoleDescription("data-scientist");
    expect(built.content.skills.required).toHaveLength(8);
    expect(built.movedToPreferred.length).toBeGreaterThan(0);
    expect(built.content.skills.preferred.slice(0, built.movedToPreferred.length)).toEqual(built.movedToPreferred);
    expect(built.warnings.find((warning) => warning.code === "requirement-inflation")?.message).toMatch(/more than 8 must-haves/);
    expect(library.skills.required.length).toBeGreaterThan(8);
  });

  it("salary: the library band for the plan's location and currency first", () => {
    const library = RoleDescriptionContentSchema.parse({
      ...defaultRoleDescription("ml-engineer"),
      salaryBands: [
        { location: "Berlin, DE", currency: "EUR", min: 75_000, max: 98_000, source: "2026 survey" },
        { location: "US", currency: "USD", min: 1, max: 2, source: "" },
      ],
    });
    const plan = planFor({ description: "Detect fraud in card payments with a model we train ourselves", location: "Berlin, DE", currency: "EUR" });
    const role = plan.team.find((entry) => entry.roleId === "ml-engineer") ? "ml-engineer" : plan.team[0]!.roleId;
    const built = buildJobDescription(plan, role, role === "ml-engineer" ? library : undefined);
    if (role === "ml-engineer") {
      expect(built.salarySource).toBe("library");
      expect(built.content.salary).toMatchObject({ currency: "EUR", min: 75_000, max: 98_000 });
    }
  });

  it("salary: else the engine's band, else not set with a pay-transparency warning naming jurisdictions", () => {
    const us = planFor({ description: recommender, location: "New York, NY" });
    // The default library is seeded with the engine's sourced US band, so it is found there first.
    expect(buildJobDescription(us, "ai-engineer").salarySource).toBe("library");
    const engineBand = buildJobDescription(us, "ai-engineer", { ...defaultRoleDescription("ai-engineer"), salaryBands: [] });
    expect(engineBand.salarySource).toBe("engine");
    expect(engineBand.content.salary).toMatchObject({ currency: "USD", min: 170_000, max: 250_000 });
    const none = buildJobDescription(us, "data-scientist");
    expect(none.content.salary).toBeNull();
    const warning = none.warnings.find((entry) => entry.code === "pay-transparency")!.message;
    for (const place of ["Colorado", "New York City", "California", "Washington", "Illinois", "2023/970"]) expect(warning).toContain(place);
  });

  it("project summary is neutral and never the raw brief when it is long", () => {
    const long = `${recommender}. ${"Our internal roadmap says we must beat competitor X by Q3 and cut costs. ".repeat(12)}`;
    const summary = buildJobDescription(planFor({ description: long }), "data-scientist").content.projectSummary;
    expect(summary).toMatch(/^You will join a team of \d+ building a recommendation system over about \d+ months\./);
    expect(summary).not.toContain("competitor X");
    const short = buildJobDescription(planFor({ description: recommender }), "data-scientist").content.projectSummary;
    expect(short).toContain("“A product recommender for our online store with real-time suggestions.”");
  });

  it("title carries the seniority; the level's expectations and typical years come from the library", () => {
    const built = buildJobDescription(planFor({ description: recommender }), "ai-engineer");
    expect(built.content.title).toBe("Senior AI Engineer");
    expect(built.content.seniority).toMatchObject({ level: "senior", typicalYears: { min: 5, max: 8 } });
    expect(built.content.seniority.expectations.length).toBeGreaterThan(20);
  });

  it("a role the plan does not staff is refused with the roles it does staff", () => {
    const plan = planFor({ description: recommender });
    const missing = roleIds.find((roleId) => !plan.team.some((role) => role.roleId === roleId))!;
    expect(() => buildJobDescription(plan, missing)).toThrow(RoleNotStaffedError);
    try {
      buildJobDescription(plan, missing);
    } catch (error) {
      expect((error as RoleNotStaffedError).staffed.map((role) => role.roleId)).toEqual(plan.team.map((role) => role.roleId));
    }
  });
});

describe("parseLocation", () => {
  it.each([
    ["US", { workplace: "on-site", locality: "", region: "", country: "US" }],
    ["Berlin, DE", { workplace: "on-site", locality: "Berlin", region: "", country: "DE" }],
    ["New York, NY", { workplace: "on-site", locality: "New York", region: "NY", country: "US" }],
    ["San Francisco, CA", { workplace: "on-site", locality: "San Francisco", region: "CA", country: "US" }],
    ["Toronto, Canada", { workplace: "on-site", locality: "Toronto", region: "", country: "CA" }],
    ["Remote (US)", { workplace: "remote", locality: "", region: "", country: "US" }],
    ["remote", { workplace: "remote", locality: "", region: "", country: "" }],
    ["Hybrid, London, UK", { workplace: "hybrid", locality: "London", region: "", country: "GB" }],
  ])("%s", (text, expected) => {
    const { understood: _understood, ...location } = parseLocation(text);
    expect(location).toEqual(expected);
  });

  it("formats back for headings", () => {
    expect(formatLocation({ workplace: "remote", locality: "", region: "", country: "US" })).toBe("Remote (US)");
    expect(formatLocation({ workplace: "on-site", locality: "", region: "", country: "" })).toBe("Location not set");
  });
});

describe("editor form", () => {
  it("round-trips content through the form, one list item per line", () => {
    const content = buildJobDescription(planFor({ description: recommender, location: "Berlin, DE", currency: "EUR" }), "data-scientist").content;
    const values = formValuesFromContent(content);
    expect(values.responsibilities.split("\n")).toEqual(content.responsibilities);
    expect(JobDescriptionContentSchema.parse(contentInputFromForm(values, content.roleId))).toEqual(content);
  });

  it("empty salary fields mean not set; bad numbers get the schema's message beside the right field", () => {
    const content = buildJobDescription(planFor({ description: recommender }), "ai-engineer").content;
    const values = { ...formValuesFromContent(content), salaryMin: "", salaryMax: "" };
    expect((contentInputFromForm(values, content.roleId) as { salary: unknown }).salary).toBeNull();
    const bad = JobDescriptionContentSchema.safeParse(contentInputFromForm({ ...values, salaryMin: "lots", salaryMax: "10", salaryCurrency: "USD", title: "" }, content.roleId));
    expect(bad.success).toBe(false);
    const errors = formFieldErrors(fieldErrorsFromZod(bad.error!));
    expect(errors.salaryMin?.[0]).toMatch(/lowest yearly salary/);
    expect(errors.title?.[0]).toMatch(/title/);
  });
});
