import type { ProjectBrief, ProjectBriefInput } from "@/lib/schemas/project-brief";

/**
 * The project-brief form as plain strings, and the one translation between it and the brief the
 * schema parses. Pure and free of zod and the engine on purpose: the intake form imports it in
 * its first-load bundle, while the schema (zod) and engine load later. Validation is NOT done
 * here: values that are not numbers are passed on as typed, so ProjectBriefSchema reports them
 * with its own messages beside the field.
 */

/** Option lists with their labels; tests/unit/ui/brief-form.test.ts checks they match the schema's ids. */
export const archetypeOptions = [
  ["recommender", "Recommendation system"],
  ["perception", "Perception / object detection"],
  ["conversational-ai", "Conversational AI (chatbot, assistant)"],
  ["fraud-detection", "Fraud detection"],
  ["forecasting", "Forecasting"],
  ["predictive-analytics", "Predictive analytics"],
  ["content-generation", "Content generation"],
  ["image-captioning", "Image captioning"],
  ["autonomous-systems", "Autonomous systems (drones, robots)"],
  ["analytics-dashboard", "Analytics dashboards"],
  ["text-analytics", "Text analytics / classification"],
  ["intelligent-automation", "Intelligent automation / documents"],
  ["other", "Other"],
] as const;

export const dataModalityOptions = [
  ["tabular", "Tables (tabular)"],
  ["text", "Text"],
  ["images-video", "Images and video"],
  ["camera", "Camera feeds"],
  ["lidar", "Lidar"],
  ["radar", "Radar"],
  ["audio", "Audio and speech"],
  ["time-series", "Time series"],
] as const;

export const modelSourceOptions = [
  ["build-custom", "Build a custom model"],
  ["adapt-pretrained", "Adapt a pre-trained model"],
  ["hosted-llm", "Use a hosted LLM"],
] as const;

export const deploymentTargetOptions = [
  ["batch", "Batch jobs"],
  ["cloud-api", "Cloud API"],
  ["real-time", "Real-time service"],
  ["edge-device", "Edge device (car, phone, camera…)"],
] as const;

export const latencyOptions = [
  ["relaxed", "Relaxed (seconds or more)"],
  ["interactive", "Interactive (under a second)"],
  ["real-time", "Real-time (100 ms or less)"],
] as const;

/** Yes/no questions the text may also answer: "" leaves it to the description. */
export const triStateOptions = [
  ["", "From the text"],
  ["yes", "Yes"],
  ["no", "No"],
] as const;

export const briefMultiFields = ["archetypes", "dataModalities"] as const;
/** Every text field but the description: what the brief can say beyond the text. */
const briefOptionalTextFields = [
  "modelSource",
  "deploymentTarget",
  "latency",
  "latencyMs",
  "scaleUsers",
  "scaleRequestsPerDay",
  "privacySensitive",
  "fairnessConcerns",
  "stakeholderReporting",
  "headcountCap",
  "timelineMonths",
  "modelCount",
  "location",
  "currency",
] as const;
export const briefTextFields = ["description", ...briefOptionalTextFields] as const;
/** The optional fields, in form order: the form folds them under "More about the project". */
export const briefOptionalFields = [...briefMultiFields, ...briefOptionalTextFields] as const;

type MultiField = (typeof briefMultiFields)[number];
type TextField = (typeof briefTextFields)[number];

/** What the form holds: every field as typed (lists for the checkbox groups). */
export type BriefFields = Record<TextField, string> & Record<MultiField, string[]>;

export function emptyBriefFields(): BriefFields {
  const fields = Object.fromEntries(briefTextFields.map((name) => [name, ""])) as Record<TextField, string>;
  return { ...fields, archetypes: [], dataModalities: [] };
}

/** Anything with FormData's `getAll` (FormData itself, or a test double). */
export interface FormLike {
  getAll(name: string): Array<FormDataEntryValue | string>;
}

/** Reads the brief fields from a form submission; files and missing fields count as empty. */
export function readBriefFields(form: FormLike, prefix = ""): BriefFields {
  const fields = emptyBriefFields();
  for (const name of briefTextFields) {
    const value = form.getAll(prefix + name)[0];
    fields[name] = typeof value === "string" ? value : "";
  }
  for (const name of briefMultiFields) {
    fields[name] = form.getAll(prefix + name).filter((value): value is string => typeof value === "string" && value !== "");
  }
  return fields;
}

/** A number typed as such becomes a number; anything else is passed on for the schema to refuse. */
export function numberOrRaw(value: string): number | string | undefined {
  const trimmed = value.trim();
  if (trimmed === "") return undefined;
  return /^-?\d+(\.\d+)?$/.test(trimmed) ? Number(trimmed) : trimmed;
}

function textOrUndefined(value: string): string | undefined {
  return value.trim() === "" ? undefined : value;
}

function triState(value: string): boolean | string | undefined {
  if (value === "") return undefined;
  if (value === "yes") return true;
  if (value === "no") return false;
  return value;
}

