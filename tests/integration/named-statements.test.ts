import { afterAll, beforeAll, expect, it } from "vitest";
import { type DatabaseHandle, openDatabaseHandle } from "@/lib/server/db";
import { createTestDatabase, describeEachKind, type TestDatabase } from "@/tests/fixtures/test-database";

const statement = { name: "teamwright_test_echo", text: "SELECT $1::int + 1 AS n, $2::text AS label" };
const probe = { name: "teamwright_test_probe", text: "SELECT name FROM pg_prepared_statements WHERE name = $1" };

/** The driver-level runner (lib/server/db.ts sql()) the hot data-layer paths use. */
describeEachKind("named statements", (kind) => {
  let database: TestDatabase;
  const handles: DatabaseHandle[] = [];
  beforeAll(async () => {
    database = await createTestDatabase({ kind });
  });
  afterAll(async () => {
    await Promise.all(handles.map((handle) => handle.close()));
    await database.cleanup();
  });
  const open = (preparedStatements: boolean) => {
    const handle =
      kind === "postgres"
        ? openDatabaseHandle({ kind: "postgres", url: database.url!, poolSize: 1, preparedStatements })
        : openDatabaseHandle({ kind: "pglite-instance", pglite: database.pglite! });
    handles.push(handle);
    return handle;
  };

  it("returns rows with positional values, again and again on one connection", async () => {
    const handle = open(true);
    for (const n of [1, 2, 3]) {
      expect(await handle.sql.query(statement, [n, `run ${n}`])).toEqual([{ n: n + 1, label: `run ${n}` }]);
    }
  });

  if (kind === "postgres") {
    it("prepares each statement once per connection, unless turned off for poolers that cannot keep them", async () => {
      const prepared = open(true);
      await prepared.sql.query(statement, [1, "a"]);
      expect(await prepared.sql.query(probe, [statement.name])).toEqual([{ name: statement.name }]);

      const unprepared = open(false);
      expect(await unprepared.sql.query(statement, [1, "b"])).toEqual([{ n: 2, label: "b" }]);
      expect(await unprepared.sql.query(probe, [statement.name])).toEqual([]);
    });
  }
});
