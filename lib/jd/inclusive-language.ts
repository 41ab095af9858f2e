import type { JobDescriptionContent } from "@/lib/schemas/job-description";
import { jdLimits } from "@/lib/jd/job-description-options";
import {
  type InclusiveCategory,
  type StructuralRule,
  type WordRule,
  scoring,
  structuralRules,
  wordRules,
} from "./inclusive-language-rules";

/**
 * The inclusive-language check of a job-description draft: pure and fast (it runs in the browser
 * on every keystroke). It advises; it never blocks saving or export. Every finding carries the
 * rule that made it, why, the words matched with their position, a suggestion and the research
 * basis; the score says how it was computed. It does not try to understand negation: "no
 * rockstars" still puts the word in front of every reader, so it is still reported.
 */

/** Which part of the draft a match is in, and where: offsets into that field's text. */
export interface FieldPosition {
  field: JdTextField;
  /** Item number (0-based) for list fields. */
  index?: number;
  start: number;
  end: number;
}

export type JdTextField =
  | "title"
  | "projectSummary"
  | "summary"
  | "responsibilities"
  | "skills.required"
  | "skills.preferred"
  | "tools"
  | "seniority.expectations"
  | "benefits"
  | "equalOpportunityStatement";

export const fieldLabels: Record<JdTextField, string> = {
  title: "Title",
  projectSummary: "About the project",
  summary: "About the role",
  responsibilities: "Responsibilities",
  "skills.required": "Required skills",
  "skills.preferred": "Preferred skills",
  tools: "Tools",
  "seniority.expectations": "Seniority expectations",
  benefits: "Benefits",
  equalOpportunityStatement: "Equal-opportunity statement",
};

export interface InclusiveMatch extends FieldPosition {
  /** The words as written. */
  text: string;
}

export interface InclusiveFinding {
  ruleId: string;
  category: InclusiveCategory;
  reason: string;
  suggestion: string;
  basis: string;
  /** Distinct words or phrases matched, lower-cased. */
  words: string[];
  matches: InclusiveMatch[];
  /** Points this finding took off the score (after the gender cap). */
  penalty: number;
}

export type ScoreBand = "inclusive" | "review" | "revise";

export interface InclusiveReport {
  score: number;
  band: ScoreBand;
  findings: InclusiveFinding[];
  /** Distinct masculine- and feminine-coded words, both reported. */
  genderCoding: { masculine: string[]; feminine: string[]; leaning: "masculine" | "feminine" | "balanced" | "neutral" };
  /** How the score was computed, one line per deduction. */
  explanation: string[];
}

interface CompiledWordRule {
  rule: WordRule;
  pattern: RegExp;
}

const letter = "\\p{L}\\p{N}";

