import { parseArgs, type ParseArgsConfig } from "node:util";
import { draftTeam } from "../../lib/engine/index";
import {
  archetypeIds,
  dataModalityIds,
  deploymentTargetIds,
  latencyClassIds,
  modelSourceIds,
  ProjectBriefSchema,
  type ProjectBriefInput,
} from "../../lib/schemas/project-brief";
import { toOneLine, UsageError, type CliIO } from "./cli-io";
import { renderDraft } from "./render-draft";

interface FlagHelp {
  readonly flag: string;
  readonly text: string;
}

const options = {
  json: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  file: { type: "string" },
  archetype: { type: "string", multiple: true },
  modality: { type: "string", multiple: true },
  "model-source": { type: "string" },
  deployment: { type: "string" },
  latency: { type: "string" },
  users: { type: "string" },
  "requests-per-day": { type: "string" },
  privacy: { type: "boolean" },
  "no-privacy": { type: "boolean" },
  fairness: { type: "boolean" },
  "no-fairness": { type: "boolean" },
  reporting: { type: "boolean" },
  "no-reporting": { type: "boolean" },
  "headcount-cap": { type: "string" },
  timeline: { type: "string" },
  location: { type: "string" },
  currency: { type: "string" },
  models: { type: "string" },
} as const satisfies ParseArgsConfig["options"];

const flagHelp: readonly FlagHelp[] = [
  { flag: "--json", text: "Print the TeamDraft as JSON instead of a readable plan" },
  { flag: "--file <path>", text: "Read the description from a file (- for stdin)" },
  { flag: "--archetype <type>", text: `Project type, repeatable: ${archetypeIds.join(", ")}` },
  { flag: "--modality <kind>", text: `Data type, repeatable or comma-separated: ${dataModalityIds.join(", ")}` },
  { flag: "--model-source <source>", text: `Where the model comes from: ${modelSourceIds.join(", ")}` },
  { flag: "--deployment <target>", text: `Where the model runs: ${deploymentTargetIds.join(", ")}` },
  { flag: "--latency <class|ms>", text: `${latencyClassIds.join(", ")}, or a budget such as 50ms (≤100 real-time, ≤1000 interactive)` },
  { flag: "--users <n>", text: "Number of users" },
  { flag: "--requests-per-day <n>", text: "Requests per day" },
  { flag: "--models <n>", text: "Number of models the project builds" },
  { flag: "--privacy | --no-privacy", text: "Personal, regulated or confidential data (or not)" },
  { flag: "--fairness | --no-fairness", text: "Decisions raise fairness or bias concerns (or not)" },
  { flag: "--reporting | --no-reporting", text: "Results go to non-technical stakeholders (or not)" },
  { flag: "--headcount-cap <n>", text: "At most this many people (1–200)" },
  { flag: "--timeline <months>", text: "Months available (1–60)" },
  { flag: "--location <place>", text: 'Where the team is hired, e.g. "US", "Berlin, DE", "remote (US)"' },
  { flag: "--currency <code>", text: "ISO 4217 currency for salaries and cost, e.g. USD" },
  { flag: "-h, --help", text: "Show this help" },
];

/** Which CLI flag sets each brief field, for error messages. */
const flagForField: Record<string, string> = {
  description: "description",
  archetypes: "--archetype",
  dataModalities: "--modality",
  modelSource: "--model-source",
  deploymentTarget: "--deployment",
  latency: "--latency",
  scale: "--users/--requests-per-day",
  "scale.users": "--users",
  "scale.requestsPerDay": "--requests-per-day",
  privacySensitive: "--privacy",
  fairnessConcerns: "--fairness",
  stakeholderReporting: "--reporting",
  headcountCap: "--headcount-cap",
  timelineMonths: "--timeline",
  location: "--location",
  currency: "--currency",
  modelCount: "--models",
};

export function renderDraftHelp(): string {
  const width = Math.max(...flagHelp.map((entry) => entry.flag.length));
  return [
    'Usage: teamwright draft "<description>" [options]',
    "",
    "Drafts the team for an AI project from a description (10 to 20,000 characters).",
    "Options override what the description says.",
    "",
    "Options:",
    ...flagHelp.map((entry) => `  ${entry.flag.padEnd(width)}  ${entry.text}`),
    "",
    "Examples:",
    '  teamwright draft "Spot pedestrians and cars from the vehicle\'s sensors while driving" --deployment edge-device',
    '  teamwright draft "Answer customer questions from our help centre" --privacy --headcount-cap 3 --json',
    "",
  ].join("\n");
}

