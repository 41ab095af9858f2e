import type { ProceduralRule } from "../types";
import { defineRules } from "./define-rules";

/**
 * Seniority: each role gets the level of its most senior hire (junior | mid | senior | lead);
 * the rest of its headcount is one level lower (see the mix rule). Levels are Teamwright
 * judgements: the sources describe work, not levels.
 */

export const seniorityMixRule: ProceduralRule = {
  id: "seniority.mix.one-anchor",
  family: "seniority",
  description: "One hire at the role's level; the others mid-level, with one junior from four people up.",
  rationale: "One experienced person sets the direction for the role; the others can be mid-level, and a larger group can grow a junior.",
  sources: ["heuristic"],
};

export const seniorityRules = defineRules("seniority", "seniority", [
  {
    id: "seniority.default.mid",
    description: "Every role starts at mid level.",
    rationale: "A mid-level hire can do the role's work without close supervision.",
    sources: ["heuristic"],
    when: {},
    effects: [{ kind: "seniority", role: { each: "all" }, level: "mid" }],
  },
  {
    id: "seniority.first-production.engineer",
    description: "Production: the engineer who ships the model is senior.",
    rationale: "The engineer who first takes a model to production sets the deployment and monitoring practices everyone else will follow.",
    sources: ["heuristic"],
    when: { all: ["derived.production"] },
    effects: [{ kind: "seniority", role: ["ml-engineer", "ai-engineer"], level: "senior" }],
  },
  {
    id: "seniority.edge.ai-engineer",
    description: "Edge devices: the AI engineer is senior.",
    rationale: "Compressing and quantising a model for an edge device without losing accuracy is specialist work.",
    sources: ["B", "heuristic"],
    when: { all: ["deployment.edge-device"] },
    effects: [{ kind: "seniority", role: "ai-engineer", level: "senior" }],
  },
  {
    id: "seniority.massive-scale",
    description: "Massive scale: the serving and MLOps engineers are senior.",
    rationale: "Mistakes at massive scale are expensive; the people running serving should have done it before.",
    sources: ["heuristic"],
    when: { all: ["derived.production", "scale.massive"] },
    effects: [
      { kind: "seniority", role: ["ml-engineer", "ai-engineer"], level: "senior" },
      { kind: "seniority", role: "mlops-engineer", level: "senior" },
    ],
  },
  {
    id: "seniority.regulated-data.data-engineer",
    description: "Personal or regulated data: the data engineer is senior.",
    rationale: "Pipelines that carry personal or regulated data need someone who has built compliant ones before.",
    sources: ["heuristic"],
    when: { all: ["concern.privacy"] },
    effects: [{ kind: "seniority", role: "data-engineer", level: "senior" }],
  },
  {
    id: "seniority.multi-model.mlops",
    description: "Several models: the MLOps engineer is senior.",
    rationale: "A dedicated MLOps engineer for several models builds the shared platform the others depend on.",
    sources: ["heuristic"],
    when: { any: ["models.3plus", "models.10plus"] },
    effects: [{ kind: "seniority", role: "mlops-engineer", level: "senior" }],
  },
  {
    id: "seniority.fairness.data-scientist",
    description: "Decisions about people: the data scientist is senior.",
    rationale: "Judging whether a model treats groups fairly, and defending that judgement, needs experience.",
    sources: ["heuristic"],
    when: { all: ["derived.fairness-sensitive", "derived.builds-model"] },
    effects: [{ kind: "seniority", role: "data-scientist", level: "senior" }],
  },
  {
    id: "seniority.tight-timeline.phase-leads",
    description: "Short timeline: the roles that lead phases are senior.",
    rationale: "There is no time for people to ramp up, so those leading each phase must have done it before.",
    sources: ["heuristic"],
    when: { all: ["derived.tight-timeline"] },
    effects: [{ kind: "seniority", role: { each: "phase-leads" }, level: "senior" }],
  },
  {
    id: "seniority.large-role.lead",
    description: "Three or more people in a role: the most senior is a lead.",
    rationale: "Three or more people in one role need someone to split and coordinate the work.",
    sources: ["heuristic"],
    when: {},
    effects: [{ kind: "seniority", role: { each: "min-headcount", minHeadcount: 3 }, level: "lead" }],
  },
]);
