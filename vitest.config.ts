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
    // Vitest's default is one fewer than the cores: a single worker on a 2-core CI box.
    maxWorkers: 2,
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
          setupFiles: ["tests/fixtures/pg-overlap-guard.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One database per file, so files are independent. Two at a time: most files are CPU-bound
          // in one thread (PGlite, fast-check), and CI boxes have at least two cores.
          fileParallelism: true,
        },
      },
    ],
  },
});
