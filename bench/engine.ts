/**
 * Rules-engine benchmark: drafts per second over the corpus, and time per draft for 1 KB,
 * 10 KB and 20 KB descriptions (median and p95 after warm-up). Writes the figures to
 * bench/RESULTS.md between the engine markers, leaving every other section alone.
 * Run: npx tsx bench/engine.ts   (add --no-write to only print)
 */
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { clearExtractionMemos, draftTeam } from "../lib/engine/index";
import { ProjectBriefSchema, type ProjectBrief } from "../lib/schemas/project-brief";
import { corpusBriefs } from "./corpus/briefs";

const resultsPath = fileURLToPath(new URL("./RESULTS.md", import.meta.url));
const startMarker = "<!-- engine:start -->";
const endMarker = "<!-- engine:end -->";

/** Targets from the issue: median ≤ 200 µs for a 1 KB brief; growth no worse than linear. */
const targetMedian1kbMicros = 200;
const sizes = [1_000, 10_000, 20_000] as const;
const samplesPerSize: Record<(typeof sizes)[number], number> = { 1_000: 3_000, 10_000: 600, 20_000: 400 };
const throughputSeconds = 3;

function nowMicros(): number {
  return Number(process.hrtime.bigint()) / 1_000;
}

function percentile(sorted: readonly number[], fraction: number): number {
  if (sorted.length === 0) return Number.NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[index] ?? Number.NaN;
}

/** A deterministic description of exactly `length` characters, stitched from the corpus. */
function buildDescription(length: number): string {
  const pieces = corpusBriefs.map((entry) => entry.brief.description.trim());
  let text = "";
  for (let index = 0; text.length < length; index += 1) text += `${pieces[index % pieces.length]} `;
  return text.slice(0, length);
}

// Keeps results observable so the JIT cannot drop the work.
let sink = 0;

/**
 * Times `samples` drafts after a warm-up. With `cold`, the extractor's word memo is emptied
 * before every draft (outside the timed region), as for a first draft with unseen words.
 */
function timeDrafts(brief: ProjectBrief, samples: number, cold = false): number[] {
  const warmup = Math.max(50, Math.floor(samples / 5));
  for (let index = 0; index < warmup; index += 1) sink += draftTeam(brief).headcount;
  const durations: number[] = [];
  for (let index = 0; index < samples; index += 1) {
    if (cold) clearExtractionMemos();
    const start = nowMicros();
    const draft = draftTeam(brief);
    durations.push(nowMicros() - start);
    sink += draft.headcount;
  }
  return durations.sort((a, b) => a - b);
}

function measureThroughput(briefs: readonly ProjectBrief[]): { draftsPerSecond: number; drafts: number } {
  for (let pass = 0; pass < 20; pass += 1) for (const brief of briefs) sink += draftTeam(brief).headcount;
  const start = nowMicros();
  let drafts = 0;
  while (nowMicros() - start < throughputSeconds * 1_000_000) {
    for (const brief of briefs) sink += draftTeam(brief).headcount;
    drafts += briefs.length;
  }
  const elapsedSeconds = (nowMicros() - start) / 1_000_000;
  return { draftsPerSecond: drafts / elapsedSeconds, drafts };
}

function readCommit(): string {
  try {
    return execFileSync("git", ["rev-parse", "--short", "HEAD"], { encoding: "utf8", cwd: fileURLToPath(new URL(".", import.meta.url)) }).trim();
  } catch {
    return "unknown";
  }
}

function formatMicros(value: number): string {
  return value >= 1_000 ? `${(value / 1_000).toFixed(2)} ms` : `${value.toFixed(0)} µs`;
}

function verdict(ok: boolean): string {
  return ok ? "✓" : "✗ over";
}

interface SizeResult {
  readonly label: string;
  readonly size: number;
  readonly median: number;
  readonly p95: number;
  readonly samples: number;
}

