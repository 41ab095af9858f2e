import type { TokenStream } from "./tokenize";

/**
 * Reads numbers the lexicon cannot: user and request volumes, latency budgets and model
 * counts ("2 million users", "10k requests per second", "under 50 ms", "three models").
 * A constant number of precompiled regexes, each one linear pass over the text.
 */

export interface Quantity {
  readonly value: number;
  readonly evidence: string;
}

export interface Quantities {
  readonly users?: Quantity;
  readonly requestsPerDay?: Quantity;
  readonly latencyMs?: Quantity;
  readonly modelCount?: Quantity;
}

const userNouns =
  "users?|customers?|visitors?|shoppers?|subscribers?|players?|members?|patients?|drivers?|listeners?|viewers?|readers?|students?|employees?|card ?holders?|account ?holders?|policy ?holders?|clients?|citizens?|households?";
const requestNouns =
  "requests?|queries|query|api calls|calls|transactions?|predictions?|messages?|conversations?|sessions?|orders?|events?|images?|documents?|payments?|claims?";
const qualifiers = "(?:(?:daily|monthly|weekly|active|concurrent|unique|registered|paying|online|new|incoming|card|inference)\\s+){0,2}";
const rate = "(?:\\s+(?:a|per|each|every|/)\\s*(day|second|sec|minute|min|hour|week|month|year))?";

const numericVolume = new RegExp(
  `(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)\\s*(k|m|mm|bn|b|thousand|million|billion)?\\+?\\s+${qualifiers}(${userNouns}|${requestNouns})\\b${rate}`,
  "gi",
);
const wordVolume = new RegExp(
  `\\b(hundreds of millions|tens of millions|millions|billions|hundreds of thousands|tens of thousands|thousands)\\s+of\\s+${qualifiers}(${userNouns}|${requestNouns})\\b${rate}`,
  "gi",
);
const latencyBudget = /\b(\d+(?:\.\d+)?)\s*(ms|milliseconds?)\b|\b(?:latency|response times?|respond|responds|answer|answers|reply|replies|inference|react|reacts)\b[^.!?;\n]{0,40}?\b(\d+(?:\.\d+)?)\s*(seconds?|secs?|s)\b/gi;
const modelCountPattern =
  /\b(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|a dozen|dozens of|hundreds of|several|multiple|many|a few|a handful of)\s+((?:[a-z][a-z-]*\s+){0,2}?)models?\b/gi;

const multipliers: Record<string, number> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9 };
const wordAmounts: Record<string, number> = {
  thousands: 1e3,
  "tens of thousands": 1e4,
  "hundreds of thousands": 1e5,
  millions: 1e6,
  "tens of millions": 1e7,
  "hundreds of millions": 1e8,
  billions: 1e9,
};
const perDay: Record<string, number> = { second: 86_400, sec: 86_400, minute: 1_440, min: 1_440, hour: 24, day: 1, week: 1 / 7, month: 1 / 30, year: 1 / 365 };
const countWords: Record<string, number> = {
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  "a dozen": 12,
  "dozens of": 24,
  "hundreds of": 100,
  // Vague plurals: read as "three", the threshold at which a dedicated MLOps engineer pays off.
  several: 3,
  multiple: 3,
  many: 3,
  "a few": 3,
  "a handful of": 3,
};
// "several pre-trained models" or "two language models" count models the team uses, not models it builds.
const usedNotBuilt = /\b(language|foundation|pre-trained|pretrained|existing|open-source|vision|hosted|third-party|off-the-shelf)\b/;
const userNounPattern = new RegExp(`^(?:${userNouns})$`, "i");

/** Index of the token that starts at or after `offset`, by binary search. */
function findTokenAt(stream: TokenStream, offset: number): number {
  let low = 0;
  let high = stream.count - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((stream.starts[middle] ?? 0) >= offset) {
      found = middle;
      high = middle - 1;
    } else low = middle + 1;
  }
  return found;
}

function isNegatedAt(stream: TokenStream, offset: number): boolean {
  const token = findTokenAt(stream, offset);
  return token >= 0 && stream.negated[token] === 1;
}

function keepLarger(current: Quantity | undefined, next: Quantity): Quantity {
  return current && current.value >= next.value ? current : next;
}

/** Finds the largest stated user volume, request volume (per day), tightest latency and model count. */
export function readQuantities(stream: TokenStream): Quantities {
  const text = stream.text;
  let users: Quantity | undefined;
  let requestsPerDay: Quantity | undefined;
  let latencyMs: Quantity | undefined;
  let modelCount: Quantity | undefined;

  const addVolume = (amount: number, noun: string, unit: string | undefined, evidence: string) => {
    if (userNounPattern.test(noun)) {
      users = keepLarger(users, { value: Math.round(amount), evidence });
    } else {
      // Without a period, read a request volume as per day, the unit the brief's field uses.
      const factor = unit ? (perDay[unit.toLowerCase()] ?? 1) : 1;
      requestsPerDay = keepLarger(requestsPerDay, { value: Math.round(amount * factor), evidence });
    }
  };

  // Cheap gates: most briefs have no digits or volume words, and then the regexes need not run.
  const hasDigit = /\d/.test(text);
  const lower = stream.lowered;

  numericVolume.lastIndex = 0;
  for (let match = hasDigit ? numericVolume.exec(text) : null; match !== null; match = numericVolume.exec(text)) {
    if (isNegatedAt(stream, match.index)) continue;
    const base = Number((match[1] ?? "0").replaceAll(",", ""));
    const multiplier = match[2] ? (multipliers[match[2].toLowerCase()] ?? 1) : 1;
    addVolume(base * multiplier, match[3] ?? "", match[4], match[0]);
  }
  wordVolume.lastIndex = 0;
  const hasVolumeWord = lower.includes("thousands") || lower.includes("millions") || lower.includes("billions");
  for (let match = hasVolumeWord ? wordVolume.exec(text) : null; match !== null; match = wordVolume.exec(text)) {
    if (isNegatedAt(stream, match.index)) continue;
    addVolume(wordAmounts[(match[1] ?? "").toLowerCase()] ?? 0, match[2] ?? "", match[3], match[0]);
  }

  latencyBudget.lastIndex = 0;
  for (let match = hasDigit ? latencyBudget.exec(text) : null; match !== null; match = latencyBudget.exec(text)) {
    const milliseconds = match[1] !== undefined ? Number(match[1]) : Number(match[3] ?? "0") * 1000;
    if (!(milliseconds > 0)) continue;
    if (!latencyMs || milliseconds < latencyMs.value) latencyMs = { value: milliseconds, evidence: match[0] };
  }

  modelCountPattern.lastIndex = 0;
  const mentionsModels = lower.includes("model");
  for (let match = mentionsModels ? modelCountPattern.exec(text) : null; match !== null; match = modelCountPattern.exec(text)) {
    if (usedNotBuilt.test((match[2] ?? "").toLowerCase()) || isNegatedAt(stream, match.index)) continue;
    const word = (match[1] ?? "").toLowerCase();
    const count = /^\d+$/.test(word) ? Number(word) : (countWords[word] ?? 0);
    if (count >= 1) modelCount = keepLarger(modelCount, { value: count, evidence: match[0] });
  }

  return {
    ...(users ? { users } : {}),
    ...(requestsPerDay ? { requestsPerDay } : {}),
    ...(latencyMs ? { latencyMs } : {}),
    ...(modelCount ? { modelCount } : {}),
  };
}
