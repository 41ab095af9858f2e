import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  poweredByHeader: false,
  typedRoutes: false,
  // Native and WASM packages load their binaries from disk at run time; bundling them breaks that.
  // pdfkit and fontkit read their font data files relative to their own folder.
  serverExternalPackages: ["@electric-sql/pglite", "pglite-prisma-adapter", "@node-rs/argon2", "pg", "pdfkit", "fontkit"],
  // Security headers (CSP with a per-request nonce, HSTS, Referrer-Policy…) are set by proxy.ts
  // from lib/server/security-headers.ts; build assets, which proxy.ts skips, get nosniff here.
  async headers() {
    return [{ source: "/_next/static/:path*", headers: [{ key: "X-Content-Type-Options", value: "nosniff" }] }];
  },
};

export default nextConfig;
