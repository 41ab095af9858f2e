import { expect, test, type APIResponse, type Page } from "@playwright/test";

const unique = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const person = { name: "Sami Secure", email: `sami-${unique}@example.com`, password: "headers are a promise" };
const crossSite = { origin: "https://evil.example", "sec-fetch-site": "cross-site" };

/** The nonce in a page's CSP header, and the nonce attribute of every <script> in its HTML. */
async function nonces(response: APIResponse): Promise<{ header: string; scripts: Array<string | null> }> {
  const policy = response.headers()["content-security-policy"] ?? "";
  const header = /'nonce-([^']+)'/.exec(policy)?.[1] ?? "";
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map((match) => /\bnonce="([^"]*)"/.exec(match[0])?.[1] ?? null);
  return { header, scripts };
}

/** Asserts the page's HTML runs no script the header's nonce does not allow. */
async function expectEveryScriptNonced(page: Page, path: string) {
  const response = await page.request.get(path);
  expect(response.status(), path).toBe(200);
  const { header, scripts } = await nonces(response);
  expect(header, `${path} has a CSP nonce`).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(scripts.length, `${path} has scripts`).toBeGreaterThan(0);
  expect(scripts.filter((nonce) => nonce !== header), `${path}: scripts without the header's nonce`).toEqual([]);
  return header;
}

interface Violation {
  directive: string;
  blocked: string;
  sourceFile: string;
  line: number;
  column: number;
}

/** CSP violations seen by the page: console reports and securitypolicyviolation events. */
async function watchCsp(page: Page): Promise<Violation[]> {
  const violations: Violation[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Content-Security-Policy/i.test(message.text())) {
      violations.push({ directive: "console", blocked: message.text(), sourceFile: message.location().url, line: 0, column: 0 });
    }
  });
  // Init scripts are injected by the browser's debugging protocol, which CSP does not govern.
  await page.exposeFunction("__reportCspViolation", (violation: Violation) => violations.push(violation));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __reportCspViolation: (violation: Violation) => void }).__reportCspViolation({
        directive: event.violatedDirective,
        blocked: event.blockedURI || "inline",
        sourceFile: event.sourceFile,
        line: event.lineNumber,
        column: event.columnNumber,
      });
    });
  });
  return violations;
}

/**
 * No violation at all. zod 4's `new Function` probe used to be reported here; lib/schemas/zod.ts
 * turns zod's JIT off in the browser so the probe never runs, and nothing is excused.
 */
function expectNoViolations(violations: Violation[], where: string) {
  expect(violations, `CSP violations on ${where}`).toEqual([]);
}

