import { describe, expect, it } from "vitest";
import {
  API_CONTENT_SECURITY_POLICY,
  apiSecurityHeaders,
  contentSecurityPolicy,
  createNonce,
  oauthFormActionOrigins,
  pageSecurityHeaders,
  secureSessionCookies,
} from "@/lib/server/security-headers";

const production = { production: true, formActionOrigins: [] };
const development = { production: false, formActionOrigins: [] };

/** "a b; c d" → { a: ["b"], c: ["d"] } */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy.split(";").map((part) => {
      const [name, ...values] = part.trim().split(/\s+/);
      return [name!, values];
    }),
  );
}

describe("createNonce", () => {
  it("is 128 random bits in base64, different every time", () => {
    const nonces = new Set(Array.from({ length: 1000 }, () => createNonce()));
    expect(nonces.size).toBe(1000);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("contentSecurityPolicy", () => {
  it("allows scripts only with the nonce (and what they load), in production without eval", () => {
    const policy = directives(contentSecurityPolicy("abcdefghijklmnopqrstuv==", production));
    expect(policy["script-src"]).toEqual(["'self'", "'nonce-abcdefghijklmnopqrstuv=='", "'strict-dynamic'"]);
    expect(policy["script-src"]).not.toContain("'unsafe-inline'");
    expect(policy["style-src"]).toEqual(["'self'", "'nonce-abcdefghijklmnopqrstuv=='"]);
    expect(policy["style-src-attr"]).toEqual(["'unsafe-inline'"]);
    expect(policy["default-src"]).toEqual(["'self'"]);
    expect(policy["img-src"]).toEqual(["'self'", "data:"]);
    expect(policy["object-src"]).toEqual(["'none'"]);
    expect(policy["base-uri"]).toEqual(["'self'"]);
    expect(policy["frame-ancestors"]).toEqual(["'none'"]);
    expect(policy["form-action"]).toEqual(["'self'"]);
  });

  it("adds 'unsafe-eval' in development only (React's debug stacks need it)", () => {
    expect(directives(contentSecurityPolicy(createNonce(), development))["script-src"]).toContain("'unsafe-eval'");
    expect(directives(contentSecurityPolicy(createNonce(), production))["script-src"]).not.toContain("'unsafe-eval'");
  });

  it("lets forms be redirected to the configured sign-in providers, once each", () => {
    const policy = contentSecurityPolicy(createNonce(), {
      production: true,
      formActionOrigins: ["https://github.com", "https://accounts.google.com", "https://github.com"],
    });
    expect(directives(policy)["form-action"]).toEqual(["'self'", "https://github.com", "https://accounts.google.com"]);
  });

  it.each(["", "short", "abc'; script-src *", "a b c d e f g h i j k l"])("refuses a nonce that could break the header: %j", (nonce) => {
    expect(() => contentSecurityPolicy(nonce, production)).toThrow(/nonce/);
  });
});

describe("pageSecurityHeaders and apiSecurityHeaders", () => {
  it("send HSTS in production only", () => {
    const prod = new Map(pageSecurityHeaders(createNonce(), production));
    expect(prod.get("Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
    const dev = new Map(pageSecurityHeaders(createNonce(), development));
    expect(dev.has("Strict-Transport-Security")).toBe(false);
    expect(new Map(apiSecurityHeaders({ production: true })).get("Strict-Transport-Security")).toBe("max-age=63072000; includeSubDomains");
    expect(new Map(apiSecurityHeaders({ production: false })).has("Strict-Transport-Security")).toBe(false);
  });

  it("always send nosniff, a referrer policy and no framing", () => {
    for (const headers of [pageSecurityHeaders(createNonce(), development), apiSecurityHeaders({ production: true })]) {
      const map = new Map(headers);
      expect(map.get("X-Content-Type-Options")).toBe("nosniff");
      expect(map.get("Referrer-Policy")).toBe("strict-origin-when-cross-origin");
      expect(map.get("X-Frame-Options")).toBe("DENY");
      expect(map.get("Content-Security-Policy")).toMatch(/frame-ancestors 'none'/);
      expect(map.has("X-Powered-By")).toBe(false);
    }
  });

  it.each([
    ["/share/abc123", "no-referrer"],
    ["/share", "no-referrer"],
    ["/shared-notes", "strict-origin-when-cross-origin"],
    ["/w/acme/plans", "strict-origin-when-cross-origin"],
    ["/", "strict-origin-when-cross-origin"],
  ])("a page at %s sends Referrer-Policy %s (a share link's token never leaves in a Referer)", (pathname, policy) => {
    expect(new Map(pageSecurityHeaders(createNonce(), production, pathname)).get("Referrer-Policy")).toBe(policy);
  });

  it("give API responses a policy that allows nothing to run", () => {
    expect(new Map(apiSecurityHeaders({ production: true })).get("Content-Security-Policy")).toBe(API_CONTENT_SECURITY_POLICY);
    expect(directives(API_CONTENT_SECURITY_POLICY)["default-src"]).toEqual(["'none'"]);
  });
});

describe("oauthFormActionOrigins", () => {
  it("lists the authorize origins of the configured providers only", () => {
    expect(oauthFormActionOrigins({})).toEqual([]);
    expect(oauthFormActionOrigins({ AUTH_GITHUB_ID: "id" })).toEqual(["https://github.com"]);
    expect(
      oauthFormActionOrigins({ AUTH_GOOGLE_ID: "id", AUTH_OIDC_ISSUER: "https://login.example.okta.com/oauth2/default" }),
    ).toEqual(["https://accounts.google.com", "https://login.example.okta.com"]);
  });
});

describe("secureSessionCookies", () => {
  it.each([
    [{ AUTH_URL: "https://teamwright.example.com" }, true],
    [{ AUTH_URL: "https://teamwright.example.com/app" }, true],
    [{ AUTH_URL: "http://teamwright.internal:3000" }, false],
    // Left to Auth.js: the request's protocol, X-Forwarded-Proto behind a TLS-terminating proxy.
    [{}, undefined],
    [{ AUTH_URL: undefined }, undefined],
  ])("%j → %s", (env, expected) => {
    expect(secureSessionCookies(env)).toBe(expected);
  });
});
