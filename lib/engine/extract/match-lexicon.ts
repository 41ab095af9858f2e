import { defaultComboWindow, type LexiconEntry } from "../catalog/lexicon";
import type { TraitId } from "../catalog/traits";
import { toSingular, type TokenStream } from "./tokenize";

/**
 * Compiles the lexicon once (at module load) into a word map and a prefix trie, then matches a
 * token stream in one left-to-right pass. Each token costs one map lookup plus a trie walk no
 * longer than the word, whatever the lexicon's size, and each hit updates a fixed-size slot
 * table: the pass is linear in the number of tokens. Hot paths avoid per-call closures and
 * reuse their buffers, because a draft should cost microseconds.
 */

interface WordTest {
  /** Singular form for exact words; null for prefix words. */
  readonly exact: string | null;
  readonly prefix: string | null;
}

interface PhraseRef {
  readonly pattern: number;
  /** Slot inside the pattern; -1 for an `unless` phrase. */
  readonly slot: number;
  readonly words: readonly WordTest[];
}

type NegationPolicy = "normal" | "ignore" | "unless-harm";

interface CompiledPattern {
  readonly trait: TraitId;
  readonly negation: NegationPolicy;
  readonly entry: number;
  readonly slotCount: number;
  readonly slotBase: number;
  readonly window: number;
}

/** Children are indexed by character code: plain array access is the cheapest lookup in V8. */
interface TrieNode {
  readonly children: (TrieNode | undefined)[];
  refs: PhraseRef[] | null;
}

/**
 * Phrases indexed by their first word. Phrases whose second word is exact are indexed again by
 * it, so a common first word ("on", "in", "what") costs one more lookup, not a scan of dozens
 * of phrases.
 */
interface ExactEntry {
  readonly refs: PhraseRef[];
  readonly bySecond: Map<string, PhraseRef[]>;
}

/** Everything a word can start: its exact-word entry and every prefix phrase it matches. */
interface WordCandidates {
  readonly exact: ExactEntry | null;
  /** The phrase lists of every trie node the word passes (shared, never copied). */
  readonly prefixLists: readonly (readonly PhraseRef[])[];
}

export interface CompiledLexicon {
  readonly exact: ReadonlyMap<string, ExactEntry>;
  readonly prefixTrie: TrieNode;
  /**
   * Memo of word → candidates. It caches a pure function of the static lexicon, so drafts do
   * not depend on it; it only saves the map lookup and trie walk for words seen before.
   * Cleared when full, so memory stays bounded.
   */
  readonly candidateMemo: Map<string, WordCandidates>;
  readonly patterns: readonly CompiledPattern[];
  readonly totalSlots: number;
  readonly entryHasUnless: readonly boolean[];
  /** Scratch buffers reused by every match (matching is synchronous, so never shared). */
  readonly scratch: { anyStart: Int32Array; anyEnd: Int32Array; posStart: Int32Array; posEnd: Int32Array };
}

function parseWord(word: string): WordTest {
  if (word.endsWith("*")) return { exact: null, prefix: word.slice(0, -1) };
  return { exact: toSingular(word), prefix: null };
}

function parsePhrase(phrase: string): WordTest[] {
  const words = phrase
    .toLowerCase()
    .split(/[\s\-/]+/)
    .filter((word) => word.length > 0);
  if (words.length === 0) throw new Error(`Empty lexicon phrase "${phrase}"`);
  return words.map(parseWord);
}

function createTrieNode(): TrieNode {
  return { children: [], refs: null };
}

/** Builds the lookup tables for a lexicon. */
export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const exact = new Map<string, ExactEntry>();
  const prefixTrie = createTrieNode();
  const patterns: CompiledPattern[] = [];
  const entryHasUnless: boolean[] = [];
  let totalSlots = 0;

  const register = (ref: PhraseRef) => {
    const first = ref.words[0];
    if (!first) return;
    if (first.exact !== null) {
      let entry = exact.get(first.exact);
      if (!entry) {
        entry = { refs: [], bySecond: new Map() };
        exact.set(first.exact, entry);
      }
      const second = ref.words[1]?.exact;
      if (second) {
        const list = entry.bySecond.get(second);
        if (list) list.push(ref);
        else entry.bySecond.set(second, [ref]);
      } else {
        entry.refs.push(ref);
      }
      return;
    }
    let node = prefixTrie;
    for (const char of first.prefix ?? "") {
      const code = char.charCodeAt(0);
      let child = node.children[code];
      if (!child) {
        child = createTrieNode();
        node.children[code] = child;
      }
      node = child;
    }
    (node.refs ??= []).push(ref);
  };

  entries.forEach((entry, entryIndex) => {
    entryHasUnless.push((entry.unless?.length ?? 0) > 0);
    const negation: NegationPolicy = entry.negation ?? "normal";
    const addPattern = (slots: readonly string[], window: number) => {
      const pattern = patterns.length;
      patterns.push({ trait: entry.trait, negation, entry: entryIndex, slotCount: slots.length, slotBase: totalSlots, window });
      totalSlots += slots.length;
      slots.forEach((slot, slotIndex) => {
        for (const alternative of slot.split("|")) register({ pattern, slot: slotIndex, words: parsePhrase(alternative) });
      });
    };
    for (const phrase of entry.phrases ?? []) addPattern([phrase], 0);
    for (const combo of entry.combos ?? []) addPattern(combo.slots, combo.window ?? defaultComboWindow);
    if (entry.unless && entry.unless.length > 0) {
      // The unless phrases hang off a zero-slot pseudo pattern that only records sentences.
      const pattern = patterns.length;
      patterns.push({ trait: entry.trait, negation: "normal", entry: entryIndex, slotCount: 0, slotBase: totalSlots, window: 0 });
      for (const phrase of entry.unless) register({ pattern, slot: -1, words: parsePhrase(phrase) });
    }
  });

  const scratch = {
    anyStart: new Int32Array(totalSlots),
    anyEnd: new Int32Array(totalSlots),
    posStart: new Int32Array(totalSlots),
    posEnd: new Int32Array(totalSlots),
  };
  return { exact, prefixTrie, candidateMemo: new Map(), patterns, totalSlots, entryHasUnless, scratch };
}

