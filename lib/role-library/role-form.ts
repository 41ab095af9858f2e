import type { EditableRoleContentInput, RoleDescriptionContent } from "@/lib/schemas/role-library";
import { seniorityLevels, type SeniorityLevel } from "@/lib/schemas/team-draft";

/**
 * The role edit form, as plain fields: lists are one item per line in a textarea, each
 * seniority level has its own expectations and years, salary bands are numbered rows
 * (`band-0-location` …). Pure, so the action, the page and unit tests share one reading.
 */

export interface FormReader {
  get(name: string): FormDataEntryValue | null;
  keys(): Iterable<string>;
}

export const bandFields = ["location", "currency", "min", "max", "source"] as const;
export type BandField = (typeof bandFields)[number];
export type BandRow = Record<BandField, string>;

/** Every text field of the form by name, as the form shows and echoes it. */
export type RoleFormValues = Record<string, string>;

const str = (form: FormReader, name: string): string => {
  const value = form.get(name);
  return typeof value === "string" ? value : "";
};

/** One item per non-blank line, trimmed; stray bullets ("- ", "• ") pasted from documents dropped. */
export function linesToList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•·]\s+)/, "").trim())
    .filter((line) => line !== "");
}

/** "150,000", "150 000" and "150000" alike; blank or not a number → NaN, which the schema names. */
export function parseAmount(text: string): number {
  const cleaned = text.replace(/[\s,_]/g, "");
  if (cleaned === "" || !/^-?\d+(\.\d+)?$/.test(cleaned)) return Number.NaN;
  return Number(cleaned);
}

/** The band rows the form sent, in row order; rows left wholly blank are dropped. */
export function readBandRows(form: FormReader): { index: number; row: BandRow }[] {
  const indexes = new Set<number>();
  for (const key of form.keys()) {
    const match = /^band-(\d{1,3})-(location|currency|min|max|source)$/.exec(key);
    if (match) indexes.add(Number(match[1]));
  }
  return [...indexes]
    .sort((a, b) => a - b)
    .map((index) => ({
      index,
      row: Object.fromEntries(bandFields.map((field) => [field, str(form, `band-${index}-${field}`)])) as BandRow,
    }))
    .filter(({ row }) => bandFields.some((field) => row[field].trim() !== ""));
}

export interface ParsedRoleForm {
  input: EditableRoleContentInput;
  /** What to show again in the form after a failed save. */
  values: RoleFormValues;
  /** Schema error paths ("salaryBands.0.max") → the form's field names ("band-3-max"). */
  mapFieldErrors(errors: Record<string, string[]> | undefined): Record<string, string[]> | undefined;
}

export function parseRoleForm(form: FormReader): ParsedRoleForm {
  const values: RoleFormValues = {};
  const field = (name: string) => (values[name] = str(form, name));
  const title = field("title");
  const occupationCode = field("occupationCode");
  const summary = field("summary");
  const responsibilities = field("responsibilities");
  const skillsRequired = field("skillsRequired");
  const skillsPreferred = field("skillsPreferred");
  const tools = field("tools");
  const benefits = field("benefits");
  const equalOpportunityStatement = field("equalOpportunityStatement");
  field("note");

  const levels: { level: SeniorityLevel; expectations: string; typicalYears: { min: number; max: number } | null }[] = [];
  for (const level of seniorityLevels) {
    const expectations = field(`level-${level}-expectations`);
    const yearsMin = field(`level-${level}-yearsMin`);
    const yearsMax = field(`level-${level}-yearsMax`);
    // A level left blank is not part of the role (a custom role may have no lead level).
    if (expectations.trim() === "" && yearsMin.trim() === "" && yearsMax.trim() === "") continue;
    const noYears = yearsMin.trim() === "" && yearsMax.trim() === "";
    levels.push({ level, expectations, typicalYears: noYears ? null : { min: parseAmount(yearsMin), max: parseAmount(yearsMax) } });
  }

  const rows = readBandRows(form);
  for (const { index, row } of rows) for (const name of bandFields) values[`band-${index}-${name}`] = row[name];
  values.bandRows = rows.map(({ index }) => index).join(",");

  const input: EditableRoleContentInput = {
    title,
    occupationCode,
    summary,
    responsibilities: linesToList(responsibilities),
    skills: { required: linesToList(skillsRequired), preferred: linesToList(skillsPreferred) },
    tools: linesToList(tools),
    seniorityLevels: levels,
    salaryBands: rows.map(({ row }) => ({
      location: row.location,
      currency: row.currency,
      min: parseAmount(row.min),
      max: parseAmount(row.max),
      source: row.source,
    })),
    benefits,
    equalOpportunityStatement,
  };

  const mapFieldErrors = (errors: Record<string, string[]> | undefined) => {
    if (!errors) return undefined;
    const mapped: Record<string, string[]> = {};
    for (const [path, messages] of Object.entries(errors)) {
      const name = formFieldFor(path, levels.map((level) => level.level), rows.map((row) => row.index));
      (mapped[name] ??= []).push(...messages.filter((message) => !(mapped[name] ?? []).includes(message)));
    }
    return mapped;
  };
  return { input, values, mapFieldErrors };
}

function formFieldFor(path: string, levelOrder: readonly SeniorityLevel[], bandRowIndexes: readonly number[]): string {
  const parts = path.split(".");
  switch (parts[0]) {
    case "skills":
      return parts[1] === "preferred" ? "skillsPreferred" : "skillsRequired";
    case "seniorityLevels": {
      const level = parts[1] !== undefined ? levelOrder[Number(parts[1])] : undefined;
      if (!level) return "seniorityLevels";
      if (parts[2] === "typicalYears") return `level-${level}-${parts[3] === "min" ? "yearsMin" : "yearsMax"}`;
      return `level-${level}-expectations`;
    }
    case "salaryBands": {
      const row = parts[1] !== undefined ? bandRowIndexes[Number(parts[1])] : undefined;
      if (row === undefined || parts[2] === undefined) return "salaryBands";
      return `band-${row}-${parts[2]}`;
    }
    default:
      // responsibilities.3, tools.0 … → the textarea; title, summary … as they are.
      return parts[0] ?? "_";
  }
}

/** The form's starting values for a stored description (the edit page, and restoring a draft). */
export function roleFormValues(content: RoleDescriptionContent): RoleFormValues {
  const values: RoleFormValues = {
    title: content.title,
    occupationCode: content.occupationCode,
    summary: content.summary,
    responsibilities: content.responsibilities.join("\n"),
    skillsRequired: content.skills.required.join("\n"),
    skillsPreferred: content.skills.preferred.join("\n"),
    tools: content.tools.join("\n"),
    benefits: content.benefits,
    equalOpportunityStatement: content.equalOpportunityStatement,
    note: "",
  };
  for (const level of content.seniorityLevels) {
    values[`level-${level.level}-expectations`] = level.expectations;
    values[`level-${level.level}-yearsMin`] = level.typicalYears ? String(level.typicalYears.min) : "";
    values[`level-${level.level}-yearsMax`] = level.typicalYears ? String(level.typicalYears.max) : "";
  }
  content.salaryBands.forEach((band, index) => {
    values[`band-${index}-location`] = band.location;
    values[`band-${index}-currency`] = band.currency;
    values[`band-${index}-min`] = String(band.min);
    values[`band-${index}-max`] = String(band.max);
    values[`band-${index}-source`] = band.source;
  });
  values.bandRows = content.salaryBands.map((_, index) => index).join(",");
  return values;
}
