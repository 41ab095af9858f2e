import type { FieldErrors } from "@/lib/errors";
import type { JobDescriptionContent } from "@/lib/schemas/job-description";

/**
 * The draft editor's form ⇄ JobDescriptionContent. Pure, so the browser (live inclusive-language
 * check as the user types) and the server action read the form the same way. Lists are one item
 * per line; blank lines are ignored. Numbers that are not whole numbers are passed on as text so
 * the schema names the field ("Enter the lowest yearly salary as a whole number").
 */

export const jdFormFields = [
  "title",
  "projectSummary",
  "summary",
  "responsibilities",
  "skillsRequired",
  "skillsPreferred",
  "tools",
  "seniorityLevel",
  "seniorityExpectations",
  "yearsMin",
  "yearsMax",
  "salaryCurrency",
  "salaryMin",
  "salaryMax",
  "salarySource",
  "workplace",
  "locality",
  "region",
  "country",
  "employmentType",
  "occupationCode",
  "benefits",
  "equalOpportunityStatement",
] as const;
export type JdFormField = (typeof jdFormFields)[number];
export type JdFormValues = Record<JdFormField, string>;

/** Schema paths → the form field that edits them, for errors beside the right input. */
const pathToField: Record<string, JdFormField> = {
  title: "title",
  projectSummary: "projectSummary",
  summary: "summary",
  responsibilities: "responsibilities",
  "skills.required": "skillsRequired",
  "skills.preferred": "skillsPreferred",
  skills: "skillsRequired",
  tools: "tools",
  "seniority.level": "seniorityLevel",
  "seniority.expectations": "seniorityExpectations",
  "seniority.typicalYears.min": "yearsMin",
  "seniority.typicalYears.max": "yearsMax",
  "seniority.typicalYears": "yearsMin",
  "salary.currency": "salaryCurrency",
  "salary.min": "salaryMin",
  "salary.max": "salaryMax",
  "salary.source": "salarySource",
  salary: "salaryMin",
  "location.workplace": "workplace",
  "location.locality": "locality",
  "location.region": "region",
  "location.country": "country",
  employmentType: "employmentType",
  occupationCode: "occupationCode",
  benefits: "benefits",
  equalOpportunityStatement: "equalOpportunityStatement",
};

const lines = (text: string) => text.split(/\r?\n/).map((line) => line.trim()).filter((line) => line !== "");

function number(text: string): number | string {
  const trimmed = text.trim().replace(/[,_\s]/g, "");
  return /^\d+$/.test(trimmed) ? Number(trimmed) : text.trim();
}

export function formValuesFromContent(content: JobDescriptionContent): JdFormValues {
  return {
    title: content.title,
    projectSummary: content.projectSummary,
    summary: content.summary,
    responsibilities: content.responsibilities.join("\n"),
    skillsRequired: content.skills.required.join("\n"),
    skillsPreferred: content.skills.preferred.join("\n"),
    tools: content.tools.join("\n"),
    seniorityLevel: content.seniority.level,
    seniorityExpectations: content.seniority.expectations,
    yearsMin: content.seniority.typicalYears ? String(content.seniority.typicalYears.min) : "",
    yearsMax: content.seniority.typicalYears ? String(content.seniority.typicalYears.max) : "",
    salaryCurrency: content.salary?.currency ?? "",
    salaryMin: content.salary ? String(content.salary.min) : "",
    salaryMax: content.salary ? String(content.salary.max) : "",
    salarySource: content.salary?.source ?? "",
    workplace: content.location.workplace,
    locality: content.location.locality,
    region: content.location.region,
    country: content.location.country,
    employmentType: content.employmentType,
    occupationCode: content.occupationCode,
    benefits: content.benefits.join("\n"),
    equalOpportunityStatement: content.equalOpportunityStatement,
  };
}

/** The content input the schema checks; `roleId` comes from the draft, never from the form. */
export function contentInputFromForm(values: Partial<Record<JdFormField, string>>, roleId: string): Record<string, unknown> {
  const get = (field: JdFormField) => values[field] ?? "";
  const salaryGiven = [get("salaryMin"), get("salaryMax")].some((value) => value.trim() !== "");
  const yearsGiven = [get("yearsMin"), get("yearsMax")].some((value) => value.trim() !== "");
  return {
    roleId,
    title: get("title"),
    projectSummary: get("projectSummary"),
    summary: get("summary"),
    responsibilities: lines(get("responsibilities")),
    skills: { required: lines(get("skillsRequired")), preferred: lines(get("skillsPreferred")) },
    tools: lines(get("tools")),
    seniority: {
      level: get("seniorityLevel"),
      expectations: get("seniorityExpectations"),
      typicalYears: yearsGiven ? { min: number(get("yearsMin")), max: number(get("yearsMax")) } : null,
    },
    // Empty salary fields mean "not set" (the export then warns about pay-transparency laws).
    salary: salaryGiven ? { currency: get("salaryCurrency"), min: number(get("salaryMin")), max: number(get("salaryMax")), source: get("salarySource") } : null,
    location: { workplace: get("workplace"), locality: get("locality"), region: get("region"), country: get("country") },
    employmentType: get("employmentType"),
    occupationCode: get("occupationCode"),
    benefits: lines(get("benefits")),
    equalOpportunityStatement: get("equalOpportunityStatement"),
  };
}

/** Schema errors keyed by form field ("skills.required.9" → skillsRequired). */
export function formFieldErrors(fieldErrors: FieldErrors | undefined): Partial<Record<JdFormField | "_", string[]>> {
  const result: Partial<Record<JdFormField | "_", string[]>> = {};
  for (const [path, messages] of Object.entries(fieldErrors ?? {})) {
    const withoutIndex = path.replace(/^content\./, "").replace(/\.\d+$/, "");
    const field = pathToField[withoutIndex] ?? "_";
    const index = /\.(\d+)$/.exec(path)?.[1];
    const located = index !== undefined && field !== "_" ? messages.map((message) => `Line ${Number(index) + 1}: ${message}`) : messages;
    (result[field] ??= []).push(...located);
  }
  return result;
}

const wholeOrNull = (text: string): number | null => (/^\d+$/.test(text.trim()) ? Number(text.trim()) : null);

/**
 * The form read as content without validation, for the live inclusive-language check: it must
 * keep working while a field is half-typed or invalid (the schema's messages show on save).
 */
export function lenientContentFromForm(values: Partial<Record<JdFormField, string>>, roleId: JobDescriptionContent["roleId"]): JobDescriptionContent {
  const get = (field: JdFormField) => values[field] ?? "";
  const yearsMin = wholeOrNull(get("yearsMin"));
  const yearsMax = wholeOrNull(get("yearsMax"));
  const level = get("seniorityLevel");
  return {
    roleId,
    title: get("title"),
    projectSummary: get("projectSummary"),
    summary: get("summary"),
    responsibilities: lines(get("responsibilities")),
    skills: { required: lines(get("skillsRequired")), preferred: lines(get("skillsPreferred")) },
    tools: lines(get("tools")),
    seniority: {
      level: level === "junior" || level === "senior" || level === "lead" ? level : "mid",
      expectations: get("seniorityExpectations"),
      typicalYears: yearsMin !== null && yearsMax !== null ? { min: yearsMin, max: yearsMax } : null,
    },
    salary: null,
    location: { workplace: "on-site", locality: get("locality"), region: get("region"), country: "" },
    employmentType: "FULL_TIME",
    occupationCode: "",
    benefits: lines(get("benefits")),
    equalOpportunityStatement: get("equalOpportunityStatement"),
  };
}
