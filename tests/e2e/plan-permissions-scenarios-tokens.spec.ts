import { expect, test, type Page } from "@playwright/test";

const unique = Date.now().toString(36);
const owner = { name: "Omar Owner", email: `omar-${unique}@example.com`, password: "owners plan teams too" };
const viewer = { name: "Vera Viewer", email: `vera-${unique}@example.com`, password: "viewers only read plans" };

async function signUp(page: Page, person: typeof owner) {
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Work email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

test("viewers read without edit controls; a brief change is previewed first; scenarios compare; API tokens work until revoked", async ({
  browser,
  request,
}) => {
  test.setTimeout(180_000);
  const ownerContext = await browser.newContext();
  const page = await ownerContext.newPage();
  page.on("dialog", (dialog) => void dialog.accept());

  await page.goto("/sign-up");
  await signUp(page, owner);
  await expect(page).toHaveURL(/\/workspaces$/);
  await page.getByLabel("Workspace name").fill("Retail Data");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/w\/retail-data-[0-9a-f]{6}$/);
  const workspaceUrl = page.url();
  const slug = workspaceUrl.split("/w/")[1]!;

  // A plan from the recommender example.
  await page.goto(`${workspaceUrl}/plans/new`);
  await page.getByRole("button", { name: "Product recommender" }).click();
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page).toHaveURL(/\/plans\/[^/?]+\?saved=created$/);
  const planUrl = page.url().replace(/\?.*$/, "");
  const planId = planUrl.split("/plans/")[1]!;

  // The brief change is previewed before anything is saved.
  await page.goto(`${planUrl}/edit`);
  const briefForm = page.locator("form").filter({ has: page.getByRole("button", { name: "Preview changes" }) });
  await briefForm.getByLabel("Describe the project").fill(
    "Recommend products to shoppers in real time from their purchase history, for 5 million customers, with a monthly report to executives.",
  );
  await briefForm.getByRole("button", { name: "Preview changes" }).click();
  const preview = page.getByRole("region", { name: "What would change" });
  await expect(preview).toBeVisible();
  await expect(preview.getByRole("listitem").first()).toBeVisible();
  await page.goto(`${planUrl}/history`);
  const versionRows = () => page.getByRole("table", { name: "Versions of the plan, newest first" }).getByRole("row");
  await expect(versionRows()).toHaveCount(2); // header + version 1: the preview saved nothing
  await page.goto(`${planUrl}/edit`);
  await briefForm.getByLabel("Describe the project").fill(
    "Recommend products to shoppers in real time from their purchase history, for 5 million customers, with a monthly report to executives.",
  );
  await briefForm.getByRole("button", { name: "Preview changes" }).click();
  await page.getByRole("button", { name: "Apply the new brief" }).click();
  await expect(page).toHaveURL(new RegExp(`/plans/${planId}(\\?.*)?$`));
  await expect(page.locator("blockquote.brief-text")).toContainText("5 million customers");
  await page.goto(`${planUrl}/history`);
  await expect(versionRows()).toHaveCount(3);

  // A scenario, then the two side by side.
  await page.goto(planUrl);
  await page.getByLabel("Scenario name").fill("Recommender, lean");
  await page.getByRole("button", { name: "Duplicate as scenario" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Recommender, lean");
  await page.getByRole("link", { name: "Compare with it" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Compare plans");
  await expect(page.getByRole("rowheader", { name: "Headcount" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /Recommender, lean/ })).toBeVisible();
  // The recommender's cost leaves out roles without a salary band: compare says so beside the figure.
  await expect(page.getByRole("row", { name: /Run rate per year/ })).toContainText(/Partial: \d+ of \d+ people costed \(left out: /);

  // An API token: shown once, works over the API, refused once revoked.
  await page.goto(`${workspaceUrl}/settings`);
  await page.getByLabel("Token name").fill("Reporting sync");
  await page.getByLabel("Token role").selectOption("VIEWER");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = await page.getByLabel("New API token").inputValue();
  expect(token).toMatch(/^tw_[A-Za-z0-9_-]{43}$/);
  const listed = await request.get("/api/v1/plans", { headers: { authorization: `Bearer ${token}` } });
  expect(listed.status()).toBe(200);
  const body = (await listed.json()) as { items: Array<{ id: string; headcount: number; costedHeadcount: number | null }> };
  expect(body.items.map((item) => item.id)).toContain(planId);
  const listedPlan = body.items.find((item) => item.id === planId)!;
  expect(listedPlan.costedHeadcount).toBeLessThan(listedPlan.headcount);
  const refusedWrite = await request.patch(`/api/v1/plans/${planId}`, {
    headers: { authorization: `Bearer ${token}`, "if-match": '"2"', "content-type": "application/json" },
    data: { notes: "a viewer token must not write" },
  });
  expect(refusedWrite.status()).toBe(403);
  await page.getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByText("revoked", { exact: true })).toBeVisible();
  const afterRevoke = await request.get("/api/v1/plans", { headers: { authorization: `Bearer ${token}` } });
  expect(afterRevoke.status()).toBe(401);
  expect((await afterRevoke.json()).error.code).toBe("unauthenticated");

  // A viewer joins by invitation and reads the plan, with no way to change it.
  await page.getByLabel("Role", { exact: true }).selectOption("VIEWER");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const invitationUrl = await page.getByLabel("Invitation link").inputValue();
  const viewerContext = await browser.newContext();
  const viewerPage = await viewerContext.newPage();
  await viewerPage.goto(`/sign-up?callbackUrl=${encodeURIComponent(new URL(invitationUrl).pathname)}`);
  await signUp(viewerPage, viewer);
  await viewerPage.getByRole("button", { name: "Accept invitation" }).click();
  await expect(viewerPage).toHaveURL(`${workspaceUrl}`);
  await viewerPage.goto(planUrl);

  await expect(viewerPage.getByRole("heading", { name: "Team" })).toBeVisible();
  await expect(viewerPage.getByRole("link", { name: "Edit plan" })).toHaveCount(0);
  await expect(viewerPage.getByRole("button", { name: "Submit for review" })).toHaveCount(0);
  await expect(viewerPage.getByRole("button", { name: "Duplicate as scenario" })).toHaveCount(0);
  await viewerPage.goto(`${planUrl}/edit`);
  await expect(viewerPage.getByText("Only managers and owners can edit team plans.")).toBeVisible();
  await expect(viewerPage.getByRole("button", { name: "Save changes" })).toHaveCount(0);
  // The session API refuses a viewer's write just as the token API does.
  const viewerWrite = await viewerPage.request.patch(`/api/v1/plans/${planId}?workspace=${slug}`, {
    headers: { "if-match": '"2"', "content-type": "application/json", origin: new URL(planUrl).origin },
    data: { notes: "viewers cannot write" },
  });
  expect(viewerWrite.status()).toBe(403);

  await Promise.all([ownerContext.close(), viewerContext.close()]);
});
