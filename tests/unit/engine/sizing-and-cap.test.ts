import { describe, expect, it } from "vitest";
import { mixSeniority } from "@/lib/engine";
import type { SeniorityLevel, TeamDraft } from "@/lib/schemas/team-draft";
import { draftFromText, findRole } from "@/tests/fixtures/briefs";

const recommender = "Personalised product recommendations for our online store, served in real time and integrated into checkout.";
const rank: Record<SeniorityLevel, number> = { junior: 0, mid: 1, senior: 2, lead: 3 };

function servingEngineers(draft: TeamDraft): number {
  return (findRole(draft, "ml-engineer")?.headcount ?? 0) + (findRole(draft, "ai-engineer")?.headcount ?? 0);
}

describe("headcount and seniority scale with users and requests", () => {
  it.each([
    [{ users: 1_000 }, 1],
    [{ users: 200_000 }, 2],
    [{ users: 20_000_000 }, 3],
    [{ requestsPerDay: 50_000 }, 1],
    [{ requestsPerDay: 5_000_000 }, 2],
    [{ requestsPerDay: 500_000_000 }, 3],
  ])("scale %o → %i serving engineer(s)", (scale, expected) => {
    const draft = draftFromText(recommender, { scale, modelSource: "build-custom" });
    expect(servingEngineers(draft)).toBe(expected);
    const reasons = draft.team.flatMap((role) => role.headcountRationale.map((reason) => reason.ruleId));
    if (expected > 1) expect(reasons).toContain("sizing.scale.large.serving-engineer");
  });

  it("massive scale also adds a data engineer, an MLOps engineer and senior serving staff", () => {
    const small = draftFromText(recommender, { scale: { users: 1_000 } });
    const massive = draftFromText(recommender, { scale: { users: 20_000_000 }, modelSource: "build-custom" });
    expect(massive.headcount).toBeGreaterThan(small.headcount);
    expect(findRole(massive, "data-engineer")?.headcount).toBe(2);
    expect(findRole(massive, "mlops-engineer")).toBeDefined();
    expect(rank[findRole(massive, "ml-engineer")?.seniority ?? "junior"]).toBeGreaterThanOrEqual(rank.senior);
  });
});

describe("headcount scales with the timeline, within reason", () => {
  const byTimeline = [undefined, 12, 7, 5, 4, 3, 1].map((timelineMonths) => ({
    timelineMonths,
    draft: draftFromText(recommender, timelineMonths === undefined ? {} : { timelineMonths }),
  }));

  it("a shorter timeline never means fewer people", () => {
    for (let index = 1; index < byTimeline.length; index += 1) {
      const previous = byTimeline[index - 1];
      const current = byTimeline[index];
      expect(current?.draft.headcount, `${current?.timelineMonths} months`).toBeGreaterThanOrEqual(previous?.draft.headcount ?? 0);
    }
  });

  it("a tight timeline adds people with a rationale; no role grows past double", () => {
    const relaxed = byTimeline[0]?.draft;
    const tight = byTimeline.find((entry) => entry.timelineMonths === 4)?.draft;
    expect(tight?.headcount).toBeGreaterThan(relaxed?.headcount ?? 0);
    for (const role of tight?.team ?? []) {
      const base = relaxed ? (findRole(relaxed, role.roleId)?.headcount ?? 1) : 1;
      expect(role.headcount).toBeLessThanOrEqual(base * 2);
    }
    const reasons = tight?.team.flatMap((role) => role.headcountRationale.map((reason) => reason.ruleId)) ?? [];
    expect(reasons).toContain("sizing.timeline.compressed");
    expect(tight?.team.some((role) => role.seniority === "senior" || role.seniority === "lead")).toBe(true);
  });

  it.each([
    [3, true],
    [1, true],
    [5, false],
  ])("%i months: warns that people cannot close the gap = %s", (timelineMonths, warns) => {
    const draft = draftFromText(recommender, { timelineMonths });
    expect(draft.warnings.some((warning) => /under half/.test(warning))).toBe(warns);
  });

  it("phases fit inside the timeline, in order", () => {
    for (const { draft } of byTimeline) {
      for (const phase of draft.phases) {
        expect(phase.startMonth).toBeGreaterThanOrEqual(1);
        expect(phase.startMonth + phase.durationMonths - 1).toBeLessThanOrEqual(draft.timeline.months);
      }
      const starts = draft.phases.filter((phase) => phase.id !== "reporting").map((phase) => phase.startMonth);
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
    }
  });
});

