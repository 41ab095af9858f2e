import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": root,
      // `server-only` throws outside a React server bundle; in tests the modules run in plain Node.
      "server-only": fileURLToPath(new URL("./tests/fixtures/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    env: { TZ: "UTC", NO_COLOR: "1" },
    // next-auth imports "next/server" without a file extension, which Node's ESM resolver
    // refuses; letting Vite process it resolves the import the way Next's bundler does.
    server: { deps: { inline: ["next-auth"] } },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One database per file; files run one at a time so PGlite and a 2-core CI box are not oversubscribed.
          fileParallelism: false,
        },
      },
    ],
  },
});
