/**
 * Jurisdictions whose laws require a pay range in job postings, named in the warning a draft
 * without a salary range carries. A reminder for HR, not legal advice: the list is what
 * Teamwright knows of (see /lib/jd/README.md), and laws change.
 */
export interface PayTransparencyLaw {
  readonly jurisdiction: string;
  /** Country of the jurisdiction (ISO 3166-1 alpha-2), or "EU". */
  readonly country: string;
  readonly law: string;
  readonly since: string;
}

export const payTransparencyLaws: readonly PayTransparencyLaw[] = [
  { jurisdiction: "Colorado", country: "US", law: "Equal Pay for Equal Work Act", since: "2021" },
  { jurisdiction: "New York City", country: "US", law: "Local Law 32 of 2022", since: "2022" },
  { jurisdiction: "California", country: "US", law: "SB 1162", since: "2023" },
  { jurisdiction: "Washington", country: "US", law: "RCW 49.58.110 (as amended by SB 5761)", since: "2023" },
  { jurisdiction: "New York State", country: "US", law: "Labor Law § 194-b", since: "2023" },
  { jurisdiction: "Illinois", country: "US", law: "HB 3129 (Equal Pay Act amendment)", since: "2025" },
  { jurisdiction: "European Union", country: "EU", law: "Pay Transparency Directive (EU) 2023/970, transposed into national law from June 2026", since: "2026" },
];

/** "Colorado, New York City, …, and the European Union": for warnings. */
export function listPayTransparencyJurisdictions(): string {
  const names = payTransparencyLaws.map((law) => (law.country === "EU" ? `the ${law.jurisdiction} (${law.law})` : law.jurisdiction));
  return `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
