import path from "node:path";
import type { NextConfig } from "next";

/**
 * The benchmark's framework ceilings: the same Next version, server mode and API header rule as
 * the app, with route handlers that do nothing but the minimum of each exchange. bench/http.ts
 * builds it with CEILING_API_HEADERS set to the app's own /api/* headers (lib/ cannot be imported
 * from a config outside the app's folder) and checks both pings answer the same headers.
 */
const apiHeaders = JSON.parse(process.env.CEILING_API_HEADERS ?? "[]") as Array<[string, string]>;

const config: NextConfig = {
  poweredByHeader: false,
  // The repository root, whose node_modules and bench/lib this app uses.
  turbopack: { root: path.join(import.meta.dirname, "..", "..") },
  serverExternalPackages: ["pg"],
  async headers() {
    return [{ source: "/api/:path*", headers: apiHeaders.map(([key, value]) => ({ key, value })) }];
  },
};

export default config;
