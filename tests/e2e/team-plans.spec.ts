import { expect, test, type Page } from "@playwright/test";

const unique = Date.now().toString(36);
const manager = { name: "Mara Manager", email: `mara-${unique}@example.com`, password: "plans need people too" };
const screenshotDir = "artifacts/screenshots";

async function signIn(page: Page) {
  await page.goto("/sign-in");
  await page.getByLabel("Email").fill(manager.email);
  await page.getByLabel("Password").fill(manager.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/workspaces$/);
}

/** The edit form's inputs are labelled "Headcount of <role>" (visually hidden labels in the team table). */
const headcountOf = (page: Page, role: string) => page.getByLabel(`Headcount of ${role}`, { exact: true });

/** A row of the plan page's team table, found by its row header (rationale text in other rows names roles too). */
const teamRow = (page: Page, role: string) =>
  page.locator(".team-table").getByRole("row").filter({ has: page.getByRole("rowheader", { name: new RegExp(`^${role}`) }) });

test("a manager drafts a plan live, edits it, meets a conflict, browses history, restores and approves", async ({ browser }) => {
  // One long journey through six pages and two browser contexts.
  test.setTimeout(180_000);
  const first = await browser.newContext();
  const page = await first.newPage();

  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(manager.name);
  await page.getByLabel("Work email").fill(manager.email);
  await page.getByLabel("Password").fill(manager.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/workspaces$/);
  await page.getByLabel("Workspace name").fill("Perception Lab");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/w\/perception-lab-[0-9a-f]{6}$/);
  const workspaceUrl = page.url();

  // The workspace home leads to plans; an empty list says what to do.
  await expect(page.getByRole("heading", { name: "Team plans" })).toBeVisible();
  await page.getByRole("link", { name: "All team plans" }).click();
  await expect(page.getByText("No team plans yet.")).toBeVisible();
  await page.getByRole("link", { name: "Create the first plan" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("New team plan");

  // A too-short brief is refused beside the field, and nothing typed is lost.
  await page.getByLabel("Plan name").fill("Draft me");
  await page.getByLabel("Describe the project").fill("cars");
  await page.getByText("More about the project (optional)").click();
  await page.getByLabel("Timeline (months)", { exact: true }).fill("twelve");
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page.locator("#description-error")).toContainText("too short");
  await expect(page.locator("#timelineMonths-error")).toContainText("whole number of months");
  await expect(page.getByLabel("Describe the project")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Describe the project")).toHaveValue("cars");
  await expect(page.getByLabel("Plan name")).toHaveValue("Draft me");
  await expect(page.getByLabel("Timeline (months)", { exact: true })).toHaveValue("twelve");

  // One click fills the ADAS example; the draft follows in the browser without saving anything.
  await page.getByRole("button", { name: "ADAS obstacle detection" }).click();
  await expect(page.getByLabel("Plan name")).toHaveValue("ADAS obstacle detection");
  const liveDraft = page.getByRole("region", { name: "Live draft" });
  const optimisation = liveDraft.locator(".phase-list > li").filter({ has: page.locator("strong", { hasText: /^Optimisation$/ }) });
  await expect(optimisation).toContainText("AI Engineer");
  await expect(optimisation).toContainText("staff.edge-optimisation.ai-engineer");
  await expect(liveDraft.getByRole("status")).toContainText("people");

  // Typing changes the draft live: a stated timeline replaces the estimate.
  await page.getByText("More about the project (optional)").click();
  await page.getByLabel("Timeline (months)", { exact: true }).fill("12");
  await expect(liveDraft.getByRole("status")).toContainText("over 12 months");
  await page.getByLabel("Timeline (months)", { exact: true }).fill("");
  await expect(liveDraft.getByRole("status")).not.toContainText("over 12 months");
  await page.screenshot({ path: `${screenshotDir}/intake.png`, fullPage: true });

  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page).toHaveURL(/\/plans\/[^/?]+\?saved=created$/);
  const planUrl = page.url().replace(/\?.*$/, "");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("ADAS obstacle detection");
  await expect(page.getByText("Plan saved as version 1.")).toBeVisible();
  await expect(page.getByRole("img", { name: /Timeline over \d+ months/ })).toBeVisible();
  await expect(page.getByRole("img", { name: "Cost per phase" })).toBeVisible();
  const teamTable = page.locator(".team-table");
  await expect(teamTable.getByRole("rowheader", { name: /AI Engineer/ })).toBeVisible();
  // "Why" opens to the rule id, its reason and its sources.
  const aiRow = teamRow(page, "AI Engineer");
  await aiRow.getByText("Why this role?").click();
  await expect(aiRow.getByText("staff.edge-optimisation.ai-engineer")).toBeVisible();
  await page.screenshot({ path: `${screenshotDir}/plan.png`, fullPage: true });

  // Edit: one more data engineer, saved as an override the plan page marks as edited.
  await page.getByRole("link", { name: "Edit plan" }).click();
  const engineDataEngineers = Number(await headcountOf(page, "Data Engineer").inputValue());
  await headcountOf(page, "Data Engineer").fill(String(engineDataEngineers + 1));
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes are saved as a new version.")).toBeVisible();
  await expect(page.getByText("version 2", { exact: true })).toBeVisible();
  await expect(teamRow(page, "Data Engineer")).toContainText(`edited (engine: ${engineDataEngineers})`);

  // Two tabs open the edit form at version 2: the second signs in separately and saves first.
  await page.getByRole("link", { name: "Edit plan" }).click();
  const second = await browser.newContext();
  const other = await second.newPage();
  await signIn(other);
  await other.goto(`${planUrl}/edit`);
  await headcountOf(other, "AI Engineer").fill("2");
  await other.getByRole("button", { name: "Save changes" }).click();
  await expect(other.getByText("Your changes are saved as a new version.")).toBeVisible();

  // The first tab saves on top of the stale version 2: refused, the other change named, the typed values kept.
  await headcountOf(page, "Data Scientist").fill("2");
  await page.getByLabel("Notes").fill("Two data scientists for failure analysis in snow and at night.");
  await page.getByRole("button", { name: "Save changes" }).click();
  const conflict = page.getByRole("alert").filter({ hasText: "while you were editing" });
  await expect(conflict).toContainText(`${manager.name} saved version 3`);
  await expect(conflict).toContainText("Headcount of AI Engineer 1 → 2");
  await expect(headcountOf(page, "Data Scientist")).toHaveValue("2");
  await expect(page.getByLabel("Notes")).toHaveValue("Two data scientists for failure analysis in snow and at night.");
  await expect(headcountOf(page, "Data Engineer")).toHaveValue(String(engineDataEngineers + 1));

  // Saving on top keeps both: the other tab's AI engineer and this tab's data scientist.
  await page.getByRole("button", { name: "Save my changes on top of version 3" }).click();
  await expect(page.getByText("Your changes are saved as a new version.")).toBeVisible();
  await expect(page.getByText("version 4", { exact: true })).toBeVisible();
  await expect(teamRow(page, "AI Engineer")).toContainText("edited (engine: 1)");
  await expect(teamRow(page, "Data Scientist")).toContainText("edited (engine: 1)");

  // History lists every version and diffs any two.
  await page.getByRole("link", { name: "History" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("History of ADAS obstacle detection");
  const versions = page.getByRole("table").filter({ hasText: "Saved by" });
  await expect(versions.getByRole("row")).toHaveCount(5);
  await expect(page.getByRole("table").filter({ hasText: "Changes from version 3 to version 4" })).toContainText("Headcount of Data Scientist 1 → 2");
  await page.getByLabel("From version").selectOption("1");
  await page.getByLabel("to version").selectOption("4");
  await page.getByRole("button", { name: "Show changes" }).click();
  const diff = page.getByRole("table").filter({ hasText: "Changes from version 1 to version 4" });
  await expect(diff).toContainText("Headcount of Data Engineer");
  await expect(diff).toContainText("Headcount of AI Engineer 1 → 2");
  await expect(diff).toContainText("Added notes");
  await page.screenshot({ path: `${screenshotDir}/history.png`, fullPage: true });

  // Restore asks first, then saves version 1's content as version 5.
  page.once("dialog", (dialog) => {
    expect(dialog.message()).toContain("Restore version 1?");
    void dialog.accept();
  });
  await page.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page.getByText("Version 1 restored as a new version.")).toBeVisible();
  await expect(page.getByText("version 5", { exact: true })).toBeVisible();
  await expect(page.locator(".badge.edited")).toHaveCount(0);

  // Workflow: submit, approve; the approval says who and when.
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  await expect(page.locator(".plan-title .badge").first()).toHaveText("In review");
  await page.getByRole("button", { name: "Approve" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Plan approved." })).toBeVisible();
  await expect(page.locator(".plan-title .badge").first()).toHaveText("Approved");
  await expect(page.locator(".plan-meta > div").filter({ hasText: "Approved" })).toContainText(`by ${manager.name}`);

  // The list finds the plan by brief words and filters by status.
  await page.goto(`${workspaceUrl}/plans?q=lidar&status=APPROVED`);
  await expect(page.getByRole("link", { name: "ADAS obstacle detection" })).toBeVisible();
  await page.goto(`${workspaceUrl}/plans?q=chatbot`);
  await expect(page.getByText("No plans match these filters.")).toBeVisible();

  await Promise.all([first.close(), second.close()]);
});