/** Whole numbers become numbers; anything else is passed on so the schema names the problem. */
function readNumber(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  return /^\d+$/.test(value.trim()) ? Number(value.trim()) : value;
}

function readLatency(value: string | undefined): number | string | undefined {
  if (value === undefined) return undefined;
  const match = /^(\d+)\s*(ms)?$/i.exec(value.trim());
  return match ? Number(match[1]) : value.trim();
}

function readList(values: readonly string[] | undefined): string[] | undefined {
  if (values === undefined) return undefined;
  return values.flatMap((value) => value.split(",")).map((value) => value.trim()).filter((value) => value.length > 0);
}

function readSwitch(on: boolean | undefined, off: boolean | undefined, flag: string): boolean | undefined {
  if (on && off) throw new UsageError(`--${flag} and --no-${flag} contradict each other; give one`);
  if (on) return true;
  if (off) return false;
  return undefined;
}

function parseDraftArgs(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") {
      const option = /'([^']+)'/.exec(message)?.[1] ?? "option";
      throw new UsageError(`unknown option ${option}; see teamwright draft --help`);
    }
    if (code === "ERR_PARSE_ARGS_INVALID_OPTION_VALUE") throw new UsageError(`${message.split(/\.\s/)[0] ?? message}; see teamwright draft --help`);
    throw new UsageError(message);
  }
}

/** Turns parsed flags into the brief input the schema checks. Only flags given are set. */
function buildBriefInput(values: ReturnType<typeof parseDraftArgs>["values"], description: string): Record<string, unknown> {
  const input: Record<string, unknown> = { description };
  const set = (key: keyof ProjectBriefInput, value: unknown) => {
    if (value !== undefined) input[key] = value;
  };
  set("archetypes", readList(values.archetype));
  set("dataModalities", readList(values.modality));
  set("modelSource", values["model-source"]);
  set("deploymentTarget", values.deployment);
  set("latency", readLatency(values.latency));
  const users = readNumber(values.users);
  const requestsPerDay = readNumber(values["requests-per-day"]);
  if (users !== undefined || requestsPerDay !== undefined) {
    input.scale = { ...(users !== undefined ? { users } : {}), ...(requestsPerDay !== undefined ? { requestsPerDay } : {}) };
  }
  set("privacySensitive", readSwitch(values.privacy, values["no-privacy"], "privacy"));
  set("fairnessConcerns", readSwitch(values.fairness, values["no-fairness"], "fairness"));
  set("stakeholderReporting", readSwitch(values.reporting, values["no-reporting"], "reporting"));
  set("headcountCap", readNumber(values["headcount-cap"]));
  set("timelineMonths", readNumber(values.timeline));
  set("location", values.location);
  set("currency", values.currency);
  set("modelCount", readNumber(values.models));
  return input;
}

function readDescription(positionals: readonly string[], file: string | undefined, io: CliIO): string {
  const text = positionals.join(" ");
  if (file !== undefined) {
    if (text.trim() !== "") throw new UsageError("give the description either as text or with --file, not both");
    try {
      return io.readFile(file);
    } catch (error) {
      const reason = (error as { code?: unknown }).code === "ENOENT" ? "no such file" : "it could not be read";
      throw new UsageError(`cannot read the description from ${file}: ${reason}`);
    }
  }
  if (text.trim() === "") throw new UsageError('missing description; usage: teamwright draft "<what the AI should do>" [options]');
  return text;
}

/** `teamwright draft`: parses flags into a ProjectBrief, drafts the team, prints it. */
export const draftCommand = {
  summary: "Draft the team, phases, salaries and cost for a project description",
  run(args: readonly string[], io: CliIO): number {
    const { values, positionals } = parseDraftArgs(args);
    if (values.help) {
      io.stdout(renderDraftHelp());
      return 0;
    }
    const description = readDescription(positionals, values.file, io);
    const parsed = ProjectBriefSchema.safeParse(buildBriefInput(values, description));
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const path = issue?.path.map(String).join(".") ?? "";
      const flag = flagForField[path] ?? flagForField[path.split(".")[0] ?? ""] ?? "input";
      throw new UsageError(`${flag}: ${toOneLine(issue?.message ?? "invalid input")}`);
    }
    const draft = draftTeam(parsed.data);
    io.stdout(values.json ? `${JSON.stringify(draft, null, 2)}\n` : renderDraft(draft));
    return 0;
  },
};
