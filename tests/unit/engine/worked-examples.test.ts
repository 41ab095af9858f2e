import { describe, expect, it } from "vitest";
import type { ProjectBriefInput } from "@/lib/schemas/project-brief";
import type { TeamDraft } from "@/lib/schemas/team-draft";
import { draftFromText, findRole, leadsOf, roleIdsOf, traitIdsOf } from "@/tests/fixtures/briefs";

function activitiesOf(draft: TeamDraft, phaseId: string): string {
  return draft.phases.find((phase) => phase.id === phaseId)?.activities.join(" | ") ?? "";
}

function ruleIdsOfRole(draft: TeamDraft, roleId: TeamDraft["team"][number]["roleId"]): string[] {
  return findRole(draft, roleId)?.rationale.map((reason) => reason.ruleId) ?? [];
}

describe("ADAS perception, as [B] describes it", () => {
  it.each([
    [
      "the source's wording",
      "Automotive AI-assisted driving: detect obstacles such as pedestrians and cyclists from camera footage, lidar and radar. The model must respond in real time on the in-vehicle edge device and be integrated into the vehicle software.",
      {},
    ],
    ["a paraphrase with no catalog keyword", "Spot pedestrians and cars from the vehicle's sensors while driving.", {}],
    [
      "structured fields",
      "Driver-assistance feature that warns the driver about obstacles.",
      { dataModalities: ["camera", "lidar", "radar"], deploymentTarget: "edge-device" },
    ],
  ] satisfies [string, string, Omit<ProjectBriefInput, "description">][])("%s", (_label, description, fields) => {
    const draft = draftFromText(description, fields);
    expect(traitIdsOf(draft)).toEqual(expect.arrayContaining(["archetype.perception", "deployment.edge-device"]));
    expect(roleIdsOf(draft)).toEqual(["data-scientist", "ai-engineer", "data-engineer"]);

    // 1. Sensor data collection by data engineers, with data scientists.
    expect(leadsOf(draft, "data-collection")).toContain("data-engineer");
    expect(draft.phases.find((phase) => phase.id === "data-collection")?.staffing.map((entry) => entry.roleId)).toContain("data-scientist");
    // 2. Model development and failure analysis (snowy weather) by data scientists.
    expect(leadsOf(draft, "model-development")).toEqual(["data-scientist"]);
    expect(activitiesOf(draft, "model-development")).toMatch(/snowy weather/);
    // 3. Latency, compression and quantisation for the in-vehicle edge device by AI engineers.
    expect(leadsOf(draft, "optimization")).toEqual(["ai-engineer"]);
    expect(activitiesOf(draft, "optimization")).toMatch(/compression and quantisation/);
    expect(leadsOf(draft, "deployment")).toEqual(["ai-engineer"]);
    // 4. Integration into the vehicle's software by AI engineers.
    expect(leadsOf(draft, "integration")).toEqual(["ai-engineer"]);
    expect(activitiesOf(draft, "integration")).toMatch(/vehicle/);

    const aiEngineer = findRole(draft, "ai-engineer");
    expect(aiEngineer?.skills.required).toEqual(expect.arrayContaining(["Model compression", "Quantisation for edge devices"]));
    expect(ruleIdsOfRole(draft, "ai-engineer")).toContain("staff.edge-optimisation.ai-engineer");
    expect(aiEngineer?.rationale.find((reason) => reason.ruleId === "staff.edge-optimisation.ai-engineer")?.sources).toEqual(["B"]);
  });
});

