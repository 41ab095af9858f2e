import { describe, expect, it } from "vitest";
import { effectivePlan } from "@/lib/plans/effective-plan";
import { planCosts } from "@/lib/plans/plan-costs";
import { csvCell, renderPlanCsv, toCsv } from "@/lib/server/export/plan-csv";
import { buildPlanJson } from "@/lib/server/export/plan-json";
import { renderPlanPdf } from "@/lib/server/export/plan-pdf";
import { buildContent, buildDraft, standardDraft } from "@/tests/fixtures/plans";
import { flatten, pdfToText } from "./extract";
import { expectGolden } from "./golden";

const exportedAt = new Date("2026-03-02T12:00:00Z");

describe("plan CSV (RFC 4180)", () => {
  it("golden: the team table", () => {
    const plan = effectivePlan(buildContent(standardDraft()));
    expectGolden("plan.csv", renderPlanCsv(plan, planCosts(plan)));
  });

  it("CRLF rows, quoted fields with commas, quotes and line breaks, doubled quotes", () => {
    expect(toCsv([["a", "b,c"], ['say "hi"', "two\nlines"]])).toBe('a,"b,c"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it.each([["=1+1"], ["+1"], ["-1"], ["@SUM(A1)"], ["\t=1"], ["\r=1"]])("neutralises a formula starting %j with an apostrophe", (cell) => {
    const out = csvCell(cell);
    expect(out.replace(/^"/, "").startsWith("'")).toBe(true);
  });

  it("numbers stay numbers; ordinary text is untouched", () => {
    expect(csvCell(120000)).toBe("120000");
    expect(csvCell("Python")).toBe("Python");
    expect(csvCell(null)).toBe("");
  });

  it("hostile skill names in the team table are neutralised", () => {
    const draft = buildDraft({
      roles: [{ roleId: "data-scientist", required: ["=HYPERLINK(\"http://evil\",\"x\")", "python"], preferred: ["@cmd"] }],
      phases: [{ id: "exploration", start: 1, duration: 2, staffing: [["data-scientist", "lead"]] }],
    });
    const plan = effectivePlan(buildContent(draft));
    const csv = renderPlanCsv(plan, planCosts(plan));
    const row = csv.split("\r\n")[1]!;
    expect(row).toContain(`"'=HYPERLINK(""http://evil"",""x""); python"`);
    expect(row).toContain(",'@cmd,");
  });
});

describe("plan JSON", () => {
  it("carries the content, the effective plan and the costs", () => {
    const content = buildContent(standardDraft());
    const plan = effectivePlan(content);
    const json = buildPlanJson({ id: "p1", name: "Recs", status: "DRAFT", version: 3, workspace: "Acme" }, content, plan, planCosts(plan), exportedAt);
    expect(json.format).toBe("teamwright-plan");
    expect(json.content).toEqual(content);
    expect(json.effectivePlan.team.map((role) => role.roleId)).toEqual(["data-scientist", "ml-engineer", "data-engineer"]);
    expect(json.costs.annual).toEqual({ min: 240_000, max: 480_000 });
    expect(json.exportedAt).toBe("2026-03-02T12:00:00.000Z");
    expectGolden("plan.json", `${JSON.stringify(json, null, 2)}\n`);
  });
});

describe("plan PDF summary", () => {
  it("has the team, the timeline and the cost per phase as text", async () => {
    const plan = effectivePlan(buildContent(standardDraft()));
    const pdf = await renderPlanPdf(plan, planCosts(plan), { name: "Recommender <v2>", workspace: "Acme", status: "IN_REVIEW", version: 3, exportedAt });
    const text = flatten(await pdfToText(pdf));
    expect(text).toContain("Recommender <v2>");
    expect(text).toContain("Timeline (6 months)");
    expect(text).toContain("Cost per phase");
    expect(text).toContain("Machine Learning Engineer");
    expectGolden("plan.pdf.txt", `${text}\n`);
  });
});
