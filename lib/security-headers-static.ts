/**
 * The security headers that never change per request: the ones every response gets, and the
 * route handlers' policy. Free of server-only imports so next.config.ts can set them on /api/*
 * itself (a static header rule costs nothing per request; running proxy.ts for every API call
 * halved the throughput of the cheapest route). lib/server/security-headers.ts re-exports them
 * next to the pages' per-request nonce policy.
 */

export type HeaderList = Array<[name: string, value: string]>;

/** JSON and file responses never run anything or get framed. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * Headers for every response. HSTS only in production: browsers ignore it over plain HTTP,
 * and a development server on localhost must never pin HTTPS for the whole host.
 */
export function commonSecurityHeaders(settings: { production: boolean }, referrerPolicy = "strict-origin-when-cross-origin"): HeaderList {
  const headers: HeaderList = [
    ["X-Content-Type-Options", "nosniff"],
    ["Referrer-Policy", referrerPolicy],
    // frame-ancestors supersedes it; kept for browsers that predate CSP level 2.
    ["X-Frame-Options", "DENY"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=()"],
  ];
  if (settings.production) headers.push(["Strict-Transport-Security", "max-age=63072000; includeSubDomains"]);
  return headers;
}

/** Route handlers (/api/…): the common headers plus a policy that allows nothing. */
export function apiSecurityHeaders(settings: { production: boolean }): HeaderList {
  return [...commonSecurityHeaders(settings), ["Content-Security-Policy", API_CONTENT_SECURITY_POLICY]];
}
