import { describe, expect, it } from "vitest";
import { PlanOverridesSchema } from "@/lib/schemas/plan";
import {
  editFieldErrors,
  editFormValues,
  mergeEditForm,
  overridesFromEditForm,
  parseSkillList,
  phaseField,
  roleField,
  type EditBase,
} from "@/lib/ui/plan-edit-form";

function formData(entries: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) for (const item of [value].flat()) data.append(key, item);
  return data;
}

const base: EditBase = {
  roles: [
    { roleId: "data-scientist", suggested: { headcount: 1, seniority: "mid", skills: { required: ["Python", "SQL"], preferred: ["R"] } } },
    { roleId: "ai-engineer", suggested: { headcount: 1, seniority: "senior", skills: { required: ["C++"], preferred: [] } } },
  ],
  draftRoleIds: ["data-scientist", "ai-engineer"],
  phases: [{ id: "optimization", startMonth: 5, durationMonths: 1 }],
  addedRoles: [],
  removedRoles: [],
};

/** The form exactly as the edit page renders it for `base` with nothing changed. */
function untouched(): Record<string, string | string[]> {
  return {
    [roleField("data-scientist", "headcount")]: "1",
    [roleField("data-scientist", "seniority")]: "mid",
    [roleField("data-scientist", "required")]: "Python\nSQL",
    [roleField("data-scientist", "preferred")]: "R",
    [roleField("ai-engineer", "headcount")]: "1",
    [roleField("ai-engineer", "seniority")]: "senior",
    [roleField("ai-engineer", "required")]: "C++",
    [roleField("ai-engineer", "preferred")]: "",
    [phaseField("optimization", "start")]: "5",
    [phaseField("optimization", "duration")]: "1",
  };
}

describe("overridesFromEditForm", () => {
  it("records nothing when every value is the engine's", () => {
    expect(overridesFromEditForm(formData(untouched()), base)).toEqual({ roles: {}, addedRoles: [], removedRoles: [], phases: {} });
  });

  it("records only what differs from the suggestion", () => {
    const form = formData({
      ...untouched(),
      [roleField("data-scientist", "headcount")]: " 3 ",
      [roleField("ai-engineer", "seniority")]: "lead",
      [roleField("ai-engineer", "preferred")]: "Rust\n\nRust\n",
      [phaseField("optimization", "duration")]: "2",
    });
    const overrides = overridesFromEditForm(form, base);
    expect(overrides).toEqual({
      roles: { "data-scientist": { headcount: 3 }, "ai-engineer": { seniority: "lead", skills: { required: ["C++"], preferred: ["Rust"] } } },
      addedRoles: [],
      removedRoles: [],
      phases: { optimization: { durationMonths: 2 } },
    });
    expect(PlanOverridesSchema.safeParse(overrides).success).toBe(true);
  });

  it("removes engine roles, adds catalog roles and restores removed ones", () => {
    const form = formData({ ...untouched(), [roleField("ai-engineer", "remove")]: "on", addRoles: ["mlops-engineer", "data-engineer"] });
    const withRemoved = { ...base, draftRoleIds: [...base.draftRoleIds, "data-engineer" as const], removedRoles: ["data-engineer" as const] };
    expect(overridesFromEditForm(form, withRemoved)).toMatchObject({ addedRoles: ["mlops-engineer"], removedRoles: ["ai-engineer"] });
  });

  it("leaves bad numbers for the schema, whose errors land beside the field", () => {
    const overrides = overridesFromEditForm(formData({ ...untouched(), [roleField("ai-engineer", "headcount")]: "two", [phaseField("optimization", "start")]: "0" }), base);
    const result = PlanOverridesSchema.safeParse(overrides);
    expect(result.success).toBe(false);
    if (result.success) return;
    const errors = editFieldErrors(Object.fromEntries(result.error.issues.map((issue) => [issue.path.join("."), [issue.message]])));
    expect(Object.keys(errors).sort()).toEqual([phaseField("optimization", "start"), roleField("ai-engineer", "headcount")].sort());
  });
});

describe("parseSkillList", () => {
  it("splits on lines only: skill names contain commas", () => {
    expect(parseSkillList("Exploratory data analysis (trends, patterns)\r\n Python \n\nPython")).toEqual(["Exploratory data analysis (trends, patterns)", "Python"]);
  });
});

describe("mergeEditForm (save my changes on top of a newer version)", () => {
  const snapshot = (aiHeadcount: number, dsHeadcount: number, notes: string) =>
    editFormValues({
      name: "Plan",
      notes,
      roles: [
        { roleId: "data-scientist", headcount: dsHeadcount, seniority: "mid", skills: { required: ["Python", "SQL"], preferred: ["R"] } },
        { roleId: "ai-engineer", headcount: aiHeadcount, seniority: "senior", skills: { required: ["C++"], preferred: [] } },
      ],
      phases: [{ id: "optimization", startMonth: 5, durationMonths: 1 }],
    });

  it("keeps the other person's change where I left the field alone, and mine where I changed it", () => {
    const mine = formData({ ...untouched(), name: "Plan", notes: "mine", [roleField("data-scientist", "headcount")]: "2" });
    const merged = mergeEditForm(mine, snapshot(1, 1, ""), snapshot(2, 1, "theirs"));
    expect(merged.getAll(roleField("ai-engineer", "headcount"))).toEqual(["2"]); // theirs
    expect(merged.getAll(roleField("data-scientist", "headcount"))).toEqual(["2"]); // mine
    expect(merged.getAll("notes")).toEqual(["mine"]); // both changed: mine, after seeing theirs
    expect(overridesFromEditForm(merged, base).roles).toEqual({ "data-scientist": { headcount: 2 }, "ai-engineer": { headcount: 2 } });
  });

  it("brings in fields only the newer version has and passes checkboxes through", () => {
    const latest = { ...snapshot(1, 1, ""), [roleField("mlops-engineer", "headcount")]: "2" };
    const mine = formData({ ...untouched(), [roleField("ai-engineer", "remove")]: "on" });
    const merged = mergeEditForm(mine, snapshot(1, 1, ""), latest);
    expect(merged.getAll(roleField("mlops-engineer", "headcount"))).toEqual(["2"]);
    expect(merged.getAll(roleField("ai-engineer", "remove"))).toEqual(["on"]);
  });
});
