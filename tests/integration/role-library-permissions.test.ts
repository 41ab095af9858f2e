import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/data/access";
import { createPlan } from "@/lib/server/data/plans";
import {
  createCustomRole,
  getRoleDescription,
  listRoleDescriptions,
  setRoleArchived,
  updateRoleDescription,
} from "@/lib/server/data/role-library";
import { getPlanLibraryStatus, takeLibraryUpdates } from "@/lib/server/data/role-library-plans";
import { diffRoleVersions, getRoleVersion, listRoleVersions, restoreRoleVersion } from "@/lib/server/data/role-library-versions";
import { createShareLink, listShareLinks, revokeShareLink } from "@/lib/server/data/share-links";
import { db } from "@/lib/server/db";
import { type PermissionOutcome, buildCallerMatrix, permissionOutcome } from "@/tests/fixtures/callers";
import { connectDataLayer } from "@/tests/fixtures/data-layer";
import { customRoleInput, editable } from "@/tests/fixtures/role-library";
import { describeEachKind } from "@/tests/fixtures/test-database";

/**
 * Every new data-layer function × every kind of caller. Members read the library; HR and
 * owners edit it and share role descriptions; managers and owners share plans and take library
 * updates into them; API tokens act with their role; outsiders get not_found, never forbidden.
 * (resolveShareLink takes no actor: share-links.test.ts covers it.)
 */

type Outcome = PermissionOutcome;
type ActorName = "outsider" | "viewer" | "hr" | "manager" | "owner" | "token(hr)" | "token(manager)" | "token(viewer)";
type Kind = "read" | "edit-role" | "edit-plan";

const actorNames: ActorName[] = ["outsider", "viewer", "hr", "manager", "owner", "token(hr)", "token(manager)", "token(viewer)"];

const expected: Record<Kind, Record<ActorName, Outcome>> = {
  read: { outsider: "not_found", viewer: "allowed", hr: "allowed", manager: "allowed", owner: "allowed", "token(hr)": "allowed", "token(manager)": "allowed", "token(viewer)": "allowed" },
  "edit-role": { outsider: "not_found", viewer: "forbidden", hr: "allowed", manager: "forbidden", owner: "allowed", "token(hr)": "allowed", "token(manager)": "forbidden", "token(viewer)": "forbidden" },
  "edit-plan": { outsider: "not_found", viewer: "forbidden", hr: "forbidden", manager: "allowed", owner: "allowed", "token(hr)": "forbidden", "token(manager)": "allowed", "token(viewer)": "forbidden" },
};

interface Fixture {
  workspaceId: string;
  /** A fresh custom role (owner-made, version 2) per cell, so mutations never interfere. */
  newRole(): Promise<{ roleKey: string; version: number }>;
  newPlan(): Promise<{ id: string; version: number }>;
  newPlanLink(): Promise<string>;
  newRoleLink(): Promise<string>;
}

const operations: { name: string; kind: Kind; run: (actor: Actor, fx: Fixture) => Promise<unknown> }[] = [
  { name: "listRoleDescriptions", kind: "read", run: (actor, fx) => listRoleDescriptions(actor, fx.workspaceId) },
  { name: "getRoleDescription", kind: "read", run: (actor, fx) => getRoleDescription(actor, fx.workspaceId, "data-scientist") },
  { name: "listRoleVersions", kind: "read", run: async (actor, fx) => listRoleVersions(actor, fx.workspaceId, (await fx.newRole()).roleKey) },
  { name: "getRoleVersion", kind: "read", run: async (actor, fx) => getRoleVersion(actor, fx.workspaceId, (await fx.newRole()).roleKey, 1) },
  { name: "diffRoleVersions", kind: "read", run: async (actor, fx) => diffRoleVersions(actor, fx.workspaceId, (await fx.newRole()).roleKey, 1, 2) },
  { name: "getPlanLibraryStatus", kind: "read", run: async (actor, fx) => getPlanLibraryStatus(actor, (await fx.newPlan()).id) },
  {
    name: "updateRoleDescription",
    kind: "edit-role",
    run: async (actor, fx) => {
      const role = await fx.newRole();
      return updateRoleDescription(actor, fx.workspaceId, role.roleKey, role.version, customRoleInput("Matrix role", { benefits: `Edited ${randomBytes(3).toString("hex")}` }));
    },
  },
  { name: "createCustomRole", kind: "edit-role", run: (actor, fx) => createCustomRole(actor, fx.workspaceId, customRoleInput("Matrix new role")) },
  { name: "setRoleArchived", kind: "edit-role", run: async (actor, fx) => setRoleArchived(actor, fx.workspaceId, (await fx.newRole()).roleKey, true) },
  {
    name: "restoreRoleVersion",
    kind: "edit-role",
    run: async (actor, fx) => {
      const role = await fx.newRole();
      return restoreRoleVersion(actor, fx.workspaceId, role.roleKey, 1, role.version);
    },
  },
  { name: "createShareLink(role)", kind: "edit-role", run: (actor, fx) => createShareLink(actor, { kind: "role", workspaceId: fx.workspaceId, roleKey: "ml-engineer" }) },
  { name: "listShareLinks(role)", kind: "edit-role", run: (actor, fx) => listShareLinks(actor, { kind: "role", workspaceId: fx.workspaceId, roleKey: "ml-engineer" }) },
  { name: "revokeShareLink(role)", kind: "edit-role", run: async (actor, fx) => revokeShareLink(actor, await fx.newRoleLink()) },
  { name: "createShareLink(plan)", kind: "edit-plan", run: async (actor, fx) => createShareLink(actor, { kind: "plan", planId: (await fx.newPlan()).id }) },
  { name: "listShareLinks(plan)", kind: "edit-plan", run: async (actor, fx) => listShareLinks(actor, { kind: "plan", planId: (await fx.newPlan()).id }) },
  { name: "revokeShareLink(plan)", kind: "edit-plan", run: async (actor, fx) => revokeShareLink(actor, await fx.newPlanLink()) },
  {
    name: "takeLibraryUpdates",
    kind: "edit-plan",
    run: async (actor, fx) => {
      const plan = await fx.newPlan();
      return takeLibraryUpdates(actor, plan.id, plan.version);
    },
  },
];

