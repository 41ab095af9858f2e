import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { Actor } from "@/lib/server/data/access";
import { authenticateApiToken, createApiToken, listApiTokens, revokeApiToken } from "@/lib/server/data/api-tokens";
import { addComment, listComments } from "@/lib/server/data/plan-comments";
import { listPlans } from "@/lib/server/data/plan-list";
import { diffVersions, getVersion, listVersions, restoreVersion } from "@/lib/server/data/plan-versions";
import { listPlanEvents, transitionPlan } from "@/lib/server/data/plan-workflow";
import { comparePlans, createPlan, duplicateAsScenario, getPlan, updatePlan } from "@/lib/server/data/plans";
import { db } from "@/lib/server/db";
import { type PermissionOutcome, buildCallerMatrix, permissionOutcome } from "@/tests/fixtures/callers";
import { connectDataLayer } from "@/tests/fixtures/data-layer";
import { describeEachKind } from "@/tests/fixtures/test-database";

/**
 * Every data-layer function of team plans × every kind of caller, each cell asserted:
 * viewer reads; HR reads and comments; manager and owner create, edit, approve; tokens act with
 * their role in their own workspace; nobody outside the workspace sees anything (not_found, not
 * forbidden, so ids reveal nothing); a revoked token authenticates as nobody.
 */

type Outcome = PermissionOutcome | "unauthenticated";
type ActorName = "outsider" | "viewer" | "hr" | "manager" | "owner" | "token(manager)" | "token(viewer)" | "token(other workspace)" | "revoked token";
type Kind = "read" | "comment" | "edit" | "admin";

const actorNames: ActorName[] = ["outsider", "viewer", "hr", "manager", "owner", "token(manager)", "token(viewer)", "token(other workspace)", "revoked token"];

const expected: Record<Kind, Record<ActorName, Outcome>> = {
  read: {
    outsider: "not_found", viewer: "allowed", hr: "allowed", manager: "allowed", owner: "allowed",
    "token(manager)": "allowed", "token(viewer)": "allowed", "token(other workspace)": "not_found", "revoked token": "unauthenticated",
  },
  comment: {
    outsider: "not_found", viewer: "forbidden", hr: "allowed", manager: "allowed", owner: "allowed",
    "token(manager)": "allowed", "token(viewer)": "forbidden", "token(other workspace)": "not_found", "revoked token": "unauthenticated",
  },
  edit: {
    outsider: "not_found", viewer: "forbidden", hr: "forbidden", manager: "allowed", owner: "allowed",
    "token(manager)": "allowed", "token(viewer)": "forbidden", "token(other workspace)": "not_found", "revoked token": "unauthenticated",
  },
  admin: {
    outsider: "not_found", viewer: "forbidden", hr: "forbidden", manager: "forbidden", owner: "allowed",
    "token(manager)": "forbidden", "token(viewer)": "forbidden", "token(other workspace)": "not_found", "revoked token": "unauthenticated",
  },
};

const brief = { description: "A product recommender for our online store" };

interface Fixture {
  workspaceId: string;
  owner: Actor;
  /** A fresh plan (owner-made, version 2, in review) for each cell, so mutations never interfere. */
  newPlan(): Promise<{ id: string; version: number }>;
  newTokenId(): Promise<string>;
}

const operations: { name: string; kind: Kind; run: (actor: Actor, fx: Fixture) => Promise<unknown> }[] = [
  { name: "listPlans", kind: "read", run: (actor, fx) => listPlans(actor, fx.workspaceId, {}) },
  { name: "getPlan", kind: "read", run: async (actor, fx) => getPlan(actor, (await fx.newPlan()).id) },
  { name: "listVersions", kind: "read", run: async (actor, fx) => listVersions(actor, (await fx.newPlan()).id) },
  { name: "getVersion", kind: "read", run: async (actor, fx) => getVersion(actor, (await fx.newPlan()).id, 1) },
  { name: "diffVersions", kind: "read", run: async (actor, fx) => diffVersions(actor, (await fx.newPlan()).id, 1, 2) },
  { name: "listPlanEvents", kind: "read", run: async (actor, fx) => listPlanEvents(actor, (await fx.newPlan()).id) },
  { name: "listComments", kind: "read", run: async (actor, fx) => listComments(actor, (await fx.newPlan()).id) },
  { name: "comparePlans", kind: "read", run: async (actor, fx) => comparePlans(actor, (await fx.newPlan()).id, (await fx.newPlan()).id) },
  { name: "addComment", kind: "comment", run: async (actor, fx) => addComment(actor, (await fx.newPlan()).id, { body: "Looks good" }) },
  { name: "createPlan", kind: "edit", run: (actor, fx) => createPlan(actor, fx.workspaceId, { name: "New", brief }) },
  {
    name: "updatePlan",
    kind: "edit",
    run: async (actor, fx) => {
      const plan = await fx.newPlan();
      return updatePlan(actor, plan.id, plan.version, { notes: "edited" });
    },
  },
  {
    name: "restoreVersion",
    kind: "edit",
    run: async (actor, fx) => {
      const plan = await fx.newPlan();
      return restoreVersion(actor, plan.id, 1, plan.version);
    },
  },
  { name: "transitionPlan(approve)", kind: "edit", run: async (actor, fx) => transitionPlan(actor, (await fx.newPlan()).id, "approve") },
  { name: "transitionPlan(archive)", kind: "edit", run: async (actor, fx) => transitionPlan(actor, (await fx.newPlan()).id, "archive") },
  { name: "duplicateAsScenario", kind: "edit", run: async (actor, fx) => duplicateAsScenario(actor, (await fx.newPlan()).id, "Scenario") },
  { name: "createApiToken", kind: "admin", run: (actor, fx) => createApiToken(actor, fx.workspaceId, { name: "t", role: "VIEWER" }) },
  { name: "listApiTokens", kind: "admin", run: (actor, fx) => listApiTokens(actor, fx.workspaceId) },
  { name: "revokeApiToken", kind: "admin", run: async (actor, fx) => revokeApiToken(actor, fx.workspaceId, await fx.newTokenId()) },
];