function wordMatches(test: WordTest, word: string, singular: string): boolean {
  if (test.exact !== null) return singular === test.exact || word === test.exact;
  return test.prefix !== null && word.startsWith(test.prefix);
}

/** Last token of the phrase starting at `start`, or -1 when it does not match there. */
function matchPhraseAt(stream: TokenStream, words: readonly WordTest[], start: number): number {
  const last = start + words.length - 1;
  if (last >= stream.count) return -1;
  const sentence = stream.sentences[start];
  for (let offset = 1; offset < words.length; offset += 1) {
    const index = start + offset;
    const test = words[offset];
    if (!test || stream.sentences[index] !== sentence) return -1;
    if (!wordMatches(test, stream.words[index] ?? "", stream.singulars[index] ?? "")) return -1;
  }
  return last;
}

// Verbs that turn a negated mention into a stated concern: "must not leak personal data".
const harmPrefixes = ["leak", "expos", "shar", "disclos", "breach", "misus", "sell", "sold", "violat", "compromis", "reveal", "mishandl", "abus", "reidentif", "lose", "lost", "discriminat"];

function isHarmWord(word: string): boolean {
  return harmPrefixes.some((prefix) => word.startsWith(prefix));
}

/** Whether a hit starting at `start` counts as negated under the pattern's negation policy. */
function isNegatedHit(stream: TokenStream, pattern: CompiledPattern, start: number): boolean {
  if (stream.negated[start] !== 1 || pattern.negation === "ignore") return false;
  if (pattern.negation === "normal") return true;
  const cue = stream.negationCue[start] ?? -1;
  const from = Math.min(cue, start) + 1;
  const to = Math.max(cue, start);
  for (let index = from; index < to; index += 1) if (isHarmWord(stream.words[index] ?? "")) return false;
  return true;
}

export interface LexiconMatch {
  readonly trait: TraitId;
  /** Token spans [start, end] of the matched slots, in text order. */
  readonly spans: readonly (readonly [number, number])[];
  readonly negated: boolean;
  readonly sentence: number;
  readonly entry: number;
}

/** State of one matching pass. */
interface MatchRun {
  readonly compiled: CompiledLexicon;
  readonly stream: TokenStream;
  readonly matches: LexiconMatch[];
  /** Sentences in which each entry's `unless` phrases occur, created on first use. */
  unlessSentences: Map<number, Set<number>> | null;
}

// True when every slot has a hit in this sentence within the window, no two on one token.
function isComplete(stream: TokenStream, pattern: CompiledPattern, starts: Int32Array, hitStart: number, sentence: number): boolean {
  for (let slot = 0; slot < pattern.slotCount; slot += 1) {
    const start = starts[pattern.slotBase + slot] ?? -1;
    if (start < 0 || stream.sentences[start] !== sentence || hitStart - start > pattern.window) return false;
  }
  for (let slot = 1; slot < pattern.slotCount; slot += 1) {
    const start = starts[pattern.slotBase + slot];
    for (let other = 0; other < slot; other += 1) if (starts[pattern.slotBase + other] === start) return false;
  }
  return true;
}

/**
 * The slots' spans in text order. A combo has two or three slots, so an insertion sort: the
 * built-in sort allocates working storage on every call, and this runs for every combo hit.
 */
