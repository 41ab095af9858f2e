import "server-only";
import { formatLocation } from "@/lib/jd/location";
import { employmentTypeLabels, workplaceLabels, type JobDescriptionContent } from "@/lib/schemas/job-description";
import { listPayTransparencyJurisdictions } from "@/lib/jd/pay-transparency";

/**
 * One structured model of an exported job description. Every format (Markdown, HTML, text, DOCX,
 * PDF, and the JSON-LD description) renders this same model, so the formats cannot drift apart:
 * a section added here appears everywhere. Text in the model is the user's, unescaped; each
 * renderer escapes for its own format.
 *
 * ("server-only" marks the folder's boundary; the CLI runs these renderers in plain Node the way
 * the react-server condition does, see scripts/cli/server-only-hook.ts.)
 */

export interface ExportContext {
  /** The hiring organisation (the workspace name). */
  organizationName: string;
  /** Fixed in tests and goldens; "now" otherwise. */
  datePosted: Date;
  /** When the posting expires; default 60 days after datePosted. */
  validThrough?: Date | null;
  /** Stable id of the posting (job description id, or plan id + role). */
  identifier: string;
  organizationUrl?: string;
  logoUrl?: string;
}

export type Block =
  | { kind: "paragraph"; text: string }
  | { kind: "list"; items: string[] }
  | { kind: "facts"; rows: { label: string; value: string }[] }
  | { kind: "table"; caption: string; headers: string[]; rows: string[][] };

export interface Section {
  id: string;
  heading: string;
  blocks: Block[];
}

export interface JobDescriptionDocument {
  title: string;
  /** "Acme Labs · Berlin, DE · Full-time". */
  subtitle: string;
  sections: Section[];
  /** "Posted 2026-03-01 · apply by 2026-04-30". */
  footer: string;
}

/** Default posting lifetime; Google asks for validThrough when a posting expires. */
export const defaultValidityDays = 60;

export function validThroughOf(context: ExportContext): Date {
  return context.validThrough ?? new Date(context.datePosted.getTime() + defaultValidityDays * 86_400_000);
}

export const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

export function formatAmount(amount: number, currency: string): string {
  try {
    return new Intl.NumberFormat("en-US", { style: "currency", currency, maximumFractionDigits: 0 }).format(amount);
  } catch {
    return `${currency} ${amount.toLocaleString("en-US")}`;
  }
}

export function formatSalary(content: JobDescriptionContent): string {
  if (!content.salary) return "Not set";
  return `${formatAmount(content.salary.min, content.salary.currency)} – ${formatAmount(content.salary.max, content.salary.currency)} per year`;
}

const levelLabels = { junior: "Junior", mid: "Mid-level", senior: "Senior", lead: "Lead" } as const;

export function describeSeniority(content: JobDescriptionContent): string {
  const { level, expectations, typicalYears } = content.seniority;
  const years = typicalYears ? ` Typically ${typicalYears.min}–${typicalYears.max} years of experience, or equivalent.` : "";
  return `${levelLabels[level]}.${expectations ? ` ${expectations}` : ""}${years}`;
}

/** Builds the model every renderer walks. */
export function buildJobDescriptionDocument(content: JobDescriptionContent, context: ExportContext): JobDescriptionDocument {
  const location = formatLocation(content.location);
  const workplace = workplaceLabels[content.location.workplace];
  const sections: Section[] = [
    {
      id: "at-a-glance",
      heading: "At a glance",
      blocks: [
        {
          kind: "facts",
          rows: [
            { label: "Organisation", value: context.organizationName },
            { label: "Location", value: location },
            { label: "Workplace", value: workplace },
            { label: "Employment type", value: employmentTypeLabels[content.employmentType] },
            { label: "Seniority", value: levelLabels[content.seniority.level] },
            { label: "Salary", value: formatSalary(content) },
            ...(content.occupationCode ? [{ label: "Occupation (O*NET-SOC)", value: content.occupationCode }] : []),
          ],
        },
      ],
    },
  ];
  const add = (id: string, heading: string, blocks: Block[]) => {
    if (blocks.length > 0) sections.push({ id, heading, blocks });
  };
  const paragraphs = (text: string): Block[] =>
    text
      .split(/\n\s*\n/)
      .map((part) => part.trim())
      .filter((part) => part !== "")
      .map((part) => ({ kind: "paragraph", text: part }));
  const list = (items: string[]): Block[] => (items.length > 0 ? [{ kind: "list", items }] : []);

  add("project", "About the project", paragraphs(content.projectSummary));
  add("role", "About the role", paragraphs(content.summary));
  add("responsibilities", "What you will do", list(content.responsibilities));
  add("required", "What you need", list(content.skills.required));
  add("preferred", "Nice to have", list(content.skills.preferred));
  add("tools", "Tools you will use", list(content.tools));
  add("seniority", "Seniority", [{ kind: "paragraph", text: describeSeniority(content) }]);
  add(
    "salary",
    "Salary",
    content.salary
      ? [
          {
            kind: "table",
            caption: "Yearly salary range",
            headers: ["Currency", "Minimum", "Maximum", "Period"],
            rows: [[content.salary.currency, formatAmount(content.salary.min, content.salary.currency), formatAmount(content.salary.max, content.salary.currency), "Year"]],
          },
        ]
      : [{ kind: "paragraph", text: `Not set yet. ${listPayTransparencyJurisdictions()} require a pay range in job postings.` }],
  );
  add("benefits", "Benefits", list(content.benefits));
  add("equal-opportunity", "Equal opportunity", paragraphs(content.equalOpportunityStatement));

  return {
    title: content.title,
    subtitle: [context.organizationName, location, employmentTypeLabels[content.employmentType]].join(" · "),
    sections,
    footer: `Posted ${isoDate(context.datePosted)} · apply by ${isoDate(validThroughOf(context))} · reference ${context.identifier}`,
  };
}
