import { describe, expect, it } from "vitest";
import { fieldErrorsFromZod } from "@/lib/errors";
import { ProjectBriefSchema } from "@/lib/schemas/project-brief";

const valid = { description: "Recommend products to shoppers on our web shop." };

function errorsFor(input: unknown): Record<string, string[]> {
  const result = ProjectBriefSchema.safeParse(input);
  if (result.success) return {};
  return fieldErrorsFromZod(result.error);
}

describe("ProjectBriefSchema rejects bad input with a readable sentence per field", () => {
  it.each([
    [{}, "description", /Describe the project/],
    [{ description: 42 }, "description", /must be text/],
    [{ description: "   too short   " }, "description", /too short/],
    [{ description: "x".repeat(20_001) }, "description", /too long/],
    [{ ...valid, archetypes: ["spaceship"] }, "archetypes.0", /Choose project types from: recommender/],
    [{ ...valid, archetypes: ["recommender", "recommender"] }, "archetypes", /at most once/],
    [{ ...valid, dataModalities: ["smell"] }, "dataModalities.0", /Choose data types from/],
    [{ ...valid, modelSource: "magic" }, "modelSource", /Choose where the model comes from/],
    [{ ...valid, deploymentTarget: "moon" }, "deploymentTarget", /Choose where the model runs/],
    [{ ...valid, latency: "fast" }, "latency", /relaxed, interactive or real-time/],
    [{ ...valid, latency: 2.5 }, "latency", /milliseconds/],
    [{ ...valid, scale: { users: -1 } }, "scale.users", /whole number of zero or more/],
    [{ ...valid, scale: { visitors: 10 } }, "scale", /only users and requestsPerDay/],
    [{ ...valid, privacySensitive: "yes" }, "privacySensitive", /yes or no/],
    [{ ...valid, headcountCap: 0 }, "headcountCap", /from 1 to 200/],
    [{ ...valid, headcountCap: 201 }, "headcountCap", /from 1 to 200/],
    [{ ...valid, timelineMonths: 1.5 }, "timelineMonths", /whole number of months from 1 to 60/],
    [{ ...valid, timelineMonths: "six" }, "timelineMonths", /whole number of months/],
    [{ ...valid, currency: "dollars" }, "currency", /three-letter ISO 4217 code/],
    [{ ...valid, location: "" }, "location", /too short/],
    [{ ...valid, modelCount: 0 }, "modelCount", /from 1 to 1,000/],
    [{ ...valid, teamName: "x" }, "_", /not part of a project brief: teamName/],
    [null, "_", /must be a JSON object/],
  ])("%o → %s", (input, field, message) => {
    const errors = errorsFor(input);
    expect(errors[field], JSON.stringify(errors)).toBeDefined();
    expect(errors[field]?.join(" ")).toMatch(message);
    for (const text of errors[field] ?? []) expect(text).toMatch(/^[A-Z].*\.$/);
  });
});

describe("ProjectBriefSchema normalises what it accepts", () => {
  it("trims text, upper-cases the currency and keeps overrides", () => {
    const parsed = ProjectBriefSchema.parse({
      description: "   Recommend products to shoppers.   ",
      currency: " usd ",
      location: "  Berlin, DE ",
      latency: "real-time",
      scale: { users: 10 },
    });
    expect(parsed).toEqual({ description: "Recommend products to shoppers.", currency: "USD", location: "Berlin, DE", latency: "real-time", scale: { users: 10 } });
  });

  it.each([50, "interactive"])("accepts latency %s", (latency) => {
    expect(ProjectBriefSchema.safeParse({ ...valid, latency }).success).toBe(true);
  });

  it("accepts exactly 10 and 20,000 characters", () => {
    expect(ProjectBriefSchema.safeParse({ description: "x".repeat(10) }).success).toBe(true);
    expect(ProjectBriefSchema.safeParse({ description: "x".repeat(20_000) }).success).toBe(true);
  });
});
