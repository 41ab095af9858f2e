import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { FormState } from "@/lib/form-state";
import type { WorkspaceRole } from "@/lib/schemas/workspace";
import { getJobDescription, saveJobDescription } from "@/lib/server/data/job-descriptions";
import { db } from "@/lib/server/db";
import { type ActionOutcome, callAction, formOf, newRequest, requestContext, snapshotDatabase } from "@/tests/fixtures/action-harness";
import { type ActionWorld, type Entries, buildActionWorld } from "@/tests/fixtures/action-world";
import { type CallerKind, callerKinds } from "@/tests/fixtures/callers";
import { connectDataLayer } from "@/tests/fixtures/data-layer";
import { type TestDatabase, describeEachKind } from "@/tests/fixtures/test-database";

/**
 * Every server action × every kind of caller, each cell asserted in-process against the real
 * data layer: the expected success (checked by its effect), or the exact refusal — sign-in
 * required (the real requireUser redirect), "not found" for another workspace's ids, "forbidden"
 * for the role — with every table unchanged. Actions are session-only: holding an API token or a
 * share link (sent here as the Authorization header and the Referer) makes nobody signed in.
 *
 * Only the request context is replaced (see tests/fixtures/action-harness.ts for why each):
 */
// who the session cookie says is signed in: auth() answers from the harness, the rest of
// lib/server/auth (Auth.js signIn/signOut) is real;
vi.mock("@/lib/server/auth", async (importOriginal) => (await import("@/tests/fixtures/action-harness")).authMock(await importOriginal<object>()));
// headers()/cookies() need Next's request storage, which only exists inside a request;
vi.mock("next/headers", async () => (await import("@/tests/fixtures/action-harness")).nextHeadersMock());
// revalidatePath needs Next's static-generation store; calls are recorded instead.
vi.mock("next/cache", async () => (await import("@/tests/fixtures/action-harness")).nextCacheMock());

const { auth, workspaces, plans, roleLibrary, shareLinks, jobDescriptions, apiTokens } = await import("@/tests/fixtures/server-actions");

const idle: FormState = { status: "idle" };

type Expectation = "success" | "signIn" | "notFound" | "forbidden" | { conflict: RegExp };

/** Who may: anyone (no session needed), any signed-in person, or members with these roles. */
type Allowed = "anyone" | "signedIn" | readonly WorkspaceRole[];

interface Prepared {
  call(): Promise<ActionOutcome<FormState>>;
  /** Asserts the success outcome and its effect; may undo the effect so later cells see the same world. */
  verify(outcome: ActionOutcome<FormState>): Promise<void>;
  /** The sign-in redirect's exact target (default /sign-in). */
  signInUrl?: string;
}

interface MatrixCase {
  action: string;
  variant?: string;
  allowed: Allowed;
  overrides?: Partial<Record<CallerKind, Expectation>>;
  prepare(world: ActionWorld): Promise<Prepared>;
}

const owners = ["OWNER"] as const;
const planEditors = ["OWNER", "MANAGER"] as const;
const commenters = ["OWNER", "MANAGER", "HR"] as const;
const libraryEditors = ["OWNER", "HR"] as const;
const members = ["OWNER", "MANAGER", "HR", "VIEWER"] as const;

const run =
  <S extends FormState>(action: (previous: S, form: FormData) => Promise<S>, entries: Entries) =>
  () =>
    callAction<FormState>(() => action(idle as S, formOf(entries)));

function expectRedirect(outcome: ActionOutcome<FormState>, pattern: RegExp): string {
  expect(outcome.kind, JSON.stringify(outcome)).toBe("redirect");
  const url = (outcome as { url: string }).url;
  expect(url).toMatch(pattern);
  return url;
}

function expectSuccessState(outcome: ActionOutcome<FormState>, message: RegExp): FormState {
  expect(outcome.kind, JSON.stringify(outcome)).toBe("state");
  const state = (outcome as { state: FormState }).state;
  expect(state.status, JSON.stringify(state)).toBe("success");
  expect(state.message).toMatch(message);
  return state;
}

