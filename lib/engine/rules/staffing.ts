import type { RoleId } from "../types";
import { defineRules } from "./define-rules";

/**
 * Who works on which phase. Three steps:
 * - "staff": rules tied to a project type or need, each picking a role for a reason the sources give;
 * - "staff-fallback": production work nobody has picked an engineer for yet;
 * - "staff-shared": work any production system has (deployment target, integration, monitoring),
 *   given to whichever engineer the earlier rules chose.
 */

/** "Whoever serves the model": the ML engineer if one was picked, otherwise the AI engineer. */
const servingEngineer: readonly RoleId[] = ["ml-engineer", "ai-engineer"];
/** For product-facing work the sources give to AI engineers first. */
const productEngineer: readonly RoleId[] = ["ai-engineer", "ml-engineer"];

const recommenderDisagreement =
  "The sources disagree on who serves a recommender: [B]'s retail example and [A] give real-time serving and platform integration to the AI engineer, while [C] lists recommendation engines as ML-engineer work.";

export const staffRules = defineRules("staff", "staff", [
  // Data and modelling work for any project that trains a model.
  {
    id: "staff.data-collection.data-engineer",
    description: "Projects that train a model: a data engineer collects and preprocesses the data.",
    rationale: "Data engineers handle the initial collection and preprocessing of training data, working alongside the data scientists.",
    sources: ["B"],
    when: { all: ["derived.builds-model"] },
    effects: [
      {
        kind: "staff",
        phase: "data-collection",
        role: "data-engineer",
        involvement: "lead",
        activities: ["Collect the training data and build the pipelines that clean and prepare it"],
      },
    ],
  },
  {
    id: "staff.data-collection.data-scientist",
    description: "Projects that train a model: data scientists help clean and check the raw data.",
    rationale: "Data scientists collect and clean raw, messy data themselves and know what the model will need from it.",
    sources: ["A", "B"],
    when: { all: ["derived.builds-model"] },
    effects: [
      {
        kind: "staff",
        phase: "data-collection",
        role: "data-scientist",
        involvement: "support",
        activities: ["Check the raw data is fit for modelling and say what to clean or collect next"],
      },
    ],
  },
  {
    id: "staff.exploration.data-scientist",
    description: "Projects that train a model: data scientists explore the data.",
    rationale: "Exploring data for trends, patterns and relationships, and testing hypotheses about it, is core data-scientist work.",
    sources: ["A", "B"],
    when: { all: ["derived.builds-model"] },
    effects: [
      {
        kind: "staff",
        phase: "exploration",
        role: "data-scientist",
        involvement: "lead",
        activities: ["Explore the data for trends, patterns and relationships; test hypotheses statistically"],
      },
    ],
  },
  {
    id: "staff.model-development.data-scientist",
    description: "Projects that train a model: data scientists build, train and tune it.",
    rationale: "Data scientists design, build and train predictive models and tune their hyperparameters.",
    sources: ["A", "B"],
    when: { all: ["derived.builds-model"] },
    effects: [
      {
        kind: "staff",
        phase: "model-development",
        role: "data-scientist",
        involvement: "lead",
        activities: ["Build, train and evaluate the model; tune its hyperparameters"],
      },
    ],
  },
  {
    id: "staff.sensor-data.data-engineer",
    description: "Sensor data (camera, lidar, radar): data engineers collect it with data scientists.",
    rationale: "In the sources' driver-assist example, data engineers collect and preprocess the camera, lidar and radar data together with the data scientists.",
    sources: ["B"],
    when: { all: ["derived.sensor-data", "derived.builds-model"] },
    effects: [
      {
        kind: "staff",
        phase: "data-collection",
        role: "data-engineer",
        involvement: "lead",
        activities: ["Collect and preprocess the sensor data (camera footage, lidar, radar)"],
      },
      {
        kind: "staff",
        phase: "data-collection",
        role: "data-scientist",
        involvement: "support",
        activities: ["Work with the data engineers on which sensor data to collect and how to label it"],
      },
    ],
  },
  {
    id: "staff.data-pipelines.data-engineer",
    description: "Data pipelines in the brief: a data engineer builds and runs them.",
    rationale: "Building and running data pipelines is the data engineer's collection and preprocessing work.",
    sources: ["B"],
    when: { all: ["need.data-pipeline"], none: ["derived.analytics-only"] },
    effects: [
      {
        kind: "staff",
        phase: "data-collection",
        role: "data-engineer",
        involvement: "lead",
        activities: ["Build and run the data pipelines: ingestion, cleaning and scheduling"],
      },
    ],
  },

  // Perception (the ADAS worked example).
  {
    id: "staff.failure-analysis.data-scientist",
    description: "Perception: data scientists experiment with architectures and analyse failures statistically.",
    rationale:
      "In the driver-assist example, data scientists experiment with model architectures, tune hyperparameters and use statistics to find unwanted behaviour such as failures in snowy weather.",
    sources: ["B"],
    when: { all: ["archetype.perception", "derived.builds-model"] },
    effects: [
      {
        kind: "staff",
        phase: "model-development",
        role: "data-scientist",
        involvement: "lead",
        activities: [
          "Experiment with detection architectures and tune hyperparameters",
          "Analyse failures statistically (e.g. snowy weather, night, rain) and feed them back into training",
        ],
      },
    ],
  },
  {
    id: "staff.edge-optimisation.ai-engineer",
    description: "Edge deployment: AI engineers compress and quantise the model and deploy it to the device.",
    rationale:
      "Cutting inference latency with model compression and quantisation so a model runs on an edge device is AI-engineer work in the sources' driver-assist example.",
    sources: ["B"],
    when: { all: ["deployment.edge-device"], none: ["derived.analytics-only"] },
    effects: [
      {
        kind: "staff",
        phase: "optimization",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Cut inference latency with model compression and quantisation so the model fits the edge device"],
      },
      {
        kind: "staff",
        phase: "deployment",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Deploy the optimised model to the edge device and check it meets its real-time budget"],
      },
    ],
  },
  {
    id: "staff.edge-integration.ai-engineer",
    description: "Perception or autonomy on an edge device: AI engineers integrate it into the host system's software.",
    rationale: "Fitting the AI components into the wider software of the vehicle (or other host system) is AI-engineer work in the driver-assist example.",
    sources: ["B"],
    when: { all: ["deployment.edge-device"], any: ["archetype.perception", "archetype.autonomous-systems"] },
    effects: [
      {
        kind: "staff",
        phase: "integration",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Integrate the AI components into the host system's wider software (e.g. the vehicle's driving software)"],
      },
    ],
  },
  {
    id: "staff.vision-service.ai-engineer",
    description: "Perception served from the cloud: AI engineers build the computer-vision service.",
    rationale: "Computer-vision tools are typical AI-engineer projects, and serving pre-built or in-house models through APIs is AI-engineer work.",
    sources: ["A", "B", "C"],
    when: { all: ["archetype.perception", "derived.production"], none: ["deployment.edge-device"] },
    effects: [
      {
        kind: "staff",
        phase: "deployment",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Serve the vision model behind an API on cloud infrastructure"],
      },
      {
        kind: "staff",
        phase: "integration",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Integrate the detections into the product or the operators' tools"],
      },
    ],
  },

  // Recommender (the retail worked example, and the sources' disagreement).
  {
    id: "staff.recommender-modelling.data-scientist",
    description: "Recommender: data scientists analyse purchases and train the model.",
    rationale: "In the retail example, data scientists analyse purchasing data and train a model that predicts what customers buy next from their history.",
    sources: ["B"],
    when: { all: ["archetype.recommender", "derived.builds-model"] },
    effects: [
      {
        kind: "staff",
        phase: "exploration",
        role: "data-scientist",
        involvement: "lead",
        activities: ["Analyse purchasing data for patterns in what customers buy together and next"],
      },
      {
        kind: "staff",
        phase: "model-development",
        role: "data-scientist",
        involvement: "lead",
        activities: ["Train a model that predicts what each customer is likely to want next from their history"],
      },
    ],
  },
  {
    id: "staff.recommender-serving.ml-engineer",
    description: "Recommender trained in house and served at scale: the ML engineer serves and integrates it.",
    rationale: `${recommenderDisagreement} Teamwright's rule: when a model trained in house must be served at scale, the model-centric ML engineer, who owns the production lifecycle, serves and integrates it.`,
    sources: ["A", "B", "C"],
    when: { all: ["archetype.recommender", "derived.custom-model", "derived.at-scale", "derived.production"] },
    effects: [
      {
        kind: "staff",
        phase: "deployment",
        role: "ml-engineer",
        involvement: "lead",
        activities: ["Deploy the recommender as a scalable service (containers, Kubernetes) and A/B test model versions"],
      },
      {
        kind: "staff",
        phase: "integration",
        role: "ml-engineer",
        involvement: "lead",
        activities: ["Integrate the recommendation API into the e-commerce platform"],
      },
    ],
  },
  {
    id: "staff.recommender-serving.ai-engineer",
    description: "Recommender not served at large scale: the AI engineer optimises, deploys and integrates it.",
    rationale: `${recommenderDisagreement} Teamwright's rule: below large scale, the work is fitting the model into the product in real time, which follows [B]'s example and goes to the AI engineer.`,
    sources: ["A", "B", "C"],
    when: { all: ["archetype.recommender", "derived.production"], none: ["derived.at-scale"] },
    effects: [
      {
        kind: "staff",
        phase: "deployment",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Deploy the recommender to production"],
      },
      {
        kind: "staff",
        phase: "integration",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Integrate recommendations into the e-commerce platform"],
      },
    ],
  },
  {
    id: "staff.recommender-serving.ai-engineer.prebuilt",
    description: "Recommender built on a pre-built or adapted model: the AI engineer integrates it, even at scale.",
    rationale: `${recommenderDisagreement} Teamwright's rule: when the model is adapted or pre-built rather than trained in house, the job is integration and real-time serving, which goes to the AI engineer at any scale.`,
    sources: ["A", "B", "C"],
    when: { all: ["archetype.recommender", "derived.production", "derived.at-scale"], none: ["derived.custom-model"] },
    effects: [
      {
        kind: "staff",
        phase: "deployment",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Serve the recommender for real-time requests and scale it horizontally"],
      },
      {
        kind: "staff",
        phase: "integration",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Integrate recommendations into the e-commerce platform"],
      },
    ],
  },
  {
    id: "staff.recommender-realtime.serving-engineer",
    description: "Online recommender: whoever serves it optimises it for real-time requests.",
    rationale: "Recommendations are requested while the shopper browses, so the serving engineer optimises the model and its serving path for real-time requests.",
    sources: ["B"],
    when: { all: ["archetype.recommender", "derived.production"], none: ["deployment.batch"] },
    effects: [
      {
        kind: "staff",
        phase: "optimization",
        role: servingEngineer,
        involvement: "lead",
        activities: ["Optimise the recommender for real-time requests (latency, caching, cost)"],
      },
    ],
  },

  // Predictive models that ML engineers productionise.
  {
    id: "staff.model-lifecycle.ml-engineer",
    description: "Fraud detection, forecasting and predictive analytics in production: the ML engineer owns the model's lifecycle.",
    rationale:
      "Fraud detection, demand forecasting and predictive analytics are the sources' typical ML-engineer projects: turning the data scientists' model into a monitored production system.",
    sources: ["A", "C"],
    when: {
      all: ["derived.production", "derived.custom-model"],
      any: ["archetype.fraud-detection", "archetype.forecasting", "archetype.predictive-analytics"],
    },
    effects: [
      {
        kind: "staff",
        phase: "model-development",
        role: "ml-engineer",
        involvement: "support",
        activities: ["Feature engineering and reproducible training pipelines"],
      },
      {
        kind: "staff",
        phase: "deployment",
        role: "ml-engineer",
        involvement: "lead",
        activities: ["Package the model and its training pipeline for production (containers, Kubernetes)"],
      },
    ],
  },
  {
    id: "staff.fraud-modelling.data-scientist",
    description: "Fraud detection: data scientists study transaction patterns and rare fraud cases.",
    rationale: "Finding the patterns that separate fraud from normal behaviour is exploratory, statistical data-scientist work.",
    sources: ["A", "B"],
    when: { all: ["archetype.fraud-detection", "derived.builds-model"] },
    effects: [
      {
        kind: "staff",
        phase: "exploration",
        role: "data-scientist",
        involvement: "lead",
        activities: ["Study transaction patterns and known fraud cases; agree on labels with the fraud team"],
      },
      {
        kind: "staff",
        phase: "model-development",
        role: "data-scientist",
        involvement: "lead",
        activities: ["Model rare fraud cases (imbalanced classes) and choose the precision/recall trade-off with the business"],
      },
    ],
  },
  {
    id: "staff.fraud-scoring.serving-engineer",
    description: "Real-time fraud scoring: the serving engineer fits scoring into the payment flow's latency budget.",
    rationale: "Scoring transactions while they happen is real-time serving at volume, which the sources give to the engineer who serves the model.",
    sources: ["A", "C"],
    when: { all: ["archetype.fraud-detection", "derived.production", "derived.realtime"] },
    effects: [
      {
        kind: "staff",
        phase: "optimization",
        role: servingEngineer,
        involvement: "lead",
        activities: ["Score transactions within the payment flow's latency budget"],
      },
    ],
  },
  {
    id: "staff.forecasting.data-scientist",
    description: "Forecasting: data scientists build and validate the forecasts.",
    rationale: "Building predictive models from historical data and judging their error is data-scientist work.",
    sources: ["A", "B"],
    when: { all: ["archetype.forecasting", "derived.builds-model"] },
    effects: [
      {
        kind: "staff",
        phase: "model-development",
        role: "data-scientist",
        involvement: "lead",
        activities: ["Build time-series forecasts (trend, seasonality, promotions, holidays) and measure their error"],
      },
    ],
  },
  {
    id: "staff.predictive.data-scientist",
    description: "Predictive analytics: data scientists build the model and explain its drivers.",
    rationale: "Turning data into predictions that inform business decisions, and explaining them, is the data scientist's purpose.",
    sources: ["A", "B"],
    when: { all: ["archetype.predictive-analytics", "derived.builds-model"] },
    effects: [
      {
        kind: "staff",
        phase: "model-development",
        role: "data-scientist",
        involvement: "lead",
        activities: ["Build and validate the predictive model and explain what drives its predictions"],
      },
    ],
  },
  {
    id: "staff.text-analytics.data-scientist",
    description: "Text analytics: data scientists build the text models.",
    rationale: "Classifying and mining text is modelling work for data scientists with NLP skills.",
    sources: ["A", "B"],
    when: { all: ["archetype.text-analytics", "derived.builds-model"] },
    effects: [
      {
        kind: "staff",
        phase: "model-development",
        role: "data-scientist",
        involvement: "lead",
        activities: ["Build and evaluate the text classification or extraction models"],
      },
    ],
  },

  // Generative and LLM work (the chatbot worked example and other AI-engineer projects).
  {
    id: "staff.conversational.ai-engineer",
    description: "Chatbots and assistants: AI engineers build the LLM application and its safeguards.",
    rationale:
      "Conversational chatbots are AI-engineer territory in the sources: LLMs, chaining, multi-agent tooling, fine-tuning pre-trained models, bias mitigation and privacy compliance.",
    sources: ["A", "C"],
    when: { all: ["archetype.conversational-ai"] },
    effects: [
      {
        kind: "staff",
        phase: "model-development",
        role: "ai-engineer",
        involvement: "lead",
        activities: [
          "Build the assistant on an LLM: prompts, retrieval over the help content, chaining with LangChain",
          "Add agent tooling (e.g. AutoGen) for actions such as looking up orders or handing over to a person",
        ],
      },
      {
        kind: "staff",
        phase: "evaluation-safety",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Evaluate answers for accuracy and tone; mitigate bias; check privacy compliance of what the assistant sees and says"],
      },
    ],
  },
  {
    id: "staff.conversational.ship.ai-engineer",
    description: "Chatbots in production: AI engineers deploy, scale and integrate them.",
    rationale: "Serving an LLM application through APIs, scaling it horizontally and fitting it into the product are AI-engineer work.",
    sources: ["A", "B", "C"],
    when: { all: ["archetype.conversational-ai", "derived.production"] },
    effects: [
      {
        kind: "staff",
        phase: "deployment",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Serve the assistant through APIs on cloud infrastructure and scale it horizontally"],
      },
      {
        kind: "staff",
        phase: "integration",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Integrate the assistant into the support channels and the ticketing system"],
      },
    ],
  },
  {
    id: "staff.content-generation.ai-engineer",
    description: "Content generation: AI engineers adapt generative models and guard their output.",
    rationale: "Content generators are typical AI-engineer projects: integrating LLMs or diffusion models, fine-tuning them, and checking their output for bias.",
    sources: ["A", "C"],
    when: { all: ["archetype.content-generation"] },
    effects: [
      {
        kind: "staff",
        phase: "model-development",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Adapt generative models (LLMs, diffusion models) to the brand's voice and guidelines"],
      },
      {
        kind: "staff",
        phase: "evaluation-safety",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Review generated content for accuracy, bias and brand safety before it is published"],
      },
    ],
  },
  {
    id: "staff.content-generation.ship.ai-engineer",
    description: "Content generation in production: AI engineers integrate it into the content workflow.",
    rationale: "Fitting generative models into the tools people already use is AI-engineer integration work.",
    sources: ["B", "C"],
    when: { all: ["archetype.content-generation", "derived.production"] },
    effects: [
      {
        kind: "staff",
        phase: "deployment",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Serve generation through an API with usage and cost limits"],
      },
      {
        kind: "staff",
        phase: "integration",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Integrate generation into the marketing team's content workflow with a human review step"],
      },
    ],
  },
  {
    id: "staff.llm-application.ai-engineer",
    description: "Other LLM or agent work: AI engineers build it.",
    rationale: "Building applications on LLMs and agents, rather than training models, is AI-engineer work.",
    sources: ["B", "C"],
    when: { any: ["tech.llm", "tech.agents", "model-source.hosted-llm"], none: ["archetype.conversational-ai", "archetype.content-generation"] },
    effects: [
      {
        kind: "staff",
        phase: "model-development",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Build the LLM components: prompts, retrieval and tool use, chained together"],
      },
      {
        kind: "staff",
        phase: "evaluation-safety",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Evaluate LLM output quality; mitigate bias; check privacy compliance"],
      },
    ],
  },
  {
    id: "staff.llm-evaluation.data-scientist",
    description: "Generative work with fairness stakes: a data scientist measures bias in the outputs.",
    rationale: "Data scientists use statistics to find unwanted model behaviour; with fairness at stake, that includes measuring bias in generated output across groups.",
    sources: ["B"],
    when: { all: ["derived.generative", "derived.fairness-sensitive"] },
    effects: [
      {
        kind: "staff",
        phase: "evaluation-safety",
        role: "data-scientist",
        involvement: "support",
        activities: ["Measure bias in the outputs statistically across user groups"],
      },
    ],
  },
  {
    id: "staff.own-content.data-engineer",
    description: "Production LLM applications that answer from the company's own documents, help content or past conversations: a data engineer collects and cleans them.",
    rationale:
      "Data engineers handle the initial collection and preprocessing of data [B]. Here that data is the company's own help content, documents and past conversations, which the application retrieves its answers from: they must be collected, cleaned of outdated and personal details, and kept current. [B] pairs data engineers with data scientists; with no model to train, the data engineer works with the AI engineers instead.",
    sources: ["B"],
    when: { all: ["derived.production", "derived.prebuilt-app", "derived.generative", "data.own-content"] },
    effects: [
      {
        kind: "staff",
        phase: "data-collection",
        role: "data-engineer",
        involvement: "lead",
        activities: [
          "Collect the company's own help content, documents and past conversations into one pipeline; clean, deduplicate and strip personal details",
          "Keep the content the assistant retrieves from current as articles change",
        ],
      },
    ],
  },
  {
    id: "staff.knowledge-content.conversational",
    description: "Production chatbots: someone gathers the conversations and help content the assistant draws on.",
    rationale: "The assistant answers from the company's own help content and past conversations, which must be collected and cleaned first; a data engineer does it when there is one, otherwise the AI engineer.",
    sources: ["A", "B"],
    when: { all: ["archetype.conversational-ai", "derived.production"], none: ["data.own-content"] },
    effects: [
      {
        kind: "staff",
        phase: "data-collection",
        role: ["data-engineer", "ai-engineer"],
        involvement: "lead",
        activities: ["Gather and clean the help articles and past conversations the assistant will draw on"],
      },
    ],
  },

  // Other AI-engineer project types the sources name.
  {
    id: "staff.captioning.ai-engineer",
    description: "Image captioning: AI engineers combine computer vision with language models.",
    rationale: "An image captioner combines computer vision with NLP, a typical AI-engineer system.",
    sources: ["A", "C"],
    when: { all: ["archetype.image-captioning"] },
    effects: [
      {
        kind: "staff",
        phase: "model-development",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Combine a vision encoder with a language model and fine-tune it on the project's images"],
      },
    ],
  },
  {
    id: "staff.captioning.ship.ai-engineer",
    description: "Image captioning in production: AI engineers serve and integrate it.",
    rationale: "Serving the captioner and fitting it into the product are AI-engineer integration work.",
    sources: ["B", "C"],
    when: { all: ["archetype.image-captioning", "derived.production"] },
    effects: [
      {
        kind: "staff",
        phase: "deployment",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Serve the captioner for new uploads and run it in batches over the existing archive"],
      },
      {
        kind: "staff",
        phase: "integration",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Integrate captions into the product (e.g. alt text in the content system)"],
      },
    ],
  },
  {
    id: "staff.autonomy.ai-engineer",
    description: "Drones and robots: AI engineers build the autonomy stack.",
    rationale: "Autonomous drones are a typical AI-engineer project: combining perception, planning and reinforcement-learning agents into one system.",
    sources: ["A", "C"],
    when: { all: ["archetype.autonomous-systems"] },
    effects: [
      {
        kind: "staff",
        phase: "model-development",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Build the autonomy stack: perception, planning and reinforcement-learning agents, tested in simulation"],
      },
    ],
  },
  {
    id: "staff.autonomy.ship.ai-engineer",
    description: "Drones and robots in production: AI engineers integrate autonomy with the vehicle's controls.",
    rationale: "Integrating AI into a vehicle's wider software is AI-engineer work.",
    sources: ["B", "C"],
    when: { all: ["archetype.autonomous-systems", "derived.production"] },
    effects: [
      {
        kind: "staff",
        phase: "deployment",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Deploy the models onboard and prove them in simulation and supervised field tests before release"],
      },
      {
        kind: "staff",
        phase: "integration",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Integrate the autonomy stack with the flight or drive controller and its safety systems"],
      },
    ],
  },
  {
    id: "staff.automation.ai-engineer",
    description: "Intelligent automation: AI engineers combine pre-built models with business rules.",
    rationale: "Intelligent automation is a typical AI-engineer project: system design that combines models with rules, APIs and databases.",
    sources: ["A", "C"],
    when: { all: ["archetype.intelligent-automation"] },
    effects: [
      {
        kind: "staff",
        phase: "model-development",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Combine document and language models with business rules into the automated workflow"],
      },
    ],
  },
  {
    id: "staff.automation.ship.ai-engineer",
    description: "Intelligent automation in production: AI engineers integrate it with back-office systems.",
    rationale: "Integrating models into existing systems through APIs is AI-engineer work.",
    sources: ["B", "C"],
    when: { all: ["archetype.intelligent-automation", "derived.production"] },
    effects: [
      {
        kind: "staff",
        phase: "deployment",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Run the automation as a cloud service with a review queue for low-confidence cases"],
      },
      {
        kind: "staff",
        phase: "integration",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Integrate the automation with the back-office systems and keep a person in the loop for exceptions"],
      },
    ],
  },

  // Reporting, fairness, privacy, operations.
  {
    id: "staff.reporting.data-scientist",
    description: "Stakeholder reporting or dashboards: data scientists build them and present findings.",
    rationale: "Reports, dashboards and presentations for non-technical stakeholders are data-scientist work.",
    sources: ["A", "B"],
    when: { any: ["need.reporting", "archetype.analytics-dashboard"] },
    effects: [
      {
        kind: "staff",
        phase: "reporting",
        role: "data-scientist",
        involvement: "lead",
        activities: ["Build dashboards and reports and present findings to non-technical stakeholders"],
      },
    ],
  },
  {
    id: "staff.fairness-review.data-scientist",
    description: "Models whose decisions raise fairness questions: data scientists test them for bias before release.",
    rationale: "Data scientists use statistics to find unwanted model behaviour; where decisions affect people, that means testing outcomes across groups before release.",
    sources: ["B", "C"],
    when: { all: ["derived.fairness-sensitive", "derived.builds-model"] },
    effects: [
      {
        kind: "staff",
        phase: "evaluation-safety",
        role: "data-scientist",
        involvement: "lead",
        activities: ["Test the model's outcomes for bias across groups and document the results before release"],
      },
    ],
  },
  {
    id: "staff.privacy.data-engineer",
    description: "Personal or regulated data in pipelines: the data engineer protects it at the source.",
    rationale: "Personal data is cheapest to protect where it enters the system: minimised, pseudonymised and access-controlled in the pipelines.",
    sources: ["heuristic"],
    when: { all: ["concern.privacy", "role:data-engineer"] },
    effects: [
      {
        kind: "staff",
        phase: "data-collection",
        role: "data-engineer",
        involvement: "lead",
        activities: ["Minimise, pseudonymise and access-control personal data in the pipelines"],
      },
    ],
  },
  {
    id: "staff.heavy-ops.mlops-engineer",
    description: "Heavy operations (frequent retraining, drift, uptime targets, massive scale): an MLOps engineer runs them.",
    rationale: "Some organisations separate the deployment and operations side of AI work into its own role; frequent retraining, drift monitoring and uptime targets make it a full-time job.",
    sources: ["B", "C"],
    when: { all: ["derived.production"], any: ["ops.heavy", "scale.massive"] },
    effects: [
      {
        kind: "staff",
        phase: "deployment",
        role: "mlops-engineer",
        involvement: "lead",
        activities: ["Automate retraining and releases: CI/CD for models, container orchestration, model registry"],
      },
      {
        kind: "staff",
        phase: "monitoring",
        role: "mlops-engineer",
        involvement: "lead",
        activities: ["Run alerting and drift detection, and keep the serving infrastructure within its uptime targets"],
      },
    ],
  },
]);

