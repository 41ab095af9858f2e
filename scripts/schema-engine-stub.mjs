#!/usr/bin/env node
// Stands in for Prisma's native schema engine, which cannot be downloaded on an offline machine.
// `prisma generate | validate | format | version` only ask it for its version; every migration
// command goes through scripts/db.ts and Prisma's WASM schema engine instead.
if (process.argv.includes("--version") || process.argv.includes("-V")) {
  console.log("schema-engine-cli 0.0.0-teamwright-stub");
  process.exit(0);
}
console.error("The native Prisma schema engine is not available here: use npm run db:deploy | db:status | db:new | db:check.");
process.exit(1);
