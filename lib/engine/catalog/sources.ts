import type { SourceTag } from "@/lib/schemas/team-draft";

export interface SourceDefinition {
  readonly tag: SourceTag;
  readonly title: string;
  readonly publisher: string;
  /** What kind of authority the tag carries, so the UI can label it honestly. */
  readonly kind: "article" | "practice" | "heuristic";
  readonly note: string;
}

/** The sources a rule may cite. Rules cite by tag; the UI resolves a tag here. */
export const sourceCatalog: readonly SourceDefinition[] = [
  {
    tag: "A",
    title: "Navigating Modern AI Careers: Data Scientist vs ML Engineer vs AI Engineer",
    publisher: "Mercor (2025)",
    kind: "article",
    note: "Role purposes, day-to-day work, tools and typical projects of the three roles.",
  },
  {
    tag: "B",
    title: "AI engineer vs. data scientist: What's the difference?",
    publisher: "TechTarget SearchEnterpriseAI (Lev Craig)",
    kind: "article",
    note: "Worked examples (ADAS perception, retail recommender) and who does each phase.",
  },
  {
    tag: "C",
    title: "Machine Learning vs AI Engineer: No Confusing Jargon",
    publisher: "Towards Data Science",
    kind: "article",
    note: "ML engineer versus AI engineer focus, stacks, typical projects and US median salaries.",
  },
  {
    tag: "practice",
    title: "Team-size rules of thumb seen in practice",
    publisher: "A practitioner blog (not one of the three sources)",
    kind: "practice",
    note: "Proof of concept: one data scientist and one data engineer; first production model adds an ML engineer; three or more models add an MLOps engineer; ten or more call for a platform team.",
  },
  {
    tag: "heuristic",
    title: "Teamwright assumption",
    publisher: "Teamwright",
    kind: "heuristic",
    note: "A number or threshold Teamwright chose because the sources give none; tune it for your organisation.",
  },
];
