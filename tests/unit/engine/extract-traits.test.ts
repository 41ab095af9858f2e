import { describe, expect, it } from "vitest";
import { extractTraits } from "@/lib/engine";

function idsOf(text: string): string[] {
  return extractTraits(text).traits.map((trait) => trait.id);
}

function negatedIdsOf(text: string): string[] {
  return extractTraits(text).negated.map((finding) => finding.id);
}

describe("extractTraits: synonyms and paraphrases", () => {
  it.each([
    ["suggest items shoppers might like next based on what they bought before", ["archetype.recommender"]],
    ["show each visitor products similar to the ones they viewed", ["archetype.recommender"]],
    ["help customers decide what to buy next", ["archetype.recommender"]],
    ["spot pedestrians and cars from the vehicle's sensors while driving", ["archetype.perception", "deployment.edge-device", "deployment.real-time"]],
    ["count the animals in each camera trap photo", ["archetype.perception"]],
    ["let customers type questions and get answers from our FAQ pages", ["archetype.conversational-ai"]],
    ["flag payments that look stolen or fake before the money leaves the account", ["archetype.fraud-detection"]],
    ["tell each bakery how many loaves it will sell tomorrow", ["archetype.forecasting"]],
    ["estimate sales for the coming quarter", ["archetype.forecasting"]],
    ["find out which subscribers are likely to cancel", ["archetype.predictive-analytics"]],
    ["draft product descriptions and newsletter text in our brand voice", ["archetype.content-generation"]],
    ["describe what is in each picture our users upload", ["archetype.image-captioning"]],
    ["packages delivered by drones that fly themselves", ["archetype.autonomous-systems"]],
    ["give the board a single view of revenue and margins", ["archetype.analytics-dashboard"]],
    ["sort incoming support tickets by topic", ["archetype.text-analytics"]],
    ["pull totals and dates out of scanned invoices", ["archetype.intelligent-automation"]],
    ["run it on the phone without internet", ["deployment.edge-device"]],
    ["answers must come back within milliseconds", ["deployment.real-time", "latency.real-time"]],
    ["refresh the scores every night", ["deployment.batch"]],
    ["expose it through a REST API on AWS", ["deployment.cloud-api"]],
    ["we will fine-tune a pretrained model from Hugging Face", ["model-source.adapt-pretrained"]],
    ["use GPT-4 through the OpenAI API", ["model-source.hosted-llm", "tech.llm"]],
    ["train our own model from scratch", ["model-source.build-custom"]],
    ["combine data from our CRM, ERP and web logs in a data lake", ["need.data-pipeline"]],
    ["integrate it into our e-commerce platform", ["need.integration"]],
    ["present the findings to executives every month", ["need.reporting"]],
    ["patient records fall under HIPAA", ["concern.privacy"]],
    ["the model must not discriminate against protected groups", ["concern.fairness"]],
    ["retrain the models nightly and watch for drift", ["ops.heavy"]],
    ["a quick prototype to test the idea", ["stage.poc"]],
  ])("%s", (text, expected) => {
    expect(idsOf(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe("extractTraits: inflections and word order", () => {
  it.each([
    "detect obstacles in front of the car",
    "detecting obstacles in front of the car",
    "obstacle detection in front of the car",
    "detection of obstacles in front of the car",
    "obstacles must be detected in front of the car",
    "obstacles the car should avoid",
  ])("%s → perception", (text) => {
    expect(idsOf(text)).toContain("archetype.perception");
  });

  it.each(["recommend products", "product recommendations", "a recommender for books", "recommending films", "recommended articles"])(
    "%s → recommender",
    (text) => {
      expect(idsOf(text)).toContain("archetype.recommender");
    },
  );

  it.each(["forecast demand", "demand forecasting", "weekly forecasts", "predict demand", "predicting sales"])("%s → forecasting", (text) => {
    expect(idsOf(text)).toContain("archetype.forecasting");
  });
});

describe("extractTraits: several traits in one sentence", () => {
  it("reads three project types, integration and scale from one sentence", () => {
    const ids = idsOf("In one app we want to recommend recipes, answer cooking questions in a chat and forecast ingredient demand for 2 million users.");
    expect(ids).toEqual(
      expect.arrayContaining(["archetype.recommender", "archetype.conversational-ai", "archetype.forecasting", "scale.large"]),
    );
  });
});

describe("extractTraits: negation is scoped to the clause", () => {
  it.each([
    ["No dashboards needed.", "archetype.analytics-dashboard"],
    ["Dashboards are not needed.", "archetype.analytics-dashboard"],
    ["A dashboard is unnecessary.", "archetype.analytics-dashboard"],
    ["We will not train our own model.", "model-source.build-custom"],
    ["It works without any mobile app.", "surface.mobile-app"],
    ["We don't need dashboards, reports or a mobile app.", "surface.mobile-app"],
    ["We don't need dashboards, reports or a mobile app.", "archetype.analytics-dashboard"],
    ["There is no need for real-time serving.", "deployment.real-time"],
    ["Real-time scoring rather than batch.", "deployment.batch"],
    ["No personal data is involved.", "concern.privacy"],
  ])("%s does not fire %s", (text, trait) => {
    expect(idsOf(text)).not.toContain(trait);
    expect(negatedIdsOf(text)).toContain(trait);
  });

  it.each([
    ["No dashboards needed, but the recommender must be real-time.", ["archetype.recommender", "deployment.real-time"], "archetype.analytics-dashboard"],
    ["There is no need for real-time serving, batch is fine.", ["deployment.batch"], "deployment.real-time"],
    ["We won't build a chatbot. We will forecast demand.", ["archetype.forecasting"], "archetype.conversational-ai"],
    ["It must not be biased and handles personal data.", ["concern.privacy", "concern.fairness"], "deployment.batch"],
    ["No dashboards and we need a recommender.", ["archetype.recommender"], "archetype.analytics-dashboard"],
  ])("%s keeps the other clause", (text, present, absent) => {
    const ids = idsOf(text);
    expect(ids).toEqual(expect.arrayContaining(present));
    expect(ids).not.toContain(absent);
  });

  it.each([
    ["Not only recommendations but also forecasts.", ["archetype.recommender", "archetype.forecasting"]],
    ["Answers must not be biased.", ["concern.fairness"]],
    ["The assistant must never leak personal data.", ["concern.privacy"]],
    ["It must work without internet on the device.", ["deployment.edge-device"]],
  ])("%s still fires (exemptions and concerns)", (text, expected) => {
    expect(idsOf(text)).toEqual(expect.arrayContaining(expected));
  });
});

describe("extractTraits: quantities", () => {
  it.each([
    ["for 2 million users", "scale.large"],
    ["for 150,000 customers", "scale.large"],
    ["for 50 million daily active users", "scale.massive"],
    ["10k requests per second", "scale.massive"],
    ["2M transactions a day", "scale.large"],
    ["latency under 50 ms", "latency.real-time"],
    ["respond within 2 seconds", "latency.relaxed"],
    ["reply in 800ms", "latency.interactive"],
    ["three models in production", "models.3plus"],
    ["12 forecasting models", "models.10plus"],
    ["a model per store", "models.3plus"],
  ])("%s → %s", (text, expected) => {
    expect(idsOf(text)).toContain(expected);
  });

  it.each([
    ["for 5,000 users", ["scale.large", "scale.massive"]],
    ["two models", ["models.3plus"]],
    ["several pre-trained models from Hugging Face", ["models.3plus"]],
  ])("%s does not reach %s", (text, absent) => {
    const ids = idsOf(text);
    for (const trait of absent) expect(ids).not.toContain(trait);
  });

  it("reports the numbers it read", () => {
    const { quantities } = extractTraits("Serve 3 million users and 10k requests per second under 40 ms with three models.");
    expect(quantities.users?.value).toBe(3_000_000);
    expect(quantities.requestsPerDay?.value).toBe(864_000_000);
    expect(quantities.latencyMs?.value).toBe(40);
    expect(quantities.modelCount?.value).toBe(3);
  });
});

describe("extractTraits: evidence", () => {
  it("quotes the words that matched, joined by an ellipsis across gaps", () => {
    const text = "Suggest items shoppers might like next based on what they bought before.";
    const recommender = extractTraits(text).traits.find((trait) => trait.id === "archetype.recommender");
    expect(recommender?.from).toBe("text");
    expect(recommender?.evidence).toEqual(expect.arrayContaining(["Suggest items", "might like"]));
    for (const evidence of recommender?.evidence ?? []) {
      for (const part of evidence.split(" … ")) expect(text).toContain(part);
    }
  });

  it("lists traits in catalog order and each evidence at most once", () => {
    const { traits } = extractTraits("Recommendations, recommendations and more recommendations, in real time, on the edge.");
    const ids = traits.map((trait) => trait.id);
    expect(ids.indexOf("archetype.recommender")).toBeLessThan(ids.indexOf("deployment.real-time"));
    for (const trait of traits) expect(new Set(trait.evidence.map((item) => item.toLowerCase())).size).toBe(trait.evidence.length);
  });
});

describe("extractTraits: vague, off-topic and odd input", () => {
  it.each(["we want to use AI somehow", "Our data could be used better with machine learning, maybe."])("%s names no project type", (text) => {
    expect(idsOf(text).filter((id) => id.startsWith("archetype."))).toEqual([]);
  });

  it.each(["bake a chocolate cake", "Plan a team offsite in Lisbon with a boat trip."])("%s finds nothing", (text) => {
    expect(idsOf(text)).toEqual([]);
  });

  it.each([
    "",
    "!!!???...,,,",
    "🙂🙂🙂 détecter les piétons — 日本語のテキスト",
    "not not not no no without",
    "a".repeat(20_000),
    "recommend ".repeat(2_000),
    "İstanbul ŞEHİR recommendation ẞ",
  ])("does not throw on %#", (text) => {
    expect(() => extractTraits(text)).not.toThrow();
  });
});
