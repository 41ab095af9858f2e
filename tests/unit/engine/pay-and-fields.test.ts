import { describe, expect, it } from "vitest";
import { isUsLocation } from "@/lib/engine";
import { draftFromText, findRole, traitIdsOf } from "@/tests/fixtures/briefs";

const mixedTeam = "A bank wants to detect fraudulent card transactions in real time, with a chatbot that explains declined payments to customers.";

describe("salary bands come only from the sources", () => {
  it("US medians from [C] for ML and AI engineers; none invented for the others", () => {
    const draft = draftFromText(mixedTeam, { location: "US", currency: "USD" });
    expect(findRole(draft, "ml-engineer")?.salaryBand).toEqual({ currency: "USD", min: 150_000, max: 200_000, source: "C" });
    expect(findRole(draft, "ai-engineer")?.salaryBand).toEqual({ currency: "USD", min: 170_000, max: 250_000, source: "C" });
    expect(findRole(draft, "data-scientist")?.salaryBand).toBeNull();
    expect(findRole(draft, "data-engineer")?.salaryBand).toBeNull();
    expect(draft.cost.rolesWithoutBand).toEqual(["data-scientist", "data-engineer"]);
  });

  it("annual cost is the sum of headcount × band over roles with a band", () => {
    const draft = draftFromText(mixedTeam, { location: "US", scale: { users: 3_000_000 } });
    const banded = draft.team.filter((role) => role.salaryBand !== null);
    expect(draft.cost.annualMin).toBe(banded.reduce((sum, role) => sum + role.headcount * (role.salaryBand?.min ?? 0), 0));
    expect(draft.cost.annualMax).toBe(banded.reduce((sum, role) => sum + role.headcount * (role.salaryBand?.max ?? 0), 0));
  });

  it.each([
    [{ currency: "EUR" }, /No salary bands in EUR.*not convert currencies/],
    [{ currency: "eur", location: "US" }, /No salary bands in EUR/],
    [{ location: "Berlin, DE" }, /No salary bands for "Berlin, DE"/],
    [{ location: "remote" }, /No salary bands for "remote"/],
  ])("%o: no band and a warning", (fields, warning) => {
    const draft = draftFromText(mixedTeam, fields);
    for (const role of draft.team) expect(role.salaryBand).toBeNull();
    expect(draft.cost.annualMin).toBeNull();
    expect(draft.cost.annualMax).toBeNull();
    expect(draft.cost.rolesWithoutBand).toEqual(draft.team.map((role) => role.roleId));
    expect(draft.warnings.some((entry) => warning.test(entry))).toBe(true);
  });

  it("with no location the US medians are shown, with a warning that says so", () => {
    const draft = draftFromText(mixedTeam);
    expect(findRole(draft, "ml-engineer")?.salaryBand).not.toBeNull();
    expect(draft.warnings.some((entry) => /assume hiring in the US/.test(entry))).toBe(true);
  });

  it.each([
    ["US", true],
    ["USA", true],
    ["United States", true],
    ["remote (US)", true],
    ["Austin, TX", true],
    ["New York, NY", true],
    ["San Francisco, California", true],
    ["Berlin, DE", false],
    ["Toronto, CA", false],
    ["remote", false],
    ["Latin America", false],
    ["Paris, France", false],
    ["Belarus", false],
  ])("isUsLocation(%s) = %s", (location, expected) => {
    expect(isUsLocation(location)).toBe(expected);
  });
});

describe("fields win over the text", () => {
  it("the deployment target field replaces the deployment the text suggests", () => {
    const draft = draftFromText("Detect obstacles from camera footage on the edge device in the car.", { deploymentTarget: "cloud-api" });
    expect(traitIdsOf(draft)).not.toContain("deployment.edge-device");
    expect(draft.traits.find((trait) => trait.id === "deployment.cloud-api")).toEqual({
      id: "deployment.cloud-api",
      evidence: ["deploymentTarget: cloud-api"],
      from: "field",
    });
    expect(draft.warnings.some((warning) => /deploymentTarget field overrides/.test(warning))).toBe(true);
    expect(draft.phases.find((phase) => phase.id === "optimization")).toBeUndefined();
  });

  it.each([
    [{ privacySensitive: false }, "Patient records fall under HIPAA; predict readmissions.", "concern.privacy", false],
    [{ privacySensitive: true }, "Predict readmissions from admissions data.", "concern.privacy", true],
    [{ fairnessConcerns: false }, "Score loan applicants for default risk fairly.", "concern.fairness", false],
    [{ stakeholderReporting: true }, "Predict churn for subscribers.", "need.reporting", true],
    [{ scale: { users: 500 } }, "Recommend products to millions of users.", "scale.large", false],
    [{ latency: 50 }, "Recommend products to shoppers.", "latency.real-time", true],
    [{ latency: 5_000 }, "Recommend products to shoppers in real time.", "latency.relaxed", true],
    [{ modelCount: 4 }, "Forecast demand for our stores.", "models.3plus", true],
    [{ archetypes: ["recommender" as const] }, "We want to use AI somehow.", "archetype.recommender", true],
  ])("%o on %s → %s present = %s", (fields, description, trait, present) => {
    const draft = draftFromText(description, fields);
    expect(traitIdsOf(draft).includes(trait)).toBe(present);
    if (present) expect(draft.traits.find((entry) => entry.id === trait)?.from).toBe("field");
  });

  it("an explicit project type turns a vague brief into a specific plan", () => {
    const draft = draftFromText("We want to use AI somehow.", { archetypes: ["recommender"] });
    expect(draft.generic).toBe(false);
    expect(draft.warnings.some((warning) => /generic/.test(warning))).toBe(false);
  });
});

describe("vague and off-topic briefs get a labelled generic plan", () => {
  it.each([
    ["We want to use AI somehow.", /does not say what the AI should do/],
    ["Our data could be used better with machine learning, maybe.", /does not say what the AI should do/],
    ["Bake a chocolate cake for the office party on Friday.", /does not look like an AI or data project/],
    ["Plan a team offsite in Lisbon with a boat trip and dinner.", /does not look like an AI or data project/],
  ])("%s", (description, warning) => {
    const draft = draftFromText(description);
    expect(draft.generic).toBe(true);
    expect(draft.stage.id).toBe("proof-of-concept");
    expect(draft.team.map((role) => role.roleId)).toEqual(["data-scientist", "data-engineer"]);
    const text = draft.warnings.find((entry) => warning.test(entry));
    expect(text).toMatch(/^This plan is generic/);
  });
});