describeEachKind("plans permission matrix", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  const actors = new Map<ActorName, Actor | null>();
  let fixture: Fixture;

  beforeAll(async () => {
    ({ disconnect } = await connectDataLayer(kind));
    const matrix = await buildCallerMatrix();
    const workspace = matrix.workspace;
    const ownerActor = matrix.actors.owner;

    for (const name of ["outsider", "viewer", "hr", "manager", "owner"] as const) actors.set(name, matrix.actors[name]);
    actors.set("token(manager)", matrix.tokens.valid.actor);
    actors.set("token(viewer)", matrix.tokens.viewer.actor);
    actors.set("token(other workspace)", matrix.tokens.otherWorkspace.actor);
    actors.set("revoked token", await authenticateApiToken(matrix.tokens.revoked.token));

    fixture = {
      workspaceId: workspace.id,
      owner: ownerActor,
      newPlan: async () => {
        const plan = await createPlan(ownerActor, workspace.id, { name: "Fixture", brief });
        const edited = await updatePlan(ownerActor, plan.id, 1, { notes: "v2" });
        await transitionPlan(ownerActor, plan.id, "submit");
        return { id: plan.id, version: edited.currentVersion };
      },
      newTokenId: async () => (await createApiToken(ownerActor, workspace.id, { name: "to revoke", role: "VIEWER" })).apiToken.id,
    };
  });
  afterAll(async () => {
    await disconnect?.();
  });

  it("tokens authenticate as their role in their workspace; the revoked one as nobody", () => {
    expect(actors.get("token(manager)")).toMatchObject({ kind: "token", role: "MANAGER", workspaceId: fixture.workspaceId });
    expect(actors.get("token(viewer)")).toMatchObject({ kind: "token", role: "VIEWER" });
    expect(actors.get("revoked token")).toBeNull();
  });

  const cells = operations.flatMap((operation) => actorNames.map((actorName) => ({ operation, actorName, outcome: expected[operation.kind][actorName] })));
  it.each(cells.map((cell) => [cell.operation.name, cell.actorName, cell.outcome, cell] as const))("%s × %s → %s", async (_name, actorName, outcome, cell) => {
    const actor = actors.get(actorName);
    if (actor === null || actor === undefined) {
      // No actor at all: the API answers 401 before any data-layer call.
      expect(outcome).toBe("unauthenticated");
      return;
    }
    const before = await db().planVersion.count();
    const result = await permissionOutcome(cell.operation.run(actor, fixture));
    expect(result).toBe(outcome);
    if (outcome !== "allowed" && cell.operation.kind === "edit") {
      // A refused edit writes nothing beyond the fixture's own two versions.
      expect(await db().planVersion.count()).toBe(before + (cell.operation.name === "createPlan" ? 0 : 2));
    }
  });

  it("an outsider's not_found reads exactly like a plan that does not exist", async () => {
    const plan = await fixture.newPlan();
    const outsider = actors.get("outsider")!;
    const real = await getPlan(outsider, plan.id).catch((error: unknown) => error as AppError);
    const missing = await getPlan(outsider, "does-not-exist").catch((error: unknown) => error as AppError);
    expect(real).toBeInstanceOf(AppError);
    expect((real as AppError).message).toBe((missing as AppError).message);
  });

  describe("cells", () => {
    it("covers every operation for every actor", () => {
      expect(cells.length).toBe(operations.length * actorNames.length);
    });
  });
});
