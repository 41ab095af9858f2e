import { emptyBriefFields, type BriefFields } from "@/lib/ui/brief-form";

/**
 * The three reference projects, one click away on the intake page. Written in our own words;
 * the structured fields are left empty on purpose so users see what the engine reads from text.
 */
export interface PlanExample {
  id: "recommender" | "adas" | "chatbot";
  label: string;
  planName: string;
  fields: BriefFields;
}

function example(id: PlanExample["id"], label: string, planName: string, description: string): PlanExample {
  return { id, label, planName, fields: { ...emptyBriefFields(), description } };
}

export const planExamples: readonly PlanExample[] = [
  example(
    "recommender",
    "Product recommender",
    "Store product recommender",
    "We run an online store and want a product recommender: suggest items to shoppers from their browsing and purchase history and from what similar customers bought. Recommendations appear on product pages and in the basket, and we want to measure the uplift in sales with A/B tests.",
  ),
  example(
    "adas",
    "ADAS obstacle detection",
    "ADAS obstacle detection",
    "Obstacle detection for our driver-assistance system: fuse the camera, lidar and radar feeds to spot pedestrians, cyclists and vehicles. The model must run in real time on the in-vehicle computer, and we need to understand where it fails, for example in snow or at night.",
  ),
  example(
    "chatbot",
    "Customer-support chatbot",
    "Customer-support chatbot",
    "An LLM chatbot that answers customer-support questions on our website and in the app, using our help-centre articles and order data. It should hand difficult conversations to a human agent and must not leak personal data.",
  ),
];