/**
 * The brief to parse: empty fields are left out (the engine reads them from the text), a latency
 * in milliseconds wins over the class, scale is sent only when one of its numbers is given.
 */
export function briefInputFromFields(fields: BriefFields): ProjectBriefInput {
  const input: Record<string, unknown> = { description: fields.description };
  if (fields.archetypes.length > 0) input.archetypes = fields.archetypes;
  if (fields.dataModalities.length > 0) input.dataModalities = fields.dataModalities;
  const optionalText = { modelSource: fields.modelSource, deploymentTarget: fields.deploymentTarget, location: fields.location, currency: fields.currency };
  for (const [key, value] of Object.entries(optionalText)) {
    const text = textOrUndefined(value);
    if (text !== undefined) input[key] = text;
  }
  const latency = numberOrRaw(fields.latencyMs) ?? textOrUndefined(fields.latency);
  if (latency !== undefined) input.latency = latency;
  const users = numberOrRaw(fields.scaleUsers);
  const requestsPerDay = numberOrRaw(fields.scaleRequestsPerDay);
  if (users !== undefined || requestsPerDay !== undefined) {
    input.scale = { ...(users !== undefined ? { users } : {}), ...(requestsPerDay !== undefined ? { requestsPerDay } : {}) };
  }
  for (const key of ["privacySensitive", "fairnessConcerns", "stakeholderReporting"] as const) {
    const value = triState(fields[key]);
    if (value !== undefined) input[key] = value;
  }
  for (const key of ["headcountCap", "timelineMonths", "modelCount"] as const) {
    const value = numberOrRaw(fields[key]);
    if (value !== undefined) input[key] = value;
  }
  // The schema validates every value; this object is only the shape it expects.
  return input as ProjectBriefInput;
}

/** The form fields showing a saved brief (the edit page's starting point). */
export function fieldsFromBrief(brief: ProjectBrief): BriefFields {
  const fields = emptyBriefFields();
  fields.description = brief.description;
  fields.archetypes = [...(brief.archetypes ?? [])];
  fields.dataModalities = [...(brief.dataModalities ?? [])];
  fields.modelSource = brief.modelSource ?? "";
  fields.deploymentTarget = brief.deploymentTarget ?? "";
  if (typeof brief.latency === "number") fields.latencyMs = String(brief.latency);
  else fields.latency = brief.latency ?? "";
  fields.scaleUsers = brief.scale?.users !== undefined ? String(brief.scale.users) : "";
  fields.scaleRequestsPerDay = brief.scale?.requestsPerDay !== undefined ? String(brief.scale.requestsPerDay) : "";
  const yesNo = (value: boolean | undefined) => (value === undefined ? "" : value ? "yes" : "no");
  fields.privacySensitive = yesNo(brief.privacySensitive);
  fields.fairnessConcerns = yesNo(brief.fairnessConcerns);
  fields.stakeholderReporting = yesNo(brief.stakeholderReporting);
  fields.headcountCap = brief.headcountCap !== undefined ? String(brief.headcountCap) : "";
  fields.timelineMonths = brief.timelineMonths !== undefined ? String(brief.timelineMonths) : "";
  fields.modelCount = brief.modelCount !== undefined ? String(brief.modelCount) : "";
  fields.location = brief.location ?? "";
  fields.currency = brief.currency ?? "";
  return fields;
}

/**
 * FormState echoes values as strings: checkbox groups travel joined with "," (their ids never
 * contain one) and come back as lists here.
 */
export function echoBriefFields(fields: BriefFields, prefix = ""): Record<string, string> {
  const values: Record<string, string> = {};
  for (const name of briefTextFields) values[prefix + name] = fields[name];
  for (const name of briefMultiFields) values[prefix + name] = fields[name].join(",");
  return values;
}

export function briefFieldsFromValues(values: Record<string, string> | undefined, prefix = ""): BriefFields | null {
  if (!values || values[prefix + "description"] === undefined) return null;
  const fields = emptyBriefFields();
  for (const name of briefTextFields) fields[name] = values[prefix + name] ?? "";
  for (const name of briefMultiFields) fields[name] = (values[prefix + name] ?? "").split(",").filter((value) => value !== "");
  return fields;
}

/**
 * Where a schema error about the brief is shown: "brief.scale.users" and "scale.users" go beside
 * the users field, "archetypes.2" beside the project types, a latency error beside the latency.
 */
export function briefFieldForErrorPath(path: string): string {
  const parts = path.split(".");
  if (parts[0] === "brief") parts.shift();
  const [head, next] = parts;
  if (head === "scale") return next === "requestsPerDay" ? "scaleRequestsPerDay" : "scaleUsers";
  if (head === undefined || head === "" || head === "_") return "description";
  return head;
}

/** Regroups schema field errors under the form's field names. */
export function briefFieldErrors(fieldErrors: Record<string, string[]> | undefined): Record<string, string[]> {
  const grouped: Record<string, string[]> = {};
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const field = briefFieldForErrorPath(path);
    const list = (grouped[field] ??= []);
    for (const message of messages) if (!list.includes(message)) list.push(message);
  }
  return grouped;
}
