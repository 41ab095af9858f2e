import type { ProceduralRule, RoleId } from "../types";
import { defineRules } from "./define-rules";

/**
 * How many people each role needs. Every role starts at one; these rules add people for
 * scale, model count and a short timeline. The numbers are Teamwright's assumptions (tagged
 * "heuristic"), not figures from the sources; the sources only say whose work grows.
 */

const servingEngineer: readonly RoleId[] = ["ml-engineer", "ai-engineer"];

export const baseHeadcountRule: ProceduralRule = {
  id: "sizing.base.one-per-role",
  family: "sizing",
  description: "Every role on the team starts with one person.",
  rationale: "One person covers this role's work; the sizing rules add more only for a stated reason (scale, model count, timeline).",
  sources: ["heuristic"],
};

export const sizingRules = defineRules("sizing", "sizing", [
  {
    id: "sizing.scale.large.serving-engineer",
    description: "Large scale (≥100k users or ≥1M requests a day): one more serving engineer.",
    rationale: "Serving large user or request volumes (scaling, capacity, on-call) is more than one engineer's work; the sources give it to the engineer who serves the model. +1 is a Teamwright assumption.",
    sources: ["A", "C", "heuristic"],
    when: { all: ["derived.production"], any: ["scale.large", "scale.massive"] },
    effects: [{ kind: "add-headcount", role: servingEngineer, amount: 1 }],
  },
  {
    id: "sizing.scale.massive",
    description: "Massive scale (≥10M users or ≥100M requests a day): one more serving engineer and one more data engineer.",
    rationale: "At massive scale both serving and the data pipelines behind it need another person each. The numbers are a Teamwright assumption.",
    sources: ["A", "heuristic"],
    when: { all: ["derived.production", "scale.massive"] },
    effects: [
      { kind: "add-headcount", role: servingEngineer, amount: 1 },
      { kind: "add-headcount", role: "data-engineer", amount: 1 },
    ],
  },
  {
    id: "sizing.models.data-scientists",
    description: "Several models: one more data scientist per two models beyond the first (at most four more).",
    rationale: "Each model needs its own data analysis, training and evaluation; one data scientist can carry about two. The ratio is a Teamwright assumption.",
    sources: ["heuristic"],
    when: { any: ["models.3plus", "models.10plus"] },
    effects: [{ kind: "headcount-per-model", role: "data-scientist", modelsPerPerson: 2, maxExtra: 4 }],
  },
  {
    id: "sizing.models.serving-engineers",
    description: "Several models in production: one more serving engineer per four models beyond the first (at most three more).",
    rationale: "Each production model adds pipelines and services to build and maintain; one engineer can carry about four. The ratio is a Teamwright assumption.",
    sources: ["heuristic"],
    when: { all: ["derived.production"], any: ["models.3plus", "models.10plus"] },
    effects: [{ kind: "headcount-per-model", role: servingEngineer, modelsPerPerson: 4, maxExtra: 3 }],
  },
  {
    id: "sizing.models.mlops",
    description: "Ten or more models in production: a second MLOps engineer.",
    rationale: "Ten or more production models stretch one MLOps engineer past what one person can operate; until a platform team exists, a second one is needed. A Teamwright assumption.",
    sources: ["practice", "heuristic"],
    when: { all: ["derived.production", "models.10plus"] },
    effects: [{ kind: "add-headcount", role: "mlops-engineer", amount: 1 }],
  },
  {
    id: "sizing.generative-safety.ai-engineer",
    description:
      "Production LLM work beside a model trained in house, with personal data or fairness stakes: a second AI engineer. (Applications on pre-built models already have two.)",
    rationale: "Bias mitigation and privacy compliance are substantial AI-engineer work; a second engineer keeps it from waiting behind feature work. +1 is a Teamwright assumption.",
    sources: ["C", "heuristic"],
    when: {
      all: ["derived.generative", "derived.production"],
      any: ["concern.privacy", "derived.fairness-sensitive"],
      none: ["derived.prebuilt-app"],
    },
    effects: [{ kind: "add-headcount", role: "ai-engineer", amount: 1 }],
  },
  {
    id: "sizing.assistant.second-ai-engineer",
    description: "A chatbot or assistant on pre-built models in production: two AI engineers, one building and evaluating it, one serving and integrating it.",
    rationale:
      "An assistant people rely on in production should not rest on one person, and its work splits in two: one AI engineer leads the LLM and agent build and its evaluation, bias and privacy work [A][C]; the other serves it, scales it horizontally and integrates it into the support channels [A][B][C]. +1 is a Teamwright assumption.",
    sources: ["A", "B", "C", "heuristic"],
    when: { all: ["archetype.conversational-ai", "derived.prebuilt-app", "derived.production"] },
    effects: [{ kind: "add-headcount", role: "ai-engineer", amount: 1 }],
  },
  {
    id: "sizing.prebuilt-app.second-ai-engineer",
    description: "Another application on pre-built models in production: two AI engineers, one building and evaluating it, one serving and integrating it.",
    rationale:
      "An application people rely on in production should not rest on one person, and its work splits in two: one AI engineer builds on the pre-built models and evaluates their output for accuracy and bias [A][C]; the other serves it through APIs and integrates it into the systems people use [B][C]. +1 is a Teamwright assumption.",
    sources: ["A", "B", "C", "heuristic"],
    when: { all: ["derived.prebuilt-app", "derived.production"], none: ["archetype.conversational-ai"] },
    effects: [{ kind: "add-headcount", role: "ai-engineer", amount: 1 }],
  },
  {
    id: "sizing.autonomy.ai-engineer",
    description: "Autonomous systems in production: a second AI engineer.",
    rationale: "An autonomy stack joins perception, planning and control with the vehicle's own software; one AI engineer cannot own all of it. +1 is a Teamwright assumption.",
    sources: ["A", "C", "heuristic"],
    when: { all: ["archetype.autonomous-systems", "derived.production"] },
    effects: [{ kind: "add-headcount", role: "ai-engineer", amount: 1 }],
  },
  {
    id: "sizing.sensor-fusion.data-engineer",
    description: "Lidar or radar data in production: one more data engineer.",
    rationale: "Lidar and radar data come in large volumes that must be synchronised with camera footage; collecting and preprocessing them is heavy data-engineer work. +1 is a Teamwright assumption.",
    sources: ["B", "heuristic"],
    when: { all: ["derived.production", "derived.builds-model"], any: ["modality.lidar", "modality.radar"] },
    effects: [{ kind: "add-headcount", role: "data-engineer", amount: 1 }],
  },
  {
    id: "sizing.timeline.compressed",
    description: "Timeline at most two thirds of the plan's usual length: scale the roles that lead phases, at most double.",
    rationale: "The timeline is shorter than this plan usually takes, so the roles that lead phases get more people in proportion; beyond double, extra people slow a team down more than they help.",
    sources: ["heuristic"],
    when: { all: ["derived.tight-timeline"] },
    effects: [{ kind: "compress-timeline", maxFactor: 2 }],
  },
  {
    id: "sizing.timeline.too-tight",
    description: "Timeline under half the plan's usual length: warn.",
    rationale: "Adding people cannot make up for a timeline under half of what the work usually takes.",
    sources: ["heuristic"],
    when: { all: ["derived.very-tight-timeline"] },
    effects: [
      {
        kind: "warning",
        text: "The timeline is under half of what this plan usually takes. The team has been doubled where it helps, but more people will not close the rest of the gap: cut scope or extend the timeline.",
      },
    ],
  },
]);