export const staffFallbackRules = defineRules("staff", "staff-fallback", [
  {
    id: "staff.production-prebuilt.ai-engineer",
    description: "Production on pre-built or adapted models with no engineer chosen yet: an AI engineer ships it.",
    rationale: "Deploying pre-built or adapted models and serving them through APIs and cloud infrastructure is AI-engineer work.",
    sources: ["B"],
    when: { all: ["derived.production"], none: ["derived.custom-model", "role:ml-engineer", "role:ai-engineer"] },
    effects: [
      {
        kind: "staff",
        phase: "deployment",
        role: "ai-engineer",
        involvement: "lead",
        activities: ["Deploy the adapted or pre-built model behind APIs on cloud infrastructure"],
      },
    ],
  },
]);

export const staffSharedRules = defineRules("staff", "staff-shared", [
  {
    id: "staff.cloud-api.serving-engineer",
    description: "Cloud API deployment: the serving engineer exposes the model through an API.",
    rationale: "API development, cloud integration and infrastructure for serving models are engineer work in all the sources.",
    sources: ["A", "B"],
    when: { all: ["derived.production", "deployment.cloud-api"] },
    effects: [
      {
        kind: "staff",
        phase: "deployment",
        role: servingEngineer,
        involvement: "lead",
        activities: ["Expose the model through an API on cloud infrastructure"],
      },
    ],
  },
  {
    id: "staff.batch.serving-engineer",
    description: "Batch deployment: the serving engineer schedules batch runs in the pipeline.",
    rationale: "Building the pipelines that train, test and deploy models, including scheduled runs, is ML-engineer work.",
    sources: ["A"],
    when: { all: ["derived.production", "deployment.batch"] },
    effects: [
      {
        kind: "staff",
        phase: "deployment",
        role: servingEngineer,
        involvement: "lead",
        activities: ["Schedule batch runs and publish their results where people use them"],
      },
    ],
  },
  {
    id: "staff.realtime-optimisation.product-engineer",
    description: "Real-time serving (not on an edge device): the engineer cuts serving latency.",
    rationale: "Optimising for latency, real-time processing and horizontal scaling are engineer work; the sources stress it for AI engineers.",
    sources: ["A", "B", "C"],
    when: { all: ["derived.production", "derived.realtime"], none: ["deployment.edge-device", "phase:optimization"] },
    effects: [
      {
        kind: "staff",
        phase: "optimization",
        role: productEngineer,
        involvement: "lead",
        activities: ["Cut serving latency for real-time requests and scale horizontally"],
      },
    ],
  },
  {
    id: "staff.integration.product-engineer",
    description: "Integration into an existing product: the AI engineer if there is one, otherwise the ML engineer.",
    rationale: "Integrating models into products is AI-engineer work in [B]; ML engineers do it through API development and cloud integration [A].",
    sources: ["A", "B"],
    // Only when no project-specific rule has already said how the model is integrated.
    when: { all: ["derived.production", "need.integration"], none: ["phase:integration"] },
    effects: [
      {
        kind: "staff",
        phase: "integration",
        role: productEngineer,
        involvement: "lead",
        activities: ["Integrate the model into the existing product and its release process (CI/CD)"],
      },
    ],
  },
  {
    id: "staff.mobile-app.product-engineer",
    description: "Mobile app: the product engineer ships the model inside or behind it.",
    rationale: "A model behind a mobile app needs an engineer who can work with the app team on the on-device or API side.",
    sources: ["heuristic"],
    when: { all: ["derived.production", "surface.mobile-app"] },
    effects: [
      {
        kind: "staff",
        phase: "integration",
        role: productEngineer,
        involvement: "lead",
        activities: ["Work with the app team to ship the model inside or behind the mobile app"],
      },
    ],
  },
  {
    id: "staff.model-development.ml-engineer-support",
    description: "An ML engineer on a team that trains models turns experiments into training pipelines.",
    rationale: "ML engineers build the pipelines that train and test models, so experiments become reproducible.",
    sources: ["A", "C"],
    when: { all: ["role:ml-engineer", "derived.builds-model"] },
    effects: [
      {
        kind: "staff",
        phase: "model-development",
        role: "ml-engineer",
        involvement: "support",
        activities: ["Turn experiments into reproducible training pipelines"],
        onlyIfPresent: true,
      },
    ],
  },
  {
    id: "staff.privacy-review.engineer",
    description: "Personal data and no AI engineer: the serving engineer reviews privacy before release.",
    rationale: "Someone who knows the production system must check privacy compliance before release; the sources name it as AI-engineer work, so with no AI engineer the serving engineer does it.",
    sources: ["C", "heuristic"],
    when: { all: ["concern.privacy", "derived.production"], none: ["role:ai-engineer"] },
    effects: [
      {
        kind: "staff",
        phase: "deployment",
        role: ["ml-engineer", "mlops-engineer", "data-engineer"],
        involvement: "lead",
        activities: ["Review privacy compliance (data minimisation, access, retention) before release"],
        onlyIfPresent: true,
      },
    ],
  },
  {
    id: "staff.monitoring.production",
    description: "Every production model is monitored, by the MLOps engineer if there is one, else the serving engineer.",
    rationale: "Models in production need watching for quality, drift and latency; the sources give it to ML engineers (with MLflow or Kubeflow) or to a dedicated operations role.",
    sources: ["A", "B", "C"],
    when: { all: ["derived.production"], none: ["derived.prebuilt-app"] },
    effects: [
      {
        kind: "staff",
        phase: "monitoring",
        role: ["mlops-engineer", "ml-engineer", "ai-engineer"],
        involvement: "lead",
        activities: ["Monitor model quality, drift and latency in production; retrain when quality slips"],
      },
    ],
  },
  {
    id: "staff.monitoring.prebuilt-app",
    description: "Applications on pre-built models are monitored for answer quality, cost and latency.",
    rationale: "An application built on pre-built models still drifts — in the questions people ask and in the provider's model — so someone watches quality, cost and latency after launch.",
    sources: ["B", "C"],
    when: { all: ["derived.production", "derived.prebuilt-app"] },
    effects: [
      {
        kind: "staff",
        phase: "monitoring",
        role: ["mlops-engineer", "ai-engineer", "ml-engineer"],
        involvement: "lead",
        activities: ["Monitor answer quality, cost and latency after launch; update prompts, retrieval or model version when quality slips"],
      },
    ],
  },
  {
    id: "staff.monitoring.data-scientist",
    description: "Production models that were trained in house: data scientists analyse quality drops.",
    rationale: "When a production model's quality drops, finding out why is statistical analysis of its behaviour, which is data-scientist work.",
    sources: ["B"],
    when: { all: ["derived.production", "derived.builds-model"] },
    effects: [
      {
        kind: "staff",
        phase: "monitoring",
        role: "data-scientist",
        involvement: "support",
        activities: ["Analyse drops in model quality and decide with the engineers when to retrain"],
        onlyIfPresent: true,
      },
    ],
  },
]);
