import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/data/access";
import {
  getJobDescription,
  getJobDescriptionVersion,
  getPlanForExport,
  listJobDescriptions,
  listJobDescriptionVersions,
  regenerateJobDescription,
  restoreJobDescriptionVersion,
  saveJobDescription,
} from "@/lib/server/data/job-descriptions";
import { transitionPlan } from "@/lib/server/data/plan-workflow";
import { createPlan, updatePlan } from "@/lib/server/data/plans";
import { db } from "@/lib/server/db";
import { type PermissionOutcome, buildCallerMatrix, permissionOutcome } from "@/tests/fixtures/callers";
import { connectDataLayer } from "@/tests/fixtures/data-layer";
import { describeEachKind } from "@/tests/fixtures/test-database";

/**
 * Job-description drafts on both databases: generated drafts (version 0), saving immutable
 * versions with compare-and-set (409 on a stale base, one winner of concurrent first saves),
 * history, and who may read and edit: outsiders see nothing, viewers read and download, HR,
 * managers and owners edit, tokens act with their role.
 */

const brief = { description: "A product recommender for our online store with real-time suggestions", location: "Berlin, DE", currency: "EUR" };
type ActorName = "outsider" | "viewer" | "hr" | "manager" | "owner" | "token(manager)" | "token(viewer)";
type Outcome = PermissionOutcome;
const expected: Record<"read" | "edit", Record<ActorName, Outcome>> = {
  read: { outsider: "not_found", viewer: "allowed", hr: "allowed", manager: "allowed", owner: "allowed", "token(manager)": "allowed", "token(viewer)": "allowed" },
  edit: { outsider: "not_found", viewer: "forbidden", hr: "allowed", manager: "allowed", owner: "allowed", "token(manager)": "allowed", "token(viewer)": "forbidden" },
};

