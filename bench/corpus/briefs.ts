import type { ProjectBriefInput } from "../../lib/schemas/project-brief";

/**
 * Varied project briefs for the benchmark and for the engine's invariant tests: the sources'
 * worked examples, the other applications they name, paraphrases sharing no keyword with the
 * catalog, negations, vague and off-topic text, and briefs that lean on the structured fields.
 */
export interface CorpusBrief {
  readonly name: string;
  readonly brief: ProjectBriefInput;
}

export const corpusBriefs: readonly CorpusBrief[] = [
  // The sources' worked examples.
  {
    name: "adas-perception",
    brief: {
      description:
        "Automotive AI-assisted driving: detect obstacles such as pedestrians and cyclists from camera footage, lidar and radar. The model must respond in real time on the in-vehicle edge device and be integrated into the vehicle software.",
    },
  },
  {
    name: "adas-paraphrase",
    brief: { description: "Spot pedestrians and cars from the vehicle's sensors while driving." },
  },
  {
    name: "adas-fields",
    brief: {
      description: "Driver-assistance feature that recognises lanes, traffic signs and obstacles and warns the driver.",
      dataModalities: ["camera", "lidar", "radar"],
      deploymentTarget: "edge-device",
      latency: 50,
      timelineMonths: 12,
    },
  },
  {
    name: "retail-recommender",
    brief: {
      description:
        "An online retailer wants product recommendations: analyse what customers bought before and suggest what they are likely to buy next, served in real time on the e-commerce platform.",
    },
  },
  {
    name: "recommender-paraphrase",
    brief: { description: "Suggest items shoppers might like next based on what they bought before." },
  },
  {
    name: "recommender-at-scale",
    brief: {
      description: "Personalised recommendations for our streaming service, trained on viewing history, for 20 million subscribers.",
      modelSource: "build-custom",
    },
  },
  {
    name: "recommender-pretrained-at-scale",
    brief: {
      description: "Show each visitor products similar to the ones they viewed, using an off-the-shelf embedding model.",
      scale: { users: 500_000 },
    },
  },
  {
    name: "support-chatbot",
    brief: {
      description:
        "Build a customer-support chatbot on an LLM that answers customer questions from our help-centre articles, can look up orders and hand over to a human. It handles personal data, so privacy matters, and answers must not be biased.",
    },
  },
  {
    name: "chatbot-help-centre",
    brief: { description: "An LLM chatbot for customer support that answers questions from our help-centre articles; no dashboards needed." },
  },
  {
    name: "chatbot-prototype",
    brief: { description: "A quick internal prototype chatbot for 2 months." },
  },
  {
    name: "chatbot-paraphrase",
    brief: { description: "Let customers type questions and get instant answers drawn from our FAQ pages, day and night." },
  },
  {
    name: "chatbot-hosted-llm-fields",
    brief: {
      description: "A virtual assistant for our insurance clients that explains their policy and files simple claims.",
      modelSource: "hosted-llm",
      privacySensitive: true,
      fairnessConcerns: true,
      location: "US",
      currency: "USD",
    },
  },

  // Other applications the sources name.
  {
    name: "fraud-realtime",
    brief: { description: "A bank wants to detect fraudulent card transactions in real time and block suspicious payments before they complete." },
  },
  {
    name: "fraud-paraphrase",
    brief: { description: "Flag payments that look stolen or fake before the money leaves the account, for 2 million card holders." },
  },
  {
    name: "fraud-insurance-claims",
    brief: { description: "Catch bogus insurance claims early and send them to investigators, with weekly reports to the claims director." },
  },
  {
    name: "demand-forecasting",
    brief: { description: "A retail chain needs weekly demand forecasting for every store so it can plan inventory, with a model per store." },
  },
  {
    name: "forecast-paraphrase",
    brief: { description: "Tell each bakery how many loaves it will sell tomorrow so less bread goes to waste." },
  },
  {
    name: "energy-load-forecast",
    brief: { description: "Predict electricity consumption per substation for the next week from smart meter readings and weather data." },
  },
  {
    name: "churn-prediction",
    brief: { description: "Predict which subscribers are likely to cancel next month so the retention team can call them." },
  },
  {
    name: "predictive-maintenance",
    brief: { description: "Predictive maintenance: warn us days before a machine on the factory floor breaks down, from its sensor readings and maintenance logs." },
  },
  {
    name: "credit-scoring",
    brief: { description: "Score loan applicants for default risk; regulators require us to show the decisions are fair to protected groups." },
  },
  {
    name: "marketing-content",
    brief: { description: "Our marketing team wants to generate ad copy and social media images for campaigns with generative AI." },
  },
  {
    name: "content-paraphrase",
    brief: { description: "Draft product descriptions and newsletter text in our brand voice so the copywriters only edit." },
  },
  {
    name: "delivery-drones",
    brief: { description: "A logistics company wants autonomous drones that deliver parcels and navigate around obstacles on their own." },
  },
  {
    name: "warehouse-robots",
    brief: { description: "Robots that move pallets around the warehouse by themselves, avoiding forklifts and people, running on the robot's own computer." },
  },
  {
    name: "image-captioning",
    brief: { description: "Automatically write captions for the photos in our news archive so they have alt text." },
  },
  {
    name: "captioning-paraphrase",
    brief: { description: "Describe what is in each picture our users upload so blind visitors can hear it read aloud." },
  },
  {
    name: "exec-dashboards",
    brief: { description: "Executive analytics dashboards showing sales KPIs across regions for the leadership team, fed from our data warehouse." },
  },
  {
    name: "dashboard-paraphrase",
    brief: { description: "Give the board a single view of revenue, margins and spend every Monday, from the ERP and the CRM." },
  },
  {
    name: "ticket-classification",
    brief: { description: "Classify incoming support tickets by topic and urgency and route them to the right team." },
  },
  {
    name: "review-sentiment",
    brief: { description: "Analyse customer reviews for sentiment and recurring complaints, and present the findings to product managers monthly." },
  },
  {
    name: "invoice-automation",
    brief: { description: "Extract totals, dates and supplier names from scanned invoices and automate the approval workflow in our ERP." },
  },
  {
    name: "document-processing",
    brief: { description: "Intelligent document processing for mortgage applications: read payslips and IDs, check them against the form, flag gaps." },
  },

  // Team-size rule of thumb and operations.
  {
    name: "poc-churn",
    brief: { description: "A proof of concept to see whether we can predict customer churn from our CRM data." },
  },
  {
    name: "poc-llm",
    brief: { description: "A quick prototype of an internal assistant that answers HR policy questions using GPT-4." },
  },
  {
    name: "poc-vision",
    brief: { description: "Pilot project: can we spot defects on the production line from camera images?" },
  },
  {
    name: "three-models",
    brief: { description: "We will run three separate models in production: pricing, demand forecasting and churn prediction." },
  },
  {
    name: "twelve-models",
    brief: { description: "Demand forecasting for our grocery business.", modelCount: 12, deploymentTarget: "batch" },
  },
  {
    name: "heavy-ops",
    brief: { description: "Fraud scoring service that must be retrained nightly, watched for drift, and meet a 99.95% uptime SLA around the clock." },
  },
  {
    name: "pipelines-heavy",
    brief: {
      description: "Ingest clickstream events from Kafka and order data from Snowflake into a data lake, then predict which visitors will convert.",
    },
  },

  // Negation.
  {
    name: "negated-dashboards",
    brief: { description: "No dashboards needed, but the recommender must serve suggestions in real time on our web shop." },
  },
  {
    name: "negated-training",
    brief: { description: "A chatbot for our help desk; we will not train our own model and will use a hosted LLM instead." },
  },
  {
    name: "negated-mobile",
    brief: { description: "Forecast call volumes for our contact centre without any mobile app; planners use a web page." },
  },

  // Vague and off-topic.
  { name: "vague-ai", brief: { description: "We want to use AI somehow." } },
  { name: "vague-data", brief: { description: "Our data could be used better with machine learning, maybe." } },
  { name: "off-topic-cake", brief: { description: "Bake a chocolate cake for the office party on Friday." } },
  { name: "off-topic-travel", brief: { description: "Plan a team offsite in Lisbon with a boat trip and dinner." } },
  {
    name: "other-archetype",
    brief: { description: "Something new for our research lab that does not fit your list.", archetypes: ["other"], deploymentTarget: "cloud-api" },
  },

  // Fields, caps, pay and timelines.
  {
    name: "fields-override-text",
    brief: {
      description: "Detect obstacles from camera footage on the edge device in the car.",
      deploymentTarget: "cloud-api",
      archetypes: ["perception"],
    },
  },
  {
    name: "cap-three",
    brief: {
      description: "Build a shopping assistant chatbot that also recommends products, for 5 million users, on AWS.",
      headcountCap: 3,
    },
  },
  {
    name: "cap-one",
    brief: { description: "Weekly demand forecasting for our stores with a model per region.", headcountCap: 1 },
  },
  {
    name: "cap-generous",
    brief: { description: "Detect fraudulent transactions in real time for our payment platform.", headcountCap: 50 },
  },
  {
    name: "berlin-eur",
    brief: {
      description: "Recommend articles readers might enjoy next on our news site, integrated into the website.",
      location: "Berlin, DE",
      currency: "EUR",
    },
  },
  {
    name: "remote-location",
    brief: { description: "Fraud detection for an online marketplace's payments.", location: "remote" },
  },
  {
    name: "austin-usd",
    brief: { description: "An LLM agent that triages IT tickets and drafts replies.", location: "Austin, TX", currency: "USD" },
  },
  {
    name: "tight-timeline",
    brief: {
      description: "Personalised recommendations for our online store, served in real time and integrated into checkout.",
      timelineMonths: 3,
      scale: { users: 300_000, requestsPerDay: 5_000_000 },
    },
  },
  {
    name: "relaxed-timeline",
    brief: { description: "Forecast monthly sales for the finance team.", timelineMonths: 24, stakeholderReporting: true },
  },
  {
    name: "massive-scale",
    brief: {
      description: "Real-time ranking of the home feed for a social app with 50 million daily active users on iOS and Android.",
      latency: "real-time",
    },
  },
  {
    name: "privacy-health",
    brief: {
      description: "Predict hospital readmissions from patient records (HIPAA) and explain the drivers to clinicians.",
      location: "United States",
    },
  },
  {
    name: "hiring-screening",
    brief: { description: "Rank job applicants' resumes for recruiters; it must not discriminate and must comply with GDPR." },
  },
  {
    name: "multi-signal-sentence",
    brief: {
      description:
        "In one app we want to recommend recipes, answer cooking questions in a chat, and forecast ingredient demand for our partner stores.",
    },
  },
  {
    name: "voice-assistant",
    brief: { description: "A voice assistant for drivers that answers questions about the car's features, running offline on the car's computer." },
  },
  {
    name: "satellite-imagery",
    brief: { description: "Identify illegal logging from satellite imagery every week and send alerts to rangers." },
  },
];
