import { type APIRequestContext, type BrowserContext, type Page, expect, request as playwrightRequest, test } from "@playwright/test";

/**
 * Every page route × every kind of visitor, over real HTTP against `next start` with real
 * session cookies: signed-out visitors (and people holding only a share link, valid or revoked)
 * are sent to sign in, someone from another workspace gets a 404 exactly as for a workspace that
 * does not exist, members see what their role allows (HR and owners edit roles; owners see
 * settings), and share and invitation pages open for anyone with a live token.
 *
 * Pages that only some members may use but that explain themselves (new plan, plan edit,
 * settings) answer 200 with a "your role cannot…" message; the role editor pages are 404 for
 * those who may not edit. The server actions behind every form check again
 * (tests/integration/actions-authorization-matrix.test.ts).
 *
 * Requests are made with each person's browser context (`context.request`), so they carry that
 * person's cookies, and never follow redirects: the status and Location are what is asserted.
 */

const unique = Date.now().toString(36);
const password = "pages check every door";
const person = (name: string) => ({ name, email: `${name.toLowerCase()}-${unique}@example.com`, password });

type Visitor = "anonymous" | "otherWorkspace" | "viewer" | "hr" | "manager" | "owner" | "validShareLink" | "revokedShareLink";
const visitors: Visitor[] = ["anonymous", "otherWorkspace", "viewer", "hr", "manager", "owner", "validShareLink", "revokedShareLink"];
type Member = "viewer" | "hr" | "manager" | "owner";

/** What a visitor gets: the page (200), a 404, or a redirect to sign in that comes back here. */
type Expected = 200 | 404 | "signIn";

interface Route {
  name: string;
  path: string;
  /** Where sign-in returns to (the page's own path, without the query). */
  returnTo?: string;
  expected: (visitor: Visitor) => Expected;
}

const signedOut = (visitor: Visitor) => visitor === "anonymous" || visitor === "validShareLink" || visitor === "revokedShareLink";
const member = (visitor: Visitor): visitor is Member => visitor === "viewer" || visitor === "hr" || visitor === "manager" || visitor === "owner";

/** A workspace page: sign in first, 404 outside the workspace, else 200 for `allowed` members and 404 for the rest. */
const workspacePage =
  (allowed: readonly Member[] = ["viewer", "hr", "manager", "owner"]) =>
  (visitor: Visitor): Expected =>
    signedOut(visitor) ? "signIn" : member(visitor) && allowed.includes(visitor) ? 200 : 404;

async function signUp(page: Page, who: ReturnType<typeof person>) {
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(who.name);
  await page.getByLabel("Work email").fill(who.email);
  await page.getByLabel("Password").fill(who.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/workspaces$/);
}