describeEachKind("role library and share links permission matrix", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  const actors = new Map<ActorName, Actor>();
  let fixture: Fixture;

  beforeAll(async () => {
    ({ disconnect } = await connectDataLayer(kind));
    const matrix = await buildCallerMatrix();
    const workspace = matrix.workspace;
    const ownerActor = matrix.actors.owner;
    for (const name of ["outsider", "viewer", "hr", "manager", "owner"] as const) actors.set(name, matrix.actors[name]);
    actors.set("token(hr)", matrix.tokens.hr.actor);
    actors.set("token(manager)", matrix.tokens.valid.actor);
    actors.set("token(viewer)", matrix.tokens.viewer.actor);

    const newPlan = async () => {
      const plan = await createPlan(ownerActor, workspace.id, { name: "Fixture", brief: { description: "A product recommender for our online store" } });
      return { id: plan.id, version: plan.currentVersion };
    };
    // Something for takeLibraryUpdates to take: the data scientist's entry is at version 2.
    const ds = await getRoleDescription(ownerActor, workspace.id, "data-scientist");
    await updateRoleDescription(ownerActor, workspace.id, "data-scientist", 1, editable(ds.content, { benefits: "Pension and learning budget" }));
    fixture = {
      workspaceId: workspace.id,
      newRole: async () => {
        const role = await createCustomRole(ownerActor, workspace.id, customRoleInput("Matrix fixture"));
        const edited = await updateRoleDescription(ownerActor, workspace.id, role.roleKey, 1, customRoleInput("Matrix fixture", { benefits: "v2" }));
        return { roleKey: role.roleKey, version: edited.currentVersion };
      },
      newPlan,
      newPlanLink: async () => (await createShareLink(ownerActor, { kind: "plan", planId: (await newPlan()).id })).link.id,
      newRoleLink: async () => (await createShareLink(ownerActor, { kind: "role", workspaceId: workspace.id, roleKey: "ai-engineer" })).link.id,
    };
  });
  afterAll(async () => {
    await disconnect?.();
  });

  const cells = operations.flatMap((operation) => actorNames.map((actorName) => ({ operation, actorName, outcome: expected[operation.kind][actorName] })));
  it.each(cells.map((cell) => [cell.operation.name, cell.actorName, cell.outcome, cell] as const))("%s × %s → %s", async (_name, actorName, outcome, cell) => {
    const actor = actors.get(actorName)!;
    const before = { versions: await db().roleDescriptionVersion.count(), links: await db().shareLink.count({ where: { revokedAt: null } }) };
    const result = await permissionOutcome(cell.operation.run(actor, fixture));
    expect(result).toBe(outcome);
    if (outcome !== "allowed") {
      // A refused write writes nothing beyond what the cell's own fixture made.
      const after = { versions: await db().roleDescriptionVersion.count(), links: await db().shareLink.count({ where: { revokedAt: null } }) };
      const fixtureVersions = ["updateRoleDescription", "setRoleArchived", "restoreRoleVersion", "listRoleVersions", "getRoleVersion", "diffRoleVersions"].includes(cell.operation.name) ? 2 : 0;
      const fixtureLinks = cell.operation.name.startsWith("revokeShareLink") ? 1 : 0;
      expect(after.versions).toBe(before.versions + fixtureVersions);
      expect(after.links).toBe(before.links + fixtureLinks);
    }
  });

  describe("cells", () => {
    it("covers every operation for every actor", () => {
      expect(cells.length).toBe(operations.length * actorNames.length);
    });
  });
});
