import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { acceptInvitation, createInvitation, listInvitations, previewInvitation, revokeInvitation } from "@/lib/server/data/invitations";
import { changeMemberRole, leaveWorkspace, listMembers, removeMember } from "@/lib/server/data/members";
import { checkSignInAllowed, clearSignInFailures, recordSignInFailure } from "@/lib/server/data/sign-in-throttle";
import { createUserWithPassword, upsertUserFromProvider, verifyPasswordSignIn } from "@/lib/server/data/users";
import { createWorkspace, getWorkspaceAccess, listWorkspacesForUser, renameWorkspace } from "@/lib/server/data/workspaces";
import { db } from "@/lib/server/db";
import { connectDataLayer } from "@/tests/fixtures/data-layer";
import { describeEachKind } from "@/tests/fixtures/test-database";

async function expectAppError(promise: Promise<unknown>, code: AppError["code"]) {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error, `expected an AppError "${code}"`).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe(code);
  return error as AppError;
}

let counter = 0;
async function newUser(name = "User") {
  counter += 1;
  const user = await createUserWithPassword({
    name: `${name} ${counter}`,
    email: `${name.toLowerCase().replace(/\s+/g, ".")}.${counter}.${Date.now()}@example.com`,
    password: "a long enough password",
  });
  return { ...user, actor: { userId: user.id } };
}