describeEachKind("job-description drafts", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  const actors = new Map<ActorName, Actor>();
  let workspaceId = "";
  let owner: Actor;
  const newPlan = async () => (await createPlan(owner, workspaceId, { name: "Recs", brief })).id;

  beforeAll(async () => {
    ({ disconnect } = await connectDataLayer(kind));
    const matrix = await buildCallerMatrix({ workspaceName: "Acme Analytics", brief });
    workspaceId = matrix.workspace.id;
    owner = matrix.actors.owner;
    for (const name of ["outsider", "viewer", "hr", "manager", "owner"] as const) actors.set(name, matrix.actors[name]);
    actors.set("token(manager)", matrix.tokens.valid.actor);
    actors.set("token(viewer)", matrix.tokens.viewer.actor);
  });
  afterAll(async () => {
    await disconnect?.();
  });

  it("a role's draft is generated from the plan and the workspace's library until saved (version 0)", async () => {
    const planId = await newPlan();
    const draft = await getJobDescription(owner, planId, "ai-engineer");
    expect(draft).toMatchObject({ version: 0, id: null, workspaceName: "Acme Analytics", roleKey: "ai-engineer", permissions: { canEdit: true } });
    expect(draft.content.location).toMatchObject({ locality: "Berlin", country: "DE" });
    expect(draft.warnings.map((warning) => warning.code)).toContain("pay-transparency");
    const list = await listJobDescriptions(owner, planId);
    expect(list.items.map((item) => item.roleKey)).toEqual(["data-scientist", "ai-engineer", "data-engineer"]);
    expect(list.items.every((item) => item.version === 0)).toBe(true);
    await expect(getJobDescription(owner, planId, "mlops-engineer")).rejects.toMatchObject({ code: "not_found" });
    await expect(getJobDescription(owner, planId, "../../etc")).rejects.toMatchObject({ code: "not_found" });
  });

  it("saves immutable versions with compare-and-set; a stale base is a 409 naming who saved", async () => {
    const planId = await newPlan();
    const generated = await getJobDescription(owner, planId, "data-scientist");
    const first = await saveJobDescription(owner, planId, "data-scientist", 0, { content: { ...generated.content, summary: "First summary." } });
    expect(first.version).toBe(1);
    const second = await saveJobDescription(actors.get("hr")!, planId, "data-scientist", 1, { content: { ...first.content, title: "Lead Data Scientist" }, summary: "Retitled" });
    expect(second).toMatchObject({ version: 2, content: { title: "Lead Data Scientist" }, updatedBy: { name: "hr" } });

    const stale = saveJobDescription(owner, planId, "data-scientist", 1, { content: first.content });
    await expect(stale).rejects.toMatchObject({ code: "conflict", details: { currentVersion: 2, changedBy: "hr" } });
    await expect(saveJobDescription(owner, planId, "data-scientist", 0, { content: first.content })).rejects.toMatchObject({ code: "conflict" });

    const versions = await listJobDescriptionVersions(owner, planId, "data-scientist");
    expect(versions.map((version) => version.version)).toEqual([2, 1]);
    expect(versions[0]!.summary).toBe("Retitled — Edited title");
    expect(versions[1]!.summary).toMatch(/First saved draft/);
    const v1 = await getJobDescriptionVersion(owner, planId, "data-scientist", 1);
    expect(v1.content.title).toBe(generated.content.title);
    expect(v1.content.summary).toBe("First summary.");
    await expect(getJobDescriptionVersion(owner, planId, "data-scientist", 9)).rejects.toMatchObject({ code: "not_found" });
  });

  it("restores an old version as the next one, keeping its plan basis; a save made meanwhile is a 409 and nothing is written", async () => {
    const planId = await newPlan();
    const generated = await getJobDescription(owner, planId, "data-scientist");
    await saveJobDescription(owner, planId, "data-scientist", 0, { content: { ...generated.content, summary: "Original summary." } });
    await saveJobDescription(owner, planId, "data-scientist", 1, { content: { ...generated.content, summary: "Rewritten summary." } });
    const hr = actors.get("hr")!;
    const restored = await restoreJobDescriptionVersion(hr, planId, "data-scientist", 1, 2);
    expect(restored).toMatchObject({ version: 3, content: { summary: "Original summary." }, updatedBy: { name: "hr" }, basedOnPlanVersion: 1 });
    const versions = await listJobDescriptionVersions(owner, planId, "data-scientist");
    expect(versions.map((version) => [version.version, version.summary, version.planVersion])).toEqual([
      [3, "Restored version 1", 1],
      [2, "Edited role summary", 1],
      [1, "First saved draft", 1],
    ]);
    // Someone else saved version 4 while this user looked at version 3: refused, history unchanged.
    await saveJobDescription(owner, planId, "data-scientist", 3, { content: { ...restored.content, title: "Staff Data Scientist" } });
    await expect(restoreJobDescriptionVersion(hr, planId, "data-scientist", 2, 3)).rejects.toMatchObject({ code: "conflict", details: { currentVersion: 4, changedBy: "owner" } });
    expect((await getJobDescription(owner, planId, "data-scientist")).content.title).toBe("Staff Data Scientist");
    await expect(restoreJobDescriptionVersion(hr, planId, "data-scientist", 9, 4)).rejects.toMatchObject({ code: "not_found" });
    await expect(restoreJobDescriptionVersion(hr, planId, "data-scientist", 1, -1)).rejects.toMatchObject({ code: "bad_request" });
    await expect(restoreJobDescriptionVersion(actors.get("viewer")!, planId, "data-scientist", 1, 4)).rejects.toMatchObject({ code: "forbidden" });
    expect(await listJobDescriptionVersions(owner, planId, "data-scientist")).toHaveLength(4);
  });

  it("a first save records the plan version the editor's text was generated from, even when the plan changed while it was open", async () => {
    const planId = await newPlan();
    const opened = await getJobDescription(owner, planId, "ai-engineer");
    expect(opened).toMatchObject({ version: 0, planVersion: 1, basedOnPlanVersion: 1 });
    // Someone edits the plan while the draft editor (showing text from plan version 1) is open.
    await updatePlan(owner, planId, 1, { brief: { ...brief, location: "Munich, DE" } });
    await expect(
      saveJobDescription(owner, planId, "ai-engineer", 0, { content: opened.content, planVersion: 3 }),
    ).rejects.toMatchObject({ code: "validation_failed", fieldErrors: { planVersion: [expect.stringContaining("version 2")] } });
    const saved = await saveJobDescription(owner, planId, "ai-engineer", 0, { content: opened.content, planVersion: opened.planVersion });
    // The saved text is from plan version 1, so the page still says the plan has changed since.
    expect(saved).toMatchObject({ version: 1, planVersion: 2, basedOnPlanVersion: 1 });
    // Later saves keep their basis whatever they send; without planVersion a first save takes the current plan.
    const edited = await saveJobDescription(owner, planId, "ai-engineer", 1, { content: { ...saved.content, title: "AI Engineer, Ranking" }, planVersion: 2 });
    expect(edited).toMatchObject({ version: 2, basedOnPlanVersion: 1 });
    const other = await saveJobDescription(owner, planId, "data-scientist", 0, { content: (await getJobDescription(owner, planId, "data-scientist")).content });
    expect(other).toMatchObject({ version: 1, basedOnPlanVersion: 2 });
  });

  it("says when the plan changed after the draft was saved, and regenerates it from the current plan as a new version", async () => {
    const planId = await newPlan();
    const generated = await getJobDescription(owner, planId, "ai-engineer");
    expect(generated.basedOnPlanVersion).toBe(generated.planVersion);
    const saved = await saveJobDescription(owner, planId, "ai-engineer", 0, { content: { ...generated.content, summary: "Hand-written." } });
    expect(saved).toMatchObject({ planVersion: 1, basedOnPlanVersion: 1 });
    await expect(regenerateJobDescription(owner, planId, "ai-engineer", 0)).rejects.toMatchObject({ code: "bad_request" });

    await updatePlan(owner, planId, 1, { brief: { ...brief, location: "Munich, DE" } });
    const edited = await saveJobDescription(owner, planId, "ai-engineer", 1, { content: { ...saved.content, title: "AI Engineer, Search" } });
    // Editing the text keeps the plan version it was generated from: the plan change is still news.
    expect(edited).toMatchObject({ version: 2, planVersion: 2, basedOnPlanVersion: 1 });

    await expect(regenerateJobDescription(owner, planId, "ai-engineer", 1)).rejects.toMatchObject({ code: "conflict", details: { currentVersion: 2 } });
    await expect(regenerateJobDescription(actors.get("viewer")!, planId, "ai-engineer", 2)).rejects.toMatchObject({ code: "forbidden" });
    const rebuilt = await regenerateJobDescription(actors.get("hr")!, planId, "ai-engineer", 2);
    expect(rebuilt).toMatchObject({ version: 3, basedOnPlanVersion: 2, content: { location: { locality: "Munich", country: "DE" } } });
    expect(rebuilt.content.summary).not.toBe("Hand-written.");
    const versions = await listJobDescriptionVersions(owner, planId, "ai-engineer");
    expect(versions.map((version) => [version.version, version.summary, version.planVersion])).toEqual([
      [3, "Regenerated from plan version 2", 2],
      [2, "Edited title", 1],
      [1, "First saved draft", 1],
    ]);
    // The old text stays in the history and can come back (with its old basis, so the notice returns).
    const back = await restoreJobDescriptionVersion(owner, planId, "ai-engineer", 2, 3);
    expect(back).toMatchObject({ version: 4, basedOnPlanVersion: 1, content: { title: "AI Engineer, Search" } });
  });

  it("will not regenerate a draft whose role left the plan", async () => {
    const planId = await newPlan();
    const generated = await getJobDescription(owner, planId, "data-engineer");
    await saveJobDescription(owner, planId, "data-engineer", 0, { content: generated.content });
    await updatePlan(owner, planId, 1, { overrides: { roles: {}, addedRoles: [], removedRoles: ["data-engineer"], phases: {} } });
    await expect(regenerateJobDescription(owner, planId, "data-engineer", 1)).rejects.toMatchObject({ code: "conflict" });
    expect((await getJobDescription(owner, planId, "data-engineer")).version).toBe(1);
  });

  it("of concurrent first saves exactly one wins; the rest are 409 and nothing else is written", async () => {
    const planId = await newPlan();
    const { content } = await getJobDescription(owner, planId, "ai-engineer");
    const results = await Promise.allSettled(Array.from({ length: 4 }, (_, index) => saveJobDescription(owner, planId, "ai-engineer", 0, { content: { ...content, summary: `Save ${index}` } })));
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    for (const result of results) if (result.status === "rejected") expect(result.reason).toMatchObject({ code: "conflict" });
    expect(await listJobDescriptionVersions(owner, planId, "ai-engineer")).toHaveLength(1);
  });

  it("refuses invalid content with field errors, a draft for another role, and edits to archived plans", async () => {
    const planId = await newPlan();
    const { content } = await getJobDescription(owner, planId, "ai-engineer");
    await expect(saveJobDescription(owner, planId, "ai-engineer", 0, { content: { ...content, title: "", salary: { currency: "EURO", min: 10, max: 5 } } })).rejects.toMatchObject({
      code: "validation_failed",
      fieldErrors: { "content.title": [expect.stringMatching(/title/)], "content.salary.currency": [expect.stringMatching(/three-letter/)] },
    });
    await expect(saveJobDescription(owner, planId, "data-scientist", 0, { content })).rejects.toMatchObject({ code: "validation_failed" });
    await transitionPlan(owner, planId, "archive");
    await expect(saveJobDescription(owner, planId, "ai-engineer", 0, { content })).rejects.toMatchObject({ code: "conflict" });
  });

  it("whole-plan export data carries the effective plan and costs", async () => {
    const planId = await newPlan();
    const exported = await getPlanForExport(actors.get("viewer")!, planId);
    expect(exported.workspaceName).toBe("Acme Analytics");
    expect(exported.effective.team.length).toBeGreaterThan(0);
    expect(exported.costs.currency).toBe("EUR");
  });

  const names: ActorName[] = ["outsider", "viewer", "hr", "manager", "owner", "token(manager)", "token(viewer)"];
  const operations = [
    { name: "getJobDescription", kind: "read" as const, run: async (actor: Actor, planId: string) => getJobDescription(actor, planId, "ai-engineer") },
    { name: "listJobDescriptions", kind: "read" as const, run: async (actor: Actor, planId: string) => listJobDescriptions(actor, planId) },
    { name: "listJobDescriptionVersions", kind: "read" as const, run: async (actor: Actor, planId: string) => listJobDescriptionVersions(actor, planId, "ai-engineer") },
    { name: "getPlanForExport", kind: "read" as const, run: async (actor: Actor, planId: string) => getPlanForExport(actor, planId) },
    {
      name: "getJobDescriptionVersion",
      kind: "read" as const,
      run: async (actor: Actor, planId: string) => {
        await saveJobDescription(owner, planId, "ai-engineer", 0, { content: (await getJobDescription(owner, planId, "ai-engineer")).content });
        return getJobDescriptionVersion(actor, planId, "ai-engineer", 1);
      },
    },
    {
      name: "restoreJobDescriptionVersion",
      kind: "edit" as const,
      run: async (actor: Actor, planId: string) => {
        await saveJobDescription(owner, planId, "ai-engineer", 0, { content: (await getJobDescription(owner, planId, "ai-engineer")).content });
        return restoreJobDescriptionVersion(actor, planId, "ai-engineer", 1, 1);
      },
    },
    {
      name: "regenerateJobDescription",
      kind: "edit" as const,
      run: async (actor: Actor, planId: string) => {
        await saveJobDescription(owner, planId, "ai-engineer", 0, { content: (await getJobDescription(owner, planId, "ai-engineer")).content });
        return regenerateJobDescription(actor, planId, "ai-engineer", 1);
      },
    },
    {
      name: "saveJobDescription",
      kind: "edit" as const,
      run: async (actor: Actor, planId: string) => saveJobDescription(actor, planId, "ai-engineer", 0, { content: (await getJobDescription(owner, planId, "ai-engineer")).content }),
    },
  ];
  it.each(operations.flatMap((operation) => names.map((name) => [operation.name, name, expected[operation.kind][name], operation] as const)))(
    "%s × %s → %s",
    async (_name, actorName, outcome, operation) => {
      const planId = await newPlan();
      expect(await permissionOutcome(operation.run(actors.get(actorName)!, planId))).toBe(outcome);
    },
  );
});
