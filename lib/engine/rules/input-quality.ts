import { defineRules } from "./define-rules";

/**
 * Warnings about the brief itself: too vague, off-topic, or contradicting itself. They run
 * with the derive rules because they only read traits and derived facts.
 */
export const inputQualityRules = defineRules("input-quality", "derive", [
  {
    id: "input.vague-brief",
    description: "The brief mentions AI or data but not what the system should do.",
    rationale: "A vague brief gets a generic plan rather than a guess dressed up as a specific one.",
    sources: ["heuristic"],
    when: { all: ["derived.generic", "signal.ai-terms"], none: ["archetype.other"] },
    effects: [
      {
        kind: "warning",
        text: "This plan is generic: the description does not say what the AI should do (for example recommend products, detect obstacles, answer customer questions or forecast demand). Say what the system should do, for whom and with what data to get a plan fitted to the project.",
      },
    ],
  },
  {
    id: "input.off-topic-brief",
    description: "The brief does not read like an AI or data project at all.",
    rationale: "An off-topic brief gets a clearly labelled generic plan instead of an error.",
    sources: ["heuristic"],
    when: { all: ["derived.generic"], none: ["signal.ai-terms", "archetype.other"] },
    effects: [
      {
        kind: "warning",
        text: "This plan is generic: the description does not look like an AI or data project. Describe what an AI system should do, for whom and with what data to get a plan fitted to the project.",
      },
    ],
  },
  {
    id: "input.other-archetype",
    description: "The project type was set to \"other\" and the text names no known type.",
    rationale: "No type-specific rules apply to an \"other\" project, so only the general rules shape the plan.",
    sources: ["heuristic"],
    when: { all: ["archetype.other", "derived.generic"] },
    effects: [
      {
        kind: "warning",
        text: "This plan is generic: the project type is \"other\", so no type-specific rules apply. Describe what the system should do to get a plan fitted to the project.",
      },
    ],
  },
  {
    id: "input.hosted-llm-on-edge",
    description: "A hosted LLM on an edge device.",
    rationale: "A hosted model needs a network connection that edge devices may not have.",
    sources: ["heuristic"],
    when: { all: ["model-source.hosted-llm", "deployment.edge-device"] },
    effects: [
      {
        kind: "warning",
        text: "A hosted LLM needs a network connection, which an edge device may not have: plan for an on-device model or a fallback when the connection drops.",
      },
    ],
  },
]);
