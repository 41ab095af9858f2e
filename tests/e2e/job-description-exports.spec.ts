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
  await expect(page.getByRole("region", { name: "History" })).toContainText("Version 1 — Rockstar test — First saved draft");
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
});
