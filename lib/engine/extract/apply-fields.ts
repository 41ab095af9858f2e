import type {
  ArchetypeId,
  DataModalityId,
  DeploymentTargetId,
  LatencyClassId,
  ModelSourceId,
  ProjectBrief,
} from "@/lib/schemas/project-brief";
import { getTraitGroup, sortByTraitOrder, traitCatalog, type TraitGroup, type TraitId } from "../catalog/traits";
import { classifyLatencyMs, classifyScale, type ExtractedTraits, type NegatedFinding, type TraitFinding } from "./extract-traits";

const archetypeTraits: Record<ArchetypeId, TraitId> = {
  recommender: "archetype.recommender",
  perception: "archetype.perception",
  "conversational-ai": "archetype.conversational-ai",
  "fraud-detection": "archetype.fraud-detection",
  forecasting: "archetype.forecasting",
  "predictive-analytics": "archetype.predictive-analytics",
  "content-generation": "archetype.content-generation",
  "image-captioning": "archetype.image-captioning",
  "autonomous-systems": "archetype.autonomous-systems",
  "analytics-dashboard": "archetype.analytics-dashboard",
  "text-analytics": "archetype.text-analytics",
  "intelligent-automation": "archetype.intelligent-automation",
  other: "archetype.other",
};
const modalityTraits: Record<DataModalityId, TraitId> = {
  tabular: "modality.tabular",
  text: "modality.text",
  "images-video": "modality.images-video",
  camera: "modality.camera",
  lidar: "modality.lidar",
  radar: "modality.radar",
  audio: "modality.audio",
  "time-series": "modality.time-series",
};
const modelSourceTraits: Record<ModelSourceId, TraitId> = {
  "build-custom": "model-source.build-custom",
  "adapt-pretrained": "model-source.adapt-pretrained",
  "hosted-llm": "model-source.hosted-llm",
};
const deploymentTraits: Record<DeploymentTargetId, TraitId> = {
  batch: "deployment.batch",
  "cloud-api": "deployment.cloud-api",
  "real-time": "deployment.real-time",
  "edge-device": "deployment.edge-device",
};
const latencyTraits: Record<LatencyClassId, TraitId> = {
  relaxed: "latency.relaxed",
  interactive: "latency.interactive",
  "real-time": "latency.real-time",
};

/** A field's verdict on one trait group: the traits it sets (possibly none) and how it is shown. */
interface FieldOverride {
  readonly field: string;
  readonly group: TraitGroup;
  readonly traits: readonly { id: TraitId; evidence: string }[];
}

function listFieldOverrides(brief: ProjectBrief): FieldOverride[] {
  const overrides: FieldOverride[] = [];
  const push = (field: string, group: TraitGroup, traits: FieldOverride["traits"]) => overrides.push({ field, group, traits });

  if (brief.archetypes !== undefined) {
    push("archetypes", "archetype", brief.archetypes.map((value) => ({ id: archetypeTraits[value], evidence: `archetypes: ${value}` })));
  }
  if (brief.dataModalities !== undefined) {
    push("dataModalities", "modality", brief.dataModalities.map((value) => ({ id: modalityTraits[value], evidence: `dataModalities: ${value}` })));
  }
  if (brief.modelSource !== undefined) {
    push("modelSource", "model-source", [{ id: modelSourceTraits[brief.modelSource], evidence: `modelSource: ${brief.modelSource}` }]);
  }
  if (brief.deploymentTarget !== undefined) {
    push("deploymentTarget", "deployment", [
      { id: deploymentTraits[brief.deploymentTarget], evidence: `deploymentTarget: ${brief.deploymentTarget}` },
    ]);
  }
  if (brief.latency !== undefined) {
    const latency = brief.latency;
    const id = typeof latency === "number" ? classifyLatencyMs(latency) : latencyTraits[latency];
    push("latency", "latency", [{ id, evidence: typeof latency === "number" ? `latency: ${latency} ms` : `latency: ${latency}` }]);
  }
  const users = brief.scale?.users;
  const requestsPerDay = brief.scale?.requestsPerDay;
  if (users !== undefined || requestsPerDay !== undefined) {
    const scale = classifyScale(users, requestsPerDay);
    const shown = [users !== undefined ? `users: ${users}` : null, requestsPerDay !== undefined ? `requestsPerDay: ${requestsPerDay}` : null]
      .filter((part): part is string => part !== null)
      .join(", ");
    push("scale", "scale", scale ? [{ id: scale, evidence: `scale: ${shown}` }] : []);
  }
  if (brief.privacySensitive !== undefined) {
    push("privacySensitive", "privacy", brief.privacySensitive ? [{ id: "concern.privacy", evidence: "privacySensitive: true" }] : []);
  }
  if (brief.fairnessConcerns !== undefined) {
    push("fairnessConcerns", "fairness", brief.fairnessConcerns ? [{ id: "concern.fairness", evidence: "fairnessConcerns: true" }] : []);
  }
  if (brief.stakeholderReporting !== undefined) {
    push(
      "stakeholderReporting",
      "reporting",
      brief.stakeholderReporting ? [{ id: "need.reporting", evidence: "stakeholderReporting: true" }] : [],
    );
  }
  if (brief.modelCount !== undefined) {
    const count = brief.modelCount;
    const evidence = `modelCount: ${count}`;
    const traits: { id: TraitId; evidence: string }[] = [];
    if (count >= 3) traits.push({ id: "models.3plus", evidence });
    if (count >= 10) traits.push({ id: "models.10plus", evidence });
    push("modelCount", "models", traits);
  }
  return overrides;
}

const labels = new Map<string, string>(traitCatalog.map((trait) => [trait.id, trait.label.toLowerCase()]));

export interface BriefTraits {
  readonly traits: readonly TraitFinding[];
  readonly negated: readonly NegatedFinding[];
  readonly warnings: readonly string[];
}

/**
 * Merges the brief's fields over the traits found in its text. A field that is set replaces
 * every text trait of its group — including setting it to false or to a small scale — and a
 * warning says so when the text had suggested something else.
 */
export function applyFields(extracted: ExtractedTraits, brief: ProjectBrief): BriefTraits {
  const overrides = listFieldOverrides(brief);
  // Most briefs set no field: then the text's findings stand as they are (already in catalog order).
  if (overrides.length === 0) return { traits: extracted.traits, negated: extracted.negated, warnings: [] };
  const overridden = new Set<TraitGroup>(overrides.map((override) => override.group));
  const warnings: string[] = [];

  for (const override of overrides) {
    const fieldIds = new Set(override.traits.map((trait) => trait.id));
    const dropped = extracted.traits.filter((trait) => getTraitGroup(trait.id) === override.group && !fieldIds.has(trait.id));
    if (dropped.length === 0) continue;
    const said = dropped.map((trait) => labels.get(trait.id) ?? trait.id).join(", ");
    warnings.push(`The ${override.field} field overrides what the description suggests (${said}); the field wins.`);
  }

  const byId = new Map<TraitId, TraitFinding>();
  for (const trait of extracted.traits) if (!overridden.has(getTraitGroup(trait.id))) byId.set(trait.id, trait);
  for (const override of overrides) {
    for (const trait of override.traits) {
      const existing = byId.get(trait.id);
      byId.set(trait.id, { id: trait.id, evidence: [...(existing?.from === "field" ? existing.evidence : []), trait.evidence], from: "field" });
    }
  }

  const traits = sortByTraitOrder([...byId.values()]);
  const negated = extracted.negated.filter((finding) => !byId.has(finding.id) && !overridden.has(getTraitGroup(finding.id)));
  return { traits, negated, warnings };
}