describe("online-retail recommender, and the sources' disagreement", () => {
  const description =
    "An online retailer wants product recommendations: analyse what customers bought before and suggest what they are likely to buy next, served in real time on the e-commerce platform.";

  it("data scientists analyse purchases and train; the AI engineer serves and integrates ([B]'s example)", () => {
    const draft = draftFromText(description);
    expect(leadsOf(draft, "exploration")).toEqual(["data-scientist"]);
    expect(activitiesOf(draft, "exploration")).toMatch(/purchasing data/);
    expect(leadsOf(draft, "model-development")).toEqual(["data-scientist"]);
    expect(activitiesOf(draft, "model-development")).toMatch(/history/);
    for (const phase of ["optimization", "deployment", "integration"]) expect(leadsOf(draft, phase)).toEqual(["ai-engineer"]);
    expect(activitiesOf(draft, "optimization")).toMatch(/real-time/);
    expect(activitiesOf(draft, "integration")).toMatch(/e-commerce platform/);
    expect(findRole(draft, "ml-engineer")).toBeUndefined();
  });

  it.each([
    ["below large scale → AI engineer", {}, "ai-engineer", "staff.recommender-serving.ai-engineer"],
    ["custom model at large scale → ML engineer", { scale: { users: 2_000_000 }, modelSource: "build-custom" as const }, "ml-engineer", "staff.recommender-serving.ml-engineer"],
    ["adapted model at large scale → AI engineer", { scale: { users: 2_000_000 }, modelSource: "adapt-pretrained" as const }, "ai-engineer", "staff.recommender-serving.ai-engineer.prebuilt"],
  ])("%s, and the rationale states the disagreement and the choice", (_label, fields, engineer, ruleId) => {
    const draft = draftFromText(description, fields);
    expect(leadsOf(draft, "integration")).toEqual([engineer]);
    expect(leadsOf(draft, "deployment")).toEqual([engineer]);
    const reason = findRole(draft, engineer as "ai-engineer" | "ml-engineer")?.rationale.find((entry) => entry.ruleId === ruleId);
    expect(reason?.text).toMatch(/disagree/);
    expect(reason?.text).toMatch(/\[B\]/);
    expect(reason?.text).toMatch(/\[C\]/);
    expect(reason?.text).toMatch(/Teamwright's rule/);
    expect(reason?.sources).toEqual(["A", "B", "C"]);
  });

  it.each([
    "Suggest items shoppers might like next based on what they bought before.",
    "Show each visitor products similar to the ones they viewed.",
    "Help customers decide what to buy next on our web shop.",
  ])("paraphrase %s comes out as a recommender", (text) => {
    const draft = draftFromText(text);
    expect(traitIdsOf(draft)).toContain("archetype.recommender");
    expect(draft.generic).toBe(false);
  });
});

describe("LLM customer-support chatbot", () => {
  const draft = draftFromText(
    "Build a customer-support chatbot on an LLM that answers customer questions from our help-centre articles and can look up orders. It handles personal data, so privacy matters, and answers must not be biased.",
  );

  it("is AI-engineer work with LLMs, chaining, agent tooling and Hugging Face", () => {
    const aiEngineer = findRole(draft, "ai-engineer");
    expect(aiEngineer?.headcount).toBeGreaterThanOrEqual(2);
    expect(aiEngineer?.tools).toEqual(expect.arrayContaining(["OpenAI models", "LangChain", "AutoGen", "Hugging Face Transformers"]));
    expect(aiEngineer?.skills.required).toEqual(
      expect.arrayContaining(["Integrating LLMs into products", "Chaining LLM calls, tools and retrieval", "Agent and multi-agent frameworks"]),
    );
    expect(leadsOf(draft, "model-development")).toEqual(["ai-engineer"]);
    expect(findRole(draft, "ml-engineer")).toBeUndefined();
  });

  it("includes bias and privacy work in an evaluation-safety phase", () => {
    expect(findRole(draft, "ai-engineer")?.skills.required).toEqual(expect.arrayContaining(["Bias mitigation", "Privacy compliance"]));
    expect(leadsOf(draft, "evaluation-safety")).toContain("ai-engineer");
    expect(activitiesOf(draft, "evaluation-safety")).toMatch(/bias/);
    expect(activitiesOf(draft, "evaluation-safety")).toMatch(/privacy/);
  });
});

describe("the reviewer's LLM support chatbot: a team a hiring manager can defend", () => {
  const text = "An LLM chatbot for customer support that answers questions from our help-centre articles; no dashboards needed.";

  it("two AI engineers (build and evaluate; serve and integrate) and a data engineer for the company's own help content", () => {
    const draft = draftFromText(text);
    expect(draft.stage.id).toBe("production");
    expect(draft.team.map((role) => [role.roleId, role.headcount])).toEqual([
      ["ai-engineer", 2],
      ["data-engineer", 1],
    ]);
    const pair = findRole(draft, "ai-engineer")?.headcountRationale.find((reason) => reason.ruleId === "sizing.assistant.second-ai-engineer");
    expect(pair?.sources).toEqual(["A", "B", "C", "heuristic"]);
    expect(pair?.text).toMatch(/evaluation, bias and privacy/);
    expect(pair?.text).toMatch(/scales it horizontally and integrates it into the support channels/);
    expect(findRole(draft, "ai-engineer")?.seniorityMix).toEqual([
      { level: "senior", count: 1 },
      { level: "mid", count: 1 },
    ]);
    expect(leadsOf(draft, "data-collection")).toEqual(["data-engineer"]);
    const content = findRole(draft, "data-engineer")?.rationale.find((reason) => reason.ruleId === "staff.own-content.data-engineer");
    expect(content?.sources).toEqual(["B"]);
    expect(traitIdsOf(draft)).toContain("data.own-content");
  });

  it("the stage explains which part of the rule of thumb applies and why there is no data scientist", () => {
    const draft = draftFromText(text);
    expect(draft.stage.rationale.map((reason) => reason.ruleId)).toEqual(["team-size.stage.production.prebuilt"]);
    const stageText = draft.stage.rationale[0]?.text ?? "";
    expect(stageText).toMatch(/no data scientist/);
    expect(stageText).not.toMatch(/keeps the data scientist/);
  });

  it("without the company's own content there is no data engineer, and the AI engineers gather what the assistant needs", () => {
    const draft = draftFromText("An LLM chatbot that answers customer questions about shipping and returns.");
    expect(draft.team.map((role) => [role.roleId, role.headcount])).toEqual([["ai-engineer", 2]]);
    expect(leadsOf(draft, "data-collection")).toEqual(["ai-engineer"]);
  });

  it.each([
    ["a quick internal prototype", "A quick internal prototype chatbot for 2 months.", {}, /single point of failure/],
    ["a headcount cap of 1", text, { headcountCap: 1 }, /headcount cap of 1/],
  ] as const)("%s stays at one AI engineer, with a warning", (_label, description, fields, warning) => {
    const draft = draftFromText(description, fields);
    expect(draft.team.map((role) => [role.roleId, role.headcount])).toEqual([["ai-engineer", 1]]);
    expect(draft.warnings.some((entry) => warning.test(entry))).toBe(true);
    expect(draft.stage.rationale[0]?.text).not.toMatch(/keeps the data scientist|AI engineers/);
  });
});

describe("other applications the sources name produce defensible teams", () => {
  it.each([
    {
      name: "fraud detection (bank)",
      text: "A bank wants to detect fraudulent card transactions in real time and block suspicious payments.",
      archetype: "archetype.fraud-detection",
      roles: ["data-scientist", "ml-engineer", "data-engineer"],
      leads: { deployment: "ml-engineer", "model-development": "data-scientist" },
    },
    {
      name: "demand forecasting (retail)",
      text: "A retail chain needs weekly demand forecasting per store to plan inventory.",
      archetype: "archetype.forecasting",
      roles: ["data-scientist", "ml-engineer", "data-engineer"],
      leads: { deployment: "ml-engineer", "model-development": "data-scientist" },
    },
    {
      name: "content generation (marketing)",
      text: "Our marketing team wants to generate ad copy and social media images for campaigns with generative AI.",
      archetype: "archetype.content-generation",
      roles: ["ai-engineer"],
      leads: { "model-development": "ai-engineer", "evaluation-safety": "ai-engineer" },
    },
    {
      name: "autonomous drones (logistics)",
      text: "A logistics company wants autonomous drones that deliver parcels and navigate around obstacles on their own.",
      archetype: "archetype.autonomous-systems",
      roles: ["data-scientist", "ai-engineer", "data-engineer"],
      leads: { integration: "ai-engineer" },
    },
    {
      name: "image captioning (computer vision + NLP)",
      text: "Automatically write captions for the photos in our news archive so they have alt text.",
      archetype: "archetype.image-captioning",
      roles: ["data-scientist", "ai-engineer", "data-engineer"],
      leads: { integration: "ai-engineer" },
    },
    {
      name: "executive analytics dashboards",
      text: "Executive analytics dashboards showing sales KPIs across regions for the leadership team.",
      archetype: "archetype.analytics-dashboard",
      roles: ["data-scientist", "data-engineer"],
      leads: { reporting: "data-scientist", "data-collection": "data-engineer" },
    },
    {
      name: "churn prediction (predictive analytics)",
      text: "Predict which subscribers are likely to cancel next month so the retention team can call them.",
      archetype: "archetype.predictive-analytics",
      roles: ["data-scientist", "ml-engineer", "data-engineer"],
      leads: { deployment: "ml-engineer" },
    },
  ])("$name", ({ text, archetype, roles, leads }) => {
    const draft = draftFromText(text);
    expect(traitIdsOf(draft)).toContain(archetype);
    expect(draft.generic).toBe(false);
    expect(roleIdsOf(draft)).toEqual(roles);
    for (const [phase, role] of Object.entries(leads)) expect(leadsOf(draft, phase)).toContain(role);
  });

  it("content generation in production gets two AI engineers, and the stage says why there is no data scientist", () => {
    const draft = draftFromText("Our marketing team wants to generate ad copy and social media images for campaigns with generative AI.");
    expect(draft.team.map((role) => [role.roleId, role.headcount])).toEqual([["ai-engineer", 2]]);
    expect(findRole(draft, "ai-engineer")?.headcountRationale.map((reason) => reason.ruleId)).toContain("sizing.prebuilt-app.second-ai-engineer");
    expect(draft.stage.rationale[0]?.text).toMatch(/no data scientist/);
  });

  it("drones get more than one AI engineer: perception, planning and control do not fit one person", () => {
    const draft = draftFromText("A logistics company wants autonomous drones that deliver parcels and navigate around obstacles on their own.");
    expect(findRole(draft, "ai-engineer")?.headcount).toBeGreaterThanOrEqual(2);
    expect(findRole(draft, "ai-engineer")?.skills.required).toContain("Reinforcement-learning agents");
  });

  it("dashboards are an analytics stage: nothing to ship, so no ML or AI engineer", () => {
    const draft = draftFromText("Executive analytics dashboards showing sales KPIs across regions for the leadership team.");
    expect(draft.stage.id).toBe("analytics");
    expect(findRole(draft, "data-scientist")?.tools).toEqual(expect.arrayContaining(["Tableau", "Power BI"]));
  });

  it.each([
    ["Tell each bakery how many loaves it will sell tomorrow so less bread goes to waste.", "archetype.forecasting"],
    ["Flag payments that look stolen or fake before the money leaves the account.", "archetype.fraud-detection"],
    ["Let customers type questions and get instant answers drawn from our FAQ pages.", "archetype.conversational-ai"],
    ["Describe what is in each picture our users upload so blind visitors can hear it.", "archetype.image-captioning"],
    ["Give the board a single view of revenue, margins and spend every Monday.", "archetype.analytics-dashboard"],
    ["Draft product descriptions and newsletter text in our brand voice.", "archetype.content-generation"],
    ["Robots that move pallets around the warehouse by themselves.", "archetype.autonomous-systems"],
  ])("paraphrase %s → %s", (text, archetype) => {
    expect(traitIdsOf(draftFromText(text))).toContain(archetype);
  });
});
