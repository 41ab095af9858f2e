import path from "node:path";
import { defineConfig } from "prisma/config";

// The Prisma CLI insists on a native schema engine binary before `generate`, which it would
// download; this machine (and CI) cannot. Point it at a stub that only answers --version.
// Migrations run through scripts/db.ts with the WASM engine instead.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= path.join(import.meta.dirname, "scripts", "schema-engine-stub.mjs");

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