describeEachKind("accounts and workspaces", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ disconnect } = await connectDataLayer(kind));
  });
  afterAll(async () => {
    await disconnect?.();
  });

  describe("users", () => {
    it("creates a user, refuses a second account for the same email, verifies passwords", async () => {
      const user = await createUserWithPassword({ name: "Ada", email: `ada.${kind}@example.com`, password: "correct horse battery" });
      const duplicate = await expectAppError(
        createUserWithPassword({ name: "Ada 2", email: `ada.${kind}@example.com`, password: "whatever else here" }),
        "conflict",
      );
      expect(duplicate.fieldErrors?.email?.[0]).toMatch(/already exists/);
      expect(await verifyPasswordSignIn(`ada.${kind}@example.com`, "correct horse battery")).toEqual(user);
      expect(await verifyPasswordSignIn(`ada.${kind}@example.com`, "wrong")).toBeNull();
      expect(await verifyPasswordSignIn(`nobody.${kind}@example.com`, "wrong")).toBeNull();
      const row = await db().user.findUniqueOrThrow({ where: { id: user.id } });
      expect(row.passwordHash).toMatch(/^\$argon2id\$/);
      expect(user).not.toHaveProperty("passwordHash");
    });

    it("links a provider account to the user with that email, once", async () => {
      const existing = await newUser("Linked");
      const first = await upsertUserFromProvider({ provider: "github", providerAccountId: `gh-${kind}`, email: existing.email.toUpperCase(), name: "X" });
      const again = await upsertUserFromProvider({ provider: "github", providerAccountId: `gh-${kind}`, email: existing.email, name: "X" });
      expect(first.id).toBe(existing.id);
      expect(again.id).toBe(existing.id);
      const fresh = await upsertUserFromProvider({ provider: "oidc", providerAccountId: `oidc-${kind}`, email: `new.${kind}@example.com`, name: "New Person" });
      expect(fresh.name).toBe("New Person");
    });
  });

  describe("sign-in throttling", () => {
    it("refuses an email after 5 failures, tells when to retry, and forgives on success", async () => {
      const email = `throttle.${kind}@example.com`;
      const now = new Date();
      for (let i = 0; i < 4; i++) await recordSignInFailure({ email });
      expect(await checkSignInAllowed({ email }, now)).toEqual({ allowed: true });
      await recordSignInFailure({ email });
      const verdict = await checkSignInAllowed({ email }, new Date());
      expect(verdict.allowed).toBe(false);
      if (!verdict.allowed) {
        expect(verdict.retryAfterSeconds).toBeGreaterThan(14 * 60);
        expect(verdict.retryAfterSeconds).toBeLessThanOrEqual(15 * 60);
      }
      expect(await checkSignInAllowed({ email: `other.${kind}@example.com` })).toEqual({ allowed: true });
      // Outside the window the failures no longer count.
      expect(await checkSignInAllowed({ email }, new Date(Date.now() + 16 * 60_000))).toEqual({ allowed: true });
      await clearSignInFailures(email);
      expect(await checkSignInAllowed({ email })).toEqual({ allowed: true });
    });

    it("refuses one IP spraying many accounts", async () => {
      const ip = `203.0.113.${kind === "pglite" ? 7 : 8}`;
      for (let i = 0; i < 30; i++) await recordSignInFailure({ email: `spray${i}.${kind}@example.com`, ip });
      expect((await checkSignInAllowed({ email: `fresh.${kind}@example.com`, ip })).allowed).toBe(false);
      expect((await checkSignInAllowed({ email: `fresh.${kind}@example.com`, ip: "198.51.100.1" })).allowed).toBe(true);
    });
  });

  describe("workspaces and roles", () => {
    it("makes the creator the owner and hides the workspace from everyone else", async () => {
      const owner = await newUser("Owner");
      const stranger = await newUser("Stranger");
      const workspace = await createWorkspace(owner.actor, { name: "Zürich Vision Lab" });
      expect(workspace.slug).toMatch(/^zurich-vision-lab-[0-9a-f]{6}$/);
      expect(workspace.role).toBe("OWNER");
      expect((await listWorkspacesForUser(owner.actor)).map((w) => w.id)).toContain(workspace.id);
      expect(await listWorkspacesForUser(stranger.actor)).toEqual([]);

      await expectAppError(getWorkspaceAccess(stranger.actor, workspace.slug), "not_found");
      await expectAppError(renameWorkspace(stranger.actor, workspace.id, "Mine now"), "not_found");
      await expectAppError(listMembers(stranger.actor, workspace.id), "not_found");
      await expectAppError(createInvitation(stranger.actor, workspace.id, { role: "OWNER", expiresInDays: 7 }), "not_found");
      await expectAppError(getWorkspaceAccess(owner.actor, "no-such-workspace"), "not_found");
    });

    it("lets one user belong to several workspaces with different roles", async () => {
      const alice = await newUser("Alice");
      const bob = await newUser("Bob");
      const first = await createWorkspace(alice.actor, { name: "First" });
      const second = await createWorkspace(bob.actor, { name: "Second" });
      const { token } = await createInvitation(bob.actor, second.id, { role: "MANAGER", expiresInDays: 7 });
      await acceptInvitation(alice.actor, token);
      const mine = await listWorkspacesForUser(alice.actor);
      expect(mine.map((w) => [w.name, w.role])).toEqual([
        ["First", "OWNER"],
        ["Second", "MANAGER"],
      ]);
      expect((await getWorkspaceAccess(alice.actor, first.slug)).role).toBe("OWNER");
      expect((await getWorkspaceAccess(alice.actor, second.slug)).role).toBe("MANAGER");
    });
  });

  describe("invitations", () => {
    it("are single-use, hashed, and join with the invited role", async () => {
      const owner = await newUser("Inviter");
      const invitee = await newUser("Invitee");
      const latecomer = await newUser("Latecomer");
      const workspace = await createWorkspace(owner.actor, { name: "Invites" });
      const { token, invitation } = await createInvitation(owner.actor, workspace.id, { role: "VIEWER", expiresInDays: 7 });
      expect(invitation.status).toBe("pending");
      const stored = await db().invitation.findUniqueOrThrow({ where: { id: invitation.id } });
      expect(stored.tokenHash).not.toContain(token);
      expect(JSON.stringify(stored)).not.toContain(token);

      expect(await previewInvitation(token)).toMatchObject({ workspaceName: "Invites", role: "VIEWER" });
      const access = await acceptInvitation(invitee.actor, token);
      expect(access).toMatchObject({ workspaceId: workspace.id, role: "VIEWER" });
      await expectAppError(acceptInvitation(latecomer.actor, token), "not_found");
      await expectAppError(previewInvitation(token), "not_found");
      const [listed] = await listInvitations(owner.actor, workspace.id);
      expect(listed).toMatchObject({ status: "accepted", acceptedByName: invitee.name });
    });

    it("expire and can be revoked; only owners create or revoke them", async () => {
      const owner = await newUser("Owner");
      const manager = await newUser("Manager");
      const someone = await newUser("Someone");
      const workspace = await createWorkspace(owner.actor, { name: "Expiry" });
      const managerInvite = await createInvitation(owner.actor, workspace.id, { role: "MANAGER", expiresInDays: 1 });
      await acceptInvitation(manager.actor, managerInvite.token);

      await expectAppError(createInvitation(manager.actor, workspace.id, { role: "VIEWER", expiresInDays: 7 }), "forbidden");

      const expiring = await createInvitation(owner.actor, workspace.id, { role: "VIEWER", expiresInDays: 1 });
      const tomorrow = new Date(Date.now() + 25 * 60 * 60_000);
      await expectAppError(acceptInvitation(someone.actor, expiring.token, tomorrow), "not_found");
      expect((await listInvitations(owner.actor, workspace.id, tomorrow)).find((i) => i.id === expiring.invitation.id)?.status).toBe("expired");

      const revoked = await createInvitation(owner.actor, workspace.id, { role: "HR", expiresInDays: 7 });
      await expectAppError(revokeInvitation(manager.actor, workspace.id, revoked.invitation.id), "forbidden");
      await revokeInvitation(owner.actor, workspace.id, revoked.invitation.id);
      await expectAppError(acceptInvitation(someone.actor, revoked.token), "not_found");
      await expectAppError(revokeInvitation(owner.actor, workspace.id, revoked.invitation.id), "not_found");
    });

    it("refuse a member joining twice, leaving the link unused", async () => {
      const owner = await newUser("Owner");
      const workspace = await createWorkspace(owner.actor, { name: "Twice" });
      const { token } = await createInvitation(owner.actor, workspace.id, { role: "VIEWER", expiresInDays: 7 });
      await expectAppError(acceptInvitation(owner.actor, token), "conflict");
      expect(await previewInvitation(token)).toMatchObject({ role: "VIEWER" });
    });
  });

  describe("members", () => {
    async function workspaceWithViewer() {
      const owner = await newUser("Owner");
      const viewer = await newUser("Viewer");
      const workspace = await createWorkspace(owner.actor, { name: "Members" });
      await acceptInvitation(viewer.actor, (await createInvitation(owner.actor, workspace.id, { role: "VIEWER", expiresInDays: 7 })).token);
      const members = await listMembers(owner.actor, workspace.id);
      const membershipOf = (userId: string) => members.find((m) => m.userId === userId)!.membershipId;
      return { owner, viewer, workspace, membershipOf };
    }

    it("are listed and managed by owners only", async () => {
      const { owner, viewer, workspace, membershipOf } = await workspaceWithViewer();
      const members = await listMembers(owner.actor, workspace.id);
      expect(members.map((m) => m.role)).toEqual(["OWNER", "VIEWER"]);
      expect(members[0]).not.toHaveProperty("passwordHash");
      await expectAppError(listMembers(viewer.actor, workspace.id), "forbidden");
      await expectAppError(changeMemberRole(viewer.actor, workspace.id, membershipOf(viewer.id), "OWNER"), "forbidden");
      await expectAppError(renameWorkspace(viewer.actor, workspace.id, "Taken over"), "forbidden");

      await changeMemberRole(owner.actor, workspace.id, membershipOf(viewer.id), "HR");
      expect((await getWorkspaceAccess(viewer.actor, workspace.slug)).role).toBe("HR");
      await removeMember(owner.actor, workspace.id, membershipOf(viewer.id));
      await expectAppError(getWorkspaceAccess(viewer.actor, workspace.slug), "not_found");
    });

    it("never lose their last owner", async () => {
      const { owner, viewer, workspace, membershipOf } = await workspaceWithViewer();
      const ownerMembership = membershipOf(owner.id);
      expect((await expectAppError(changeMemberRole(owner.actor, workspace.id, ownerMembership, "VIEWER"), "conflict")).message).toMatch(/last owner/);
      await expectAppError(removeMember(owner.actor, workspace.id, ownerMembership), "conflict");
      await expectAppError(leaveWorkspace(owner.actor, workspace.id), "conflict");

      // With a second owner, the first may step down.
      await changeMemberRole(owner.actor, workspace.id, membershipOf(viewer.id), "OWNER");
      await changeMemberRole(viewer.actor, workspace.id, ownerMembership, "MANAGER");
      expect((await getWorkspaceAccess(owner.actor, workspace.slug)).role).toBe("MANAGER");
      await leaveWorkspace(owner.actor, workspace.id);
      await expectAppError(getWorkspaceAccess(owner.actor, workspace.slug), "not_found");
    });

    it("cannot reach members of another workspace through their own", async () => {
      const a = await workspaceWithViewer();
      const b = await workspaceWithViewer();
      await expectAppError(changeMemberRole(a.owner.actor, a.workspace.id, b.membershipOf(b.viewer.id), "OWNER"), "not_found");
      await expectAppError(removeMember(a.owner.actor, a.workspace.id, b.membershipOf(b.viewer.id)), "not_found");
      expect((await getWorkspaceAccess(b.viewer.actor, b.workspace.slug)).role).toBe("VIEWER");
    });

    it("two owners demoting each other at once leave exactly one owner", async () => {
      const { owner, viewer, workspace, membershipOf } = await workspaceWithViewer();
      await changeMemberRole(owner.actor, workspace.id, membershipOf(viewer.id), "OWNER");
      const results = await Promise.allSettled([
        changeMemberRole(owner.actor, workspace.id, membershipOf(viewer.id), "VIEWER"),
        changeMemberRole(viewer.actor, workspace.id, membershipOf(owner.id), "VIEWER"),
      ]);
      const owners = (await listMembers(
        (await db().membership.findFirstOrThrow({ where: { workspaceId: workspace.id, role: "OWNER" }, select: { userId: true } })) as { userId: string },
        workspace.id,
      )).filter((m) => m.role === "OWNER");
      expect(owners).toHaveLength(1);
      expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    });
  });
});
