import type { RoleId, SourceTag } from "@/lib/schemas/team-draft";
import type { SkillId, ToolId } from "./skills";

export interface RoleDefinition {
  readonly id: RoleId;
  readonly title: string;
  /** O*NET-SOC code and title (see the taxonomy notes: there is no separate ML-engineer code). */
  readonly occupationCode: string;
  readonly occupationTitle: string;
  readonly summary: string;
  readonly sources: readonly SourceTag[];
  readonly required: readonly SkillId[];
  readonly preferred: readonly SkillId[];
  readonly tools: readonly ToolId[];
  /** People outside the team the role works with. */
  readonly stakeholders: readonly string[];
}

/** The five roles, in the order drafts list them. */
export const roleCatalog: readonly RoleDefinition[] = [
  {
    id: "data-scientist",
    title: "Data Scientist",
    occupationCode: "15-2051.00",
    occupationTitle: "Data Scientists",
    summary: "Turns data into insight and predictions: cleans and explores data, builds and tunes models, explains results.",
    sources: ["A", "B"],
    required: [
      "statistics",
      "mathematics",
      "python",
      "sql",
      "data-cleaning",
      "exploratory-analysis",
      "model-training",
      "model-evaluation",
      "data-storytelling",
    ],
    preferred: ["r", "hyperparameter-tuning"],
    tools: ["python", "sql", "pandas", "numpy", "scikit-learn", "jupyter", "matplotlib", "seaborn"],
    stakeholders: ["business teams", "executives", "marketing", "operations analysts"],
  },
  {
    id: "ml-engineer",
    title: "Machine Learning Engineer",
    occupationCode: "15-1221.00",
    occupationTitle: "Computer and Information Research Scientists",
    summary: "Takes a model from experiment to a production system that scales, and owns its lifecycle.",
    sources: ["A", "C"],
    required: [
      "python",
      "sql",
      "software-engineering",
      "version-control",
      "containerisation",
      "cloud-platforms",
      "ml-pipelines",
      "model-serving",
      "model-monitoring",
    ],
    preferred: ["feature-engineering", "hyperparameter-tuning"],
    tools: ["python", "scikit-learn", "pytorch", "tensorflow", "docker", "kubernetes", "mlflow"],
    stakeholders: ["software developers", "DevOps teams"],
  },
  {
    id: "ai-engineer",
    title: "AI Engineer",
    occupationCode: "15-1221.00",
    occupationTitle: "Computer and Information Research Scientists",
    summary: "Builds AI-powered applications: integrates, optimises and serves models inside products.",
    sources: ["A", "B", "C"],
    required: ["python", "deep-learning", "software-development", "cloud-platforms", "api-development", "devops", "system-design"],
    preferred: ["cpp", "java"],
    tools: ["python", "pytorch", "tensorflow", "kubernetes", "ci-cd"],
    stakeholders: ["software developers", "IT operations", "product teams", "research teams"],
  },
  {
    id: "data-engineer",
    title: "Data Engineer",
    occupationCode: "15-1243.00",
    occupationTitle: "Database Architects",
    summary: "Collects and preprocesses the data the models need and keeps it flowing.",
    sources: ["B"],
    required: ["python", "sql", "data-pipelines", "data-cleaning", "data-quality"],
    preferred: ["data-modelling"],
    tools: ["python", "sql", "airflow", "spark"],
    stakeholders: ["owners of the source systems", "IT operations"],
  },
  {
    id: "mlops-engineer",
    title: "MLOps Engineer",
    occupationCode: "15-1252.00",
    occupationTitle: "Software Developers",
    summary: "Runs the deployment and operations side: CI/CD for models, serving infrastructure, monitoring.",
    sources: ["B", "C"],
    required: ["ci-cd", "containerisation", "kubernetes-operations", "infrastructure-as-code", "model-monitoring", "model-registry"],
    preferred: ["cloud-platforms"],
    tools: ["docker", "kubernetes", "mlflow", "kubeflow", "terraform", "ci-cd"],
    stakeholders: ["DevOps teams", "IT operations"],
  },
];

const byId = new Map<RoleId, RoleDefinition>(roleCatalog.map((role) => [role.id, role]));
// Sorting roles is the commonest lookup in a draft; a scan of the catalog per comparison added up.
const orderById = new Map<RoleId, number>(roleCatalog.map((role, index) => [role.id, index]));

/** The catalog entry of a role; throws on an unknown id (a programming error, not user input). */
export function getRole(id: RoleId): RoleDefinition {
  const role = byId.get(id);
  if (!role) throw new Error(`Unknown role ${id}`);
  return role;
}

/** Catalog position of a role, so every list of roles has one stable order. */
export function getRoleOrder(id: RoleId): number {
  return orderById.get(id) ?? -1;
}
