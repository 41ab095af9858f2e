import type { ProceduralRule } from "../types";

/** How the schedule is drawn. The usual length of each phase lives in catalog/phases.ts. */

export const timelineEstimateRule: ProceduralRule = {
  id: "timeline.estimate",
  family: "timeline",
  description: "No timeline given: the plan's usual length is the sum of its phases' usual months.",
  rationale: "No timeline was given, so the schedule uses the usual length of the phases this plan has (a Teamwright assumption per phase).",
  sources: ["heuristic"],
};

export const timelineFromBriefRule: ProceduralRule = {
  id: "timeline.from-brief",
  family: "timeline",
  description: "A timeline given in the brief is spread over the phases in proportion to their usual length.",
  rationale: "The brief's timeline is spread over the phases in proportion to how long each usually takes; ongoing work such as reporting runs alongside to the end.",
  sources: ["heuristic"],
};

/** The timeline counts as tight at or below this share of the usual length, and very tight below the second. */
export const timelineThresholds = { tight: 2 / 3, veryTight: 1 / 2 } as const;