function collectSpans(pattern: CompiledPattern, starts: Int32Array, ends: Int32Array): (readonly [number, number])[] {
  const spans: (readonly [number, number])[] = [];
  for (let slot = 0; slot < pattern.slotCount; slot += 1) {
    const index = pattern.slotBase + slot;
    const span = [starts[index] ?? 0, ends[index] ?? 0] as const;
    let position = spans.length;
    spans.push(span);
    for (let previous = spans[position - 1]; previous && previous[0] > span[0]; previous = spans[position - 1]) {
      spans[position] = previous;
      position -= 1;
    }
    spans[position] = span;
  }
  return spans;
}

function handleHit(run: MatchRun, ref: PhraseRef, start: number): void {
  const { stream, compiled } = run;
  const end = matchPhraseAt(stream, ref.words, start);
  if (end < 0) return;
  const pattern = compiled.patterns[ref.pattern];
  if (!pattern) return;
  const sentence = stream.sentences[start] ?? 0;
  if (ref.slot < 0) {
    run.unlessSentences ??= new Map();
    let sentences = run.unlessSentences.get(pattern.entry);
    if (!sentences) {
      sentences = new Set();
      run.unlessSentences.set(pattern.entry, sentences);
    }
    sentences.add(sentence);
    return;
  }
  // A phrase is negated by a cue before it, not by a cue inside it ("works without internet").
  const negated = isNegatedHit(stream, pattern, start);
  if (pattern.slotCount === 1) {
    run.matches.push({ trait: pattern.trait, spans: [[start, end]], negated, sentence, entry: pattern.entry });
    return;
  }
  const { anyStart, anyEnd, posStart, posEnd } = compiled.scratch;
  const index = pattern.slotBase + ref.slot;
  anyStart[index] = start;
  anyEnd[index] = end;
  if (!negated) {
    posStart[index] = start;
    posEnd[index] = end;
    if (isComplete(stream, pattern, posStart, start, sentence)) {
      run.matches.push({ trait: pattern.trait, spans: collectSpans(pattern, posStart, posEnd), negated: false, sentence, entry: pattern.entry });
      return;
    }
  }
  if (isComplete(stream, pattern, anyStart, start, sentence)) {
    run.matches.push({ trait: pattern.trait, spans: collectSpans(pattern, anyStart, anyEnd), negated: true, sentence, entry: pattern.entry });
  }
}

const maxMemoEntries = 20_000;
const noLists: readonly (readonly PhraseRef[])[] = [];

function findCandidates(compiled: CompiledLexicon, word: string, singular: string): WordCandidates {
  const known = compiled.candidateMemo.get(word);
  if (known) return known;
  let prefixLists: PhraseRef[][] | null = null;
  // Walk the prefix trie along the word: every node passed is a prefix the word starts with.
  let node: TrieNode | undefined = compiled.prefixTrie;
  for (let char = 0; char < word.length && node; char += 1) {
    node = node.children[word.charCodeAt(char)];
    if (node?.refs) (prefixLists ??= []).push(node.refs);
  }
  const candidates: WordCandidates = { exact: compiled.exact.get(singular) ?? null, prefixLists: prefixLists ?? noLists };
  if (compiled.candidateMemo.size >= maxMemoEntries) compiled.candidateMemo.clear();
  compiled.candidateMemo.set(word, candidates);
  return candidates;
}

/** Runs the compiled lexicon over a token stream and returns every match, negated ones included. */
export function matchLexicon(compiled: CompiledLexicon, stream: TokenStream): LexiconMatch[] {
  compiled.scratch.anyStart.fill(-1);
  compiled.scratch.posStart.fill(-1);
  const run: MatchRun = { compiled, stream, matches: [], unlessSentences: null };

  for (let index = 0; index < stream.count; index += 1) {
    const candidates = findCandidates(compiled, stream.words[index] ?? "", stream.singulars[index] ?? "");
    const exactEntry = candidates.exact;
    if (exactEntry) {
      for (const ref of exactEntry.refs) handleHit(run, ref, index);
      if (exactEntry.bySecond.size > 0 && index + 1 < stream.count) {
        // The second word may match in singular or raw form ("customers who bought").
        const bySingular = exactEntry.bySecond.get(stream.singulars[index + 1] ?? "");
        if (bySingular) for (const ref of bySingular) handleHit(run, ref, index);
        const raw = stream.words[index + 1] ?? "";
        if (raw !== stream.singulars[index + 1]) {
          const byRaw = exactEntry.bySecond.get(raw);
          if (byRaw) for (const ref of byRaw) handleHit(run, ref, index);
        }
      }
    }
    for (const list of candidates.prefixLists) for (const ref of list) handleHit(run, ref, index);
  }

  // `unless` words may come after the match in the same sentence, so filter at the end.
  const unless = run.unlessSentences;
  if (!unless) return run.matches;
  return run.matches.filter((match) => !(compiled.entryHasUnless[match.entry] && unless.get(match.entry)?.has(match.sentence)));
}

/** Empties the word memo (the benchmark uses it to time cold drafts). */
export function clearCandidateMemo(compiled: CompiledLexicon): void {
  compiled.candidateMemo.clear();
}
