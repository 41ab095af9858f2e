/**
 * Every trait the engine can read from a brief. A trait belongs to one group; when the brief
 * sets the matching field, the field replaces every text-found trait of that group (fields win).
 * Internal traits steer warnings only and never appear in a draft.
 */

export type TraitGroup =
  | "archetype"
  | "modality"
  | "model-source"
  | "deployment"
  | "latency"
  | "scale"
  | "privacy"
  | "fairness"
  | "reporting"
  | "models"
  | "stage"
  | "data"
  | "integration"
  | "ops"
  | "technology"
  | "signal";

export interface TraitDefinition {
  readonly id: string;
  readonly group: TraitGroup;
  readonly label: string;
  readonly internal?: boolean;
}

export const traitCatalog = [
  { id: "archetype.recommender", group: "archetype", label: "Recommendation system" },
  { id: "archetype.perception", group: "archetype", label: "Perception / object detection" },
  { id: "archetype.conversational-ai", group: "archetype", label: "Conversational AI (chatbot, assistant)" },
  { id: "archetype.fraud-detection", group: "archetype", label: "Fraud detection" },
  { id: "archetype.forecasting", group: "archetype", label: "Forecasting" },
  { id: "archetype.predictive-analytics", group: "archetype", label: "Predictive analytics" },
  { id: "archetype.content-generation", group: "archetype", label: "Content generation" },
  { id: "archetype.image-captioning", group: "archetype", label: "Image captioning" },
  { id: "archetype.autonomous-systems", group: "archetype", label: "Autonomous systems (drones, robots)" },
  { id: "archetype.analytics-dashboard", group: "archetype", label: "Analytics dashboards" },
  { id: "archetype.text-analytics", group: "archetype", label: "Text analytics / classification" },
  { id: "archetype.intelligent-automation", group: "archetype", label: "Intelligent automation / document processing" },
  { id: "archetype.other", group: "archetype", label: "Other project type" },

  { id: "modality.tabular", group: "modality", label: "Tabular data" },
  { id: "modality.text", group: "modality", label: "Text" },
  { id: "modality.images-video", group: "modality", label: "Images and video" },
  { id: "modality.camera", group: "modality", label: "Camera feeds" },
  { id: "modality.lidar", group: "modality", label: "Lidar" },
  { id: "modality.radar", group: "modality", label: "Radar" },
  { id: "modality.audio", group: "modality", label: "Audio and speech" },
  { id: "modality.time-series", group: "modality", label: "Time series" },
  { id: "modality.sensors", group: "modality", label: "Sensor data (unspecified)" },

  { id: "model-source.build-custom", group: "model-source", label: "Build a custom model" },
  { id: "model-source.adapt-pretrained", group: "model-source", label: "Adapt a pre-trained model" },
  { id: "model-source.hosted-llm", group: "model-source", label: "Use a hosted LLM" },

  { id: "deployment.batch", group: "deployment", label: "Batch runs" },
  { id: "deployment.cloud-api", group: "deployment", label: "Cloud API" },
  { id: "deployment.real-time", group: "deployment", label: "Real-time serving" },
  { id: "deployment.edge-device", group: "deployment", label: "Edge device" },

  { id: "latency.relaxed", group: "latency", label: "Relaxed latency" },
  { id: "latency.interactive", group: "latency", label: "Interactive latency" },
  { id: "latency.real-time", group: "latency", label: "Real-time latency" },

  { id: "scale.large", group: "scale", label: "Large scale (≥100k users or ≥1M requests a day)" },
  { id: "scale.massive", group: "scale", label: "Massive scale (≥10M users or ≥100M requests a day)" },

  { id: "concern.privacy", group: "privacy", label: "Personal, regulated or confidential data" },
  { id: "concern.fairness", group: "fairness", label: "Fairness and bias concerns" },
  { id: "domain.people-decisions", group: "fairness", label: "Decisions about people (hiring, lending, care)" },
  { id: "need.reporting", group: "reporting", label: "Reporting to non-technical stakeholders" },

  { id: "models.3plus", group: "models", label: "Three or more models" },
  { id: "models.10plus", group: "models", label: "Ten or more models" },

  { id: "stage.poc", group: "stage", label: "Proof of concept or prototype" },
  { id: "stage.production", group: "stage", label: "Production system" },

  { id: "need.data-pipeline", group: "data", label: "Data pipelines" },
  { id: "data.own-content", group: "data", label: "The company's own documents, help content or past conversations" },
  { id: "need.integration", group: "integration", label: "Integration into an existing product" },
  { id: "surface.mobile-app", group: "integration", label: "Mobile app" },
  { id: "ops.heavy", group: "ops", label: "Heavy operations (retraining, drift, uptime)" },

  { id: "tech.llm", group: "technology", label: "Large language models" },
  { id: "tech.agents", group: "technology", label: "AI agents" },
  { id: "tech.computer-vision", group: "technology", label: "Computer vision" },
  { id: "tech.reinforcement-learning", group: "technology", label: "Reinforcement learning" },

  { id: "signal.ai-terms", group: "signal", label: "Mentions AI or data in general", internal: true },
] as const satisfies readonly TraitDefinition[];

export type TraitId = (typeof traitCatalog)[number]["id"];

const orderIndex = new Map<string, number>(traitCatalog.map((trait, index) => [trait.id, index]));
const groupIndex = new Map<string, TraitGroup>(traitCatalog.map((trait) => [trait.id, trait.group]));
const internalIds = new Set<string>(
  traitCatalog.filter((trait) => "internal" in trait && trait.internal).map((trait) => trait.id),
);

/** Catalog position of a trait, so drafts list traits in one stable order. */
export function getTraitOrder(id: TraitId): number {
  return orderIndex.get(id) ?? Number.MAX_SAFE_INTEGER;
}

/**
 * Sorts items into trait-catalog order, in place, keeping the order of equal ids. An insertion
 * sort: a brief has a handful of traits, and the built-in sort allocates working storage on
 * every call.
 */
export function sortByTraitOrder<T extends { readonly id: TraitId }>(items: T[]): T[] {
  for (let index = 1; index < items.length; index += 1) {
    const item = items[index] as T;
    const order = getTraitOrder(item.id);
    let position = index;
    while (position > 0 && getTraitOrder((items[position - 1] as T).id) > order) {
      items[position] = items[position - 1] as T;
      position -= 1;
    }
    items[position] = item;
  }
  return items;
}

/** The group a trait belongs to (the unit a brief field overrides). */
export function getTraitGroup(id: TraitId): TraitGroup {
  const group = groupIndex.get(id);
  if (!group) throw new Error(`Unknown trait ${id}`);
  return group;
}

/** Internal traits steer warnings only and are left out of drafts. */
export function isInternalTrait(id: TraitId): boolean {
  return internalIds.has(id);
}

export const archetypeTraitIds = traitCatalog
  .filter((trait) => trait.group === "archetype")
  .map((trait) => trait.id) as readonly TraitId[];
