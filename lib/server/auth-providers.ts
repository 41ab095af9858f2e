import "server-only";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import type { Env } from "@/lib/env";

type ProviderEnv = Pick<
  Env,
  | "AUTH_GITHUB_ID"
  | "AUTH_GITHUB_SECRET"
  | "AUTH_GOOGLE_ID"
  | "AUTH_GOOGLE_SECRET"
  | "AUTH_OIDC_ISSUER"
  | "AUTH_OIDC_ID"
  | "AUTH_OIDC_SECRET"
  | "AUTH_OIDC_NAME"
>;

export type CredentialsAuthorize = NonNullable<Parameters<typeof Credentials>[0]["authorize"]>;

export interface ExternalProviderInfo {
  id: string;
  name: string;
}

/**
 * Email + password is always on; GitHub, Google and a generic OpenID Connect provider switch
 * on when their settings are present. Kept apart from the Auth.js setup so a unit test can
 * exercise it without a running server.
 */
export function buildProviders(env: ProviderEnv, authorize: CredentialsAuthorize): Provider[] {
  const providers: Provider[] = [
    Credentials({ credentials: { email: { type: "email" }, password: { type: "password" } }, authorize }),
  ];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) {
    providers.push(GitHub({ clientId: env.AUTH_GITHUB_ID, clientSecret: env.AUTH_GITHUB_SECRET }));
  }
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) {
    providers.push(Google({ clientId: env.AUTH_GOOGLE_ID, clientSecret: env.AUTH_GOOGLE_SECRET }));
  }
  if (env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_ID && env.AUTH_OIDC_SECRET) {
    providers.push({
      id: "oidc",
      name: env.AUTH_OIDC_NAME,
      type: "oidc",
      issuer: env.AUTH_OIDC_ISSUER,
      clientId: env.AUTH_OIDC_ID,
      clientSecret: env.AUTH_OIDC_SECRET,
    });
  }
  return providers;
}

/** The buttons the sign-in page shows besides the email form. */
export function listExternalProviders(env: ProviderEnv): ExternalProviderInfo[] {
  const list: ExternalProviderInfo[] = [];
  if (env.AUTH_GITHUB_ID && env.AUTH_GITHUB_SECRET) list.push({ id: "github", name: "GitHub" });
  if (env.AUTH_GOOGLE_ID && env.AUTH_GOOGLE_SECRET) list.push({ id: "google", name: "Google" });
  if (env.AUTH_OIDC_ISSUER && env.AUTH_OIDC_ID && env.AUTH_OIDC_SECRET) list.push({ id: "oidc", name: env.AUTH_OIDC_NAME });
  return list;
}
