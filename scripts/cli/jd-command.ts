import { writeFileSync } from "node:fs";
import { parseArgs, type ParseArgsConfig } from "node:util";
import { draftTeam } from "../../lib/engine/index";
import { buildJobDescription, RoleNotStaffedError } from "../../lib/jd/build-job-description";
import { effectivePlan } from "../../lib/plans/effective-plan";
import { jdExportFormats, type JdExportFormat } from "../../lib/schemas/job-description";
import { emptyOverrides } from "../../lib/schemas/plan";
import { ProjectBriefSchema } from "../../lib/schemas/project-brief";
import { roleIds } from "../../lib/schemas/team-draft";
import { toOneLine, UsageError, type CliIO } from "./cli-io";
import { allowServerOnlyModules } from "./server-only-hook";

const options = {
  format: { type: "string", short: "f", default: "md" },
  out: { type: "string", short: "o" },
  location: { type: "string" },
  currency: { type: "string" },
  timeline: { type: "string" },
  org: { type: "string" },
  date: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const satisfies ParseArgsConfig["options"];

const binaryFormats: readonly JdExportFormat[] = ["docx", "pdf"];

export function renderJdHelp(): string {
  return [
    'Usage: teamwright jd <roleId> "<description>" [--format md|html|txt|docx|pdf|jsonld] [--out FILE]',
    "",
    "Drafts the team for the description, then the job description for one of its roles, built from",
    "the plan and Teamwright's default role library, in the format you choose.",
    "",
    `Roles: ${roleIds.join(", ")} (the plan must staff the role)`,
    "",
    "Options:",
    "  -f, --format <format>  md (default), html, txt, docx, pdf or jsonld (schema.org JobPosting)",
    "  -o, --out <file>       Write to a file (required for docx and pdf); otherwise stdout",
    '  --location <place>     Where the job is based, e.g. "Berlin, DE", "New York, NY", "remote (US)"',
    "  --currency <code>      ISO 4217 currency for the salary, e.g. USD",
    "  --timeline <months>    Months available (1–60)",
    '  --org <name>           Hiring organisation (default "Your organisation")',
    "  --date <YYYY-MM-DD>    Date posted (default today, UTC)",
    "  -h, --help             Show this help",
    "",
    "Example:",
    '  teamwright jd ai-engineer "Answer customer questions from our help centre with an LLM" --format pdf --out ai-engineer.pdf',
    "",
  ].join("\n");
}

function parseJdArgs(args: readonly string[]) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const code = (error as { code?: unknown }).code;
    const message = error instanceof Error ? error.message : String(error);
    if (code === "ERR_PARSE_ARGS_UNKNOWN_OPTION") throw new UsageError(`unknown option ${/'([^']+)'/.exec(message)?.[1] ?? "option"}; see teamwright jd --help`);
    throw new UsageError(`${message.split(/\.\s/)[0] ?? message}; see teamwright jd --help`);
  }
}

function readDate(value: string | undefined): Date {
  if (value === undefined) return new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : new Date(Number.NaN);
  if (Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value) throw new UsageError(`--date: "${value}" is not a date; use YYYY-MM-DD`);
  return date;
}

/** `teamwright jd`: brief → plan → one role's job description → the chosen format. */
export const jdCommand = {
  summary: "Write the job description for one role of the plan, as md, html, txt, docx, pdf or JSON-LD",
  async run(args: readonly string[], io: CliIO): Promise<number> {
    const { values, positionals } = parseJdArgs(args);
    if (values.help) {
      io.stdout(renderJdHelp());
      return 0;
    }
    const [roleId, ...words] = positionals;
    if (roleId === undefined) throw new UsageError('missing role; usage: teamwright jd <roleId> "<description>" --format md (see teamwright jd --help)');
    const format = values.format as string;
    if (!(jdExportFormats as readonly string[]).includes(format)) throw new UsageError(`--format: "${format}" is not a format; choose one of ${jdExportFormats.join(", ")}`);
    const jdFormat = format as JdExportFormat;
    if (binaryFormats.includes(jdFormat) && values.out === undefined) throw new UsageError(`--format ${jdFormat} writes a binary file; add --out FILE`);
    const description = words.join(" ");
    if (description.trim() === "") throw new UsageError(`missing description; usage: teamwright jd ${roleId} "<what the AI should do>"`);

    const timeline = values.timeline === undefined ? undefined : /^\d+$/.test(values.timeline.trim()) ? Number(values.timeline.trim()) : values.timeline;
    const parsed = ProjectBriefSchema.safeParse({
      description,
      ...(values.location !== undefined ? { location: values.location } : {}),
      ...(values.currency !== undefined ? { currency: values.currency } : {}),
      ...(timeline !== undefined ? { timelineMonths: timeline } : {}),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      const field = String(issue?.path[0] ?? "description");
      const flag = field === "description" ? "description" : field === "timelineMonths" ? "--timeline" : `--${field}`;
      throw new UsageError(`${flag}: ${toOneLine(issue?.message ?? "invalid input")}`);
    }
    const plan = effectivePlan({ brief: parsed.data, draft: draftTeam(parsed.data), overrides: emptyOverrides(), notes: "" });
    const staffed = plan.team.map((role) => role.roleId).join(", ");
    if (!(roleIds as readonly string[]).includes(roleId)) throw new UsageError(`unknown role "${roleId}"; roles are ${roleIds.join(", ")}, and this plan staffs ${staffed}`);
    let built;
    try {
      built = buildJobDescription(plan, roleId);
    } catch (error) {
      if (error instanceof RoleNotStaffedError) throw new UsageError(`the plan for this description does not staff ${roleId}; it staffs ${staffed}`);
      throw error;
    }
    const context = { organizationName: values.org?.trim() || "Your organisation", datePosted: readDate(values.date), identifier: `teamwright-${roleId}` };

    allowServerOnlyModules();
    let output: string | Buffer;
    switch (jdFormat) {
      case "md":
        output = (await import("../../lib/server/export/markdown")).renderMarkdown(built.content, context);
        break;
      case "html":
        output = (await import("../../lib/server/export/html")).renderHtml(built.content, context);
        break;
      case "txt":
        output = (await import("../../lib/server/export/text")).renderText(built.content, context);
        break;
      case "jsonld":
        output = (await import("../../lib/server/export/json-ld")).renderJsonLd(built.content, context);
        break;
      case "docx":
        output = await (await import("../../lib/server/export/docx")).renderDocx(built.content, context);
        break;
      case "pdf":
        output = await (await import("../../lib/server/export/pdf")).renderPdf(built.content, context);
        break;
    }
    for (const warning of built.warnings) io.stderr(`teamwright: note: ${toOneLine(warning.message)}\n`);
    if (values.out !== undefined) {
      try {
        (io.writeFile ?? writeFileSync)(values.out, output);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        throw new UsageError(`cannot write ${values.out}: ${code === "ENOENT" ? "no such folder" : code === "EACCES" ? "permission denied" : "the file could not be written"}`);
      }
      io.stdout(`Wrote ${values.out} (${built.content.title}, ${jdFormat})\n`);
    } else {
      io.stdout(typeof output === "string" ? output : output.toString("utf8"));
    }
    return 0;
  },
};
