import type { Fact } from "../types";
import { defineRules } from "./define-rules";

/**
 * Derive rules turn raw traits into the handful of facts the staffing rules reason with: is
 * there a model to train, is it ours, does it reach production, is this generative work.
 * Order matters: later rules read facts set by earlier ones.
 */

/** Project types whose core is a model trained on the project's own data. */
export const modelArchetypes: readonly Fact[] = [
  "archetype.recommender",
  "archetype.perception",
  "archetype.fraud-detection",
  "archetype.forecasting",
  "archetype.predictive-analytics",
  "archetype.text-analytics",
  "archetype.image-captioning",
  "archetype.autonomous-systems",
];

export const specificArchetypes: readonly Fact[] = [
  ...modelArchetypes,
  "archetype.conversational-ai",
  "archetype.content-generation",
  "archetype.analytics-dashboard",
  "archetype.intelligent-automation",
];

const productionSignals: readonly Fact[] = [
  "deployment.batch",
  "deployment.cloud-api",
  "deployment.real-time",
  "deployment.edge-device",
  "latency.real-time",
  "latency.interactive",
  "scale.large",
  "scale.massive",
  "need.integration",
  "ops.heavy",
];

export const deriveRules = defineRules("derive", "derive", [
  {
    id: "derive.generic-brief",
    description: "No recognisable project type in the brief: the plan is generic.",
    rationale: "The brief names no project type Teamwright recognises, so the plan falls back to a generic proof of concept.",
    sources: ["heuristic"],
    when: { none: specificArchetypes },
    effects: [{ kind: "fact", fact: "derived.generic" }],
  },
  {
    id: "derive.generative",
    description: "Chatbots, content generation, LLMs and agents count as generative work.",
    rationale: "Chatbots, content generators, LLMs and agents are generative-AI work, which the sources place with AI engineers.",
    sources: ["A", "C"],
    when: {
      any: ["archetype.conversational-ai", "archetype.content-generation", "tech.llm", "tech.agents", "model-source.hosted-llm"],
    },
    effects: [{ kind: "fact", fact: "derived.generative" }],
  },
  {
    id: "derive.prebuilt-app.generative",
    description: "Generative work with no model trained in house is an application built on pre-built models.",
    rationale:
      "Nothing in the brief asks for a model trained on the project's own data, so the work is integrating existing models into a product rather than training one.",
    sources: ["B", "C"],
    when: { all: ["derived.generative"], none: ["model-source.build-custom", ...modelArchetypes] },
    effects: [{ kind: "fact", fact: "derived.prebuilt-app" }],
  },
  {
    id: "derive.prebuilt-app.automation",
    description: "Intelligent automation without custom training is built on pre-built models.",
    rationale: "Automating a workflow with document and language models usually means combining existing models with business rules, not training new ones.",
    sources: ["C"],
    when: { all: ["archetype.intelligent-automation"], none: ["model-source.build-custom", ...modelArchetypes] },
    effects: [{ kind: "fact", fact: "derived.prebuilt-app" }],
  },
  {
    id: "derive.analytics-only",
    description: "Dashboards with no model to build: an analytics project.",
    rationale: "The brief asks for analysis and dashboards but no model, so nothing goes to production as a model.",
    sources: ["A", "B"],
    when: {
      all: ["archetype.analytics-dashboard"],
      none: [
        ...modelArchetypes,
        "archetype.conversational-ai",
        "archetype.content-generation",
        "archetype.intelligent-automation",
        "model-source.build-custom",
        "model-source.adapt-pretrained",
        "model-source.hosted-llm",
        "models.3plus",
        "models.10plus",
      ],
    },
    effects: [{ kind: "fact", fact: "derived.analytics-only" }],
  },
  {
    id: "derive.builds-model",
    description: "Anything that is neither a pre-built application nor pure analytics trains a model on its own data.",
    rationale: "The project trains or fine-tunes a model on its own data.",
    sources: ["A", "B"],
    when: { none: ["derived.prebuilt-app", "derived.analytics-only"] },
    effects: [{ kind: "fact", fact: "derived.builds-model" }],
  },
  {
    id: "derive.custom-model.stated",
    description: "The brief says the model is built in house.",
    rationale: "The brief asks for a custom model trained in house.",
    sources: ["C"],
    when: { all: ["model-source.build-custom"] },
    effects: [{ kind: "fact", fact: "derived.custom-model" }],
  },
  {
    id: "derive.custom-model.default",
    description: "A model trained on the project's data is custom unless the brief says it adapts or rents one.",
    rationale: "Nothing says the model is adapted from a pre-trained one or rented as a hosted LLM, so it is trained in house.",
    sources: ["A", "C"],
    when: {
      all: ["derived.builds-model"],
      none: ["model-source.adapt-pretrained", "model-source.hosted-llm", "negated:model-source.build-custom"],
    },
    effects: [{ kind: "fact", fact: "derived.custom-model" }],
  },
  {
    id: "derive.realtime",
    description: "Real-time deployment or a real-time latency budget.",
    rationale: "Answers are needed in real time.",
    sources: ["A", "B"],
    when: { any: ["deployment.real-time", "latency.real-time"] },
    effects: [{ kind: "fact", fact: "derived.realtime" }],
  },
  {
    id: "derive.sensor-data",
    description: "Camera, lidar, radar or other sensor data.",
    rationale: "The data comes from sensors such as cameras, lidar or radar.",
    sources: ["B"],
    when: { any: ["modality.camera", "modality.lidar", "modality.radar", "modality.sensors"] },
    effects: [{ kind: "fact", fact: "derived.sensor-data" }],
  },
  {
    id: "derive.at-scale",
    description: "At least 100,000 users or 1 million requests a day.",
    rationale: "The system serves a large volume of users or requests.",
    sources: ["A", "C"],
    when: { any: ["scale.large", "scale.massive"] },
    effects: [{ kind: "fact", fact: "derived.at-scale" }],
  },
  {
    id: "derive.fairness-sensitive",
    description: "Stated fairness concerns, or decisions about people (hiring, lending, care).",
    rationale: "The model's decisions affect people in ways where bias matters.",
    sources: ["B", "C"],
    when: { any: ["concern.fairness", "domain.people-decisions"] },
    effects: [{ kind: "fact", fact: "derived.fairness-sensitive" }],
  },
  {
    id: "derive.production.default",
    description: "A recognised project that is not called a prototype goes to production.",
    rationale: "The brief describes a system people will use, not a prototype, so the model goes to production.",
    sources: ["heuristic"],
    when: { any: ["derived.builds-model", "derived.prebuilt-app"], none: ["stage.poc", "derived.generic", "derived.analytics-only"] },
    effects: [{ kind: "fact", fact: "derived.production" }],
  },
  {
    id: "derive.production.stated",
    description: "The brief says the system goes to production, even if it starts as a prototype.",
    rationale: "The brief says the system goes to production, so the plan covers the way there and not only the prototype.",
    sources: ["heuristic"],
    when: { all: ["stage.production"], none: ["derived.analytics-only"] },
    effects: [{ kind: "fact", fact: "derived.production" }],
  },
  {
    id: "derive.production.generic-with-target",
    description: "A generic brief with a deployment target, scale or integration still goes to production.",
    rationale: "The brief names no project type but does say where and how the model must run, so the plan includes getting it there.",
    sources: ["heuristic"],
    when: { all: ["derived.generic"], any: productionSignals, none: ["stage.poc"] },
    effects: [{ kind: "fact", fact: "derived.production" }],
  },
  {
    id: "derive.proof-of-concept",
    description: "Everything that does not reach production and is not pure analytics is a proof of concept.",
    rationale: "Nothing in the brief takes a model to production yet, so the plan is a proof of concept.",
    sources: ["practice"],
    when: { none: ["derived.production", "derived.analytics-only"] },
    effects: [{ kind: "fact", fact: "derived.poc" }],
  },
]);
