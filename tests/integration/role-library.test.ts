import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { roleCatalog } from "@/lib/engine";
import { effectivePlan } from "@/lib/plans/effective-plan";
import { createPlan, getPlan, updatePlan } from "@/lib/server/data/plans";
import { getPlanLibraryStatus, takeLibraryUpdates } from "@/lib/server/data/role-library-plans";
import {
  createCustomRole,
  getRoleDescription,
  listRoleDescriptions,
  setRoleArchived,
  updateRoleDescription,
  type RoleConflictDetails,
} from "@/lib/server/data/role-library";
import { diffRoleVersions, getRoleVersion, listRoleVersions, restoreRoleVersion } from "@/lib/server/data/role-library-versions";
import { db } from "@/lib/server/db";
import { connectDataLayer } from "@/tests/fixtures/data-layer";
import { customRoleInput, editable, expectAppError, newWorkspace } from "@/tests/fixtures/role-library";
import { describeEachKind } from "@/tests/fixtures/test-database";

const recommender = { description: "A product recommender for our online store with 2 million users" };
const usBand = { location: "US", currency: "USD", min: 130_000, max: 160_000, source: "2026 HR survey" };

describeEachKind("role library data layer", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  let ws: Awaited<ReturnType<typeof newWorkspace>>;
  beforeAll(async () => {
    ({ disconnect } = await connectDataLayer(kind));
    ws = await newWorkspace("Acme");
  });
  afterAll(async () => {
    await disconnect?.();
  });

  describe("seeding", () => {
    it("seeds the engine's five roles on first access, in catalog order, each with version 1", async () => {
      expect(await db().roleDescription.count({ where: { workspaceId: ws.id } })).toBe(0);
      const { entries, permissions } = await listRoleDescriptions(ws.viewer, ws.id);
      expect(entries.map((entry) => entry.roleKey)).toEqual(roleCatalog.map((role) => role.id));
      expect(entries.map((entry) => entry.title)).toEqual(roleCatalog.map((role) => role.title));
      expect(entries.every((entry) => entry.currentVersion === 1 && !entry.isCustom)).toBe(true);
      // Version 1 is credited to the workspace's owner with a summary naming the catalog, whoever opened it first.
      expect(entries[0]!.lastChange).toMatchObject({ version: 1, summary: "Started from Teamwright's role catalog", createdBy: { id: ws.owner.userId } });
      expect(permissions.canEdit).toBe(false);
    });

    it("carries the [C] US medians for ML and AI engineers and invents no band for the others", async () => {
      const bands = Object.fromEntries(
        await Promise.all(roleCatalog.map(async (role) => [role.id, (await getRoleDescription(ws.hr, ws.id, role.id)).content.salaryBands] as const)),
      );
      expect(bands["ml-engineer"]).toEqual([{ location: "US", currency: "USD", min: 150_000, max: 200_000, source: "[C] US median" }]);
      expect(bands["ai-engineer"]).toEqual([{ location: "US", currency: "USD", min: 170_000, max: 250_000, source: "[C] US median" }]);
      for (const roleId of ["data-scientist", "data-engineer", "mlops-engineer"]) expect(bands[roleId]).toEqual([]);
      const ds = await getRoleDescription(ws.hr, ws.id, "data-scientist");
      expect(ds.content.equalOpportunityStatement.length).toBeGreaterThan(50);
      expect(ds.content.occupationCode).toBe("15-2051.00");
      expect(ds.content.seniorityLevels.map((level) => [level.level, level.typicalYears !== null])).toEqual([
        ["junior", true],
        ["mid", true],
        ["senior", true],
        ["lead", true],
      ]);
    });

    it("is idempotent under concurrent first visits: five entries, five versions", async () => {
      const fresh = await newWorkspace("Race");
      const members = [fresh.owner, fresh.manager, fresh.hr, fresh.viewer];
      await Promise.all(Array.from({ length: 12 }, (_, index) => listRoleDescriptions(members[index % members.length]!, fresh.id)));
      expect(await db().roleDescription.count({ where: { workspaceId: fresh.id } })).toBe(5);
      expect(await db().roleDescriptionVersion.count({ where: { roleDescription: { workspaceId: fresh.id } } })).toBe(5);
    });
  });

  describe("editing, history and conflicts", () => {
    it("saves an edit as a new version with who, when and what changed", async () => {
      const before = await getRoleDescription(ws.hr, ws.id, "data-scientist");
      const saved = await updateRoleDescription(
        ws.hr,
        ws.id,
        "data-scientist",
        before.currentVersion,
        editable(before.content, { salaryBands: [usBand], tools: [...before.content.tools, "dbt"] }),
        "Bands from the 2026 survey",
      );
      expect(saved.currentVersion).toBe(2);
      expect(saved.content.salaryBands).toEqual([usBand]);
      // The engine role an entry describes is the library's own: kept, and a form cannot send one.
      expect(saved.content.engineRoleId).toBe("data-scientist");
      await expectAppError(
        updateRoleDescription(ws.hr, ws.id, "data-scientist", 2, { ...editable(saved.content), engineRoleId: "ml-engineer" } as never),
        "validation_failed",
      );
      expect(saved.lastChange.summary).toMatch(/^Bands from the 2026 survey — /);
      expect(saved.lastChange.summary).toContain("Tools: added 1");
      expect(saved.lastChange.createdBy.id).toBe(ws.hr.userId);
      const history = await listRoleVersions(ws.viewer, ws.id, "data-scientist");
      expect(history.map((version) => version.version)).toEqual([2, 1]);
      const diff = await diffRoleVersions(ws.viewer, ws.id, "data-scientist", 1, 2);
      expect(diff.changes.find((change) => change.field === "salaryBands")?.added).toEqual(["US: USD 130,000–160,000 (2026 HR survey)"]);
      expect(diff.changes.find((change) => change.field === "tools")?.added).toEqual(["dbt"]);
      expect((await getRoleVersion(ws.viewer, ws.id, "data-scientist", 1)).content.salaryBands).toEqual([]);
    });

    it("writes nothing for a save that changes nothing", async () => {
      const current = await getRoleDescription(ws.hr, ws.id, "data-scientist");
      const again = await updateRoleDescription(ws.hr, ws.id, "data-scientist", current.currentVersion, editable(current.content));
      expect(again.currentVersion).toBe(current.currentVersion);
    });

    it("refuses a stale save with 409 naming the other change, and writes nothing", async () => {
      const base = await getRoleDescription(ws.hr, ws.id, "data-engineer");
      await updateRoleDescription(ws.owner, ws.id, "data-engineer", base.currentVersion, editable(base.content, { summary: "Owner's summary." }));
      const versionsBefore = await db().roleDescriptionVersion.count();
      const error = await expectAppError(
        updateRoleDescription(ws.hr, ws.id, "data-engineer", base.currentVersion, editable(base.content, { benefits: "HR's benefits" })),
        "conflict",
      );
      const details = error.details as RoleConflictDetails;
      expect(details.currentVersion).toBe(base.currentVersion + 1);
      expect(details.changedBy).toBe(ws.owner.name);
      expect(details.changes.map((change) => change.field)).toEqual(["summary"]);
      expect(error.message).toContain("Your text is kept");
      expect(await db().roleDescriptionVersion.count()).toBe(versionsBefore);
      // Only one of several saves from the same base wins.
      const now = await getRoleDescription(ws.hr, ws.id, "data-engineer");
      const results = await Promise.allSettled(
        [1, 2, 3, 4].map((n) => updateRoleDescription(ws.hr, ws.id, "data-engineer", now.currentVersion, editable(now.content, { benefits: `Race ${n}` }))),
      );
      expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
      expect((await getRoleDescription(ws.hr, ws.id, "data-engineer")).currentVersion).toBe(now.currentVersion + 1);
    });

    it("restores an old version as a new one", async () => {
      const current = await getRoleDescription(ws.hr, ws.id, "data-engineer");
      const restored = await restoreRoleVersion(ws.hr, ws.id, "data-engineer", 1, current.currentVersion);
      expect(restored.currentVersion).toBe(current.currentVersion + 1);
      expect(restored.lastChange.summary).toBe("Restored version 1");
      expect(restored.content).toEqual((await getRoleVersion(ws.hr, ws.id, "data-engineer", 1)).content);
      await expectAppError(restoreRoleVersion(ws.hr, ws.id, "data-engineer", 1, current.currentVersion), "conflict");
      await expectAppError(restoreRoleVersion(ws.hr, ws.id, "data-engineer", 99, restored.currentVersion), "not_found");
    });

    it("validates with field errors named by path", async () => {
      const current = await getRoleDescription(ws.hr, ws.id, "mlops-engineer");
      const error = await expectAppError(
        updateRoleDescription(ws.hr, ws.id, "mlops-engineer", current.currentVersion, editable(current.content, {
          title: "",
          salaryBands: [{ location: "Berlin", currency: "euro", min: 90_000, max: 80_000 }],
          tools: ["Docker", "docker"],
        })),
        "validation_failed",
      );
      expect(Object.keys(error.fieldErrors ?? {})).toEqual(expect.arrayContaining(["title", "salaryBands.0.currency", "salaryBands.0.max", "tools"]));
      expect((await getRoleDescription(ws.hr, ws.id, "mlops-engineer")).currentVersion).toBe(current.currentVersion);
    });
  });

  describe("custom roles and archiving", () => {
    it("adds custom roles under custom-<slug>, numbered when the title repeats", async () => {
      const first = await createCustomRole(ws.hr, ws.id, customRoleInput("Prompt Engineer"));
      expect(first).toMatchObject({ roleKey: "custom-prompt-engineer", isCustom: true, currentVersion: 1 });
      expect(first.content.engineRoleId).toBeNull();
      const second = await createCustomRole(ws.owner, ws.id, customRoleInput("Prompt  engineer!"));
      expect(second.roleKey).toBe("custom-prompt-engineer-2");
      const { entries } = await listRoleDescriptions(ws.viewer, ws.id);
      expect(entries.slice(0, 5).every((entry) => !entry.isCustom)).toBe(true);
      expect(entries.slice(5).map((entry) => entry.roleKey).sort()).toEqual(["custom-prompt-engineer", "custom-prompt-engineer-2"]);
    });

    it("archives custom roles only; an archived role leaves the list and cannot be edited until restored", async () => {
      const archived = await setRoleArchived(ws.hr, ws.id, "custom-prompt-engineer-2", true);
      expect(archived.archivedAt).not.toBeNull();
      expect((await listRoleDescriptions(ws.viewer, ws.id)).entries.map((entry) => entry.roleKey)).not.toContain("custom-prompt-engineer-2");
      expect((await listRoleDescriptions(ws.viewer, ws.id, { includeArchived: true })).entries.map((entry) => entry.roleKey)).toContain("custom-prompt-engineer-2");
      await expectAppError(updateRoleDescription(ws.hr, ws.id, "custom-prompt-engineer-2", 1, customRoleInput("Renamed")), "conflict");
      await expectAppError(setRoleArchived(ws.hr, ws.id, "ml-engineer", true), "unprocessable");
      expect((await setRoleArchived(ws.hr, ws.id, "custom-prompt-engineer-2", false)).archivedAt).toBeNull();
    });

    it("keeps workspaces apart: another workspace's entries are not found", async () => {
      const other = await newWorkspace("Other");
      await expectAppError(getRoleDescription(other.owner, ws.id, "data-scientist"), "not_found");
      await expectAppError(getRoleDescription(other.owner, other.id, "custom-prompt-engineer"), "not_found");
      await expectAppError(getRoleDescription(ws.owner, ws.id, "../etc"), "not_found");
      // Each workspace has its own copy of the engine roles: ws's HR edit is not in other's.
      expect((await getRoleDescription(other.viewer, other.id, "data-scientist")).content.salaryBands).toEqual([]);
    });
  });

  describe("plans take the library's descriptions", () => {
    it("says the library changed, takes the update as a new version, and the band flows into cost", async () => {
      const plan = await createPlan(ws.manager, ws.id, { name: "Recommender", brief: recommender });
      const ds = effectivePlan(plan.content).team.find((role) => role.roleId === "data-scientist");
      expect(ds, "the recommender brief staffs a data scientist").toBeDefined();
      expect(ds!.salaryBand).toBeNull();
      const status = await getPlanLibraryStatus(ws.viewer, plan.id);
      const dsStatus = status.find((entry) => entry.roleId === "data-scientist")!;
      expect(dsStatus).toMatchObject({ changed: true, takenVersion: 1, libraryVersion: 2, title: "Data Scientist" });

      await expectAppError(takeLibraryUpdates(ws.hr, plan.id, plan.currentVersion), "forbidden");
      const taken = await takeLibraryUpdates(ws.manager, plan.id, plan.currentVersion);
      expect(taken.currentVersion).toBe(plan.currentVersion + 1);
      expect(taken.lastChange.summary).toContain("Data Scientist version 1 → 2");
      expect(taken.content.library?.["data-scientist"]).toMatchObject({ version: 2, salaryBand: { location: "US", currency: "USD", min: 130_000, max: 160_000 } });
      const role = effectivePlan(taken.content).team.find((candidate) => candidate.roleId === "data-scientist")!;
      expect(role.salaryBand).toMatchObject({ min: 130_000, max: 160_000, currency: "USD" });
      expect(role.salaryBand!.source).toContain("role library");
      expect(taken.costMin).toBe((plan.costMin ?? 0) + ds!.headcount * 130_000);
      expect(taken.costMax).toBe((plan.costMax ?? 0) + ds!.headcount * 160_000);
      // The plan's warning follows its team: the Data Scientist is priced now, the Data Engineer still is not.
      const noSource = (content: typeof plan.content) => effectivePlan(content).warnings.filter((warning) => warning.startsWith("No salary source covers"));
      expect(noSource(plan.content)).toEqual([expect.stringMatching(/^No salary source covers Data Scientist, Data Engineer, so they are left out/)]);
      expect(noSource(taken.content)).toEqual([
        `No salary source covers Data Engineer, so it is left out of the cost estimate. Workspace owners and HR can add a band under Role library → Edit role; a plan then takes it with "Use the library's update".`,
      ]);
      expect(taken.costedHeadcount).toBe(plan.costedHeadcount! + ds!.headcount);

      expect((await getPlanLibraryStatus(ws.viewer, plan.id)).every((entry) => !entry.changed)).toBe(true);
      await expectAppError(takeLibraryUpdates(ws.manager, plan.id, taken.currentVersion), "conflict");
      // A stale base is the usual 409; a later edit keeps what was taken.
      await expectAppError(takeLibraryUpdates(ws.manager, plan.id, plan.currentVersion), "conflict");
      const edited = await updatePlan(ws.manager, plan.id, taken.currentVersion, { notes: "Hiring in Q2" });
      expect(edited.content.library).toEqual(taken.content.library);
      expect(edited.costMin).toBe(taken.costMin);

      // HR changes the band again: the plan page says so, and the old version keeps its cost.
      const current = await getRoleDescription(ws.hr, ws.id, "data-scientist");
      await updateRoleDescription(ws.hr, ws.id, "data-scientist", current.currentVersion, editable(current.content, { salaryBands: [{ ...usBand, min: 140_000 }] }));
      const after = (await getPlanLibraryStatus(ws.viewer, plan.id)).find((entry) => entry.roleId === "data-scientist")!;
      expect(after).toMatchObject({ changed: true, takenVersion: 2, libraryVersion: 3 });
      expect((await getPlan(ws.viewer, plan.id)).costMin).toBe(taken.costMin);
    });
  });
});
