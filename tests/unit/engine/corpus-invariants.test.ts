import { describe, expect, it } from "vitest";
import { draftTeam, phaseCatalog, roleCatalog, ruleCatalog, sourceCatalog } from "@/lib/engine";
import { ProjectBriefSchema } from "@/lib/schemas/project-brief";
import { TeamDraftSchema, type Rationale, type TeamDraft } from "@/lib/schemas/team-draft";
import { corpusBriefs } from "@/tests/fixtures/briefs";

const knownRules = new Set(ruleCatalog.map((rule) => rule.id));
const knownSources = new Set(sourceCatalog.map((source) => source.tag));
const roleOrder = roleCatalog.map((role) => role.id);
const phaseOrder = phaseCatalog.map((phase) => phase.id);

function expectExplained(reasons: readonly Rationale[], where: string): void {
  expect(reasons.length, `${where} has no rationale`).toBeGreaterThan(0);
  for (const reason of reasons) {
    expect(knownRules.has(reason.ruleId), `${where}: unknown rule ${reason.ruleId}`).toBe(true);
    expect(reason.text.trim().length, `${where}: empty rationale text`).toBeGreaterThan(10);
    expect(reason.sources.length, `${where}: no sources`).toBeGreaterThan(0);
    for (const source of reason.sources) expect(knownSources.has(source), `${where}: unknown source ${source}`).toBe(true);
  }
}

function expectNothingUnexplained(draft: TeamDraft): void {
  expectExplained(draft.stage.rationale, "stage");
  expectExplained(draft.timeline.rationale, "timeline");
  for (const role of draft.team) {
    expectExplained(role.rationale, `role ${role.roleId}`);
    expectExplained(role.headcountRationale, `headcount of ${role.roleId}`);
    expectExplained(role.seniorityRationale, `seniority of ${role.roleId}`);
  }
  for (const phase of draft.phases) {
    expectExplained(phase.rationale, `phase ${phase.id}`);
    for (const entry of phase.staffing) expectExplained(entry.rationale, `${entry.roleId} on ${phase.id}`);
  }
}

describe("the rule catalog", () => {
  it("has unique ids, each with a description, a rationale and sources", () => {
    expect(new Set(ruleCatalog.map((rule) => rule.id)).size).toBe(ruleCatalog.length);
    for (const rule of ruleCatalog) {
      expect(rule.id).toMatch(/^[a-z]+(-[a-z]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)+$/);
      expect(rule.description.length).toBeGreaterThan(10);
      expect(rule.rationale.length).toBeGreaterThan(10);
      expect(rule.sources.length).toBeGreaterThan(0);
    }
  });

  it("names the example rule id from the issue", () => {
    expect(knownRules.has("staff.edge-optimisation.ai-engineer")).toBe(true);
  });
});

describe("every corpus brief", () => {
  it("the corpus has at least 50 briefs", () => {
    expect(corpusBriefs.length).toBeGreaterThanOrEqual(50);
  });

  it.each(corpusBriefs.map((entry) => [entry.name, entry] as const))("%s", (_name, { brief }) => {
    const parsed = ProjectBriefSchema.parse(structuredClone(brief));
    const draft = draftTeam(parsed);

    // Matches the published schema.
    expect(() => TeamDraftSchema.parse(draft)).not.toThrow();

    // Deterministic: byte-identical JSON, and the input is not mutated.
    const again = draftTeam(ProjectBriefSchema.parse(structuredClone(brief)));
    expect(JSON.stringify(again)).toBe(JSON.stringify(draft));
    expect(parsed).toEqual(ProjectBriefSchema.parse(structuredClone(brief)));

    // Nothing unexplained.
    expectNothingUnexplained(draft);

    // Stable order and internal consistency.
    const roles = draft.team.map((role) => role.roleId);
    expect(new Set(roles).size).toBe(roles.length);
    expect([...roles].sort((a, b) => roleOrder.indexOf(a) - roleOrder.indexOf(b))).toEqual(roles);
    const phases = draft.phases.map((phase) => phase.id);
    expect([...phases].sort((a, b) => phaseOrder.indexOf(a) - phaseOrder.indexOf(b))).toEqual(phases);
    expect(draft.headcount).toBe(draft.team.reduce((sum, role) => sum + role.headcount, 0));
    if (parsed.headcountCap !== undefined) expect(draft.headcount).toBeLessThanOrEqual(parsed.headcountCap);

    for (const role of draft.team) {
      expect(role.seniorityMix.reduce((sum, entry) => sum + entry.count, 0)).toBe(role.headcount);
      expect(role.collaborators).not.toContain(role.roleId);
      const staffedOn = draft.phases.filter((phase) => phase.staffing.some((entry) => entry.roleId === role.roleId)).map((phase) => phase.id);
      expect(role.phases).toEqual(staffedOn);
      expect(role.phases.length).toBeGreaterThan(0);
    }
    for (const phase of draft.phases) {
      expect(phase.activities.length).toBeGreaterThan(0);
      expect(phase.staffing.length).toBeGreaterThan(0);
      expect(phase.startMonth + phase.durationMonths - 1).toBeLessThanOrEqual(draft.timeline.months);
      for (const entry of phase.staffing) {
        expect(roles).toContain(entry.roleId);
        const role = draft.team.find((candidate) => candidate.roleId === entry.roleId);
        expect(entry.headcount).toBe(entry.involvement === "lead" ? role?.headcount : 1);
      }
    }

    const banded = draft.team.filter((role) => role.salaryBand !== null);
    expect(draft.cost.rolesWithoutBand).toEqual(draft.team.filter((role) => role.salaryBand === null).map((role) => role.roleId));
    if (banded.length === 0) expect(draft.cost.annualMin).toBeNull();
    else expect(draft.cost.annualMin).toBe(banded.reduce((sum, role) => sum + role.headcount * (role.salaryBand?.min ?? 0), 0));
    for (const role of banded) expect(role.salaryBand?.currency).toBe("USD");

    // Warnings are sentences a person can read.
    for (const warning of draft.warnings) expect(warning).toMatch(/^[A-Z].*[.!)]$/);
  });
});
