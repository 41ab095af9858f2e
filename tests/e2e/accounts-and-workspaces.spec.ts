import { expect, test, type Page } from "@playwright/test";

const unique = Date.now().toString(36);
const owner = { name: "Olivia Owner", email: `olivia-${unique}@example.com`, password: "correct horse battery" };
const viewer = { name: "Victor Viewer", email: `victor-${unique}@example.com`, password: "another good passphrase" };
const screenshotDir = "artifacts/screenshots";

async function signUp(page: Page, person: typeof owner, path = "/sign-up") {
  await page.goto(path);
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Work email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

async function signIn(page: Page, person: typeof owner) {
  await page.getByLabel("Email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

test("owner signs up, creates a workspace, invites a viewer who cannot see settings", async ({ browser }) => {
  const ownerContext = await browser.newContext();
  const page = await ownerContext.newPage();

  // A sign-up with a bad email keeps what was typed and says what is wrong beside the field.
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(owner.name);
  await page.getByLabel("Work email").fill("not-an-email");
  await page.getByLabel("Password").fill(owner.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.locator("#email-error")).toContainText("valid email");
  await expect(page.getByLabel("Your name")).toHaveValue(owner.name);
  await expect(page.getByLabel("Work email")).toHaveValue("not-an-email");

  await signUp(page, owner);
  await expect(page).toHaveURL(/\/workspaces$/);
  await page.screenshot({ path: `${screenshotDir}/workspaces-empty.png`, fullPage: true });

  await page.getByLabel("Workspace name").fill("Acme Data Team");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/w\/acme-data-team-[0-9a-f]{6}$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Acme Data Team");
  const workspaceUrl = page.url();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1/);
  await expect(page.getByText("You have signed out.")).toBeVisible();

  // A wrong password is refused without saying which half was wrong.
  await signIn(page, { ...owner, password: "wrong password!" });
  await expect(page.getByRole("alert").filter({ hasText: "do not match an account" })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(owner.email);

  await signIn(page, owner);
  await expect(page).toHaveURL(/\/workspaces$/);
  await page.goto(workspaceUrl);
  await page.getByRole("link", { name: "Workspace settings" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings for Acme Data Team");

  await page.getByLabel("Role", { exact: true }).selectOption("VIEWER");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const invitationField = page.getByLabel("Invitation link");
  await expect(invitationField).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const invitationUrl = await invitationField.inputValue();
  await page.screenshot({ path: `${screenshotDir}/workspace-settings.png`, fullPage: true });

  // The second user opens the link signed out, creates an account from it and joins.
  const viewerContext = await browser.newContext();
  const viewerPage = await viewerContext.newPage();
  await viewerPage.goto(invitationUrl);
  await expect(viewerPage.getByText("invited you to join")).toContainText("Acme Data Team");
  await viewerPage.getByRole("link", { name: "Create an account to join" }).click();
  await viewerPage.getByLabel("Your name").fill(viewer.name);
  await viewerPage.getByLabel("Work email").fill(viewer.email);
  await viewerPage.getByLabel("Password").fill(viewer.password);
  await viewerPage.getByRole("button", { name: "Create account" }).click();
  await expect(viewerPage).toHaveURL(/\/invite\//);
  await viewerPage.getByRole("button", { name: "Accept invitation" }).click();
  await expect(viewerPage).toHaveURL(workspaceUrl);
  await expect(viewerPage.getByText("Viewer", { exact: true })).toBeVisible();
  await expect(viewerPage.getByRole("link", { name: "Workspace settings" })).toHaveCount(0);

  // Typing the settings address directly shows no settings.
  await viewerPage.goto(`${workspaceUrl}/settings`);
  await expect(viewerPage.getByRole("alert").filter({ hasText: "Only owners can see" })).toBeVisible();
  await expect(viewerPage.getByText(owner.email)).toHaveCount(0);
  await expect(viewerPage.getByRole("button", { name: "Create invitation link" })).toHaveCount(0);
  await viewerPage.screenshot({ path: `${screenshotDir}/viewer-settings-refused.png`, fullPage: true });

  // The link was single-use.
  const thirdContext = await browser.newContext();
  const thirdPage = await thirdContext.newPage();
  await thirdPage.goto(invitationUrl);
  await expect(thirdPage.getByRole("alert").filter({ hasText: "already been used" })).toBeVisible();

  // The owner sees the viewer in the member list and the invitation as accepted.
  await page.reload();
  await expect(page.getByRole("cell", { name: viewer.email })).toBeVisible();
  await expect(page.getByText("accepted", { exact: true })).toBeVisible();

  await Promise.all([ownerContext.close(), viewerContext.close(), thirdContext.close()]);
});

test("health check reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});
