import { expect, test } from "@playwright/test";
import { NextInstance } from "@/tests/fixtures/next-instance";

/**
 * Two `next start` processes on one PostgreSQL database, as behind a load balancer: a session
 * made on one is valid on the other (same AUTH_SECRET), what one writes the other reads, and
 * two saves of the same version through different instances give one success and one conflict
 * (the compare-and-set is in the database, not in a process).
 */

const databaseUrl = process.env.E2E_DATABASE_URL;
const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const person = { name: "Ines Instances", email: `ines-${unique}@example.com`, password: "two heads, one database" };

test.skip(!databaseUrl, "PGlite serves one process: a second instance needs PostgreSQL (run with TEST_DATABASE_URL)");

let second: NextInstance | undefined;
let secondOrigin = "";

test.beforeAll(async () => {
  test.setTimeout(90_000);
  second = await NextInstance.start({ DATABASE_URL: databaseUrl! });
  secondOrigin = second.origin;
});

test.afterAll(async () => {
  await second?.stop();
});

test("a session, a plan and a conflict cross two instances on one database", async ({ page, baseURL }) => {
  test.setTimeout(90_000);
  const firstOrigin = new URL(baseURL!).origin;
  expect(secondOrigin).not.toBe(firstOrigin);

  // Sign up and create a workspace on instance 1.
  await page.goto(`${firstOrigin}/sign-up`);
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Work email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/workspaces$/);
  await page.getByLabel("Workspace name").fill("Twin Lab");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/w\/twin-lab-[0-9a-f]{6}$/);
  const slug = new URL(page.url()).pathname.split("/")[2]!;

  // The same cookie (cookies are per host, not per port) is a valid session on instance 2.
  await page.goto(`${secondOrigin}/workspaces`);
  await expect(page).toHaveURL(`${secondOrigin}/workspaces`);
  await expect(page.locator("main").getByText("Twin Lab", { exact: true })).toBeVisible();

  // A plan saved through instance 2…
  await page.goto(`${secondOrigin}/w/${slug}/plans/new`);
  await page.getByRole("button", { name: "ADAS obstacle detection" }).click();
  await expect(page.getByRole("region", { name: "Live draft" }).getByRole("status")).toContainText("people");
  await page.getByLabel("Plan name").fill(`Twin plan ${unique}`);
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page).toHaveURL(new RegExp(`^${secondOrigin}/w/${slug}/plans/[^/?]+\\?saved=created$`));
  const planId = new URL(page.url()).pathname.split("/").pop()!;

  // …is listed and shown by instance 1.
  await page.goto(`${firstOrigin}/w/${slug}/plans`);
  await expect(page.getByText(`Twin plan ${unique}`).first()).toBeVisible();
  await page.goto(`${firstOrigin}/w/${slug}/plans/${planId}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Twin plan ${unique}`);

  // Both instances save on top of the same version at once: exactly one wins, each round.
  let version = 1;
  for (let round = 1; round <= 3; round++) {
    const save = (origin: string) =>
      page.request.patch(`${origin}/api/v1/plans/${planId}?workspace=${slug}`, {
        headers: { origin, "sec-fetch-site": "same-origin", "if-match": `"${version}"` },
        data: { notes: `round ${round} from ${origin}` },
      });
    const responses = await Promise.all([save(firstOrigin), save(secondOrigin)]);
    const statuses = responses.map((response) => response.status()).sort();
    expect(statuses, `round ${round}`).toEqual([200, 409]);
    const conflict = responses.find((response) => response.status() === 409)!;
    expect((await conflict.json()).error.code).toBe("conflict");
    version += 1;
    const current = await page.request.get(`${secondOrigin}/api/v1/plans/${planId}?workspace=${slug}`);
    expect(current.headers().etag).toBe(`"${version}"`);
  }
});