describe("headcount scales with the number of models", () => {
  it.each([
    [1, 1],
    [3, 2],
    [5, 3],
    [9, 5],
    [30, 5],
  ])("%i models → %i data scientists", (modelCount, expected) => {
    const draft = draftFromText("Demand forecasting for our grocery stores.", { modelCount });
    expect(findRole(draft, "data-scientist")?.headcount).toBe(expected);
  });

  it("three or more people in a role get a lead", () => {
    const draft = draftFromText("Demand forecasting for our grocery stores.", { modelCount: 9 });
    expect(findRole(draft, "data-scientist")?.seniority).toBe("lead");
  });
});

describe("headcount cap", () => {
  const big = "Real-time ranking of the home feed for a social app with 50 million daily active users, with a chatbot for support questions.";
  const uncapped = draftFromText(big);

  it("the uncapped draft is large enough to need trimming", () => {
    expect(uncapped.headcount).toBeGreaterThan(6);
  });

  it.each([1, 2, 3, 4, 5, 6])("cap %i is respected, with one warning naming what changed", (headcountCap) => {
    const draft = draftFromText(big, { headcountCap });
    expect(draft.headcount).toBeLessThanOrEqual(headcountCap);
    expect(draft.team.length).toBeGreaterThanOrEqual(1);
    const warning = draft.warnings.find((entry) => entry.includes(`headcount cap of ${headcountCap}`));
    expect(warning).toBeDefined();
    expect(warning).toMatch(/cut|merged|dropped/);
    const capReasons = draft.team.flatMap((role) => [...role.rationale, ...role.headcountRationale]).filter((reason) => reason.ruleId.startsWith("headcount-cap."));
    expect(capReasons.length).toBeGreaterThan(0);
    // Every phase still has someone on it.
    for (const phase of draft.phases) expect(phase.staffing.length).toBeGreaterThan(0);
  });

  it("a merged role's work moves to the role that absorbs it", () => {
    const draft = draftFromText(big, { headcountCap: 3 });
    const warning = draft.warnings.find((entry) => entry.includes("headcount cap of 3")) ?? "";
    expect(warning).toMatch(/merged the MLOps Engineer's work into the/);
    expect(draft.team.map((role) => role.roleId)).not.toContain("mlops-engineer");
    const absorbing = draft.team.find((role) => role.rationale.some((reason) => reason.ruleId === "headcount-cap.merge.mlops-into-engineer"));
    expect(absorbing?.phases).toContain("monitoring");
    expect(absorbing?.skills.required).toContain("Kubernetes operations");
  });

  it("a cap above the team changes nothing", () => {
    const draft = draftFromText(big, { headcountCap: 200 });
    expect(JSON.stringify(draft.team)).toBe(JSON.stringify(uncapped.team));
    expect(draft.warnings.some((warning) => warning.includes("headcount cap"))).toBe(false);
  });
});

describe("seniority mix", () => {
  it.each([
    ["mid", 1, [{ level: "mid", count: 1 }]],
    ["senior", 2, [{ level: "senior", count: 1 }, { level: "mid", count: 1 }]],
    ["lead", 3, [{ level: "lead", count: 1 }, { level: "senior", count: 1 }, { level: "mid", count: 1 }]],
    ["lead", 5, [{ level: "lead", count: 1 }, { level: "senior", count: 1 }, { level: "mid", count: 2 }, { level: "junior", count: 1 }]],
    ["mid", 4, [{ level: "mid", count: 3 }, { level: "junior", count: 1 }]],
  ] as const)("%s × %i", (level, headcount, expected) => {
    const mix = mixSeniority(level, headcount);
    expect(mix).toEqual(expected);
    expect(mix.reduce((sum, entry) => sum + entry.count, 0)).toBe(headcount);
  });
});
