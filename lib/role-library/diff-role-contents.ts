import type { RoleDescriptionContent, SalaryBandEntry, SeniorityExpectation } from "@/lib/schemas/role-library";

/**
 * What changed between two versions of a role description, field by field, in words a person
 * reads in the history ("Added 2 required skills: …"). Lists compare as sets of lines (order
 * changes say "Reordered"); salary bands by location and currency. Pure.
 */

export type RoleField =
  | "title"
  | "occupationCode"
  | "summary"
  | "responsibilities"
  | "skills.required"
  | "skills.preferred"
  | "tools"
  | "seniorityLevels"
  | "salaryBands"
  | "benefits"
  | "equalOpportunityStatement";

export interface RoleContentChange {
  field: RoleField;
  /** One sentence: "Changed the summary", "Added tools: dbt". */
  text: string;
  /** Text fields: the two values, for a side-by-side view. */
  from?: string;
  to?: string;
  /** List fields: lines only in the newer (added) or older (removed) version. */
  added?: string[];
  removed?: string[];
}

export const roleFieldLabels: Record<RoleField, string> = {
  title: "title",
  occupationCode: "occupation code",
  summary: "summary",
  responsibilities: "responsibilities",
  "skills.required": "required skills",
  "skills.preferred": "preferred skills",
  tools: "tools",
  seniorityLevels: "seniority levels",
  salaryBands: "salary bands",
  benefits: "benefits",
  equalOpportunityStatement: "equal-opportunity statement",
};

export function diffRoleContents(a: RoleDescriptionContent, b: RoleDescriptionContent): RoleContentChange[] {
  const changes: RoleContentChange[] = [];
  const text = (field: RoleField, from: string, to: string) => {
    if (from === to) return;
    const label = roleFieldLabels[field];
    const verb = from === "" ? "Added the" : to === "" ? "Cleared the" : "Changed the";
    changes.push({ field, text: `${verb} ${label}`, from, to });
  };
  const list = (field: RoleField, from: readonly string[], to: readonly string[]) => {
    const change = diffList(field, from, to);
    if (change) changes.push(change);
  };
  text("title", a.title, b.title);
  text("occupationCode", a.occupationCode, b.occupationCode);
  text("summary", a.summary, b.summary);
  list("responsibilities", a.responsibilities, b.responsibilities);
  list("skills.required", a.skills.required, b.skills.required);
  list("skills.preferred", a.skills.preferred, b.skills.preferred);
  list("tools", a.tools, b.tools);
  list("seniorityLevels", a.seniorityLevels.map(describeLevel), b.seniorityLevels.map(describeLevel));
  list("salaryBands", a.salaryBands.map(describeBand), b.salaryBands.map(describeBand));
  text("benefits", a.benefits, b.benefits);
  text("equalOpportunityStatement", a.equalOpportunityStatement, b.equalOpportunityStatement);
  return changes;
}

function diffList(field: RoleField, from: readonly string[], to: readonly string[]): RoleContentChange | null {
  const before = new Set(from);
  const after = new Set(to);
  const added = to.filter((line) => !before.has(line));
  const removed = from.filter((line) => !after.has(line));
  const label = roleFieldLabels[field];
  if (added.length === 0 && removed.length === 0) {
    if (from.length === to.length && from.every((line, index) => line === to[index])) return null;
    return { field, text: `Reordered the ${label}`, added: [], removed: [] };
  }
  const parts: string[] = [];
  if (added.length > 0) parts.push(`added ${added.length}`);
  if (removed.length > 0) parts.push(`removed ${removed.length}`);
  const sentence = `${label[0]!.toUpperCase()}${label.slice(1)}: ${parts.join(", ")}`;
  return { field, text: sentence, added, removed };
}

/** One line per band, so a changed amount reads as the old line removed and the new one added. */
export function describeBand(band: SalaryBandEntry): string {
  const amount = (value: number) => value.toLocaleString("en-US");
  return `${band.location}: ${band.currency} ${amount(band.min)}–${amount(band.max)}${band.source ? ` (${band.source})` : ""}`;
}

export function describeLevel(level: SeniorityExpectation): string {
  const years = level.typicalYears ? ` [${level.typicalYears.min}–${level.typicalYears.max} years]` : "";
  return `${level.level}${years}: ${level.expectations}`;
}

/** "Changed the summary; Tools: added 1" — the automatic summary of a saved version. */
export function summariseRoleChanges(changes: readonly RoleContentChange[]): string {
  if (changes.length === 0) return "No changes";
  const shown = changes.slice(0, 4).map((change) => change.text);
  const more = changes.length - shown.length;
  return `${shown.join("; ")}${more > 0 ? `; and ${more} more change${more === 1 ? "" : "s"}` : ""}`;
}
