import { expect, test, type Page } from "@playwright/test";

/**
 * HR curates the role library and shares a role description: an owner invites an HR member,
 * HR edits Data Scientist (a USD salary band, with an inline error on the way), shares it,
 * a signed-out browser reads the link (no app around it), HR revokes it and it is gone at once.
 */

const unique = Date.now().toString(36);
const owner = { name: "Rosa Owner", email: `rosa-${unique}@example.com`, password: "correct horse battery" };
const hr = { name: "Hana HR", email: `hana-${unique}@example.com`, password: "another good passphrase" };
const screenshotDir = "artifacts/screenshots";
const summary = `Finds the signal in our store's data and explains it to the buyers (${unique}).`;

async function signUp(page: Page, person: typeof owner) {
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Work email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

test("HR edits a role description, shares it, the signed-out reader sees it until it is revoked", async ({ browser }) => {
  // The owner creates the workspace and invites HR.
  const ownerContext = await browser.newContext();
  const page = await ownerContext.newPage();
  await page.goto("/sign-up");
  await signUp(page, owner);
  await expect(page).toHaveURL(/\/workspaces$/);
  await page.getByLabel("Workspace name").fill("Role Co");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Role Co");
  const workspaceUrl = page.url();
  await page.getByRole("link", { name: "Workspace settings" }).click();
  await page.getByLabel("Role", { exact: true }).selectOption("HR");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const invitationField = page.getByLabel("Invitation link");
  await expect(invitationField).toHaveValue(/\/invite\/[A-Za-z0-9_-]{43}$/);
  const invitationUrl = await invitationField.inputValue();

  // HR joins and opens the library from the workspace home.
  const hrContext = await browser.newContext();
  const hrPage = await hrContext.newPage();
  await hrPage.goto(invitationUrl);
  await hrPage.getByRole("link", { name: "Create an account to join" }).click();
  await signUp(hrPage, hr);
  await hrPage.getByRole("button", { name: "Accept invitation" }).click();
  await expect(hrPage).toHaveURL(workspaceUrl);
  await hrPage.getByRole("link", { name: "Role library" }).first().click();
  await expect(hrPage.getByRole("heading", { level: 1 })).toHaveText("Role library");
  const cards = hrPage.locator(".role-card h2");
  await expect(cards).toHaveText(["Data Scientist", "Machine Learning Engineer", "AI Engineer", "Data Engineer", "MLOps Engineer"]);
  await expect(hrPage.getByRole("link", { name: "New custom role" })).toBeVisible();
  await hrPage.screenshot({ path: `${screenshotDir}/roles.png`, fullPage: true });

  // Edit Data Scientist: a band whose top is below its bottom is refused beside the field, nothing typed is lost.
  await hrPage.getByRole("link", { name: "Data Scientist" }).click();
  await expect(hrPage.getByText("No salary bands set.")).toBeVisible();
  await hrPage.getByRole("link", { name: "Edit role" }).click();
  await hrPage.getByLabel("Summary").fill(summary);
  await hrPage.getByLabel("Tools").fill("Python\nSQL\npandas\ndbt");
  await hrPage.getByRole("button", { name: "Add a salary band" }).click();
  const band = hrPage.getByRole("group", { name: "Salary band 1" });
  await band.getByLabel("Location").fill("US");
  await band.getByLabel("Currency").fill("usd");
  await band.getByLabel("From").fill("130,000");
  await band.getByLabel("To").fill("120000");
  await band.getByLabel("Source").fill("2026 HR survey");
  await hrPage.getByLabel("Note on this change (optional)").fill("Pay from the survey");
  await hrPage.getByRole("button", { name: "Save as a new version" }).click();
  await expect(hrPage.getByText("The highest salary must be at least the lowest.")).toBeVisible();
  await expect(hrPage.getByLabel("Summary")).toHaveValue(summary);
  await expect(band.getByLabel("From")).toHaveValue("130,000");
  await expect(band.getByLabel("To")).toHaveAttribute("aria-invalid", "true");
  await band.getByLabel("To").fill("160,000");
  await hrPage.screenshot({ path: `${screenshotDir}/role-edit.png`, fullPage: true });
  await hrPage.getByRole("button", { name: "Save as a new version" }).click();
  await expect(hrPage.getByText("Saved as version 2.")).toBeVisible();
  await expect(hrPage.getByText(summary)).toBeVisible();
  await expect(hrPage.getByRole("cell", { name: "$130,000 – $160,000" })).toBeVisible();
  await expect(hrPage.getByRole("row").filter({ hasText: "Pay from the survey" })).toContainText(hr.name);

  // Share it: the URL is shown once and opens without signing in, with nothing of the app around it.
  await hrPage.getByLabel("Link expires").selectOption("7");
  await hrPage.getByRole("button", { name: "Create share link" }).click();
  const linkField = hrPage.getByLabel("New share link");
  await expect(linkField).toHaveValue(/\/share\/[A-Za-z0-9_-]{43}$/);
  const shareUrl = await linkField.inputValue();
  await expect(hrPage.getByRole("table", { name: "Active share links" }).getByRole("row")).toHaveCount(2);

  const publicContext = await browser.newContext();
  const reader = await publicContext.newPage();
  const response = await reader.goto(shareUrl);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["cache-control"]).toContain("no-store");
  expect(response?.headers()["referrer-policy"]).toBe("no-referrer");
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Data Scientist");
  await expect(reader.getByText(summary)).toBeVisible();
  await expect(reader.getByRole("cell", { name: "$130,000 – $160,000" })).toBeVisible();
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  await expect(reader.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
  // No way into the app and nothing of the workspace: no links to it, no workspace or member names.
  await expect(reader.locator('a[href^="/w/"], a[href^="/workspaces"]')).toHaveCount(0);
  await expect(reader.getByRole("button", { name: "Sign out" })).toHaveCount(0);
  const text = await reader.locator("body").innerText();
  expect(text).not.toContain("Role Co");
  expect(text).not.toContain(hr.name);
  await reader.screenshot({ path: `${screenshotDir}/shared-role.png`, fullPage: true });

  // The access is counted; revoking (after a confirm) makes the link a 404 at once.
  await hrPage.reload();
  await expect(hrPage.getByRole("table", { name: "Active share links" })).toContainText("1 time");
  hrPage.once("dialog", (dialog) => void dialog.accept());
  await hrPage.getByRole("button", { name: "Revoke" }).click();
  await expect(hrPage.getByText("No active share links.")).toBeVisible();
  const after = await reader.goto(shareUrl);
  expect(after?.status()).toBe(404);
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Not found");
  await expect(reader.getByText(summary)).toHaveCount(0);

  // The owner's new plan staffs a data scientist: its page says the library changed, and taking
  // the update puts HR's band into the team table and the cost.
  await page.goto(`${workspaceUrl}/plans/new`);
  await page.getByLabel("Plan name").fill("Store recommender");
  await page.getByLabel("Describe the project").fill("A product recommender for our online store with 2 million users");
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.getByText("Plan saved as version 1.")).toBeVisible();
  const notice = page.getByRole("region", { name: "Role library updates" });
  await expect(notice).toContainText(/The role library's Data Scientist description changed on .+ \(version 1 → 2\)/);
  await notice.screenshot({ path: `${screenshotDir}/plan-library-notice.png` });
  await page.getByRole("button", { name: "Use the library's update" }).click();
  await expect(page.getByText("The role library's current descriptions are taken into the plan as a new version.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Role library updates" })).toHaveCount(0);
  const dsRow = page.getByRole("table", { name: /Team roles/ }).getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Data Scientist/ }) });
  await expect(dsRow).toContainText("$130,000 – $160,000");
  await expect(dsRow).toContainText("role library: US (2026 HR survey)");
  await page.locator("section", { has: page.locator("#team-heading") }).screenshot({ path: `${screenshotDir}/plan-library.png` });

  // The owner shares the plan; the reader sees the plan, not its workspace.
  await page.getByRole("button", { name: "Create share link" }).click();
  const planLink = page.getByLabel("New share link");
  await expect(planLink).toHaveValue(/\/share\/[A-Za-z0-9_-]{43}$/);
  await reader.goto(await planLink.inputValue());
  await expect(reader.getByRole("heading", { level: 1 })).toHaveText("Store recommender");
  await expect(reader.getByRole("heading", { name: "Timeline" })).toBeVisible();
  await expect(reader.locator("svg.chart-svg").first()).toBeVisible();
  await expect(reader.locator('a[href^="/w/"]')).toHaveCount(0);
  expect(await reader.locator("body").innerText()).not.toContain(owner.name);
  await reader.screenshot({ path: `${screenshotDir}/shared-plan.png`, fullPage: true });

  await Promise.all([ownerContext.close(), hrContext.close(), publicContext.close()]);
});
