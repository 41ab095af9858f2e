import { type NextRequest, NextResponse } from "next/server";
import { getEnv } from "@/lib/env";
import {
  type HeaderList,
  type SecurityHeaderSettings,
  createNonce,
  oauthFormActionOrigins,
  pageSecurityHeaders,
} from "@/lib/server/security-headers";

/**
 * Security headers on every page. Pages get a Content-Security-Policy with a fresh nonce: it
 * is also set on the request, where Next reads it while rendering and puts it on its own inline
 * and chunk scripts (pages are rendered per request already). Route handlers (/api/*) get their
 * fixed headers from a static rule in next.config.ts instead: running this for every API call
 * cost more than the cheapest routes themselves. This is a header layer, not an access check:
 * authorisation stays in the data layer.
 */

let settings: SecurityHeaderSettings | undefined;

function currentSettings(): SecurityHeaderSettings {
  if (!settings) {
    const env = getEnv();
    settings = { production: env.NODE_ENV === "production", formActionOrigins: oauthFormActionOrigins(env) };
  }
  return settings;
}

export function proxy(request: NextRequest): NextResponse {
  const headers = pageSecurityHeaders(createNonce(), currentSettings(), request.nextUrl.pathname);
  const requestHeaders = new Headers(request.headers);
  const policy = headers.find(([name]) => name === "Content-Security-Policy");
  if (policy) requestHeaders.set(policy[0], policy[1]);
  return withHeaders(NextResponse.next({ request: { headers: requestHeaders } }), headers);
}

function withHeaders(response: NextResponse, headers: HeaderList): NextResponse {
  for (const [name, value] of headers) response.headers.set(name, value);
  return response;
}

export const config = {
  // Build output under /_next/static and /_next/image is immutable and never HTML; next.config.ts
  // gives it nosniff, and gives /api/* its headers.
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)"],
};
