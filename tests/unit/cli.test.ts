import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TeamDraftSchema } from "@/lib/schemas/team-draft";

const repoRoot = path.resolve(__dirname, "../..");
const launcher = path.join(repoRoot, "scripts/teamwright.mjs");
const scratch = mkdtempSync(path.join(tmpdir(), "teamwright-cli-"));
const timeout = 60_000;

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(args: readonly string[], options: { bin?: string; cwd?: string; input?: string } = {}) {
  const result = spawnSync(process.execPath, [options.bin ?? launcher, ...args], {
    cwd: options.cwd ?? repoRoot,
    input: options.input,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", NODE_OPTIONS: "" },
    timeout,
  });
  const stderrLines = result.stderr.split("\n").filter((line) => line.trim() !== "");
  return { status: result.status, stdout: result.stdout, stderr: result.stderr, stderrLines };
}

const adas = "Spot pedestrians and cars from the vehicle's sensors while driving.";

describe("teamwright CLI", () => {
  it(
    "--help lists every command and --version prints the package version",
    () => {
      const help = run(["--help"]);
      expect(help.status).toBe(0);
      expect(help.stdout).toMatch(/draft/);
      expect(help.stdout).toMatch(/--version/);
      const version = run(["--version"]);
      const manifest = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as { version: string };
      expect(version.status).toBe(0);
      expect(version.stdout.trim()).toBe(manifest.version);
    },
    timeout,
  );

  it(
    "draft --help lists every structured flag",
    () => {
      const help = run(["draft", "--help"]);
      expect(help.status).toBe(0);
      for (const flag of [
        "--json",
        "--archetype",
        "--modality",
        "--model-source",
        "--deployment",
        "--latency",
        "--users",
        "--requests-per-day",
        "--models",
        "--privacy",
        "--fairness",
        "--reporting",
        "--headcount-cap",
        "--timeline",
        "--location",
        "--currency",
        "--file",
      ]) {
        expect(help.stdout).toContain(flag);
      }
    },
    timeout,
  );

  it(
    "--json prints a TeamDraft that applies the flags",
    () => {
      const result = run([
        "draft",
        adas,
        "--json",
        "--deployment",
        "edge-device",
        "--modality",
        "lidar",
        "--modality",
        "camera",
        "--model-source",
        "adapt-pretrained",
        "--headcount-cap",
        "5",
        "--timeline",
        "6",
        "--location",
        "US",
        "--currency",
        "usd",
        "--users",
        "100000",
        "--privacy",
        "--fairness",
        "--reporting",
        "--archetype",
        "perception",
        "--latency",
        "50ms",
      ]);
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      const draft = TeamDraftSchema.parse(JSON.parse(result.stdout));
      const fieldTraits = draft.traits.filter((trait) => trait.from === "field").map((trait) => trait.id);
      expect(fieldTraits).toEqual(
        expect.arrayContaining([
          "archetype.perception",
          "modality.lidar",
          "modality.camera",
          "model-source.adapt-pretrained",
          "deployment.edge-device",
          "latency.real-time",
          "scale.large",
          "concern.privacy",
          "concern.fairness",
          "need.reporting",
        ]),
      );
      expect(draft.headcount).toBeLessThanOrEqual(5);
      expect(draft.timeline).toMatchObject({ months: 6, from: "field" });
      expect(draft.cost.currency).toBe("USD");
    },
    timeout,
  );

  it(
    "prints a readable plan with phases, team, cost, warnings and reasons",
    () => {
      const result = run(["draft", "An", "online", "retailer", "wants", "product", "recommendations", "in", "real", "time"]);
      expect(result.status).toBe(0);
      for (const section of ["Phases", "Team (", "Cost", "Warnings", "Why"]) expect(result.stdout).toContain(section);
      expect(result.stdout).toMatch(/Data Scientist\s+1/);
      expect(result.stdout).toContain("staff.recommender-serving.ai-engineer");
      expect(result.stdout).toMatch(/170,000–250,000 \[C\]/);
    },
    timeout,
  );

  it(
    "reads the description from a file or stdin",
    () => {
      const file = path.join(scratch, "brief.txt");
      writeFileSync(file, "Detect fraudulent card payments in real time for our bank.\n");
      const fromFile = run(["draft", "--file", file, "--json"]);
      expect(fromFile.status).toBe(0);
      expect(JSON.parse(fromFile.stdout).traits.map((trait: { id: string }) => trait.id)).toContain("archetype.fraud-detection");
      const fromStdin = run(["draft", "--file", "-", "--json"], { input: "Forecast weekly demand for every store." });
      expect(fromStdin.status).toBe(0);
      expect(JSON.parse(fromStdin.stdout).traits.map((trait: { id: string }) => trait.id)).toContain("archetype.forecasting");
    },
    timeout,
  );

  it(
    "works through a node_modules/.bin symlink from another directory",
    () => {
      const binDir = path.join(scratch, "project/node_modules/.bin");
      mkdirSync(binDir, { recursive: true });
      const link = path.join(binDir, "teamwright");
      symlinkSync(launcher, link);
      const result = run(["draft", adas, "--json"], { bin: link, cwd: path.join(scratch, "project") });
      expect(result.stderr).toBe("");
      expect(result.status).toBe(0);
      expect(() => TeamDraftSchema.parse(JSON.parse(result.stdout))).not.toThrow();
    },
    timeout,
  );

  it.each([
    [[], /missing command/],
    [["plan", adas], /unknown command "plan"/],
    [["--bogus"], /unknown option --bogus/],
    [["draft"], /missing description/],
    [["draft", "too short"], /description: The description is too short/],
    [["draft", adas, "--bogus"], /unknown option --bogus/],
    [["draft", adas, "--timeline", "0"], /--timeline: The timeline must be a whole number of months from 1 to 60/],
    [["draft", adas, "--timeline"], /--timeline/],
    [["draft", adas, "--headcount-cap", "many"], /--headcount-cap: The headcount cap must be a whole number/],
    [["draft", adas, "--deployment", "moon"], /--deployment: Choose where the model runs/],
    [["draft", adas, "--modality", "smell"], /--modality: Choose data types from/],
    [["draft", adas, "--currency", "dollars"], /--currency: The currency must be a three-letter ISO 4217 code/],
    [["draft", adas, "--latency", "fast"], /--latency:/],
    [["draft", adas, "--privacy", "--no-privacy"], /contradict/],
    [["draft", "--file", "/nonexistent/brief.txt"], /cannot read the description/],
    [["draft", adas, "--json=yes"], /--json/],
  ])(
    "bad input %j exits 2 with one line on stderr",
    (args, message) => {
      const result = run(args);
      expect(result.status).toBe(2);
      expect(result.stderrLines).toHaveLength(1);
      expect(result.stderrLines[0]).toMatch(/^teamwright: /);
      expect(result.stderrLines[0]).toMatch(message);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(result.stdout).toBe("");
    },
    timeout,
  );
});