const planVersion = async (planId: string) => (await db().plan.findUniqueOrThrow({ where: { id: planId }, select: { currentVersion: true } })).currentVersion;

const cases: MatrixCase[] = [
  // ── auth: no session needed; a token or share link changes nothing ──
  {
    action: "signUpAction",
    allowed: "anyone",
    async prepare() {
      const email = `new.${Math.random().toString(36).slice(2)}@example.com`;
      return {
        call: () => callAction<FormState>(() => auth.signUpAction(idle, formOf({ name: "New person", email, password: "a long enough password" }))),
        async verify(outcome) {
          expectRedirect(outcome, /^\/workspaces$/);
          expect(await db().user.count({ where: { email } })).toBe(1);
          expect(requestContext.cookies.has("authjs.session-token")).toBe(true);
        },
      };
    },
  },
  {
    action: "signInAction",
    allowed: "anyone",
    async prepare(world) {
      return {
        call: () => callAction<FormState>(() => auth.signInAction(idle, formOf({ email: world.passwordUser.email, password: world.passwordUser.password }))),
        async verify(outcome) {
          expectRedirect(outcome, /^\/workspaces$/);
          expect(requestContext.cookies.has("authjs.session-token")).toBe(true);
        },
      };
    },
  },
  {
    action: "signInWithProviderAction",
    allowed: "anyone",
    async prepare() {
      // No external provider is configured in tests: every caller is sent back to the form.
      return {
        call: () => callAction<FormState>(() => auth.signInWithProviderAction(formOf({ provider: "github" }))),
        async verify(outcome) {
          expectRedirect(outcome, /^\/sign-in\?error=Configuration$/);
          expect(requestContext.cookies.size).toBe(0);
        },
      };
    },
  },
  {
    action: "signOutAction",
    allowed: "anyone",
    async prepare() {
      return {
        call: () => callAction<FormState>(() => auth.signOutAction()),
        async verify(outcome) {
          expectRedirect(outcome, /\/sign-in\?signedOut=1$/);
        },
      };
    },
  },
  // ── workspaces, invitations, members ──
  {
    action: "createWorkspaceAction",
    allowed: "signedIn",
    async prepare() {
      const name = `Made ${Math.random().toString(36).slice(2, 8)}`;
      return {
        call: run(workspaces.createWorkspaceAction, [["name", name]]),
        async verify(outcome) {
          const slug = expectRedirect(outcome, /^\/w\/[a-z0-9-]+$/).slice(3);
          const made = await db().workspace.findUniqueOrThrow({ where: { slug }, select: { name: true, memberships: { select: { userId: true, role: true } } } });
          expect(made.name).toBe(name);
          expect(made.memberships).toEqual([{ userId: requestContext.userId, role: "OWNER" }]);
        },
      };
    },
  },
  {
    action: "renameWorkspaceAction",
    allowed: owners,
    async prepare(world) {
      const name = `Actions ${Math.random().toString(36).slice(2, 8)}`;
      return {
        call: run(workspaces.renameWorkspaceAction, [["workspaceId", world.workspace.id], ["name", name]]),
        async verify(outcome) {
          expectSuccessState(outcome, /renamed/);
          expect((await db().workspace.findUniqueOrThrow({ where: { id: world.workspace.id } })).name).toBe(name);
        },
      };
    },
  },
  {
    action: "createInvitationAction",
    allowed: owners,
    async prepare(world) {
      return {
        call: run(workspaces.createInvitationAction, [["workspaceId", world.workspace.id], ["role", "HR"], ["expiresInDays", "3"]]),
        async verify(outcome) {
          const state = expectSuccessState(outcome, /Invitation link created/) as FormState & { invitationUrl?: string };
          expect(state.invitationUrl).toMatch(/^\/invite\/[A-Za-z0-9_-]{43}$/);
        },
      };
    },
  },
  {
    action: "revokeInvitationAction",
    allowed: owners,
    async prepare(world) {
      const invitation = await world.freshInvitation();
      return {
        call: run(workspaces.revokeInvitationAction, [["workspaceId", world.workspace.id], ["invitationId", invitation.id]]),
        async verify(outcome) {
          expectSuccessState(outcome, /revoked/);
          expect((await db().invitation.findUniqueOrThrow({ where: { id: invitation.id } })).revokedAt).not.toBeNull();
        },
      };
    },
  },
  {
    action: "changeMemberRoleAction",
    allowed: owners,
    async prepare(world) {
      const member = await world.freshMember("VIEWER");
      return {
        call: run(workspaces.changeMemberRoleAction, [["workspaceId", world.workspace.id], ["membershipId", member.membershipId], ["role", "HR"]]),
        async verify(outcome) {
          expectSuccessState(outcome, /Role updated/);
          expect((await db().membership.findUniqueOrThrow({ where: { id: member.membershipId } })).role).toBe("HR");
        },
      };
    },
  },
  {
    action: "removeMemberAction",
    allowed: owners,
    async prepare(world) {
      const member = await world.freshMember("MANAGER");
      return {
        call: run(workspaces.removeMemberAction, [["workspaceId", world.workspace.id], ["membershipId", member.membershipId]]),
        async verify(outcome) {
          expectSuccessState(outcome, /Member removed/);
          expect(await db().membership.count({ where: { id: member.membershipId } })).toBe(0);
        },
      };
    },
  },
  {
    action: "leaveWorkspaceAction",
    allowed: members,
    // The owner is the workspace's only owner: leaving would orphan it.
    overrides: { owner: { conflict: /cannot remove the last owner/ } },
    async prepare(world) {
      const before = await db().membership.findMany({ where: { workspaceId: world.workspace.id }, select: { id: true, userId: true, role: true, createdAt: true } });
      return {
        call: run(workspaces.leaveWorkspaceAction, [["workspaceId", world.workspace.id]]),
        async verify(outcome) {
          expectRedirect(outcome, /^\/workspaces$/);
          const left = before.find((membership) => membership.userId === requestContext.userId)!;
          expect(await db().membership.count({ where: { id: left.id } })).toBe(0);
          // Put the membership back exactly, for the cells that follow.
          await db().membership.create({ data: { ...left, workspaceId: world.workspace.id } });
        },
      };
    },
  },
  {
    action: "acceptInvitationAction",
    allowed: "signedIn",
    overrides: {
      viewer: { conflict: /already a member/ },
      hr: { conflict: /already a member/ },
      manager: { conflict: /already a member/ },
      owner: { conflict: /already a member/ },
    },
    async prepare(world) {
      const invitation = await world.freshInvitation("VIEWER");
      return {
        call: run(workspaces.acceptInvitationAction, [["token", invitation.token]]),
        signInUrl: `/sign-in?callbackUrl=${encodeURIComponent(`/invite/${invitation.token}`)}`,
        async verify(outcome) {
          // The outsider joins: an invitation is exactly how someone from elsewhere gets in.
          expectRedirect(outcome, new RegExp(`^/w/${world.workspace.slug}$`));
          const joined = await db().membership.findFirstOrThrow({ where: { workspaceId: world.workspace.id, userId: requestContext.userId! } });
          expect(joined.role).toBe("VIEWER");
          await db().membership.delete({ where: { id: joined.id } });
        },
      };
    },
  },
  // ── plans ──
  {
    action: "createPlanAction",
    allowed: planEditors,
    async prepare(world) {
      const name = `Made ${Math.random().toString(36).slice(2, 8)}`;
      return {
        call: run(plans.createPlanAction, world.forms.createPlan(name)),
        async verify(outcome) {
          const url = expectRedirect(outcome, new RegExp(`^/w/${world.workspace.slug}/plans/[^/?]+\\?saved=created$`));
          const planId = url.split("/plans/")[1]!.split("?")[0]!;
          const plan = await db().plan.findUniqueOrThrow({ where: { id: planId } });
          expect([plan.name, plan.workspaceId]).toEqual([name, world.workspace.id]);
        },
      };
    },
  },
  {
    action: "updatePlanAction",
    allowed: planEditors,
    async prepare(world) {
      const plan = await world.freshPlan();
      const form = await world.forms.updatePlan(plan.id, plan.version);
      return {
        call: run(plans.updatePlanAction, form),
        async verify(outcome) {
          expectRedirect(outcome, new RegExp(`/plans/${plan.id}\\?saved=edited$`));
          expect(await planVersion(plan.id)).toBe(plan.version + 1);
        },
      };
    },
  },
  {
    action: "briefChangeAction",
    variant: "apply",
    allowed: planEditors,
    async prepare(world) {
      const plan = await world.freshPlan();
      return {
        call: run(plans.briefChangeAction, world.forms.briefChange(plan.id, plan.version, "apply")),
        async verify(outcome) {
          expectRedirect(outcome, new RegExp(`/plans/${plan.id}\\?saved=brief$`));
          expect(await planVersion(plan.id)).toBe(plan.version + 1);
        },
      };
    },
  },
  {
    action: "briefChangeAction",
    variant: "preview",
    // A preview saves nothing and shows only what the member can already read.
    allowed: members,
    async prepare(world) {
      const plan = await world.freshPlan();
      return {
        call: run(plans.briefChangeAction, world.forms.briefChange(plan.id, plan.version, "preview")),
        async verify(outcome) {
          const state = expectSuccessState(outcome, /Preview|nothing would change/) as FormState & { preview?: { fingerprint: string } };
          expect(state.preview?.fingerprint).toBeTruthy();
          expect(await planVersion(plan.id)).toBe(plan.version);
        },
      };
    },
  },
  {
    action: "transitionPlanAction",
    allowed: planEditors,
    async prepare(world) {
      const plan = await world.freshPlan();
      return {
        call: run(plans.transitionPlanAction, [["planId", plan.id], ["action", "submit"], ["version", String(plan.version)]]),
        async verify(outcome) {
          expectSuccessState(outcome, /Submitted for review/);
          expect((await db().plan.findUniqueOrThrow({ where: { id: plan.id } })).status).toBe("IN_REVIEW");
        },
      };
    },
  },
  {
    action: "duplicatePlanAction",
    allowed: planEditors,
    async prepare(world) {
      const plan = await world.freshPlan();
      return {
        call: run(plans.duplicatePlanAction, [["slug", world.workspace.slug], ["planId", plan.id], ["name", "Scenario B"]]),
        async verify(outcome) {
          const url = expectRedirect(outcome, /\/plans\/[^/?]+\?saved=scenario$/);
          const copy = await db().plan.findUniqueOrThrow({ where: { id: url.split("/plans/")[1]!.split("?")[0]! } });
          expect([copy.name, copy.workspaceId]).toEqual(["Scenario B", world.workspace.id]);
        },
      };
    },
  },
  {
    action: "restoreVersionAction",
    allowed: planEditors,
    async prepare(world) {
      const plan = await world.planWithTwoVersions();
      return {
        call: run(plans.restoreVersionAction, [["slug", world.workspace.slug], ["planId", plan.id], ["version", "1"], ["baseVersion", String(plan.version)]]),
        async verify(outcome) {
          expectRedirect(outcome, new RegExp(`/plans/${plan.id}\\?saved=restored-1$`));
          expect(await planVersion(plan.id)).toBe(plan.version + 1);
        },
      };
    },
  },
  {
    action: "addCommentAction",
    allowed: commenters,
    async prepare(world) {
      const plan = await world.freshPlan();
      return {
        call: run(plans.addCommentAction, [["planId", plan.id], ["body", "Looks right to me."]]),
        async verify(outcome) {
          expectSuccessState(outcome, /Comment added/);
          expect(await db().planComment.count({ where: { planId: plan.id, authorId: requestContext.userId! } })).toBe(1);
        },
      };
    },
  },
  // ── role library ──
  {
    action: "saveRoleDescriptionAction",
    allowed: libraryEditors,
    async prepare(world) {
      const role = await world.freshCustomRole();
      return {
        call: run(roleLibrary.saveRoleDescriptionAction, await world.forms.roleEdit(role.roleKey)),
        async verify(outcome) {
          expectRedirect(outcome, new RegExp(`/roles/${role.roleKey}\\?saved=${role.version + 1}$`));
        },
      };
    },
  },
  {
    action: "createCustomRoleAction",
    allowed: libraryEditors,
    async prepare(world) {
      const title = `Prompt engineer ${Math.random().toString(36).slice(2, 8)}`;
      return {
        call: run(roleLibrary.createCustomRoleAction, await world.forms.customRole(title)),
        async verify(outcome) {
          expectRedirect(outcome, /\/roles\/custom-prompt-engineer-[a-z0-9-]+\?saved=created$/);
          expect(await db().roleDescription.count({ where: { workspaceId: world.workspace.id, title } })).toBe(1);
        },
      };
    },
  },
  {
    action: "setRoleArchivedAction",
    allowed: libraryEditors,
    async prepare(world) {
      const role = await world.freshCustomRole();
      return {
        call: run(roleLibrary.setRoleArchivedAction, [["slug", world.workspace.slug], ["roleKey", role.roleKey], ["archived", "true"]]),
        async verify(outcome) {
          expectRedirect(outcome, new RegExp(`/roles\\?archived=${role.roleKey}$`));
          expect((await db().roleDescription.findFirstOrThrow({ where: { workspaceId: world.workspace.id, roleKey: role.roleKey } })).archivedAt).not.toBeNull();
        },
      };
    },
  },
  {
    action: "restoreRoleVersionAction",
    allowed: libraryEditors,
    async prepare(world) {
      const role = await world.customRoleWithTwoVersions();
      return {
        call: run(roleLibrary.restoreRoleVersionAction, [["slug", world.workspace.slug], ["roleKey", role.roleKey], ["version", "1"], ["baseVersion", String(role.version)]]),
        async verify(outcome) {
          expectRedirect(outcome, new RegExp(`/roles/${role.roleKey}\\?saved=restored-1$`));
        },
      };
    },
  },
  {
    action: "takeLibraryUpdatesAction",
    allowed: planEditors,
    async prepare(world) {
      const plan = await world.planWithLibraryUpdate();
      return {
        call: run(roleLibrary.takeLibraryUpdatesAction, [["slug", world.workspace.slug], ["planId", plan.id], ["baseVersion", String(plan.version)]]),
        async verify(outcome) {
          expectRedirect(outcome, new RegExp(`/plans/${plan.id}\\?saved=library$`));
          expect(await planVersion(plan.id)).toBe(plan.version + 1);
        },
      };
    },
  },
  // ── share links ──
  {
    action: "createShareLinkAction",
    variant: "plan",
    allowed: planEditors,
    async prepare(world) {
      const plan = await world.freshPlan();
      return {
        call: run(shareLinks.createShareLinkAction, [["targetKind", "plan"], ["planId", plan.id], ["expiresInDays", "7"]]),
        async verify(outcome) {
          const state = expectSuccessState(outcome, /Link created/) as FormState & { sharePath?: string };
          expect(state.sharePath).toMatch(/^\/share\/[A-Za-z0-9_-]{43}$/);
          expect(await db().shareLink.count({ where: { planId: plan.id } })).toBe(1);
        },
      };
    },
  },
  {
    action: "createShareLinkAction",
    variant: "role",
    allowed: libraryEditors,
    async prepare(world) {
      const role = await world.freshCustomRole();
      return {
        call: run(shareLinks.createShareLinkAction, [["targetKind", "role"], ["workspaceId", world.workspace.id], ["roleKey", role.roleKey], ["expiresInDays", "never"]]),
        async verify(outcome) {
          const state = expectSuccessState(outcome, /Link created with no expiry/) as FormState & { sharePath?: string };
          expect(state.sharePath).toMatch(/^\/share\/[A-Za-z0-9_-]{43}$/);
        },
      };
    },
  },
  {
    action: "revokeShareLinkAction",
    allowed: planEditors,
    async prepare(world) {
      const link = await world.freshPlanShareLink();
      return {
        call: run(shareLinks.revokeShareLinkAction, [["linkId", link.id]]),
        async verify(outcome) {
          expectSuccessState(outcome, /Link revoked/);
          expect((await db().shareLink.findUniqueOrThrow({ where: { id: link.id } })).revokedAt).not.toBeNull();
        },
      };
    },
  },
  // ── job descriptions ──
  {
    action: "saveJobDescriptionAction",
    allowed: commenters,
    async prepare(world) {
      const plan = await world.freshPlan();
      const form = await world.forms.jobDescription(plan.id);
      return {
        call: run(jobDescriptions.saveJobDescriptionAction, form),
        async verify(outcome) {
          expectRedirect(outcome, new RegExp(`/plans/${plan.id}/jobs/data-scientist\\?saved=1$`));
          expect(await db().jobDescription.count({ where: { planId: plan.id } })).toBe(1);
        },
      };
    },
  },
  {
    action: "restoreJobDescriptionAction",
    allowed: commenters,
    async prepare(world) {
      const plan = await world.freshPlan();
      const first = await getJobDescription(world.owner, plan.id, "data-scientist");
      await saveJobDescription(world.owner, plan.id, "data-scientist", 0, { content: first.content });
      await saveJobDescription(world.owner, plan.id, "data-scientist", 1, { content: { ...first.content, summary: `${first.content.summary} Second.` } });
      const hidden: Entries = [["planId", plan.id], ["roleKey", "data-scientist"], ["slug", world.workspace.slug], ["baseVersion", "2"], ["version", "1"]];
      return {
        call: run(jobDescriptions.restoreJobDescriptionAction, hidden),
        async verify(outcome) {
          expectRedirect(outcome, new RegExp(`/plans/${plan.id}/jobs/data-scientist\\?saved=3$`));
          const restored = await getJobDescription(world.owner, plan.id, "data-scientist");
          expect(restored.content.summary).toBe(first.content.summary);
        },
      };
    },
  },
  {
    action: "regenerateJobDescriptionAction",
    allowed: commenters,
    async prepare(world) {
      const plan = await world.freshPlan();
      const generated = await getJobDescription(world.owner, plan.id, "data-scientist");
      await saveJobDescription(world.owner, plan.id, "data-scientist", 0, { content: { ...generated.content, summary: "Hand-written." } });
      const hidden: Entries = [["planId", plan.id], ["roleKey", "data-scientist"], ["slug", world.workspace.slug], ["baseVersion", "1"]];
      return {
        call: run(jobDescriptions.regenerateJobDescriptionAction, hidden),
        async verify(outcome) {
          expectRedirect(outcome, new RegExp(`/plans/${plan.id}/jobs/data-scientist\\?saved=2$`));
          expect((await getJobDescription(world.owner, plan.id, "data-scientist")).content.summary).toBe(generated.content.summary);
        },
      };
    },
  },
  // ── API tokens ──
  {
    action: "createApiTokenAction",
    allowed: owners,
    async prepare(world) {
      return {
        call: run(apiTokens.createApiTokenAction, [["workspaceId", world.workspace.id], ["name", "CI pipeline"], ["role", "VIEWER"]]),
        async verify(outcome) {
          const state = expectSuccessState(outcome, /Token "CI pipeline" created/) as FormState & { token?: string };
          expect(state.token).toMatch(/^tw_[A-Za-z0-9_-]{43}$/);
        },
      };
    },
  },
  {
    action: "revokeApiTokenAction",
    allowed: owners,
    async prepare(world) {
      const token = await world.freshApiToken();
      return {
        call: run(apiTokens.revokeApiTokenAction, [["workspaceId", world.workspace.id], ["tokenId", token.id]]),
        async verify(outcome) {
          expectSuccessState(outcome, /Token revoked/);
          expect((await db().apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt).not.toBeNull();
        },
      };
    },
  },
];

const sessionless: CallerKind[] = ["anonymous", "validToken", "revokedToken", "validShareLink", "revokedShareLink"];
const memberRole: Partial<Record<CallerKind, WorkspaceRole>> = { viewer: "VIEWER", hr: "HR", manager: "MANAGER", owner: "OWNER" };

function expectedOutcome(entry: MatrixCase, caller: CallerKind): Expectation {
  const override = entry.overrides?.[caller];
  if (override) return override;
  if (entry.allowed === "anyone") return "success";
  if (sessionless.includes(caller)) return "signIn";
  if (entry.allowed === "signedIn") return "success";
  const role = memberRole[caller];
  if (!role) return "notFound";
  return entry.allowed.includes(role) ? "success" : "forbidden";
}

/** Who the request comes from: a session user, or nobody holding a token or a share link. */
function startRequest(world: ActionWorld, caller: CallerKind): void {
  switch (caller) {
    case "anonymous":
      return newRequest(null);
    case "otherWorkspace":
      return newRequest(world.users.outsider.id);
    case "viewer":
    case "hr":
    case "manager":
    case "owner":
      return newRequest(world.users[caller].id);
    case "validToken":
      return newRequest(null, { authorization: `Bearer ${world.tokens.valid.token}` });
    case "revokedToken":
      return newRequest(null, { authorization: `Bearer ${world.tokens.revoked.token}` });
    case "validShareLink":
      return newRequest(null, { referer: `http://localhost:3000/share/${world.shareLinks.valid.token}` });
    case "revokedShareLink":
      return newRequest(null, { referer: `http://localhost:3000/share/${world.shareLinks.revoked.token}` });
  }
}

const label = (entry: MatrixCase) => (entry.variant ? `${entry.action} (${entry.variant})` : entry.action);

describe("the matrix lists every server action", () => {
  it("names each exported action of lib/server/actions, and nothing else", async () => {
    const dir = path.join(process.cwd(), "lib/server/actions");
    const exported: string[] = [];
    for (const file of readdirSync(dir).filter((name) => name.endsWith(".ts"))) {
      // Only "use server" modules export actions (form-errors.ts is a helper they share).
      if (!readFileSync(path.join(dir, file), "utf8").startsWith('"use server"')) continue;
      const mod = (await import(/* @vite-ignore */ path.join(dir, file))) as Record<string, unknown>;
      for (const [name, value] of Object.entries(mod)) if (typeof value === "function") exported.push(name);
    }
    expect(exported.length).toBeGreaterThanOrEqual(29);
    expect([...new Set(cases.map((entry) => entry.action))].sort()).toEqual(exported.sort());
  });
});

describeEachKind("server actions × callers", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  let database: TestDatabase;
  let world: ActionWorld;

  beforeAll(async () => {
    const connected = await connectDataLayer(kind);
    disconnect = connected.disconnect;
    database = connected.database;
    world = await buildActionWorld();
  });
  afterAll(async () => {
    await disconnect?.();
  });

  for (const entry of cases) {
    it(`${label(entry)}: ${callerKinds.map((caller) => `${caller} → ${JSON.stringify(expectedOutcome(entry, caller))}`).join(", ")}`, async () => {
      // A refused call changes nothing, so its target serves the next caller too; a success uses it up.
      let prepared: Prepared | null = null;
      for (const caller of callerKinds) {
        const expected = expectedOutcome(entry, caller);
        const where = `${label(entry)} as ${caller}`;
        prepared ??= await entry.prepare(world);
        const before = expected === "success" ? null : await snapshotDatabase(database);
        startRequest(world, caller);
        const outcome = await prepared.call();
        if (expected === "success") {
          await prepared.verify(outcome);
          prepared = null;
          continue;
        }
        if (expected === "signIn") {
          expect(outcome, where).toEqual({ kind: "redirect", url: prepared.signInUrl ?? "/sign-in" });
        } else {
          expect(outcome.kind, `${where}: ${JSON.stringify(outcome)}`).toBe("state");
          const state = (outcome as { state: FormState }).state;
          expect(state.status, where).toBe("error");
          const pattern = expected === "notFound" ? /does not exist or you do not have access to it\./ : expected === "forbidden" ? /^Your role \((viewer|hr|manager)\) cannot do that in this workspace\.$/ : expected.conflict;
          expect(state.message, where).toMatch(pattern);
        }
        expect(requestContext.revalidated, `${where}: a refused call revalidates nothing`).toEqual([]);
        expect(requestContext.cookies.size, `${where}: a refused call sets no cookie`).toBe(0);
        expect(await snapshotDatabase(database), `${where}: nothing written`).toEqual(before);
      }
    });
  }
});