test("pages carry a nonce CSP that Next's scripts obey; no violation from sign-up to a saved plan", async ({ page, context }) => {
  test.setTimeout(90_000);
  const violations = await watchCsp(page);

  // A fresh nonce on every response, and every script on the page carries it.
  const first = await page.request.get("/sign-in");
  const second = await page.request.get("/sign-in");
  const [a, b] = [await nonces(first), await nonces(second)];
  expect(a.header).not.toBe(b.header);
  expect(a.scripts.every((nonce) => nonce === a.header)).toBe(true);
  expect(b.scripts.every((nonce) => nonce === b.header)).toBe(true);

  const headers = first.headers();
  const policy = headers["content-security-policy"]!;
  for (const directive of ["frame-ancestors 'none'", "base-uri 'self'", "object-src 'none'", "form-action 'self'", "img-src 'self' data:"]) {
    expect(policy).toContain(directive);
  }
  expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'(;|$)/);
  expect(policy).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["x-powered-by"]).toBeUndefined();
  const api = await page.request.get("/api/health");
  expect(api.headers()["content-security-policy"]).toContain("default-src 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  expect(api.headers()["x-powered-by"]).toBeUndefined();

  await expectEveryScriptNonced(page, "/sign-in");

  // The journey, in the browser, under the policy.
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(person.name);
  await page.getByLabel("Work email").fill(person.email);
  await page.getByLabel("Password").fill(person.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/workspaces$/);

  // The session cookie: HttpOnly, SameSite=Lax, and (over plain http) not Secure.
  const session = (await context.cookies()).find((cookie) => /authjs\.session-token$/.test(cookie.name));
  expect(session, "a session cookie").toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
  expect(session!.secure).toBe(false);
  expect(session!.name).toBe("authjs.session-token");

  await page.getByLabel("Workspace name").fill("Header Lab");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page).toHaveURL(/\/w\/header-lab-[0-9a-f]{6}$/);
  const workspacePath = new URL(page.url()).pathname;
  const slug = workspacePath.split("/")[2]!;
  await expectEveryScriptNonced(page, workspacePath);

  await page.goto(`${workspacePath}/plans/new`);
  await page.getByRole("button", { name: "ADAS obstacle detection" }).click();
  // The live draft is computed by client JavaScript: it appearing proves the scripts ran.
  await expect(page.getByRole("region", { name: "Live draft" }).getByRole("status")).toContainText("people");
  await page.getByRole("button", { name: "Save plan" }).click();
  await expect(page).toHaveURL(/\/plans\/[^/?]+\?saved=created$/);
  await expect(page.getByText("Plan saved as version 1.")).toBeVisible();
  const planPath = new URL(page.url()).pathname;
  await expectEveryScriptNonced(page, planPath);
  await expectEveryScriptNonced(page, `${workspacePath}/plans/new`);

  // A client-side navigation loads more chunks through 'strict-dynamic'.
  await page.getByRole("link", { name: "Team plans", exact: true }).first().click();
  await expect(page).toHaveURL(new RegExp(`${workspacePath}/plans$`));
  await expect(page.getByText("ADAS obstacle detection").first()).toBeVisible();
  expectNoViolations(violations, "sign-up, intake, plan and plans list");

  // Pages whose client code builds zod schemas (the intake above; the role form, the plan page),
  // and the not-found page, loaded fresh: still no violation.
  for (const path of [`${workspacePath}/plans/new`, planPath, `${workspacePath}/roles/data-scientist/edit`]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    expectNoViolations(violations, path);
  }
  await expect(page.getByLabel("Summary", { exact: true })).toBeVisible();

  // The not-found page is rendered per request, so its scripts carry the nonce too.
  const missing = await page.request.get("/no-such-page");
  expect(missing.status()).toBe(404);
  const notFound = await nonces(missing);
  expect(notFound.header).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  expect(notFound.scripts.length).toBeGreaterThan(0);
  expect(notFound.scripts.filter((nonce) => nonce !== notFound.header)).toEqual([]);
  expect((await nonces(await page.request.get("/no-such-page"))).header).not.toBe(notFound.header);
  await page.goto("/no-such-page");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Not found");
  await page.getByRole("link", { name: "Go to Teamwright" }).click();
  await expect(page).not.toHaveURL(/no-such-page/);
  expectNoViolations(violations, "the not-found page");

  // Shared pages: the token is in the URL, so no Referer leaves them at all (the 404 for an
  // unknown token included); other pages keep the default.
  const shared = await page.request.get("/share/not-a-real-token-but-shaped-like-one-000000000");
  expect(shared.status()).toBe(404);
  expect(shared.headers()["referrer-policy"]).toBe("no-referrer");
  expect(shared.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect((await page.request.get(planPath)).headers()["referrer-policy"]).toBe("strict-origin-when-cross-origin");

  // Cross-site writes with the session cookie: the API refuses with its error shape…
  const refused = await page.request.post(`/api/v1/plans?workspace=${slug}`, {
    headers: crossSite,
    data: { name: "Forged plan", brief: { description: "A forged plan posted from another site" } },
  });
  expect(refused.status()).toBe(403);
  expect(await refused.json()).toEqual({ error: { code: "forbidden", message: expect.stringContaining("Cross-site") } });
  const forgedPatch = await page.request.patch(`/api/v1/plans/${planPath.split("/").pop()}?workspace=${slug}`, {
    headers: { ...crossSite, "if-match": '"1"' },
    data: { notes: "forged" },
  });
  expect(forgedPatch.status()).toBe(403);
});

test("a cross-site server action is refused and changes nothing; the same request from our origin works", async ({ page }) => {
  const other = { ...person, email: `sami-action-${unique}@example.com` };
  await page.goto("/sign-up");
  await page.getByLabel("Your name").fill(other.name);
  await page.getByLabel("Work email").fill(other.email);
  await page.getByLabel("Password").fill(other.password);
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/workspaces$/);

  // Capture the browser's own "create workspace" action call, then stop it from reaching the server.
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | undefined;
  await page.route("**/workspaces", async (route) => {
    const request = route.request();
    if (request.method() === "POST" && request.headers()["next-action"]) {
      captured = { url: request.url(), headers: request.headers(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
      await route.abort();
      return;
    }
    await route.continue();
  });
  await page.getByLabel("Workspace name").fill("Forged Workspace");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect.poll(() => captured !== undefined).toBe(true);
  await page.unroute("**/workspaces");

  const replay = (extra: Record<string, string>) =>
    page.request.post(captured!.url, {
      headers: {
        "next-action": captured!.headers["next-action"]!,
        "content-type": captured!.headers["content-type"]!,
        accept: "text/x-component",
        ...extra,
      },
      data: captured!.body,
      maxRedirects: 0,
    });

  const forged = await replay(crossSite);
  expect(forged.ok(), `cross-site action answered ${forged.status()}`).toBe(false);
  await page.goto("/workspaces");
  await expect(page.locator("main").getByText("Forged Workspace", { exact: true })).toHaveCount(0);

  // The control: the very same request from our own origin does create the workspace.
  const genuine = await replay({ origin: new URL(captured!.url).origin, "sec-fetch-site": "same-origin" });
  expect(genuine.status()).toBeLessThan(400);
  await page.goto("/workspaces");
  await expect(page.locator("main").getByText("Forged Workspace", { exact: true })).toHaveCount(1);
});
