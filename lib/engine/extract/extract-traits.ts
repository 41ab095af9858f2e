import { latencyClassCeilingsMs } from "@/lib/schemas/project-brief";
import { lexicon } from "../catalog/lexicon";
import { sortByTraitOrder, type TraitId } from "../catalog/traits";
import { clearCandidateMemo, compileLexicon, matchLexicon, type LexiconMatch } from "./match-lexicon";
import { readQuantities, type Quantities } from "./read-quantities";
import { tokenize, type TokenStream } from "./tokenize";

export interface TraitFinding {
  readonly id: TraitId;
  /** The words that matched (or, for fields, the field and its value). */
  readonly evidence: readonly string[];
  readonly from: "text" | "field";
}

export interface NegatedFinding {
  readonly id: TraitId;
  readonly evidence: readonly string[];
}

export interface ExtractedTraits {
  /** Traits found in the text, in catalog order. */
  readonly traits: readonly TraitFinding[];
  /** Traits the text mentions only in negated clauses ("no dashboards needed"). */
  readonly negated: readonly NegatedFinding[];
  readonly quantities: Quantities;
}

// Compiled once when the module loads; every call reuses it.
const compiledLexicon = compileLexicon(lexicon);

const maxEvidencePerTrait = 5;
const maxEvidenceLength = 120;

/** Scale thresholds, in the brief's own units (users; requests per day). */
export const scaleThresholds = {
  large: { users: 100_000, requestsPerDay: 1_000_000 },
  massive: { users: 10_000_000, requestsPerDay: 100_000_000 },
} as const;

const untidy = /\s{2,}|[\n\r\t]/;

/**
 * True when `evidence` is printable ASCII with single spaces, which `untidy` can never match:
 * almost all evidence is, and this scan is cheaper than running the regex on every piece.
 */
function isPlainAscii(evidence: string): boolean {
  let previous = 0;
  for (let index = 0; index < evidence.length; index += 1) {
    const code = evidence.charCodeAt(index);
    if (code < 32 || code > 126 || (code === 32 && previous === 32)) return false;
    previous = code;
  }
  return true;
}

function tidy(evidence: string): string {
  const collapsed = !isPlainAscii(evidence) && untidy.test(evidence) ? evidence.replace(/\s+/g, " ").trim() : evidence;
  return collapsed.length > maxEvidenceLength ? `${collapsed.slice(0, maxEvidenceLength - 1)}…` : collapsed;
}

/** The matched words, with adjacent spans joined and gaps shown as an ellipsis. */
function describeMatch(stream: TokenStream, match: LexiconMatch): string {
  let text = "";
  let runStart = -1;
  let runEnd = -1;
  for (const [start, end] of match.spans) {
    if (runStart >= 0 && start <= runEnd + 1) {
      if (end > runEnd) runEnd = end;
      continue;
    }
    if (runStart >= 0) text += `${stream.text.slice(stream.starts[runStart] ?? 0, stream.ends[runEnd] ?? 0)} … `;
    runStart = start;
    runEnd = end;
  }
  if (runStart >= 0) text += stream.text.slice(stream.starts[runStart] ?? 0, stream.ends[runEnd] ?? 0);
  return tidy(text);
}

/** Evidence per trait, deduplicated case-insensitively and capped, in the order found. */
class EvidenceBook {
  // At most a handful of pieces per trait, so the lower-cased keys sit in a short list, not a Set.
  private readonly book = new Map<TraitId, { list: string[]; keys: string[] }>();

  isFull(id: TraitId): boolean {
    return (this.book.get(id)?.list.length ?? 0) >= maxEvidencePerTrait;
  }

  add(id: TraitId, evidence: string): void {
    let entry = this.book.get(id);
    if (!entry) {
      entry = { list: [], keys: [] };
      this.book.set(id, entry);
    }
    if (entry.list.length >= maxEvidencePerTrait) return;
    const key = evidence.toLowerCase();
    if (entry.keys.includes(key)) return;
    entry.keys.push(key);
    entry.list.push(evidence);
  }

  has(id: TraitId): boolean {
    return this.book.has(id);
  }

  /** The traits with their evidence, in catalog order. */
  toTraitFindings(): TraitFinding[] {
    const findings: TraitFinding[] = [];
    for (const [id, entry] of this.book) findings.push({ id, evidence: entry.list, from: "text" });
    return sortByTraitOrder(findings);
  }

  /** The traits this book holds and `positive` does not, in catalog order. */
  toNegatedFindings(positive: EvidenceBook): NegatedFinding[] {
    const findings: NegatedFinding[] = [];
    for (const [id, entry] of this.book) if (!positive.has(id)) findings.push({ id, evidence: entry.list });
    return sortByTraitOrder(findings);
  }
}

/**
 * Empties the word memo the extractor keeps between calls. Drafts never depend on them; the
 * benchmark calls this to time a cold first draft.
 */
export function clearExtractionMemos(): void {
  clearCandidateMemo(compiledLexicon);
}

/** Sorts a latency budget in milliseconds into the brief's latency classes. */
export function classifyLatencyMs(milliseconds: number): "latency.real-time" | "latency.interactive" | "latency.relaxed" {
  if (milliseconds <= latencyClassCeilingsMs["real-time"]) return "latency.real-time";
  if (milliseconds <= latencyClassCeilingsMs.interactive) return "latency.interactive";
  return "latency.relaxed";
}

/** The scale trait a user and request volume reach, if any. */
export function classifyScale(users: number | undefined, requestsPerDay: number | undefined): "scale.large" | "scale.massive" | null {
  const reaches = (level: keyof typeof scaleThresholds) =>
    (users ?? 0) >= scaleThresholds[level].users || (requestsPerDay ?? 0) >= scaleThresholds[level].requestsPerDay;
  if (reaches("massive")) return "scale.massive";
  if (reaches("large")) return "scale.large";
  return null;
}

/**
 * Reads a project description and returns the traits it shows, each with the words that
 * matched. Handles synonyms and inflections (via the lexicon), word order and several traits
 * per sentence (via windowed combos), and negation scoped to the clause.
 */
export function extractTraits(text: string): ExtractedTraits {
  const stream = tokenize(text);
  const positive = new EvidenceBook();
  const negative = new EvidenceBook();

  for (const match of matchLexicon(compiledLexicon, stream)) {
    const book = match.negated ? negative : positive;
    // Describing a match costs string work; skip it once the trait has all the evidence it shows.
    if (!book.isFull(match.trait)) book.add(match.trait, describeMatch(stream, match));
  }

  const quantities = readQuantities(stream);
  const scale = classifyScale(quantities.users?.value, quantities.requestsPerDay?.value);
  if (scale) {
    for (const quantity of [quantities.users, quantities.requestsPerDay]) if (quantity) positive.add(scale, tidy(quantity.evidence));
  }
  if (quantities.latencyMs) positive.add(classifyLatencyMs(quantities.latencyMs.value), tidy(quantities.latencyMs.evidence));
  if (quantities.modelCount) {
    const count = quantities.modelCount.value;
    if (count >= 10) positive.add("models.10plus", tidy(quantities.modelCount.evidence));
    if (count >= 3) positive.add("models.3plus", tidy(quantities.modelCount.evidence));
  }

  return { traits: positive.toTraitFindings(), negated: negative.toNegatedFindings(positive), quantities };
}
