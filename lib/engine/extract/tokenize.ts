/**
 * Splits a brief into word tokens once, with everything the matchers need per token: the
 * lower-cased word, a crude singular, its sentence, and whether a negation covers it.
 * One pass over the text plus one over the tokens: linear in the text's length.
 */

export interface TokenStream {
  readonly text: string;
  /** `text` lower-cased (for cheap substring gates; offsets may differ from `text`'s). */
  readonly lowered: string;
  readonly count: number;
  readonly words: readonly string[];
  readonly singulars: readonly string[];
  // Plain arrays, not typed arrays: typed arrays this size live outside the JS heap, and
  // allocating (and copying into) several per draft cost more than reading them.
  readonly starts: readonly number[];
  readonly ends: readonly number[];
  /** Sentence index per token; patterns never match across sentences. */
  readonly sentences: readonly number[];
  /** 1 where a negation ("no", "not", "without", "not needed" …) covers the token. */
  readonly negated: readonly number[];
  /** Index of the cue word that negates each token, or -1. */
  readonly negationCue: readonly number[];
}

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
/**
 * After "and"/"or", these start a new clause, which ends the negation: "must not be biased and
 * handles personal data". Anything else continues a list: "no dashboards and reports".
 */
const clauseVerbs = new Set([
  "must", "should", "will", "would", "can", "could", "may", "might", "shall", "is", "are", "was", "were", "has", "have", "had",
  "does", "do", "did", "need", "needs", "handles", "handle", "uses", "use", "stores", "store", "processes", "process", "contains",
  "includes", "serves", "runs", "works", "collects", "sends", "shows", "gives", "helps", "lets", "allows", "supports", "requires",
  "involves", "touches", "wants", "want", "also", "then",
]);

/** Negation reaches at most this many tokens: longer reaches are usually new thoughts. */
const maxScope = 8;

/**
 * Strips common plural endings so "cars" meets "car" and "categories" meets "category":
 * -ies → -y; -ss, -us, -is stay; -sses, -xes, -ches, -shes lose "es"; other -s is dropped.
 * Written with character codes because it runs once per token.
 */
export function toSingular(word: string): string {
  const length = word.length;
  if (length <= 3 || word.charCodeAt(length - 1) !== 115 /* s */) return word;
  const second = word.charCodeAt(length - 2);
  const third = word.charCodeAt(length - 3);
  if (second === 101 /* e */ && third === 105 /* i */ && length > 4) return `${word.slice(0, -3)}y`;
  if (second === 115 /* s */ || second === 117 /* u */ || second === 105 /* i */) return word;
  if (second === 101 /* e */) {
    const fourth = word.charCodeAt(length - 4);
    if (third === 120 /* x */) return word.slice(0, -2);
    if (third === 104 /* h */ && (fourth === 99 /* c */ || fourth === 115 /* s */)) return word.slice(0, -2);
    if (third === 115 /* s */ && fourth === 115 /* s */) return word.slice(0, -2);
  }
  return word.slice(0, -1);
}

