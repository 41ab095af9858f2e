import { defaultComboWindow, type LexiconEntry } from "../catalog/lexicon";
import type { TraitId } from "../catalog/traits";
import { toSingular, type TokenStream } from "./tokenize";

/**
 * Compiles the lexicon once (at module load) into word indexes, then matches a token stream in
 * one left-to-right pass. Each token costs a few map lookups whatever the lexicon's size, and
 * each hit updates a fixed-size slot table: the pass is linear in the number of tokens.
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

interface CompiledPattern {
  readonly trait: TraitId;
  readonly negation: "normal" | "ignore" | "unless-harm";
  readonly entry: number;
  readonly slotCount: number;
  readonly slotBase: number;
  readonly window: number;
}

export interface CompiledLexicon {
  readonly exact: ReadonlyMap<string, readonly PhraseRef[]>;
  readonly prefix: ReadonlyMap<string, readonly PhraseRef[]>;
  readonly prefixLengths: readonly number[];
  readonly patterns: readonly CompiledPattern[];
  readonly totalSlots: number;
  readonly entryHasUnless: readonly boolean[];
  readonly entryCount: number;
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

/** Builds the lookup tables for a lexicon. */
export function compileLexicon(entries: readonly LexiconEntry[]): CompiledLexicon {
  const exact = new Map<string, PhraseRef[]>();
  const prefix = new Map<string, PhraseRef[]>();
  const patterns: CompiledPattern[] = [];
  const entryHasUnless: boolean[] = [];
  let totalSlots = 0;

  const register = (ref: PhraseRef) => {
    const first = ref.words[0];
    if (!first) return;
    const map = first.exact !== null ? exact : prefix;
    const key = first.exact ?? first.prefix ?? "";
    const list = map.get(key);
    if (list) list.push(ref);
    else map.set(key, [ref]);
  };

  entries.forEach((entry, entryIndex) => {
    entryHasUnless.push((entry.unless?.length ?? 0) > 0);
    const addPattern = (slots: readonly string[], window: number) => {
      const pattern = patterns.length;
      patterns.push({ trait: entry.trait, negation: entry.negation ?? "normal", entry: entryIndex, slotCount: slots.length, slotBase: totalSlots, window });
      totalSlots += slots.length;
      slots.forEach((slot, slotIndex) => {
        for (const alternative of slot.split("|")) register({ pattern, slot: slotIndex, words: parsePhrase(alternative) });
      });
      return pattern;
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

  const prefixLengths = [...new Set([...prefix.keys()].map((key) => key.length))].sort((a, b) => a - b);
  return { exact, prefix, prefixLengths, patterns, totalSlots, entryHasUnless, entryCount: entries.length };
}

// Verbs that turn a negated mention into a stated concern: "must not leak personal data".
const harmPrefixes = ["leak", "expos", "shar", "disclos", "breach", "misus", "sell", "sold", "violat", "compromis", "reveal", "mishandl", "abus", "re-identif", "reidentif", "lose", "lost", "discriminat"];

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

export interface LexiconMatch {
  readonly trait: TraitId;
  /** Token spans [start, end] of the matched slots, in text order. */
  readonly spans: readonly (readonly [number, number])[];
  readonly negated: boolean;
  readonly sentence: number;
  readonly entry: number;
}

/** Runs the compiled lexicon over a token stream and returns every match, negated ones included. */
export function matchLexicon(compiled: CompiledLexicon, stream: TokenStream): LexiconMatch[] {
  const { totalSlots, patterns, prefixLengths } = compiled;
  // Latest hit per slot: any hit, and non-negated hit (start and end token of each).
  const anyStart = new Int32Array(totalSlots).fill(-1);
  const anyEnd = new Int32Array(totalSlots);
  const posStart = new Int32Array(totalSlots).fill(-1);
  const posEnd = new Int32Array(totalSlots);
  const unlessSentences: Set<number>[] = Array.from({ length: compiled.entryCount }, () => new Set<number>());
  const matches: LexiconMatch[] = [];

  const collectSpans = (pattern: CompiledPattern, starts: Int32Array, ends: Int32Array): (readonly [number, number])[] => {
    const spans: (readonly [number, number])[] = [];
    for (let slot = 0; slot < pattern.slotCount; slot += 1) {
      const index = pattern.slotBase + slot;
      spans.push([starts[index] ?? 0, ends[index] ?? 0]);
    }
    return spans.sort((a, b) => a[0] - b[0]);
  };

  // True when every slot has a hit in this sentence within the window, no two on one token.
  const isComplete = (pattern: CompiledPattern, starts: Int32Array, hitStart: number, sentence: number): boolean => {
    for (let slot = 0; slot < pattern.slotCount; slot += 1) {
      const start = starts[pattern.slotBase + slot] ?? -1;
      if (start < 0 || stream.sentences[start] !== sentence || hitStart - start > pattern.window) return false;
    }
    for (let slot = 1; slot < pattern.slotCount; slot += 1) {
      const start = starts[pattern.slotBase + slot];
      for (let other = 0; other < slot; other += 1) if (starts[pattern.slotBase + other] === start) return false;
    }
    return true;
  };

  const handle = (ref: PhraseRef, start: number) => {
    const end = matchPhraseAt(stream, ref.words, start);
    if (end < 0) return;
    const pattern = patterns[ref.pattern];
    if (!pattern) return;
    const sentence = stream.sentences[start] ?? 0;
    if (ref.slot < 0) {
      unlessSentences[pattern.entry]?.add(sentence);
      return;
    }
    // A phrase is negated by a cue before it, not by a cue inside it ("works without internet").
    const negated = isNegatedHit(stream, pattern, start);
    if (pattern.slotCount === 1) {
      matches.push({ trait: pattern.trait, spans: [[start, end]], negated, sentence, entry: pattern.entry });
      return;
    }
    const index = pattern.slotBase + ref.slot;
    anyStart[index] = start;
    anyEnd[index] = end;
    if (!negated) {
      posStart[index] = start;
      posEnd[index] = end;
      if (isComplete(pattern, posStart, start, sentence)) {
        matches.push({ trait: pattern.trait, spans: collectSpans(pattern, posStart, posEnd), negated: false, sentence, entry: pattern.entry });
        return;
      }
    }
    if (isComplete(pattern, anyStart, start, sentence)) {
      matches.push({ trait: pattern.trait, spans: collectSpans(pattern, anyStart, anyEnd), negated: true, sentence, entry: pattern.entry });
    }
  };

  for (let index = 0; index < stream.count; index += 1) {
    const word = stream.words[index] ?? "";
    const singular = stream.singulars[index] ?? "";
    const exactRefs = compiled.exact.get(singular);
    if (exactRefs) for (const ref of exactRefs) handle(ref, index);
    for (const length of prefixLengths) {
      if (length > word.length) break;
      const prefixRefs = compiled.prefix.get(word.slice(0, length));
      if (prefixRefs) for (const ref of prefixRefs) handle(ref, index);
    }
  }

  // `unless` words may come after the match in the same sentence, so filter at the end.
  return matches.filter((match) => !(compiled.entryHasUnless[match.entry] && unlessSentences[match.entry]?.has(match.sentence)));
}
