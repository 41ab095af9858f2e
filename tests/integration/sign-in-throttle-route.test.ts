import { afterAll, beforeAll, expect, it } from "vitest";
import { NextRequest } from "next/server";
import { POST } from "@/app/api/auth/[...nextauth]/route";
import { recordSignInFailure } from "@/lib/server/data/sign-in-throttle";
import { connectDataLayer } from "@/tests/fixtures/data-layer";
import { describeEachKind } from "@/tests/fixtures/test-database";

function credentialsPost(email: string, ip = "192.0.2.10") {
  return new NextRequest("http://localhost:3000/api/auth/callback/credentials", {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", "x-forwarded-for": ip },
    body: new URLSearchParams({ email, password: "guess", csrfToken: "x" }).toString(),
  });
}

describeEachKind("POST /api/auth/callback/credentials throttling", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  beforeAll(async () => {
    ({ disconnect } = await connectDataLayer(kind));
  });
  afterAll(async () => {
    await disconnect?.();
  });

  it("answers 429 with Retry-After and the error shape once an email has failed too often", async () => {
    const email = `locked.${kind}@example.com`;
    for (let i = 0; i < 5; i++) await recordSignInFailure({ email });
    const response = await POST(credentialsPost(email));
    expect(response.status).toBe(429);
    const retryAfter = Number(response.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    expect(await response.json()).toEqual({
      error: { code: "rate_limited", message: expect.stringMatching(/^Too many failed sign-in attempts\. Try again in \d+ minutes\.$/) },
    });
  });

  it("answers 429 for an IP that has sprayed many accounts, whatever the email", async () => {
    for (let i = 0; i < 30; i++) await recordSignInFailure({ email: `spray${i}.${kind}@example.com`, ip: "198.51.100.77" });
    const response = await POST(credentialsPost(`someone-new.${kind}@example.com`, "198.51.100.77"));
    expect(response.status).toBe(429);
  });
});
