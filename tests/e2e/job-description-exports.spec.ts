import { readFileSync } from "node:fs";
import { expect, test } from "@playwright/test";
import mammoth from "mammoth";

const unique = Date.now().toString(36);
const hr = { name: "Hana Hiring", email: `hana-${unique}@example.com`, password: "drafts deserve care" };
const screenshotDir = "artifacts/screenshots";

async function pdfText(path: string): Promise<string> {
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const pdf = await getDocument({ data: new Uint8Array(readFileSync(path)), disableFontFace: true, verbosity: 0 }).promise;
  let text = "";
  for (let index = 1; index <= pdf.numPages; index++) {
    const content = await (await pdf.getPage(index)).getTextContent();
    text += content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
  }
  return text.replace(/\s+/g, " ");
}

test("job descriptions: open a role's draft, see the inclusive-language check live, save a version, download Word and PDF", async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(hr.name);
  await page.getByLabel("Work email").fill(hr.email);
  await page.getByLabel("Password").fill(hr.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/workspaces$/);
  await page.getByLabel("Workspace name").fill("Shopfront AI");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/w\/shopfront-ai-[0-9a-f]{6}$/);

  // A plan from the product-recommender example.
  await page.getByRole("link", { name: "All team plans" }).click();
  await page.getByRole("link", { name: "Create the first plan" }).click();
  await page.getByRole("button", { name: "Product recommender" }).click();
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page).toHaveURL(/\/plans\/[^/?]+\?saved=created$/);

  // The plan page links to the drafts and the whole-plan exports.
  const exports = page.getByRole("list", { name: "Export the whole plan" });
  await expect(exports.getByRole("link", { name: "Team table (CSV)" })).toHaveAttribute("href", /\/export\?format=csv$/);
  await page.getByRole("link", { name: "Job descriptions", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Job descriptions");
  const card = page.locator(".jd-card").filter({ has: page.getByRole("heading", { name: /Data Scientist/ }) });
  await expect(card).toContainText("generated from the plan, not saved yet");
  await card.getByRole("link", { name: "Edit draft" }).click();

  // The editor: the generated draft is clean; "rockstar" shows up in the panel as it is typed.
  const title = (await page.getByLabel("Job title").inputValue()).trim();
  expect(title).toMatch(/Data Scientist/);
  const panel = page.getByRole("region", { name: "Inclusive language" });
  await expect(panel).not.toContainText("“rockstar”");
  const summary = page.getByLabel("About the role");
  await summary.fill(`${await summary.inputValue()} We want a rockstar who can crush it.`);
  await expect(panel).toContainText("“rockstar”");
  await expect(panel).toContainText("Hero titles are vague");
  await expect(panel).toContainText("About the role, characters");
  await expect(panel.getByRole("status")).not.toContainText("No findings");
  await page.screenshot({ path: `${screenshotDir}/jd-editor.png`, fullPage: true });

  await page.getByLabel("Change note (optional)").fill("Rockstar test");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\/jobs\/data-scientist\?saved=1$/);
  await expect(page.getByText("Draft saved as version 1.")).toBeVisible();
  await expect(page.getByRole("region", { name: "History" }).getByRole("row", { name: /^1 current/ })).toContainText("Rockstar test — First saved draft");
  await expect(page.getByLabel("About the role")).toHaveValue(/rockstar who can crush it/);

  // Downloads: Word and PDF of the saved draft.
  const downloads = page.getByRole("list", { name: `Download ${title}` });
  const [docx] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("link", { name: "Word" }).click()]);
  expect(docx.suggestedFilename()).toMatch(/data-scientist\.docx$/);
  const docxPath = `test-results/jd-${unique}.docx`;
  await docx.saveAs(docxPath);
  const docxText = (await mammoth.extractRawText({ path: docxPath })).value;
  expect(docxText).toContain(title);
  expect(docxText).toContain("rockstar who can crush it");

  const [pdf] = await Promise.all([page.waitForEvent("download"), downloads.getByRole("link", { name: "PDF" }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/data-scientist\.pdf$/);
  const pdfPath = `test-results/jd-${unique}.pdf`;
  await pdf.saveAs(pdfPath);
  expect(await pdfText(pdfPath)).toContain(title);

  // History: a second save, then version 1 viewed read-only and restored as version 3.
  const draftUrl = new URL(page.url()).pathname;
  await summary.fill("A calm, plain summary.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page).toHaveURL(/\?saved=2$/);
  const history = page.getByRole("region", { name: "History" });
  await expect(history.getByRole("row")).toHaveCount(3);
  await history.getByRole("link", { name: "View version 1" }).click();
  const viewed = page.getByRole("region", { name: /^Version 1, saved by Hana Hiring/ });
  await expect(viewed).toContainText("rockstar who can crush it");
  await expect(page.getByLabel("About the role")).toHaveValue("A calm, plain summary.");
  await viewed.screenshot({ path: `${screenshotDir}/jd-version-view.png` });
  page.once("dialog", (dialog) => void dialog.accept());
  await viewed.getByRole("button", { name: "Restore version 1" }).click();
  await expect(page).toHaveURL(/\?saved=3$/);
  await expect(page.getByLabel("About the role")).toHaveValue(/rockstar who can crush it/);
  await expect(history.getByRole("row", { name: /^3 current/ })).toContainText("Restored version 1");

  // A save made meanwhile in another tab: the restore is refused with who saved, and the text
  // typed in the editor here is still there.
  await page.goto(`${draftUrl}?version=2`);
  await page.getByLabel("About the role").fill("Typed here and not saved yet.");
  const other = await page.context().newPage();
  await other.goto(draftUrl);
  await other.getByLabel("Job title").fill(`${title} (other tab)`);
  await other.getByRole("button", { name: "Save draft" }).click();
  await expect(other).toHaveURL(/\?saved=4$/);
  await other.close();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Restore version 2" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "saved version 4" })).toContainText("nothing was changed");
  await expect(page.getByLabel("About the role")).toHaveValue("Typed here and not saved yet.");
  await page.screenshot({ path: `${screenshotDir}/jd-restore-conflict.png`, fullPage: true });

  // The plan changes (a note): the draft says so and is rebuilt from the plan on request.
  await page.goto(draftUrl);
  await expect(page.getByRole("region", { name: "The plan changed since this draft was written" })).toHaveCount(0);
  const planUrl = draftUrl.replace(/\/jobs\/data-scientist$/, "");
  await page.goto(`${planUrl}/edit`);
  await page.getByLabel("Notes").fill("Hiring starts in spring.");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByText("Your changes are saved as a new version.")).toBeVisible();
  await page.goto(draftUrl);
  const changed = page.getByRole("region", { name: "The plan changed since this draft was written" });
  await expect(changed).toContainText("generated from plan version 1; the plan is now at version 2");
  await changed.screenshot({ path: `${screenshotDir}/jd-plan-changed.png` });
  page.once("dialog", (dialog) => void dialog.accept());
  await changed.getByRole("button", { name: "Regenerate from the plan" }).click();
  await expect(page).toHaveURL(/\?saved=5$/);
  await expect(page.getByRole("region", { name: "The plan changed since this draft was written" })).toHaveCount(0);
  await expect(page.getByLabel("About the role")).not.toHaveValue(/rockstar/);
  await expect(history.getByRole("row", { name: /^5 current/ })).toContainText("Regenerated from plan version 2");

  // The JSON-LD check beside the editor names the exact property a missing country leaves out.
  const postingCheck = page.getByRole("region", { name: "Job posting (JSON-LD)" });
  // The brief named no place: both address parts are named, and go as they are typed.
  await expect(postingCheck).toContainText("jobLocation.address.addressLocality is missing");
  await expect(postingCheck).toContainText("jobLocation.address.addressCountry is missing");
  await page.getByLabel("City").fill("Austin");
  await expect(postingCheck).not.toContainText("addressLocality");
  await expect(postingCheck).toContainText("jobLocation.address.addressCountry is missing: add the two-letter country code");
  await page.getByLabel("Country code").fill("US");
  await expect(postingCheck).toContainText("has what Google's job search needs");
  await page.screenshot({ path: `${screenshotDir}/jd-editor-history.png`, fullPage: true });
});
