/**
 * Splits a brief into word tokens once, with everything the matchers need per token: the
 * lower-cased word, a crude singular, its sentence, and whether a negation covers it.
 * One pass over the text plus one over the tokens: linear in the text's length.
 */

export interface TokenStream {
  readonly text: string;
  readonly count: number;
  readonly words: readonly string[];
  readonly singulars: readonly string[];
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Sentence index per token; patterns never match across sentences. */
  readonly sentences: Int32Array;
  /** 1 where a negation ("no", "not", "without", "not needed" …) covers the token. */
  readonly negated: Uint8Array;
  /** Index of the cue word that negates each token, or -1. */
  readonly negationCue: Int32Array;
}

// Letters and digits, with an optional apostrophe suffix ("vehicle's", "don't", "we'll").
const wordPattern = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu;

/** Words that open a negation scope running forward to the end of the clause. */
const preNegationCues = new Set(["no", "not", "without", "never", "nor", "neither", "none", "excluding", "except"]);
/** "not only X but also Y" and friends negate nothing. */
const negationExemptions = new Set(["only", "just", "merely", "simply", "least", "limited", "matter", "doubt", "necessarily"]);
/** Words that end a clause for negation purposes ("no dashboards, but a recommender"). */
const contrastWords = new Set(["but", "however", "although", "though", "whereas", "yet", "instead", "while", "whilst", "still"]);
/** After "not", these make the negation point backwards: "dashboards are not needed". */
const postNegationHeads = ["need", "requir", "necessar", "want", "plan", "wish", "prioriti", "relevant", "important", "in scope", "part of"];
const postNegationWords = new Set(["unnecessary", "unneeded", "unwanted"]);
/** Words that start a new clause after a comma, ending a negation scope. */
const clauseStarters = new Set(["we", "i", "it", "they", "you", "this", "that", "there", "our", "the", "these", "those", "he", "she", "which", "so", "because", "since", "then", "and", "also"]);
const listJoiners = new Set(["or", "nor", "and"]);

/** Negation reaches at most this many tokens: longer reaches are usually new thoughts. */
const maxScope = 8;

/** Strips common plural endings so "cars" meets "car" and "categories" meets "category". */
export function toSingular(word: string): string {
  const length = word.length;
  if (length <= 3) return word;
  if (word.endsWith("ies") && length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("ss") || word.endsWith("us") || word.endsWith("is")) return word;
  if (word.endsWith("sses") || word.endsWith("xes") || word.endsWith("ches") || word.endsWith("shes")) return word.slice(0, -2);
  if (word.endsWith("s")) return word.slice(0, -1);
  return word;
}

type Gap = 0 | 1 | 2; // 0: none, 1: clause break (comma, colon, bracket), 2: sentence break

function classifyGap(text: string, from: number, to: number): { gap: Gap; comma: boolean } {
  let gap: Gap = 0;
  let comma = false;
  for (let index = from; index < to; index += 1) {
    const char = text.charCodeAt(index);
    // "." ends a sentence only when followed by a space or the end ("e.g." still splits; "1.5" and "node.js" do not).
    if (char === 46 /* . */) {
      const next = index + 1 < text.length ? text.charCodeAt(index + 1) : 32;
      if (next === 32 || next === 10 || next === 13 || next === 9) return { gap: 2, comma: false };
    } else if (char === 33 /* ! */ || char === 63 /* ? */ || char === 59 /* ; */ || char === 10 /* \n */) {
      return { gap: 2, comma: false };
    } else if (char === 44 /* , */) {
      gap = 1;
      comma = true;
    } else if (char === 58 /* : */ || char === 40 || char === 41 || char === 8212 || char === 8211 || char === 91 || char === 93) {
      gap = 1;
    }
  }
  return { gap, comma };
}