/** One regex per rule: its terms as alternatives, longest first so phrases win over their words. */
function compileTerm(term: string): string {
  const stem = term.endsWith("*");
  const body = (stem ? term.slice(0, -1) : term)
    .split(/(\s+|-)/)
    .map((part) => (/^\s+$/.test(part) ? "[\\s\\-]+" : part === "-" ? "[\\s\\-]?" : part.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&").replace(/'/g, "['’]")))
    .join("");
  return `${body}${stem ? `[${letter}'’]*` : `(?![${letter}])`}`;
}

const compiledRules: CompiledWordRule[] = wordRules.map((rule) => ({
  rule,
  pattern: new RegExp(`(?<![${letter}])(?:${[...rule.terms].sort((a, b) => b.length - a.length).map(compileTerm).join("|")})`, "giu"),
}));

interface TextPiece {
  field: JdTextField;
  index?: number;
  text: string;
}

/** Every free-text part of a draft, in reading order. */
export function textPieces(content: JobDescriptionContent): TextPiece[] {
  const list = (field: JdTextField, items: readonly string[]) => items.map((text, index) => ({ field, index, text }));
  return [
    { field: "title", text: content.title },
    { field: "projectSummary", text: content.projectSummary },
    { field: "summary", text: content.summary },
    ...list("responsibilities", content.responsibilities),
    ...list("skills.required", content.skills.required),
    ...list("skills.preferred", content.skills.preferred),
    ...list("tools", content.tools),
    { field: "seniority.expectations", text: content.seniority.expectations },
    ...list("benefits", content.benefits),
    { field: "equalOpportunityStatement", text: content.equalOpportunityStatement },
  ];
}

/** Word-list matches in one string (for tests and single fields). */
export function findWordMatches(text: string): { rule: WordRule; text: string; start: number; end: number }[] {
  const found: { rule: WordRule; text: string; start: number; end: number }[] = [];
  for (const { rule, pattern } of compiledRules) {
    pattern.lastIndex = 0;
    for (const match of text.matchAll(pattern)) {
      found.push({ rule, text: match[0], start: match.index, end: match.index + match[0].length });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

const yearsPattern = /(?<![\p{L}\p{N}])(\d{1,2})\s*\+?\s*(?:(?:-|–|to)\s*(\d{1,2})\s*\+?\s*)?(?:years?|yrs?)(?![\p{L}])/giu;
const degreePattern = /(?<![\p{L}])(bachelor['’]?s|master['’]?s|ph\.?\s?d\.?|doctorate|b\.?\s?sc\.?|m\.?\s?sc\.?|b\.?a\.|university degree|college degree|degree in|degree required|a degree)(?![\p{L}])/iu;
const equivalentPattern = /equivalent|or (?:relevant |practical |comparable )?experience|or similar/i;
const mandatoryPattern = /\b(required|requires|require|must|need|needs|mandatory)\b/i;

/** Runs every rule over the draft. */
export function checkInclusiveLanguage(content: JobDescriptionContent): InclusiveReport {
  const pieces = textPieces(content);
  const byRule = new Map<string, { rule: WordRule | StructuralRule; matches: InclusiveMatch[] }>();
  const add = (rule: WordRule | StructuralRule, match: InclusiveMatch) => {
    const entry = byRule.get(rule.id) ?? { rule, matches: [] };
    entry.matches.push(match);
    byRule.set(rule.id, entry);
  };

  for (const piece of pieces) {
    if (piece.text === "") continue;
    const position = (start: number, end: number, text: string): InclusiveMatch => ({
      field: piece.field,
      ...(piece.index !== undefined ? { index: piece.index } : {}),
      start,
      end,
      text,
    });
    for (const match of findWordMatches(piece.text)) add(match.rule, position(match.start, match.end, match.text));

    // Years beyond the level: the lowest number asked counts ("5–7 years" asks for 5).
    const typical = content.seniority.typicalYears;
    if (typical) {
      yearsPattern.lastIndex = 0;
      for (const match of piece.text.matchAll(yearsPattern)) {
        const asked = Number(match[1]);
        if (asked > typical.max) add(structuralRules.yearsBeyondLevel, position(match.index, match.index + match[0].length, match[0]));
      }
    }

    // Degree requirements: a required-skill line, or a sentence that says it is required.
    const sentences = piece.field === "skills.required" ? [{ text: piece.text, offset: 0 }] : splitSentences(piece.text);
    for (const sentence of sentences) {
      const degree = degreePattern.exec(sentence.text);
      if (!degree) continue;
      const mandatory = piece.field === "skills.required" || mandatoryPattern.test(sentence.text);
      if (!mandatory || equivalentPattern.test(sentence.text) || piece.field === "equalOpportunityStatement") continue;
      const start = sentence.offset + degree.index;
      add(structuralRules.degreeRequired, position(start, start + degree[0].length, degree[0]));
    }
  }

  if (content.skills.required.length > jdLimits.requiredSkillsAdvised) {
    content.skills.required.slice(jdLimits.requiredSkillsAdvised).forEach((skill, offset) => {
      add(structuralRules.tooManyMustHaves, { field: "skills.required", index: jdLimits.requiredSkillsAdvised + offset, start: 0, end: skill.length, text: skill });
    });
  }

  // Scoring (see `scoring` in the rules file): once per distinct word, gender capped per side.
  const findings: InclusiveFinding[] = [];
  const explanation: string[] = [];
  const genderSpent = { "masculine-coded": 0, "feminine-coded": 0 };
  const order = new Map<string, number>([...wordRules.map((rule) => rule.id), ...Object.values(structuralRules).map((rule) => rule.id)].map((id, index) => [id, index]));
  const entries = [...byRule.values()].sort((a, b) => (order.get(a.rule.id) ?? 0) - (order.get(b.rule.id) ?? 0));
  for (const { rule, matches } of entries) {
    const words = [...new Set(matches.map((match) => match.text.toLowerCase().replace(/\s+/g, " ")))];
    // Too many must-haves is one problem however many skills are over the line.
    let penalty = rule.id === structuralRules.tooManyMustHaves.id ? rule.penalty : rule.penalty * words.length;
    if (rule.category === "masculine-coded" || rule.category === "feminine-coded") {
      const room = Math.max(0, scoring.genderCapPerSide - genderSpent[rule.category]);
      penalty = Math.min(penalty, room);
      genderSpent[rule.category] += penalty;
    }
    findings.push({ ruleId: rule.id, category: rule.category, reason: rule.reason, suggestion: rule.suggestion, basis: rule.basis, words, matches, penalty });
    explanation.push(`−${penalty} ${rule.id} (${words.map((word) => `“${word}”`).join(", ")})${penalty < rule.penalty * words.length && rule.id !== structuralRules.tooManyMustHaves.id ? ` (gender-coded words capped at ${scoring.genderCapPerSide} per side)` : ""}`);
  }
  const score = Math.max(0, Math.min(100, scoring.start - findings.reduce((sum, finding) => sum + finding.penalty, 0)));
  explanation.unshift(`Start at ${scoring.start}; each rule deducts its points once per distinct word it matched.`);
  explanation.push(`= ${score}`);

  const masculine = [...new Set(findings.filter((finding) => finding.category === "masculine-coded").flatMap((finding) => finding.words))];
  const feminine = [...new Set(findings.filter((finding) => finding.category === "feminine-coded").flatMap((finding) => finding.words))];
  const leaning =
    masculine.length === 0 && feminine.length === 0 ? "neutral" : masculine.length > feminine.length ? "masculine" : feminine.length > masculine.length ? "feminine" : "balanced";

  return {
    score,
    band: score >= scoring.bands.good ? "inclusive" : score >= scoring.bands.fair ? "review" : "revise",
    findings,
    genderCoding: { masculine, feminine, leaning },
    explanation,
  };
}

function splitSentences(text: string): { text: string; offset: number }[] {
  const sentences: { text: string; offset: number }[] = [];
  const pattern = /[^.!?\n]+(?:[.!?]+(?=\s|$)|\n|$)/g;
  for (const match of text.matchAll(pattern)) {
    if (match[0].trim() !== "") sentences.push({ text: match[0], offset: match.index });
  }
  return sentences;
}

/** "Responsibilities, item 3, characters 12–20": for the panel and plain-text reports. */
export function describePosition(position: FieldPosition): string {
  const item = position.index !== undefined ? `, item ${position.index + 1}` : "";
  return `${fieldLabels[position.field]}${item}, characters ${position.start + 1}–${position.end}`;
}
