/**
 * Writes lib/schemas/team-draft.schema.json from the zod TeamDraftSchema, so API clients get
 * the same contract the engine is tested against. Run: npx tsx scripts/generate-json-schema.ts
 * (a unit test fails when the committed file is stale). `--check` exits 1 instead of writing.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { z } from "zod";
import { TeamDraftSchema } from "../lib/schemas/team-draft";

export const teamDraftSchemaPath = fileURLToPath(new URL("../lib/schemas/team-draft.schema.json", import.meta.url));

/** The JSON Schema text, exactly as committed (2-space indent, trailing newline). */
export function renderTeamDraftJsonSchema(): string {
  const schema = z.toJSONSchema(TeamDraftSchema, { target: "draft-2020-12" });
  const document = {
    $schema: schema.$schema,
    title: "TeamDraft",
    description: "A team plan drafted by Teamwright's rules engine from a project brief. Generated from lib/schemas/team-draft.ts; do not edit by hand.",
    ...Object.fromEntries(Object.entries(schema).filter(([key]) => key !== "$schema")),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function main(argv: readonly string[]): number {
  const rendered = renderTeamDraftJsonSchema();
  if (argv.includes("--check")) {
    let current = "";
    try {
      current = readFileSync(teamDraftSchemaPath, "utf8");
    } catch {
      // A missing file is simply stale.
    }
    if (current === rendered) return 0;
    console.error("lib/schemas/team-draft.schema.json is stale: run npx tsx scripts/generate-json-schema.ts");
    return 1;
  }
  writeFileSync(teamDraftSchemaPath, rendered);
  console.log(`Wrote ${teamDraftSchemaPath}`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.slice(2));
}
