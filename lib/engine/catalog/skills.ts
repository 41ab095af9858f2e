import type { SourceTag } from "@/lib/schemas/team-draft";

/**
 * Skills and tools the engine can ask of a role, each with the sources that name it. Rules and
 * roles refer to them by id, so a typo fails type-checking instead of reaching a job ad.
 */

interface CatalogEntry {
  readonly name: string;
  readonly sources: readonly SourceTag[];
}

export const skillCatalog = {
  statistics: { name: "Statistics and hypothesis testing", sources: ["A", "B"] },
  mathematics: { name: "Mathematics", sources: ["A", "B"] },
  python: { name: "Python", sources: ["A", "B", "C"] },
  sql: { name: "SQL", sources: ["A", "B", "C"] },
  r: { name: "R", sources: ["A", "B"] },
  "data-cleaning": { name: "Cleaning and preparing messy data", sources: ["A", "B", "C"] },
  "exploratory-analysis": { name: "Exploratory data analysis (trends, patterns, relationships)", sources: ["A", "B"] },
  "model-training": { name: "Building and training predictive models", sources: ["A", "B"] },
  "hyperparameter-tuning": { name: "Hyperparameter tuning", sources: ["A", "B", "C"] },
  "model-evaluation": { name: "Model evaluation", sources: ["B", "C"] },
  "data-storytelling": { name: "Communication and data storytelling", sources: ["A", "B"] },
  "failure-analysis": { name: "Statistical analysis of unwanted model behaviour (e.g. failures in snow)", sources: ["B"] },
  "architecture-experiments": { name: "Experimenting with model architectures", sources: ["B"] },
  "time-series-forecasting": { name: "Time-series forecasting", sources: ["heuristic"] },
  "recommender-modelling": { name: "Modelling what customers buy next from purchase history", sources: ["B"] },
  dashboarding: { name: "Dashboards and reports for non-technical audiences", sources: ["A", "B"] },
  "computer-vision": { name: "Computer vision", sources: ["A", "B"] },
  nlp: { name: "Natural language processing", sources: ["A", "B"] },
  "deep-learning": { name: "Neural networks and deep-learning architectures", sources: ["A", "B"] },
  "fairness-testing": { name: "Statistical bias testing across groups", sources: ["B", "C"] },
  "software-engineering": { name: "Software engineering", sources: ["A", "C"] },
  "version-control": { name: "Version control", sources: ["A", "C"] },
  containerisation: { name: "Containerisation (Docker)", sources: ["A", "C"] },
  "cloud-platforms": { name: "Cloud platforms (AWS, Azure, Google Cloud)", sources: ["A", "B", "C"] },
  "ml-pipelines": { name: "Training, testing and deployment pipelines", sources: ["A"] },
  "feature-engineering": { name: "Feature engineering", sources: ["C"] },
  "imbalanced-data": { name: "Handling imbalanced datasets", sources: ["C"] },
  "model-serving": { name: "Serving models on Kubernetes", sources: ["C"] },
  "model-monitoring": { name: "Monitoring models in production", sources: ["A", "C"] },
  "ab-testing": { name: "A/B testing of models", sources: ["C"] },
  "model-compression": { name: "Model compression", sources: ["B", "C"] },
  "api-development": { name: "API development", sources: ["A", "B"] },
  "infrastructure-management": { name: "Infrastructure management", sources: ["A"] },
  "large-data-volumes": { name: "Handling large data and user volumes", sources: ["A"] },
  "llm-integration": { name: "Integrating LLMs into products", sources: ["B", "C"] },
  "prompt-chaining": { name: "Chaining LLM calls, tools and retrieval", sources: ["C"] },
  "agent-frameworks": { name: "Agent and multi-agent frameworks", sources: ["C"] },
  "fine-tuning": { name: "Fine-tuning pre-trained models", sources: ["C"] },
  "rapid-prototyping": { name: "Rapid MVP prototyping", sources: ["C"] },
  quantisation: { name: "Quantisation for edge devices", sources: ["B"] },
  "latency-optimisation": { name: "Latency and cost optimisation", sources: ["B"] },
  "real-time-processing": { name: "Real-time processing", sources: ["A", "C"] },
  "horizontal-scaling": { name: "Horizontal scaling", sources: ["A", "C"] },
  "system-design": { name: "System design combining models, rules, APIs and databases", sources: ["C"] },
  "bias-mitigation": { name: "Bias mitigation", sources: ["C"] },
  "privacy-compliance": { name: "Privacy compliance", sources: ["C"] },
  devops: { name: "DevOps principles and CI/CD", sources: ["A", "B"] },
  cpp: { name: "C++", sources: ["A", "B"] },
  java: { name: "Java", sources: ["A", "B"] },
  "software-development": { name: "Software development", sources: ["A", "B"] },
  "generative-models": { name: "Generative models (LLMs, diffusion models)", sources: ["C"] },
  "reinforcement-learning": { name: "Reinforcement-learning agents", sources: ["C"] },
  "embedded-integration": { name: "Integrating AI components into a host system's software (e.g. a vehicle)", sources: ["B"] },
  "mobile-integration": { name: "Shipping models inside mobile apps", sources: ["heuristic"] },
  "data-pipelines": { name: "Data collection and preprocessing pipelines", sources: ["B"] },
  "sensor-data-ingestion": { name: "Sensor data ingestion (camera footage, lidar, radar)", sources: ["B"] },
  "data-quality": { name: "Data quality checks", sources: ["heuristic"] },
  "data-modelling": { name: "Data modelling and warehousing", sources: ["heuristic"] },
  "streaming-data": { name: "Streaming data processing", sources: ["heuristic"] },
  "privacy-engineering": { name: "Pseudonymisation and access control for personal data", sources: ["heuristic"] },
  "ci-cd": { name: "CI/CD for models", sources: ["B"] },
  "kubernetes-operations": { name: "Kubernetes operations", sources: ["A", "C"] },
  "infrastructure-as-code": { name: "Infrastructure as code", sources: ["A", "B"] },
  "model-registry": { name: "Experiment tracking and model registry", sources: ["C"] },
} as const satisfies Record<string, CatalogEntry>;