/** Tokenises `text` and marks negated tokens. */
export function tokenize(text: string): TokenStream {
  const words: string[] = [];
  const startList: number[] = [];
  const endList: number[] = [];

  wordPattern.lastIndex = 0;
  for (let match = wordPattern.exec(text); match !== null; match = wordPattern.exec(text)) {
    const raw = match[0].toLowerCase();
    const start = match.index;
    const end = start + match[0].length;
    const apostrophe = Math.max(raw.indexOf("'"), raw.indexOf("’"));
    if (apostrophe < 0) {
      words.push(raw);
      startList.push(start);
      endList.push(end);
    } else if (raw.endsWith("n't") || raw.endsWith("n’t")) {
      // "don't" → "do" + "not", so negation sees a plain "not".
      words.push(raw.slice(0, apostrophe - 1), "not");
      startList.push(start, start + apostrophe - 1);
      endList.push(start + apostrophe - 1, end);
    } else {
      // "vehicle's" → "vehicle"; "we'll" → "we".
      words.push(raw.slice(0, apostrophe));
      startList.push(start);
      endList.push(start + apostrophe);
    }
  }

  const count = words.length;
  const starts = Int32Array.from(startList);
  const ends = Int32Array.from(endList);
  const sentences = new Int32Array(count);
  const gaps = new Uint8Array(count); // break before token i
  const commas = new Uint8Array(count);
  const singulars: string[] = new Array<string>(count);

  let sentence = 0;
  for (let index = 0; index < count; index += 1) {
    const word = words[index] ?? "";
    singulars[index] = toSingular(word);
    if (index > 0) {
      const { gap, comma } = classifyGap(text, ends[index - 1] ?? 0, starts[index] ?? 0);
      gaps[index] = gap;
      commas[index] = comma ? 1 : 0;
      if (gap === 2) sentence += 1;
    }
    sentences[index] = sentence;
  }

  const { negated, negationCue } = markNegation(words, gaps, commas);
  return { text, count, words, singulars, starts, ends, sentences, negated, negationCue };
}

/** Length of the clause segment starting at `from` and how it ends, for list detection. */
function describeSegment(words: readonly string[], gaps: Uint8Array, from: number): { length: number; hasJoiner: boolean; endsAtComma: boolean } {
  let length = 0;
  let hasJoiner = false;
  let index = from;
  while (index < words.length && length <= maxScope) {
    if (index > from && gaps[index] !== 0) break;
    const word = words[index] ?? "";
    if (word === "or" || word === "nor") hasJoiner = true;
    length += 1;
    index += 1;
  }
  const endsAtComma = index < words.length && gaps[index] === 1;
  return { length, hasJoiner, endsAtComma };
}

function isPostNegationHead(words: readonly string[], index: number): boolean {
  const next = words[index + 1];
  if (next === undefined) return false;
  const pair = `${next} ${words[index + 2] ?? ""}`;
  return postNegationHeads.some((head) => next.startsWith(head) || pair.startsWith(head));
}

/**
 * Marks tokens inside negation scopes. A scope opens after a cue ("no", "not", "without" …) and
 * closes at the end of the sentence, at a contrast word ("but"), at a comma that starts a new
 * clause, or after `maxScope` tokens. A comma continues the scope through a short list
 * ("no dashboards, reports or apps"). "X is not needed" negates backwards to the clause start.
 */
function markNegation(words: readonly string[], gaps: Uint8Array, commas: Uint8Array): { negated: Uint8Array; negationCue: Int32Array } {
  const negated = new Uint8Array(words.length);
  const negationCue = new Int32Array(words.length).fill(-1);
  let cue = -1;
  let inScope = false;
  let scopeLength = 0;
  let clauseStart = 0;

  for (let index = 0; index < words.length; index += 1) {
    const word = words[index] ?? "";
    const gap = gaps[index] ?? 0;
    if (gap === 2) {
      inScope = false;
      clauseStart = index;
    } else if (gap === 1) {
      clauseStart = index;
      if (inScope) {
        const segment = describeSegment(words, gaps, index);
        const continuesList =
          commas[index] === 1 &&
          !clauseStarters.has(word) &&
          segment.length <= 5 &&
          (segment.hasJoiner || segment.endsAtComma || listJoiners.has(word));
        const joinerOpensShortItem = listJoiners.has(word) && segment.length <= 3;
        if (!continuesList && !joinerOpensShortItem) inScope = false;
      }
    }

    if (postNegationWords.has(word) || (word === "not" && isPostNegationHead(words, index))) {
      // Negate backwards over the clause: "dashboards are not needed", "a chatbot is unnecessary".
      for (let back = Math.max(clauseStart, index - maxScope); back < index; back += 1) {
        negated[back] = 1;
        negationCue[back] = index;
      }
    }

    const isCue =
      preNegationCues.has(word) || (word === "rather" && words[index + 1] === "than") || (word === "instead" && words[index + 1] === "of");
    if (isCue && !negationExemptions.has(words[index + 1] ?? "")) {
      inScope = true;
      scopeLength = 0;
      cue = index;
      continue;
    }

    if (contrastWords.has(word)) {
      inScope = false;
      clauseStart = index + 1;
      continue;
    }

    if (inScope) {
      negated[index] = 1;
      negationCue[index] = cue;
      scopeLength += 1;
      if (scopeLength >= maxScope) inScope = false;
    }
  }
  return { negated, negationCue };
}
