import "server-only";
import { type HeaderList, commonSecurityHeaders } from "@/lib/security-headers-static";

// The static headers live in lib/security-headers-static.ts, which next.config.ts can load too.
export { API_CONTENT_SECURITY_POLICY, type HeaderList, apiSecurityHeaders, commonSecurityHeaders } from "@/lib/security-headers-static";

/**
 * Response headers that make the browser enforce what the server means: which scripts may
 * run (a per-request nonce, nothing inline without it), who may frame us (nobody), where
 * forms may go, how much of the URL leaks to other sites, and HTTPS from now on.
 *
 * Pure functions of their input, so the policy is unit-tested without a server; proxy.ts
 * calls them on every request.
 */

export interface SecurityHeaderSettings {
  /** NODE_ENV === "production": HSTS on, React's dev-only eval off. */
  production: boolean;
  /**
   * Origins a form submission may be redirected to. Chromium applies form-action to the
   * redirects after a POST, and "Continue with GitHub" without JavaScript is a form POST to our
   * server action that answers 303 to the provider's authorize page: without its origin here
   * that sign-in would be blocked. See oauthFormActionOrigins.
   */
  formActionOrigins: readonly string[];
}

/** 128 random bits, base64: unguessable and fresh for every response. */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The pages' policy. `'strict-dynamic'` lets Next's nonced bootstrap load its own chunks (and
 * makes browsers ignore 'self' for scripts: only the nonce counts). React renders `style={…}`
 * props as style attributes, which only `style-src-attr 'unsafe-inline'` allows; `<style>`
 * elements still need the nonce. Development adds 'unsafe-eval' for React's debug stacks.
 */
export function contentSecurityPolicy(nonce: string, settings: SecurityHeaderSettings): string {
  if (!/^[A-Za-z0-9+/=_-]{16,}$/.test(nonce)) throw new Error("A CSP nonce must be at least 16 base64 characters.");
  const directives: Array<[string, ...string[]]> = [
    ["default-src", "'self'"],
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(settings.production ? [] : ["'unsafe-eval'"])],
    ["style-src", "'self'", `'nonce-${nonce}'`],
    ["style-src-attr", "'unsafe-inline'"],
    ["img-src", "'self'", "data:"],
    ["font-src", "'self'"],
    ["connect-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'self'"],
    ["form-action", "'self'", ...unique(settings.formActionOrigins)],
    ["frame-ancestors", "'none'"],
  ];
  return directives.map((parts) => parts.join(" ")).join("; ");
}

/**
 * A shared page's URL is its secret (/share/<token>): it must not travel in a Referer, not even
 * to our own origin (access logs, analytics) or as a bare origin to the sites it links to.
 */
export function referrerPolicyFor(pathname: string): string {
  return pathname === "/share" || pathname.startsWith("/share/") ? "no-referrer" : "strict-origin-when-cross-origin";
}

/** Pages: the common headers plus the nonce policy; shared pages send no Referer at all. */
export function pageSecurityHeaders(nonce: string, settings: SecurityHeaderSettings, pathname = "/"): HeaderList {
  return [...commonSecurityHeaders(settings, referrerPolicyFor(pathname)), ["Content-Security-Policy", contentSecurityPolicy(nonce, settings)]];
}

interface OAuthSettings {
  AUTH_GITHUB_ID?: string | undefined;
  AUTH_GOOGLE_ID?: string | undefined;
  AUTH_OIDC_ISSUER?: string | undefined;
}

/**
 * The authorize pages of the configured sign-in providers. Listing them, rather than allowing
 * any `https:` target, keeps form-action meaningful: an injected form can still only post to
 * us or to a provider we use. An OIDC provider's authorize endpoint lives on its issuer's
 * origin for the providers we know of (Okta, Entra ID, Keycloak, Auth0, Google).
 */
export function oauthFormActionOrigins(env: OAuthSettings): string[] {
  const origins: string[] = [];
  if (env.AUTH_GITHUB_ID) origins.push("https://github.com");
  if (env.AUTH_GOOGLE_ID) origins.push("https://accounts.google.com");
  if (env.AUTH_OIDC_ISSUER) {
    try {
      origins.push(new URL(env.AUTH_OIDC_ISSUER).origin);
    } catch {
      // lib/env.ts already refuses a malformed issuer at start-up; nothing to allow here.
    }
  }
  return origins;
}

/**
 * Whether Auth.js marks its cookies Secure (and gives them the `__Secure-` prefix). With
 * AUTH_URL set, its scheme decides: https → Secure, http → not (a Secure cookie would be
 * dropped by browsers on a plain-HTTP host and nobody could sign in). Without AUTH_URL,
 * undefined leaves it to Auth.js, which follows the request: X-Forwarded-Proto from a
 * TLS-terminating load balancer, else the connection's own protocol.
 */
export function secureSessionCookies(env: { AUTH_URL?: string | undefined }): boolean | undefined {
  if (!env.AUTH_URL) return undefined;
  return new URL(env.AUTH_URL).protocol === "https:";
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
