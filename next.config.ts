import type { NextConfig } from "next";
import { PHASE_DEVELOPMENT_SERVER } from "next/constants";
import { apiSecurityHeaders } from "./lib/security-headers-static";

const nextConfig = (phase: string): NextConfig => ({
  poweredByHeader: false,
  typedRoutes: false,
  // Native and WASM packages load their binaries from disk at run time; bundling them breaks that.
  // pdfkit and fontkit read their font data files relative to their own folder.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "pdfkit", "fontkit"],
  // Pages' security headers (CSP with a per-request nonce, HSTS, Referrer-Policy…) are set by
  // proxy.ts from lib/server/security-headers.ts. Route handlers' headers never vary, so they are
  // a static rule here instead: proxy.ts skips /api/*, as it does build assets, which get nosniff.
  // HSTS in production only, as proxy.ts decides from NODE_ENV (`next dev` is the one other phase).
  async headers() {
    const api = apiSecurityHeaders({ production: phase !== PHASE_DEVELOPMENT_SERVER }).map(([key, value]) => ({ key, value }));
    return [
      { source: "/_next/static/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] },
      { source: "/api/:path*", headers: api },
    ];
  },
});

export default nextConfig;
