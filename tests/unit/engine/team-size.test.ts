import { describe, expect, it } from "vitest";
import { ruleCatalog } from "@/lib/engine";
import { draftFromText, findRole, leadsOf, roleIdsOf } from "@/tests/fixtures/briefs";

describe("team-size rule of thumb (practice, not the sources)", () => {
  it("a proof of concept is one data scientist and one data engineer", () => {
    const draft = draftFromText("A proof of concept to see whether we can predict customer churn from our CRM data.");
    expect(draft.stage.id).toBe("proof-of-concept");
    expect(draft.team.map((role) => [role.roleId, role.headcount])).toEqual([
      ["data-scientist", 1],
      ["data-engineer", 1],
    ]);
    for (const role of draft.team) {
      const practice = role.headcountRationale.find((reason) => reason.ruleId === "team-size.stage.proof-of-concept");
      expect(practice?.sources).toEqual(["practice"]);
      expect(practice?.text).toMatch(/not from the sources/);
    }
  });

  it("a proof of concept on a hosted LLM is one AI engineer prototyping an MVP", () => {
    const draft = draftFromText("A quick prototype of an internal assistant that answers HR policy questions using GPT-4.");
    expect(draft.team.map((role) => [role.roleId, role.headcount])).toEqual([["ai-engineer", 1]]);
    expect(findRole(draft, "ai-engineer")?.skills.required).toContain("Rapid MVP prototyping");
    expect(draft.warnings.some((warning) => /single point of failure/.test(warning))).toBe(true);
    expect(draft.stage.rationale.map((reason) => reason.ruleId)).toEqual(["team-size.stage.proof-of-concept.prebuilt-mvp"]);
  });

  it("a production team bigger than the rule of thumb says so in the stage's explanation", () => {
    const draft = draftFromText("Real-time ranking of the home feed for a social app with 50 million daily active users.", { latency: "real-time" });
    expect(draft.headcount).toBeGreaterThan(4);
    expect(draft.stage.rationale[0]?.text).toMatch(new RegExp(`This plan has ${draft.headcount} people`));
  });

  it("when the cap merges roles, the stage's explanation names none of them", () => {
    const draft = draftFromText("Weekly demand forecasting for our stores with a model per region.", { headcountCap: 1 });
    expect(draft.stage.rationale.map((reason) => reason.ruleId)).toEqual(["team-size.stage.multi-model.other"]);
    expect(draft.stage.rationale[0]?.text).not.toMatch(/data scientist|data engineer|MLOps engineer/i);
  });

  it("the first production model adds an ML engineer when no project rule picked an engineer", () => {
    const draft = draftFromText("Classify incoming support tickets by topic and urgency and route them to the right team.");
    expect(draft.stage.id).toBe("production");
    expect(roleIdsOf(draft)).toEqual(["data-scientist", "ml-engineer", "data-engineer"]);
    const reason = findRole(draft, "ml-engineer")?.rationale.find((entry) => entry.ruleId === "team-size.first-production-model.ml-engineer");
    expect(reason?.sources).toContain("practice");
    expect(draft.headcount).toBeGreaterThanOrEqual(3);
    expect(draft.headcount).toBeLessThanOrEqual(4);
  });

  it.each([
    [2, false, "production"],
    [3, true, "multi-model"],
    [9, true, "multi-model"],
    [10, true, "platform"],
  ])("%i models: MLOps engineer %s, stage %s", (modelCount, hasMlops, stage) => {
    const draft = draftFromText("Demand forecasting for our grocery stores, published to planners.", { modelCount });
    expect(draft.stage.id).toBe(stage);
    expect(roleIdsOf(draft).includes("mlops-engineer")).toBe(hasMlops);
    if (hasMlops) {
      const mlops = findRole(draft, "mlops-engineer");
      expect(mlops?.rationale.map((reason) => reason.ruleId)).toContain("team-size.multi-model.mlops-engineer");
      expect(leadsOf(draft, "monitoring")).toContain("mlops-engineer");
    }
  });

  it("ten or more models warn that a platform team is needed", () => {
    const draft = draftFromText("Demand forecasting for our grocery stores.", { modelCount: 12 });
    expect(draft.warnings.some((warning) => /platform team/.test(warning))).toBe(true);
  });

  it("models counted in the text count too", () => {
    const draft = draftFromText("We will run three separate models in production: pricing, demand forecasting and churn prediction.");
    expect(roleIdsOf(draft)).toContain("mlops-engineer");
  });

  it("heavy operations add an MLOps engineer even with one model", () => {
    const draft = draftFromText("Fraud scoring service that must be retrained nightly, watched for drift, and meet a 99.95% uptime SLA.");
    expect(roleIdsOf(draft)).toContain("mlops-engineer");
    expect(findRole(draft, "mlops-engineer")?.rationale.map((reason) => reason.ruleId)).toContain("staff.heavy-ops.mlops-engineer");
  });

  it("data pipelines are data-engineer work", () => {
    const draft = draftFromText("Ingest clickstream events from Kafka and order data from Snowflake into a data lake, then predict which visitors will convert.");
    expect(leadsOf(draft, "data-collection")).toContain("data-engineer");
    expect(findRole(draft, "data-engineer")?.rationale.map((reason) => reason.ruleId)).toContain("staff.data-pipelines.data-engineer");
  });

  it("every rule that applies the rule of thumb cites practice and says it is not from the sources", () => {
    const practiceRules = ruleCatalog.filter((rule) => rule.sources.includes("practice"));
    expect(practiceRules.length).toBeGreaterThanOrEqual(5);
    for (const rule of practiceRules.filter((entry) => entry.family === "team-size")) {
      expect(rule.rationale, rule.id).toMatch(/practice/);
    }
  });
});
