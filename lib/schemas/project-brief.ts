import { z } from "@/lib/schemas/zod";

/**
 * What a user tells Teamwright about an AI project. Only the description is required; every
 * other field is an override that, when given, wins over what the engine reads from the text.
 * Messages are full sentences because forms show them next to the field.
 */

export const archetypeIds = [
  "recommender",
  "perception",
  "conversational-ai",
  "fraud-detection",
  "forecasting",
  "predictive-analytics",
  "content-generation",
  "image-captioning",
  "autonomous-systems",
  "analytics-dashboard",
  "text-analytics",
  "intelligent-automation",
  "other",
] as const;
export type ArchetypeId = (typeof archetypeIds)[number];

export const dataModalityIds = [
  "tabular",
  "text",
  "images-video",
  "camera",
  "lidar",
  "radar",
  "audio",
  "time-series",
] as const;
export type DataModalityId = (typeof dataModalityIds)[number];

export const modelSourceIds = ["build-custom", "adapt-pretrained", "hosted-llm"] as const;
export type ModelSourceId = (typeof modelSourceIds)[number];

export const deploymentTargetIds = ["batch", "cloud-api", "real-time", "edge-device"] as const;
export type DeploymentTargetId = (typeof deploymentTargetIds)[number];

export const latencyClassIds = ["relaxed", "interactive", "real-time"] as const;
export type LatencyClassId = (typeof latencyClassIds)[number];

/**
 * A latency target given in milliseconds is sorted into a class with these ceilings:
 * up to 100 ms is real-time (a driver-assist or live-serving budget), up to 1,000 ms is
 * interactive (a person is waiting on a screen), anything slower is relaxed.
 */
export const latencyClassCeilingsMs = { "real-time": 100, interactive: 1_000 } as const;

export const descriptionLimits = { min: 10, max: 20_000 } as const;

function listChoices(values: readonly string[]): string {
  return values.join(", ");
}

function isUnique(values: readonly string[]): boolean {
  return new Set(values).size === values.length;
}

function wholeNumber(message: string, min: number, max: number) {
  return z.number({ error: message }).int(message).min(min, message).max(max, message);
}

const countSchema = (what: string) =>
  wholeNumber(`The number of ${what} must be a whole number of zero or more.`, 0, Number.MAX_SAFE_INTEGER);

// The rule of lib/schemas/text.ts (no U+0000: PostgreSQL cannot store it), written out here
// because the engine imports this file and it may import nothing but zod.
const withoutNul = /^[^\u0000]*$/;
const nulMessage = "Remove the invisible NUL character (U+0000) from this text.";

const latencyMessage =
  "Choose relaxed, interactive or real-time for the latency, or give a target in milliseconds as a whole number from 1 to 3,600,000.";

export const ProjectBriefSchema = z.strictObject(
  {
    description: z
      .string({
        error: (issue) =>
          issue.input === undefined ? "Describe the project in a sentence or two." : "The description must be text.",
      })
      .trim()
      .min(descriptionLimits.min, `The description is too short: write at least ${descriptionLimits.min} characters about what the AI should do.`)
      .max(descriptionLimits.max, "The description is too long: keep it to 20,000 characters or fewer.")
      .regex(withoutNul, nulMessage),
    archetypes: z
      .array(z.enum(archetypeIds, { error: `Choose project types from: ${listChoices(archetypeIds)}.` }), {
        error: "Project types must be a list.",
      })
      .refine(isUnique, "List each project type at most once.")
      .optional(),
    dataModalities: z
      .array(z.enum(dataModalityIds, { error: `Choose data types from: ${listChoices(dataModalityIds)}.` }), {
        error: "Data types must be a list.",
      })
      .refine(isUnique, "List each data type at most once.")
      .optional(),
    modelSource: z
      .enum(modelSourceIds, { error: `Choose where the model comes from: ${listChoices(modelSourceIds)}.` })
      .optional(),
    deploymentTarget: z
      .enum(deploymentTargetIds, { error: `Choose where the model runs: ${listChoices(deploymentTargetIds)}.` })
      .optional(),
    latency: z
      .union([z.enum(latencyClassIds), z.number().int().min(1).max(3_600_000)], { error: latencyMessage })
      .optional()
      .describe("A class, or a target in milliseconds: ≤100 ms counts as real-time, ≤1,000 ms as interactive, slower as relaxed."),
    scale: z
      .strictObject(
        { users: countSchema("users").optional(), requestsPerDay: countSchema("requests per day").optional() },
        {
          error: (issue) =>
            issue.code === "unrecognized_keys"
              ? `Scale takes only users and requestsPerDay; remove ${issue.keys.join(", ")}.`
              : "Scale must be an object such as { users: 50000 }.",
        },
      )
      .optional(),
    privacySensitive: z
      .boolean({ error: "Say yes or no to whether the project handles personal, regulated or confidential data." })
      .optional()
      .describe("Personal, regulated or confidential data (GDPR, HIPAA, payment data…)."),
    fairnessConcerns: z
      .boolean({ error: "Say yes or no to whether the project's decisions raise fairness or bias concerns." })
      .optional(),
    stakeholderReporting: z
      .boolean({ error: "Say yes or no to whether results must be reported to non-technical stakeholders." })
      .optional(),
    headcountCap: wholeNumber("The headcount cap must be a whole number from 1 to 200.", 1, 200).optional(),
    timelineMonths: wholeNumber("The timeline must be a whole number of months from 1 to 60.", 1, 60).optional(),
    location: z
      .string({ error: "The location must be text such as \"US\", \"Berlin, DE\" or \"remote\"." })
      .trim()
      .min(2, "The location is too short: write a country or city such as \"US\" or \"Berlin, DE\".")
      .max(100, "The location is too long: keep it under 100 characters.")
      .regex(withoutNul, nulMessage)
      .optional(),
    currency: z
      .string({ error: "The currency must be a three-letter code such as USD or EUR." })
      .trim()
      .toUpperCase()
      .regex(/^[A-Z]{3}$/, "The currency must be a three-letter ISO 4217 code such as USD or EUR.")
      .optional(),
    modelCount: wholeNumber("The number of models must be a whole number from 1 to 1,000.", 1, 1_000).optional(),
  },
  {
    error: (issue) =>
      issue.code === "unrecognized_keys"
        ? `These fields are not part of a project brief: ${issue.keys.join(", ")}. Remove them or check their spelling.`
        : "The project brief must be a JSON object with at least a description.",
  },
);

/** A parsed brief (strings trimmed, currency upper-cased). */
export type ProjectBrief = z.output<typeof ProjectBriefSchema>;
/** What callers may send before parsing. */
export type ProjectBriefInput = z.input<typeof ProjectBriefSchema>;