function renderSection(results: readonly SizeResult[], throughput: { draftsPerSecond: number; drafts: number }, parseMedian: number): string {
  const cpus = os.cpus();
  const warm = results.filter((result) => !result.label.includes("cold"));
  const first = warm[0];
  const last = warm[warm.length - 1];
  const growth = first && last ? last.median / first.median : Number.NaN;
  const idealGrowth = last && first ? last.size / first.size : 20;
  const throughputTarget = 1_000_000 / targetMedian1kbMicros;

  const rows = results.map((result) => {
    // The ceiling for a larger brief is the 1 KB target scaled linearly with its length.
    const ceiling = (targetMedian1kbMicros * result.size) / 1_000;
    return `| ${result.label} | ${formatMicros(result.median)} | ${formatMicros(result.p95)} | ${formatMicros(ceiling)} | ${(result.median / ceiling).toFixed(2)}× | ${(result.p95 / ceiling).toFixed(2)}× | ${verdict(result.median <= ceiling)} | ${result.samples} |`;
  });

  return [
    startMarker,
    "## Rules engine",
    "",
    "`npx tsx bench/engine.ts` — `draftTeam()` on parsed briefs (schema parsing measured separately), after warm-up, timed with `process.hrtime.bigint()`.",
    "",
    `- Machine: ${cpus[0]?.model ?? "unknown CPU"} × ${cpus.length} cores, ${os.platform()} ${os.release()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM`,
    `- Node ${process.version}`,
    `- Date: ${new Date().toISOString()}`,
    `- Git commit: ${readCommit()}`,
    "",
    "### Time per draft",
    "",
    "| Brief text | Median | p95 | Ceiling (200 µs per KB) | Median / ceiling | p95 / ceiling | Median within ceiling | Samples |",
    "|---|---|---|---|---|---|---|---|",
    ...rows,
    "",
    `Target: median ≤ ${targetMedian1kbMicros} µs for a 1 KB brief; larger briefs are held to the same target scaled linearly.`,
    "The texts are stitched from the corpus, so every sentence is a different project: far denser in traits than a real brief (a worst case for the rules).",
    "The extractor memoises word → lexicon candidates (a cache of a pure function; drafts never depend on it). The \"cold\" row empties it before every draft.",
    "",
    "### Growth with text length",
    "",
    "| Figure | Value | Ceiling | Ratio to ceiling | |",
    "|---|---|---|---|---|",
    `| Median 20 KB / median 1 KB | ${growth.toFixed(1)}× | ${idealGrowth}× (linear) | ${(growth / idealGrowth).toFixed(2)} | ${verdict(growth <= idealGrowth)} |`,
    "",
    "Below 20× means the fixed cost per draft (rules, output) dominates and text handling is linear or better.",
    "",
    "### Throughput over the corpus",
    "",
    "| Figure | Value | Target | Ratio to target | |",
    "|---|---|---|---|---|",
    `| Drafts per second (${corpusBriefs.length} briefs, ${throughputSeconds} s) | ${Math.round(throughput.draftsPerSecond).toLocaleString("en-US")} | ≥ ${throughputTarget.toLocaleString("en-US")} (1 / 200 µs) | ${(throughput.draftsPerSecond / throughputTarget).toFixed(2)}× | ${verdict(throughput.draftsPerSecond >= throughputTarget)} |`,
    `| ProjectBriefSchema.parse, 1 KB (median, not part of a draft) | ${formatMicros(parseMedian)} | — | — | |`,
    endMarker,
  ].join("\n");
}

/** Replaces the engine section between its markers, or appends it; other sections stay as they are. */
function writeSection(section: string): void {
  const current = existsSync(resultsPath) ? readFileSync(resultsPath, "utf8") : "# Benchmark results\n";
  const start = current.indexOf(startMarker);
  const end = current.indexOf(endMarker);
  const next =
    start >= 0 && end > start
      ? `${current.slice(0, start)}${section}${current.slice(end + endMarker.length)}`
      : `${current.replace(/\s*$/, "")}\n\n${section}\n`;
  writeFileSync(resultsPath, next);
}

function main(): void {
  const corpus = corpusBriefs.map((entry) => ProjectBriefSchema.parse(entry.brief));
  const results: SizeResult[] = sizes.map((size) => {
    const brief = ProjectBriefSchema.parse({ description: buildDescription(size) });
    const durations = timeDrafts(brief, samplesPerSize[size]);
    return { label: `${size / 1_000} KB`, size, median: percentile(durations, 0.5), p95: percentile(durations, 0.95), samples: durations.length };
  });
  const coldBrief = ProjectBriefSchema.parse({ description: buildDescription(1_000) });
  const coldDurations = timeDrafts(coldBrief, 1_000, true);
  results.splice(1, 0, {
    label: "1 KB, cold word memo",
    size: 1_000,
    median: percentile(coldDurations, 0.5),
    p95: percentile(coldDurations, 0.95),
    samples: coldDurations.length,
  });

  const parseInput = { description: buildDescription(1_000) };
  const parseDurations: number[] = [];
  for (let index = 0; index < 2_000; index += 1) {
    const start = nowMicros();
    sink += ProjectBriefSchema.parse(parseInput).description.length;
    if (index >= 200) parseDurations.push(nowMicros() - start);
  }
  parseDurations.sort((a, b) => a - b);

  const throughput = measureThroughput(corpus);
  const section = renderSection(results, throughput, percentile(parseDurations, 0.5));
  console.log(section.split("\n").filter((line) => !line.startsWith("<!--")).join("\n"));
  if (!process.argv.includes("--no-write")) {
    writeSection(section);
    console.log(`\nWrote the "Rules engine" section of ${resultsPath}`);
  }
  if (sink === Number.MIN_SAFE_INTEGER) console.log(sink);
}

main();