export type SkillId = keyof typeof skillCatalog;

export const toolCatalog = {
  python: { name: "Python", sources: ["A", "B", "C"] },
  r: { name: "R", sources: ["A", "B"] },
  sql: { name: "SQL", sources: ["A", "B", "C"] },
  pandas: { name: "pandas", sources: ["A", "B"] },
  numpy: { name: "NumPy", sources: ["A", "B"] },
  "scikit-learn": { name: "scikit-learn", sources: ["A", "B", "C"] },
  jupyter: { name: "Jupyter", sources: ["A", "B"] },
  matplotlib: { name: "Matplotlib", sources: ["A", "B"] },
  seaborn: { name: "Seaborn", sources: ["A", "B"] },
  tableau: { name: "Tableau", sources: ["A", "B"] },
  "power-bi": { name: "Power BI", sources: ["A", "B"] },
  pytorch: { name: "PyTorch", sources: ["A", "B", "C"] },
  tensorflow: { name: "TensorFlow", sources: ["A", "B", "C"] },
  docker: { name: "Docker", sources: ["C"] },
  kubernetes: { name: "Kubernetes", sources: ["A", "B", "C"] },
  mlflow: { name: "MLflow", sources: ["C"] },
  kubeflow: { name: "Kubeflow", sources: ["C"] },
  aws: { name: "AWS", sources: ["A", "B", "C"] },
  azure: { name: "Azure", sources: ["A", "B", "C"] },
  "google-cloud": { name: "Google Cloud", sources: ["A", "B", "C"] },
  sagemaker: { name: "AWS SageMaker", sources: ["A", "C"] },
  "vertex-ai": { name: "GCP Vertex AI", sources: ["A", "C"] },
  openai: { name: "OpenAI models", sources: ["A", "C"] },
  langchain: { name: "LangChain", sources: ["A", "C"] },
  autogen: { name: "AutoGen", sources: ["A", "C"] },
  "hugging-face": { name: "Hugging Face Transformers", sources: ["A", "C"] },
  "cv-frameworks": { name: "Computer-vision frameworks", sources: ["A", "B"] },
  terraform: { name: "Terraform", sources: ["A", "B"] },
  "ci-cd": { name: "CI/CD pipelines", sources: ["A", "B"] },
  cpp: { name: "C++", sources: ["A", "B"] },
  java: { name: "Java", sources: ["A", "B"] },
  airflow: { name: "A workflow orchestrator such as Airflow", sources: ["heuristic"] },
  spark: { name: "A distributed processing engine such as Spark", sources: ["heuristic"] },
  kafka: { name: "An event-streaming platform such as Kafka", sources: ["heuristic"] },
  "edge-runtimes": { name: "Edge inference runtimes (e.g. TensorRT, TensorFlow Lite)", sources: ["heuristic"] },
  "vector-database": { name: "A vector database for retrieval", sources: ["heuristic"] },
} as const satisfies Record<string, CatalogEntry>;

export type ToolId = keyof typeof toolCatalog;

// Names by id in Maps: a keyed read of a large object literal is a slow (dictionary-mode) lookup,
// and every draft reads dozens of names.
const skillNames = new Map<string, string>(Object.entries(skillCatalog).map(([id, entry]) => [id, entry.name]));
const toolNames = new Map<string, string>(Object.entries(toolCatalog).map(([id, entry]) => [id, entry.name]));

/** The human name of a skill, as drafts and job descriptions show it. */
export function getSkillName(id: SkillId): string {
  const name = skillNames.get(id);
  if (name === undefined) throw new Error(`Unknown skill ${id}`);
  return name;
}

/** The human name of a tool, as drafts and job descriptions show it. */
export function getToolName(id: ToolId): string {
  const name = toolNames.get(id);
  if (name === undefined) throw new Error(`Unknown tool ${id}`);
  return name;
}
