import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderTeamDraftJsonSchema, teamDraftSchemaPath } from "@/scripts/generate-json-schema";

describe("lib/schemas/team-draft.schema.json", () => {
  it("matches TeamDraftSchema (regenerate with: npx tsx scripts/generate-json-schema.ts)", () => {
    expect(readFileSync(teamDraftSchemaPath, "utf8")).toBe(renderTeamDraftJsonSchema());
  });

  it("publishes the draft's top-level contract", () => {
    const schema = JSON.parse(renderTeamDraftJsonSchema()) as { required: string[]; additionalProperties: boolean; $defs: Record<string, unknown> };
    expect(schema.required).toEqual(
      expect.arrayContaining(["traits", "phases", "team", "cost", "warnings", "stage", "timeline", "generic", "headcount"]),
    );
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.$defs)).toEqual(expect.arrayContaining(["Rationale", "Trait", "Phase", "TeamRole"]));
  });
});
