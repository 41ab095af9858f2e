import { defineRules } from "./define-rules";

/**
 * The team-size rule of thumb practitioners use. It is NOT from the three sources: every rule
 * here that applies it cites "practice" so nobody mistakes it for one of them.
 * Proof of concept: one data scientist and one data engineer. First production model: add an
 * ML engineer (3–4 people). Three or more models: add an MLOps engineer (5–7). Ten or more: a
 * separate platform team.
 *
 * Two steps. "team-core" puts the rule of thumb's core team in place before the project rules
 * staff the rest. "stage" runs after sizing and the headcount cap and names the stage; each of
 * its rules tests the roles actually on the team, so its explanation only names roles the plan
 * has (or says plainly that a role is absent, "no data scientist"), and the first match wins.
 * The "other" rules at the end name no role at all: they cover teams the specific ones do not
 * describe, such as a team whose roles the headcount cap merged.
 */
export const teamSizeCoreRules = defineRules("team-size", "team-core", [
  {
    id: "team-size.stage.proof-of-concept",
    description: "Proof of concept: one data scientist and one data engineer.",
    rationale:
      "Rule of thumb from practice (not from the sources): a proof of concept needs one data scientist to explore the data and prototype a model, and one data engineer to get the data in shape.",
    sources: ["practice"],
    when: { all: ["derived.poc"], none: ["derived.prebuilt-app"] },
    effects: [
      { kind: "staff", phase: "data-collection", role: "data-engineer", involvement: "lead", activities: [], headcount: 1 },
      { kind: "staff", phase: "model-development", role: "data-scientist", involvement: "lead", activities: [], headcount: 1 },
    ],
  },
  {
    id: "team-size.stage.proof-of-concept.prebuilt",
    description: "Proof of concept on pre-built models: one AI engineer prototypes an MVP, with a warning that one person is a single point of failure.",
    rationale:
      "Prototyping an MVP on pre-built models with agent frameworks is the AI engineer's rapid-prototyping work; no model is trained, so there is no data scientist and no data engineer yet. One person is a Teamwright assumption for a prototype only.",
    sources: ["C", "heuristic"],
    when: { all: ["derived.poc", "derived.prebuilt-app"] },
    effects: [
      {
        kind: "staff",
        phase: "model-development",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Prototype an MVP on pre-built models to test whether the idea works"],
        headcount: 1,
      },
      {
        kind: "warning",
        text: "This prototype rests on one AI engineer: enough to test the idea, but a single point of failure. Taking it to production needs a second AI engineer to serve and integrate it, and a data engineer if it answers from the company's own content.",
      },
    ],
  },
  {
    id: "team-size.stage.analytics",
    description: "Analytics without a model: data scientist and data engineer.",
    rationale:
      "Dashboards and reports for stakeholders are data-scientist work, fed by a data engineer's pipelines; with no model to ship there is no ML engineer and no AI engineer.",
    sources: ["A", "B"],
    when: { all: ["derived.analytics-only"] },
    effects: [
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
]);

const severalModels = ["models.3plus", "models.10plus"] as const;

export const teamSizeStageRules = defineRules("team-size", "stage", [
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
  {
    id: "team-size.stage.multi-model",
    description: "Three to nine models in production, with the MLOps engineer on the team.",
    rationale: "Rule of thumb from practice (not from the sources): with three or more models in production, a dedicated MLOps engineer joins (5–7 people).",
    sources: ["practice"],
    when: { all: ["derived.production", "models.3plus", "role:mlops-engineer"], none: ["models.10plus", "derived.cap-merged-roles"] },
    effects: [{ kind: "stage", stage: "multi-model", people: [5, 7] }],
  },
  {
    id: "team-size.stage.production",
    description: "A first production model trained in house, with the proof-of-concept core and an engineer to ship it.",
    rationale:
      "Rule of thumb from practice (not from the sources): taking a first model to production keeps the data scientist and data engineer and adds an engineer to ship it (3–4 people).",
    sources: ["practice"],
    when: {
      all: ["derived.production", "derived.builds-model", "role:data-scientist", "role:data-engineer"],
      any: ["role:ml-engineer", "role:ai-engineer"],
      none: [...severalModels, "derived.cap-merged-roles"],
    },
    effects: [{ kind: "stage", stage: "production", people: [3, 4] }],
  },
  {
    id: "team-size.stage.production.prebuilt",
    description: "A production application on pre-built models: only the engineering part of the rule of thumb applies.",
    rationale:
      "Rule of thumb from practice (not from the sources): a first production system adds engineers to ship it. This one is built on pre-built models and trains nothing, so only that part applies: building, evaluating and shipping it is AI-engineer work [B][C], and there is no data scientist because there is no model to train or tune.",
    sources: ["practice", "B", "C"],
    when: {
      all: ["derived.production", "derived.prebuilt-app", "role:ai-engineer"],
      none: [...severalModels, "role:data-scientist", "derived.cap-merged-roles"],
    },
    effects: [{ kind: "stage", stage: "production" }],
  },
  {
    id: "team-size.stage.production.prebuilt.bias-review",
    description: "A production application on pre-built models whose outputs raise fairness questions: the engineering part of the rule of thumb, plus a data scientist for bias.",
    rationale:
      "Rule of thumb from practice (not from the sources): a first production system adds engineers to ship it. This one is built on pre-built models and trains nothing, so building, evaluating and shipping it is AI-engineer work [B][C]; the data scientist is here to measure bias in its outputs statistically [B], not to train a model.",
    sources: ["practice", "B", "C"],
    when: {
      all: ["derived.production", "derived.prebuilt-app", "derived.fairness-sensitive", "role:ai-engineer", "role:data-scientist"],
      none: [...severalModels, "derived.cap-merged-roles"],
    },
    effects: [{ kind: "stage", stage: "production" }],
  },
  {
    id: "team-size.stage.proof-of-concept.core",
    description: "Proof of concept with the rule of thumb's data scientist and data engineer.",
    rationale:
      "Rule of thumb from practice (not from the sources): nothing goes to production yet, and a proof of concept is a small team of one data scientist and one data engineer.",
    sources: ["practice"],
    when: { all: ["derived.poc", "role:data-scientist", "role:data-engineer"], none: ["derived.cap-merged-roles"] },
    effects: [{ kind: "stage", stage: "proof-of-concept", people: [2, 2] }],
  },
  {
    id: "team-size.stage.proof-of-concept.prebuilt-mvp",
    description: "Proof of concept on pre-built models prototyped by one AI engineer.",
    rationale:
      "Nothing goes to production yet. The two-person proof of concept in the rule of thumb from practice (not from the sources) is for training a first model; this one is built on pre-built models, so the AI engineer prototypes an MVP [C] and there is no data scientist and no data engineer.",
    sources: ["practice", "C"],
    when: { all: ["derived.poc", "derived.prebuilt-app", "role:ai-engineer"], none: ["role:data-scientist", "role:data-engineer"] },
    effects: [{ kind: "stage", stage: "proof-of-concept" }],
  },
  {
    id: "team-size.stage.analytics.core",
    description: "Analytics with the data scientist and data engineer on the team.",
    rationale:
      "The brief asks for analysis and dashboards but no model, so this is an analytics project: the data scientist builds the dashboards and reports on the data engineer's pipelines [A][B].",
    sources: ["A", "B"],
    when: { all: ["derived.analytics-only", "role:data-scientist", "role:data-engineer"], none: ["derived.cap-merged-roles"] },
    effects: [{ kind: "stage", stage: "analytics" }],
  },

  // Teams the rules above do not describe (for example after the headcount cap merged roles).
  {
    id: "team-size.stage.multi-model.other",
    description: "Three to nine models in production, with a team the rule of thumb does not describe.",
    rationale:
      "Three or more models go to production. The rule of thumb from practice (not from the sources) gives such a project 5–7 people with a dedicated operations role; the roles here follow from the brief and any headcount cap, as each role's explanation says.",
    sources: ["practice"],
    when: { all: ["derived.production", "models.3plus"], none: ["models.10plus"] },
    effects: [{ kind: "stage", stage: "multi-model" }],
  },
  {
    id: "team-size.stage.production.other",
    description: "Production, with a team the rule of thumb does not describe.",
    rationale:
      "A model or AI application goes to production. The roles here follow from what the brief asks for and any headcount cap, as each role's explanation says, rather than from the practitioners' rule of thumb for a first production model.",
    sources: ["heuristic"],
    when: { all: ["derived.production"], none: severalModels },
    effects: [{ kind: "stage", stage: "production" }],
  },
  {
    id: "team-size.stage.proof-of-concept.other",
    description: "Proof of concept, with a team the rule of thumb does not describe.",
    rationale:
      "Nothing goes to production yet, so this is a proof of concept; the roles here follow from the brief and any headcount cap, as each role's explanation says.",
    sources: ["heuristic"],
    when: { all: ["derived.poc"] },
    effects: [{ kind: "stage", stage: "proof-of-concept" }],
  },
  {
    id: "team-size.stage.analytics.other",
    description: "Analytics, with a team the usual pair does not describe.",
    rationale: "The brief asks for analysis and dashboards but no model, so nothing goes to production as a model; the roles here follow from the brief and any headcount cap.",
    sources: ["A", "B"],
    when: { all: ["derived.analytics-only"] },
    effects: [{ kind: "stage", stage: "analytics" }],
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
