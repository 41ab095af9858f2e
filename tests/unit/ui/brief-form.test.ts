import { describe, expect, it } from "vitest";
import { draftTeam } from "@/lib/engine";
import { archetypeIds, dataModalityIds, deploymentTargetIds, latencyClassIds, modelSourceIds, ProjectBriefSchema } from "@/lib/schemas/project-brief";
import {
  archetypeOptions,
  briefFieldErrors,
  briefFieldsFromValues,
  briefInputFromFields,
  briefMultiFields,
  briefOptionalFields,
  briefTextFields,
  dataModalityOptions,
  deploymentTargetOptions,
  echoBriefFields,
  emptyBriefFields,
  fieldsFromBrief,
  latencyOptions,
  modelSourceOptions,
  readBriefFields,
} from "@/lib/ui/brief-form";
import { computeLiveDraft } from "@/lib/ui/live-draft";
import { planExamples } from "@/lib/ui/plan-examples";

function formData(entries: [string, string][]): FormData {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

describe("brief form options", () => {
  it.each([
    ["archetypes", archetypeOptions, archetypeIds],
    ["data modalities", dataModalityOptions, dataModalityIds],
    ["model sources", modelSourceOptions, modelSourceIds],
    ["deployment targets", deploymentTargetOptions, deploymentTargetIds],
    ["latency classes", latencyOptions, latencyClassIds],
  ] as const)("offers exactly the schema's %s", (_name, options, ids) => {
    expect(options.map(([id]) => id)).toEqual([...ids]);
  });
});

describe("briefInputFromFields", () => {
  it("leaves empty fields out so the engine reads them from the text", () => {
    expect(briefInputFromFields({ ...emptyBriefFields(), description: "A chatbot for support" })).toEqual({ description: "A chatbot for support" });
  });

  it("turns typed numbers, yes/no and lists into the brief's types", () => {
    const fields = readBriefFields(
      formData([
        ["description", "Fraud scoring for card payments"],
        ["archetypes", "fraud-detection"],
        ["archetypes", "predictive-analytics"],
        ["dataModalities", "tabular"],
        ["latency", "interactive"],
        ["latencyMs", " 80 "],
        ["scaleUsers", "50000"],
        ["privacySensitive", "yes"],
        ["fairnessConcerns", "no"],
        ["headcountCap", "4"],
        ["timelineMonths", "9"],
        ["currency", "usd"],
      ]),
    );
    const input = briefInputFromFields(fields);
    expect(input).toMatchObject({
      archetypes: ["fraud-detection", "predictive-analytics"],
      dataModalities: ["tabular"],
      latency: 80, // milliseconds win over the class
      scale: { users: 50000 },
      privacySensitive: true,
      fairnessConcerns: false,
      headcountCap: 4,
      timelineMonths: 9,
    });
    expect(input).not.toHaveProperty("stakeholderReporting");
    const parsed = ProjectBriefSchema.parse(input);
    expect(parsed.currency).toBe("USD");
  });

  it("passes non-numbers on so the schema's own message lands beside the field", () => {
    const input = briefInputFromFields({ ...emptyBriefFields(), description: "short", timelineMonths: "twelve", scaleRequestsPerDay: "lots" });
    const result = ProjectBriefSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = briefFieldErrors(Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), [issue.message]])));
    expect(Object.keys(errors).sort()).toEqual(["description", "scaleRequestsPerDay", "timelineMonths"]);
    expect(errors.timelineMonths?.[0]).toContain("whole number of months");
  });
});

describe("briefFieldErrors", () => {
  it("maps server paths (with the brief. prefix) and list items to form fields", () => {
    expect(
      briefFieldErrors({
        "brief.description": ["Too short."],
        "brief.archetypes.1": ["Bad type."],
        "brief.scale.users": ["Bad users."],
        "brief.scale": ["Bad scale."],
        name: ["Give the plan a name."],
      }),
    ).toEqual({ description: ["Too short."], archetypes: ["Bad type."], scaleUsers: ["Bad users.", "Bad scale."], name: ["Give the plan a name."] });
  });
});

describe("round trips", () => {
  it("a saved brief shows in the form and parses back to itself", () => {
    const brief = ProjectBriefSchema.parse({
      description: "Demand forecasting for 300 stores",
      archetypes: ["forecasting"],
      latency: 250,
      scale: { requestsPerDay: 1000 },
      stakeholderReporting: true,
      location: "Berlin, DE",
      currency: "EUR",
      modelCount: 3,
    });
    expect(ProjectBriefSchema.parse(briefInputFromFields(fieldsFromBrief(brief)))).toEqual(brief);
  });

  it("echoed values (checkbox groups joined) come back as the same fields", () => {
    const fields = { ...emptyBriefFields(), description: "x".repeat(20), archetypes: ["perception", "other"], timelineMonths: "oops" };
    expect(briefFieldsFromValues(echoBriefFields(fields))).toEqual(fields);
    expect(briefFieldsFromValues({ name: "only a name" })).toBeNull();
  });
});

describe("examples and the live draft", () => {
  it("each example drafts in the browser exactly what the server drafts on save", () => {
    for (const example of planExamples) {
      const live = computeLiveDraft(example.fields);
      expect(live.status).toBe("ok");
      if (live.status !== "ok") continue;
      expect(live.draft).toEqual(draftTeam(ProjectBriefSchema.parse(briefInputFromFields(example.fields))));
    }
  });

  it("the ADAS example puts an AI engineer on edge optimisation", () => {
    const adas = planExamples.find((example) => example.id === "adas");
    const live = adas ? computeLiveDraft(adas.fields) : null;
    if (live?.status !== "ok") throw new Error("the ADAS example should draft");
    const optimisation = live.draft.phases.find((phase) => phase.id === "optimization");
    expect(optimisation?.staffing.map((entry) => entry.roleId)).toContain("ai-engineer");
    expect(optimisation?.staffing.flatMap((entry) => entry.rationale.map((item) => item.ruleId))).toContain("staff.edge-optimisation.ai-engineer");
    expect(live.traitLabels["modality.lidar"]).toBe("Lidar");
  });

  it("an invalid brief reports field errors instead of a draft", () => {
    expect(computeLiveDraft({ ...emptyBriefFields(), description: "tiny", headcountCap: "0" })).toEqual({
      status: "invalid",
      fieldErrors: { description: [expect.stringContaining("too short")], headcountCap: [expect.stringContaining("headcount cap")] },
    });
  });
});

describe("briefOptionalFields", () => {
  it("is every brief field but the description, in form order", () => {
    expect(briefOptionalFields).toEqual([...briefMultiFields, ...briefTextFields.filter((name) => name !== "description")]);
    expect(briefOptionalFields).not.toContain("description");
  });
});
