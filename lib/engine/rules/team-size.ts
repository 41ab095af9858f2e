import { defineRules } from "./define-rules";

/**
 * The team-size rule of thumb practitioners use. It is NOT from the three sources: every rule
 * here that applies it cites "practice" so nobody mistakes it for one of them.
 * Proof of concept: one data scientist and one data engineer. First production model: add an
 * ML engineer (3–4 people). Three or more models: add an MLOps engineer (5–7). Ten or more: a
 * separate platform team.
 */
export const teamSizeStageRules = defineRules("team-size", "stage", [
  {
    id: "team-size.stage.proof-of-concept",
    description: "Proof of concept: one data scientist and one data engineer.",
    rationale:
      "Rule of thumb from practice (not from the sources): a proof of concept needs one data scientist to explore the data and prototype a model, and one data engineer to get the data in shape.",
    sources: ["practice"],
    when: { all: ["derived.poc"], none: ["derived.prebuilt-app"] },
    effects: [
      { kind: "stage", stage: "proof-of-concept" },
      { kind: "staff", phase: "data-collection", role: "data-engineer", involvement: "lead", activities: [], headcount: 1 },
      { kind: "staff", phase: "model-development", role: "data-scientist", involvement: "lead", activities: [], headcount: 1 },
    ],
  },
  {
    id: "team-size.stage.proof-of-concept.prebuilt",
    description: "Proof of concept on pre-built models: one AI engineer prototypes an MVP.",
    rationale:
      "Prototyping an MVP on pre-built models with agent frameworks is the AI engineer's rapid-prototyping work; no model is trained, so no data scientist or data engineer is needed yet.",
    sources: ["C"],
    when: { all: ["derived.poc", "derived.prebuilt-app"] },
    effects: [
      { kind: "stage", stage: "proof-of-concept" },
      {
        kind: "staff",
        phase: "model-development",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Prototype an MVP on pre-built models to test whether the idea works"],
        headcount: 1,
      },
    ],
  },
  {
    id: "team-size.stage.analytics",
    description: "Analytics without a model: data scientist and data engineer.",
    rationale:
      "Dashboards and reports for stakeholders are data-scientist work, fed by a data engineer's pipelines; with no model to ship there is no ML or AI engineer.",
    sources: ["A", "B"],
    when: { all: ["derived.analytics-only"] },
    effects: [
      { kind: "stage", stage: "analytics" },
      {
        kind: "staff",
        phase: "data-collection",
        role: "data-engineer",
        involvement: "lead",
        activities: ["Build the pipelines that feed the dashboards from the source systems"],
        headcount: 1,
      },
      {
        kind: "staff",
        phase: "exploration",
        role: "data-scientist",
        involvement: "lead",
        activities: ["Explore the data for trends, patterns and relationships worth showing"],
        headcount: 1,
      },
    ],
  },
  {
    id: "team-size.stage.production",
    description: "First production model(s): the proof-of-concept core plus an engineer to ship it.",
    rationale:
      "Rule of thumb from practice (not from the sources): taking a first model to production keeps the data scientist and data engineer and adds an engineer to ship it (3–4 people).",
    sources: ["practice"],
    when: { all: ["derived.production"], none: ["models.3plus", "models.10plus"] },
    effects: [{ kind: "stage", stage: "production" }],
  },
  {
    id: "team-size.stage.production.core",
    description: "A production model keeps one data scientist and one data engineer.",
    rationale:
      "Rule of thumb from practice (not from the sources): the proof-of-concept core of one data scientist and one data engineer stays on when the model goes to production.",
    sources: ["practice"],
    when: { all: ["derived.production", "derived.builds-model"] },
    effects: [
      { kind: "staff", phase: "data-collection", role: "data-engineer", involvement: "lead", activities: [], headcount: 1 },
      { kind: "staff", phase: "model-development", role: "data-scientist", involvement: "lead", activities: [], headcount: 1 },
    ],
  },
  {
    id: "team-size.stage.multi-model",
    description: "Three to nine models in production.",
    rationale: "Rule of thumb from practice (not from the sources): with three or more models in production, a dedicated MLOps engineer joins (5–7 people).",
    sources: ["practice"],
    when: { all: ["derived.production"], any: ["models.3plus", "models.10plus"], none: ["models.10plus"] },
    effects: [{ kind: "stage", stage: "multi-model" }],
  },
  {
    id: "team-size.stage.platform",
    description: "Ten or more models: practitioners set up a separate platform team.",
    rationale: "Rule of thumb from practice (not from the sources): at ten or more models, shared infrastructure becomes a separate platform team's job.",
    sources: ["practice"],
    when: { all: ["derived.production", "models.10plus"] },
    effects: [
      { kind: "stage", stage: "platform" },
      {
        kind: "warning",
        text: "Ten or more models usually call for a separate ML platform team (a rule of thumb from practice); this draft covers only the project team.",
      },
    ],
  },
]);

export const teamSizeStaffRules = defineRules("team-size", "staff", [
  {
    id: "team-size.multi-model.mlops-engineer",
    description: "Three or more models in production add a dedicated MLOps engineer.",
    rationale:
      "Rule of thumb from practice (not from the sources): once three or more models run in production, deploying and monitoring them is a job of its own for an MLOps engineer.",
    sources: ["practice"],
    when: { all: ["derived.production"], any: ["models.3plus", "models.10plus"] },
    effects: [
      {
        kind: "staff",
        phase: "deployment",
        role: "mlops-engineer",
        involvement: "lead",
        activities: ["Run CI/CD, container orchestration and a model registry shared by all the models"],
        headcount: 1,
      },
      {
        kind: "staff",
        phase: "monitoring",
        role: "mlops-engineer",
        involvement: "lead",
        activities: ["Monitor every model in production with alerts and drift checks"],
      },
    ],
  },
]);

export const teamSizeFallbackRules = defineRules("team-size", "staff-fallback", [
  {
    id: "team-size.first-production-model.ml-engineer",
    description: "A first production model with no engineer chosen yet adds an ML engineer.",
    rationale:
      "Rule of thumb from practice (not from the sources): the first production model adds an ML engineer, who in the sources owns the model's production lifecycle — pipelines, containers, serving and monitoring.",
    sources: ["practice", "A", "C"],
    when: { all: ["derived.production", "derived.builds-model", "derived.custom-model"], none: ["role:ml-engineer", "role:ai-engineer"] },
    effects: [
      {
        kind: "staff",
        phase: "deployment",
        role: "ml-engineer",
        involvement: "lead",
        activities: ["Turn the model into a production service: training and deployment pipelines, containers, serving"],
        headcount: 1,
      },
    ],
  },
]);
