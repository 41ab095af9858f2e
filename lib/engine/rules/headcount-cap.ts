import type { ProceduralRule, RoleId, SourceTag } from "../types";

/**
 * What to give up when the brief's headcount cap is below the drafted team. First the extra
 * people the sizing rules added (largest role first); then whole roles, merged into the role
 * whose work overlaps most, in the order below. The merge order is data so it can be tuned.
 */

export const trimRule: ProceduralRule = {
  id: "headcount-cap.trim-extra",
  family: "headcount-cap",
  description: "Over the cap: remove the people added by sizing rules, largest role first.",
  rationale: "The people the sizing rules added beyond one per role are the first to go under a cap, so every role keeps at least one person.",
  sources: ["heuristic"],
};

export interface MergeRule extends ProceduralRule {
  readonly from: RoleId;
  /** The first of these on the team takes the work over. */
  readonly into: readonly RoleId[];
}

const merge = (
  id: string,
  from: RoleId,
  into: readonly RoleId[],
  description: string,
  rationale: string,
  sources: readonly SourceTag[],
): MergeRule => ({ id, family: "headcount-cap", from, into, description, rationale, sources });

export const mergeRules: readonly MergeRule[] = [
  merge(
    "headcount-cap.merge.mlops-into-engineer",
    "mlops-engineer",
    ["ml-engineer", "ai-engineer", "data-engineer"],
    "Under the cap, the MLOps engineer's work goes to the engineer who serves the model.",
    "Some organisations fold deployment and operations work into the AI engineer's job, and ML engineers already run deployment and monitoring; under the cap the serving engineer takes it on.",
    ["B", "C"],
  ),
  merge(
    "headcount-cap.merge.data-engineer-into-data-scientist",
    "data-engineer",
    ["data-scientist"],
    "Under the cap, data collection and preprocessing go to the data scientist.",
    "Data scientists collect and clean raw data themselves in many teams, so under the cap they take on the data engineer's work.",
    ["A", "B"],
  ),
  merge(
    "headcount-cap.merge.data-engineer-into-engineer",
    "data-engineer",
    ["ml-engineer", "ai-engineer"],
    "Under the cap, with no data scientist, data collection and preprocessing go to the ML or AI engineer.",
    "Data engineering is among the AI engineer's skills, and ML engineers prepare and clean data themselves, so with no data scientist on the team the engineer takes on the data engineer's work under the cap.",
    ["A", "B", "C"],
  ),
  merge(
    "headcount-cap.merge.ml-engineer-into-ai-engineer",
    "ml-engineer",
    ["ai-engineer"],
    "Under the cap, the ML engineer's production work goes to the AI engineer.",
    "AI engineers' skills include ML, deployment and cloud, so one AI engineer can cover the ML engineer's production work when the cap allows only one.",
    ["A", "C"],
  ),
  merge(
    "headcount-cap.merge.data-scientist-into-engineer",
    "data-scientist",
    ["ml-engineer", "ai-engineer"],
    "Under the cap, modelling goes to the ML or AI engineer.",
    "ML engineers also develop models with the usual frameworks, and ML is among the AI engineer's skills, so under the cap the engineer takes the modelling on as well.",
    ["A", "B", "C"],
  ),
  merge(
    "headcount-cap.merge.ai-engineer-into-ml-engineer",
    "ai-engineer",
    ["ml-engineer"],
    "Under the cap, the AI engineer's work goes to the ML engineer.",
    "The two engineering roles overlap in Python, ML fundamentals and deployment, so one can cover both when the cap allows only one.",
    ["C"],
  ),
];

export const dropRule: ProceduralRule = {
  id: "headcount-cap.drop-role",
  family: "headcount-cap",
  description: "Still over the cap with nothing left to merge: drop the last role.",
  rationale: "The cap leaves no room for this role's work; it is dropped and named in the warnings.",
  sources: ["heuristic"],
};
