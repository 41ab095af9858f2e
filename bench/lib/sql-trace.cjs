/**
 * Preloaded into the server under test (NODE_OPTIONS=--require) when the benchmark counts SQL
 * round-trips: every statement any `pg` client sends is appended to BENCH_SQL_TRACE_FILE, one
 * line each. `pg` is a server-external package, so the app and Prisma's adapter share this copy.
 */
"use strict";
const { appendFileSync } = require("node:fs");
const file = process.env.BENCH_SQL_TRACE_FILE;
if (file) {
  const pg = require("pg");
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function traced(config, ...rest) {
    const text = typeof config === "string" ? config : config && typeof config.text === "string" ? config.text : "";
    if (text) appendFileSync(file, `${text.replace(/\s+/g, " ").trim()}\n`);
    return query.call(this, config, ...rest);
  };
}