/** Tokenises `text` and marks negated tokens. */
export function tokenize(text: string): TokenStream {
  // Lower-case once. A few characters change length when lower-cased (e.g. "İ"); then offsets
  // would drift, so fall back to lower-casing token by token.
  const lowered = text.toLowerCase();
  const aligned = lowered.length === text.length;
  const source = aligned ? lowered : text;
  const length = source.length;

  const words: string[] = [];
  const singulars: string[] = [];
  const startList: number[] = [];
  const endList: number[] = [];
  const sentenceList: number[] = [];
  const gapList: number[] = []; // break before each token: 0 none, 1 clause, 2 sentence
  const commaList: number[] = [];

  let sentence = 0;
  let gap = 0;
  let comma = false;
  const push = (word: string, start: number, end: number) => {
    const lower = aligned ? word : word.toLowerCase();
    const first = words.length === 0;
    if (!first && gap === 2) sentence += 1;
    words.push(lower);
    singulars.push(toSingular(lower));
    startList.push(start);
    endList.push(end);
    sentenceList.push(sentence);
    gapList.push(first ? 0 : gap);
    commaList.push(!first && gap === 1 && comma ? 1 : 0);
    gap = 0;
    comma = false;
  };

  // One pass over the characters: words are runs of letters and digits (with an optional
  // apostrophe suffix such as "'s" or "n't"); everything between words is classified as
  // no break, a clause break (comma, colon, bracket, dash) or a sentence break.
  let index = 0;
  while (index < length) {
    const code = source.charCodeAt(index);
    if (isWordCode(source, index, code)) {
      const start = index;
      index += 1;
      while (index < length && isWordCode(source, index, source.charCodeAt(index))) index += 1;
      const end = index;
      const next = source.charCodeAt(index);
      if ((next === 39 || next === 8217) && index + 1 < length && isLetterCode(source, index + 1, source.charCodeAt(index + 1))) {
        let suffixEnd = index + 1;
        while (suffixEnd < length && isLetterCode(source, suffixEnd, source.charCodeAt(suffixEnd))) suffixEnd += 1;
        const suffix = source.slice(index + 1, suffixEnd).toLowerCase();
        const stem = source.slice(start, end);
        if (suffix === "t" && stem.toLowerCase().endsWith("n")) {
          // "don't" → "do" + "not", so negation sees a plain "not".
          push(stem.slice(0, -1), start, end - 1);
          push("not", end - 1, suffixEnd);
        } else {
          // "vehicle's" → "vehicle"; "we'll" → "we".
          push(stem, start, end);
        }
        index = suffixEnd;
      } else {
        push(source.slice(start, end), start, end);
      }
      continue;
    }
    if (code === 46 /* . */) {
      // "." ends a sentence only when followed by a space or the end ("e.g." still splits; "1.5" and "node.js" do not).
      const after = index + 1 < length ? source.charCodeAt(index + 1) : 32;
      if (after === 32 || after === 10 || after === 13 || after === 9) gap = 2;
    } else if (code === 33 /* ! */ || code === 63 /* ? */ || code === 59 /* ; */ || code === 10 /* \n */) {
      gap = 2;
    } else if (code === 44 /* , */) {
      if (gap < 1) gap = 1;
      comma = true;
    } else if (code === 58 /* : */ || code === 40 || code === 41 || code === 8212 || code === 8211 || code === 91 || code === 93) {
      if (gap < 1) gap = 1;
    }
    index += 1;
  }

  const { negated, negationCue } = markNegation(words, gapList, commaList);
  return {
    text,
    lowered,
    count: words.length,
    words,
    singulars,
    starts: startList,
    ends: endList,
    sentences: sentenceList,
    negated,
    negationCue,
  };
}

const nonAsciiWordChar = /[\p{L}\p{N}]/u;
const nonAsciiLetter = /\p{L}/u;

/** Letters and digits; non-ASCII characters are checked against Unicode classes. */
function isWordCode(source: string, index: number, code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return nonAsciiWordChar.test(source.charAt(index));
}

function isLetterCode(source: string, index: number, code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
  return nonAsciiLetter.test(source.charAt(index));
}

/** Length of the clause segment starting at `from` and how it ends, for list detection. */
function describeSegment(words: readonly string[], gaps: readonly number[], from: number): { length: number; hasJoiner: boolean; endsAtComma: boolean } {
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
function markNegation(words: readonly string[], gaps: readonly number[], commas: readonly number[]): { negated: number[]; negationCue: number[] } {
  const negated = new Array<number>(words.length).fill(0);
  const negationCue = new Array<number>(words.length).fill(-1);
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

    if (inScope && (word === "and" || word === "or")) {
      const next = words[index + 1] ?? "";
      if (clauseStarters.has(next) || clauseVerbs.has(next)) {
        inScope = false;
        clauseStart = index + 1;
        continue;
      }
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
