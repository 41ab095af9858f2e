import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { JobPostingSchema } from "@/tests/fixtures/job-posting-schema";
import { docxToText, pdfToText } from "@/tests/unit/export/extract";

const repoRoot = path.resolve(__dirname, "../..");
const launcher = path.join(repoRoot, "scripts/teamwright.mjs");
const scratch = mkdtempSync(path.join(tmpdir(), "teamwright-cli-jd-"));
const timeout = 60_000;
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: readonly string[]) {
  const result = spawnSync(process.execPath, [launcher, ...args], { cwd: scratch, encoding: "utf8", env: { ...process.env, NO_COLOR: "1", NODE_OPTIONS: "" }, timeout });
  return { status: result.status, stdout: result.stdout, stderrLines: result.stderr.split("\n").filter((line) => line.trim() !== "") };
}

const recommender = "A product recommender for our online store with real-time suggestions";

describe("teamwright jd", () => {
  it("--help and the main help list the command", () => {
    expect(run(["jd", "--help"]).stdout).toMatch(/--format <format>/);
    expect(run(["--help"]).stdout).toMatch(/\bjd\b/);
  }, timeout);

  it("prints Markdown by default and JSON-LD that validates as a JobPosting", () => {
    const markdown = run(["jd", "ai-engineer", recommender, "--date", "2026-03-02"]);
    expect(markdown.status).toBe(0);
    expect(markdown.stdout).toMatch(/^# Senior AI Engineer$/m);
    const jsonld = run(["jd", "ai-engineer", recommender, "--format", "jsonld", "--location", "New York, NY", "--org", "Acme", "--date", "2026-03-02"]);
    expect(jsonld.status).toBe(0);
    const posting = JobPostingSchema.parse(JSON.parse(jsonld.stdout));
    expect(posting.hiringOrganization.name).toBe("Acme");
    expect(posting.datePosted).toBe("2026-03-02");
  }, timeout);

  it("writes DOCX and PDF with --out", async () => {
    const docx = path.join(scratch, "ai.docx");
    const pdf = path.join(scratch, "ai.pdf");
    expect(run(["jd", "ai-engineer", recommender, "--format", "docx", "--out", docx]).status).toBe(0);
    expect(run(["jd", "ai-engineer", recommender, "--format", "pdf", "-o", pdf]).status).toBe(0);
    expect(await docxToText(readFileSync(docx))).toContain("Senior AI Engineer");
    expect(await pdfToText(readFileSync(pdf))).toContain("Senior AI Engineer");
  }, timeout);

  it.each([
    [["jd"], /missing role/],
    [["jd", "ai-engineer"], /missing description/],
    [["jd", "ai-engineer", recommender, "--format", "rtf"], /--format: "rtf" is not a format; choose one of md, html, txt, docx, pdf, jsonld/],
    [["jd", "ai-engineer", recommender, "--format", "pdf"], /binary file; add --out FILE/],
    [["jd", "ai-engineer", "short"], /description: The description is too short/],
    [["jd", "prompt-wizard", recommender], /unknown role "prompt-wizard"; roles are .*this plan staffs data-scientist, ai-engineer, data-engineer/],
    [["jd", "mlops-engineer", recommender], /does not staff mlops-engineer; it staffs data-scientist, ai-engineer, data-engineer/],
    [["jd", "ai-engineer", recommender, "--date", "2026-02-30"], /--date: "2026-02-30" is not a date/],
    [["jd", "ai-engineer", recommender, "--bogus"], /unknown option --bogus/],
  ])("bad input %j exits 2 with one line on stderr", (args, message) => {
    const result = run(args);
    expect(result.status).toBe(2);
    expect(result.stderrLines).toHaveLength(1);
    expect(result.stderrLines[0]).toMatch(message);
  }, timeout);
});