test("every page answers each kind of visitor as its role allows", async ({ browser, baseURL }) => {
  test.setTimeout(300_000);
  const contexts: BrowserContext[] = [];
  const newPage = async () => {
    const context = await browser.newContext();
    contexts.push(context);
    return context.newPage();
  };

  // The owner: a workspace with a plan, invitations for the other roles, one live and one revoked share link.
  const owner = await newPage();
  owner.on("dialog", (dialog) => void dialog.accept());
  await signUp(owner, person("Owner"));
  await owner.getByLabel("Workspace name").fill("Doors");
  await owner.getByRole("button", { name: "Create workspace" }).click();
  await expect(owner).toHaveURL(/\/w\/doors-[0-9a-f]{6}$/);
  const slug = owner.url().split("/w/")[1]!;
  await owner.goto(`/w/${slug}/plans/new`);
  await owner.getByRole("button", { name: "Product recommender" }).click();
  await owner.getByRole("button", { name: "Save plan" }).click();
  await expect(owner).toHaveURL(/\/plans\/[^/?]+\?saved=created$/);
  const planId = owner.url().split("/plans/")[1]!.split("?")[0]!;

  const shareLink = async () => {
    await owner.getByRole("button", { name: "Create share link" }).click();
    const field = owner.getByLabel("New share link");
    await expect(field).toHaveValue(/\/share\/[A-Za-z0-9_-]{43}$/);
    return new URL(await field.inputValue(), baseURL).pathname;
  };
  const revokedShare = await shareLink();
  await owner.getByRole("button", { name: "Revoke" }).click();
  await expect(owner.getByText("No active share links.")).toBeVisible();
  // A fresh page: the form would otherwise still show the revoked link's address.
  await owner.reload();
  const validShare = await shareLink();
  expect(validShare).not.toBe(revokedShare);

  await owner.goto(`/w/${slug}/settings`);
  const invite = async (role: string) => {
    await owner.getByLabel("Role", { exact: true }).selectOption(role);
    await owner.getByRole("button", { name: "Create invitation link" }).click();
    const field = owner.getByLabel("Invitation link");
    await expect(field).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
    const url = new URL(await field.inputValue(), baseURL).pathname;
    // The next invitation must not be mistaken for this one.
    await owner.reload();
    return url;
  };
  const pages: Record<Member | "otherWorkspace", Page> = { owner } as Record<Member | "otherWorkspace", Page>;
  for (const [role, label] of [
    ["manager", "MANAGER"],
    ["hr", "HR"],
    ["viewer", "VIEWER"],
  ] as const) {
    const invitation = await invite(label);
    const page = await newPage();
    await signUp(page, person(role));
    await page.goto(invitation);
    await page.getByRole("button", { name: "Accept invitation" }).click();
    await expect(page).toHaveURL(new RegExp(`/w/${slug}$`));
    pages[role] = page;
  }
  // A pending invitation, for the invitation page itself.
  const pendingInvitation = await invite("VIEWER");

  // Someone else, owner of a workspace of their own.
  const outsider = await newPage();
  await signUp(outsider, person("Outsider"));
  await outsider.getByLabel("Workspace name").fill("Elsewhere");
  await outsider.getByRole("button", { name: "Create workspace" }).click();
  await expect(outsider).toHaveURL(/\/w\/elsewhere-[0-9a-f]{6}$/);
  pages.otherWorkspace = outsider;

  const plan = `/w/${slug}/plans/${planId}`;
  const routes: Route[] = [
    { name: "workspaces list", path: "/workspaces", expected: (visitor) => (signedOut(visitor) ? "signIn" : 200) },
    { name: "workspace home", path: `/w/${slug}`, expected: workspacePage() },
    { name: "plans list", path: `/w/${slug}/plans`, expected: workspacePage() },
    { name: "new plan", path: `/w/${slug}/plans/new`, expected: workspacePage() },
    { name: "compare plans", path: `/w/${slug}/plans/compare?a=${planId}&b=${planId}`, returnTo: `/w/${slug}/plans/compare`, expected: workspacePage() },
    { name: "plan", path: plan, expected: workspacePage() },
    { name: "plan edit", path: `${plan}/edit`, expected: workspacePage() },
    { name: "plan history", path: `${plan}/history`, expected: workspacePage() },
    { name: "plan job descriptions", path: `${plan}/jobs`, expected: workspacePage() },
    { name: "plan job description", path: `${plan}/jobs/data-scientist`, expected: workspacePage() },
    { name: "role library", path: `/w/${slug}/roles`, expected: workspacePage() },
    { name: "new role", path: `/w/${slug}/roles/new`, expected: workspacePage(["hr", "owner"]) },
    { name: "role", path: `/w/${slug}/roles/data-scientist`, expected: workspacePage() },
    { name: "role edit", path: `/w/${slug}/roles/data-scientist/edit`, expected: workspacePage(["hr", "owner"]) },
    { name: "settings", path: `/w/${slug}/settings`, expected: workspacePage() },
    { name: "share page (live link)", path: validShare, expected: () => 200 },
    { name: "share page (revoked link)", path: revokedShare, expected: () => 404 },
    { name: "invitation page", path: pendingInvitation, expected: () => 200 },
  ];

  // Signed-out visitors: a fresh request context with no cookies. Holding a share link is being
  // signed out with a link in hand: it opens that link's page and nothing else.
  const signedOutRequest = await playwrightRequest.newContext({ baseURL });
  const requestFor = (visitor: Visitor): APIRequestContext => (signedOut(visitor) ? signedOutRequest : pages[visitor as Member | "otherWorkspace"].context().request);

  const failures: string[] = [];
  for (const route of routes) {
    for (const visitor of visitors) {
      const expected = route.expected(visitor);
      const response = await requestFor(visitor).get(route.path, { maxRedirects: 0 });
      const status = response.status();
      const location = response.headers().location ?? "";
      const ok =
        expected === "signIn"
          ? status === 307 && location === `/sign-in?callbackUrl=${encodeURIComponent(route.returnTo ?? route.path)}`
          : status === expected;
      if (!ok) failures.push(`${route.name} (${route.path}) as ${visitor}: expected ${expected}, got ${status}${location ? ` → ${location}` : ""}`);
    }
  }
  expect(failures, failures.join("\n")).toEqual([]);

  // The revoked link was never let back in, and the live one still opens for a stranger.
  expect((await signedOutRequest.get(validShare)).status()).toBe(200);
  await signedOutRequest.dispose();
  for (const context of contexts) await context.close();
});
