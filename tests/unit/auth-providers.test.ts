import { describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/env";
import { buildProviders, listExternalProviders } from "@/lib/server/auth-providers";

const authorize = async () => null;

function providerIds(source: Record<string, string>) {
  return buildProviders(parseEnv(source), authorize).map((provider) =>
    typeof provider === "function" ? provider().id : provider.id,
  );
}

describe("sign-in providers", () => {
  it("offers only email and password when nothing else is configured", () => {
    expect(providerIds({})).toEqual(["credentials"]);
    expect(listExternalProviders(parseEnv({}))).toEqual([]);
  });

  it("switches GitHub, Google and OIDC on from their settings", () => {
    const source = {
      AUTH_GITHUB_ID: "gh-id",
      AUTH_GITHUB_SECRET: "gh-secret",
      AUTH_GOOGLE_ID: "g-id",
      AUTH_GOOGLE_SECRET: "g-secret",
      AUTH_OIDC_ISSUER: "https://login.example.com/realms/acme",
      AUTH_OIDC_ID: "oidc-id",
      AUTH_OIDC_SECRET: "oidc-secret",
      AUTH_OIDC_NAME: "Acme SSO",
    };
    expect(providerIds(source)).toEqual(["credentials", "github", "google", "oidc"]);
    expect(listExternalProviders(parseEnv(source))).toEqual([
      { id: "github", name: "GitHub" },
      { id: "google", name: "Google" },
      { id: "oidc", name: "Acme SSO" },
    ]);
    const oidc = buildProviders(parseEnv(source), authorize).at(-1);
    expect(oidc).toMatchObject({ type: "oidc", issuer: "https://login.example.com/realms/acme", clientId: "oidc-id" });
  });

  it("passes client credentials through to GitHub", () => {
    const github = buildProviders(parseEnv({ AUTH_GITHUB_ID: "gh-id", AUTH_GITHUB_SECRET: "gh-secret" }), authorize)[1];
    const config = typeof github === "function" ? github() : github;
    expect(config).toMatchObject({ id: "github" });
    expect((config as { options?: { clientId?: string } }).options?.clientId).toBe("gh-id");
  });
});
