/**
 * Facts the engine concludes from traits (by the "derive" rules) or from its own sizing
 * (timeline facts). They never appear as traits in a draft; rationale text names them.
 */
export const derivedFactCatalog = [
  { id: "derived.generative", label: "Generative or LLM work" },
  { id: "derived.prebuilt-app", label: "Application built on pre-built models (hosted LLMs, document AI), no model training" },
  { id: "derived.analytics-only", label: "Analysis and dashboards, no model in production" },
  { id: "derived.builds-model", label: "The team trains or fine-tunes a model on its own data" },
  { id: "derived.custom-model", label: "The model is trained in house rather than adapted or hosted" },
  { id: "derived.realtime", label: "Answers are needed in real time" },
  { id: "derived.sensor-data", label: "Sensor data (camera, lidar, radar)" },
  { id: "derived.generic", label: "The brief names no recognisable project type" },
  { id: "derived.production", label: "A model goes into production" },
  { id: "derived.poc", label: "Proof of concept" },
  { id: "derived.at-scale", label: "Served at large scale" },
  { id: "derived.fairness-sensitive", label: "Decisions raise fairness questions" },
  { id: "derived.tight-timeline", label: "The timeline is at most two thirds of the plan's usual length" },
  { id: "derived.very-tight-timeline", label: "The timeline is under half of the plan's usual length" },
  { id: "derived.cap-merged-roles", label: "The headcount cap merged or dropped whole roles" },
] as const;

export type DerivedFactId = (typeof derivedFactCatalog)[number]["id"];
