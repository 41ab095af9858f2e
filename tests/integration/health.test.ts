import net from "node:net";
import pg from "pg";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { closeDatabase, db, openDatabaseHandle, useDatabaseForTests } from "@/lib/server/db";
import { connectDataLayerThroughProxy } from "@/tests/fixtures/data-layer";
import { startAbsentServers } from "@/tests/fixtures/absent-servers";
import type { TcpProxy } from "@/tests/fixtures/tcp-proxy";
import { describeEachKind, type TestDatabase } from "@/tests/fixtures/test-database";

async function health() {
  const started = Date.now();
  const response = await GET();
  return {
    status: response.status,
    body: (await response.json()) as unknown,
    retryAfter: response.headers.get("retry-after"),
    elapsedMs: Date.now() - started,
  };
}

// The test data layer's pool size (tests/fixtures/data-layer.ts).
const POOL_SIZE = 10;

describeEachKind("GET /api/health", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  let database: TestDatabase | undefined;
  let proxy: TcpProxy | undefined;

  beforeAll(async () => {
    ({ database, disconnect, proxy } = await connectDataLayerThroughProxy(kind));
  });
  afterAll(async () => {
    await disconnect?.();
  });

  it("answers ok while the database is reachable", async () => {
    expect(await health()).toMatchObject({ status: 200, body: { status: "ok", db: "ok" }, retryAfter: null });
  });

  // A burst of saves fills the app's pool and queues the rest; the server itself is fine. Health
  // must not wait in that queue and call the database down (load balancers would then take every
  // instance out of rotation exactly when traffic peaks).
  if (kind === "postgres") it("answers ok at once while every pooled connection is busy", async () => {
    const lockHolder = new pg.Client({ connectionString: database!.url });
    await lockHolder.connect();
    try {
      await lockHolder.query("SELECT pg_advisory_lock(4242)");
      // Every pooled connection waits on the lock, and one more query waits for a free connection.
      // (Prisma queries are lazy: `then` sends them.)
      const held = Array.from({ length: POOL_SIZE }, () => db().$queryRaw`SELECT pg_advisory_xact_lock_shared(4242)::text`.then(() => "answered"));
      const queued = db().user.count().then(() => "answered");
      let waiting = 0;
      for (let attempt = 0; attempt < 100 && waiting < POOL_SIZE; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        const [row] = (await lockHolder.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")).rows;
        waiting = row!.n;
      }
      expect(waiting).toBe(POOL_SIZE);
      const settled = await Promise.race([queued, new Promise((resolve) => setTimeout(() => resolve("queued"), 100))]);
      expect(settled).toBe("queued");

      const answer = await health();
      expect(answer).toMatchObject({ status: 200, body: { status: "ok", db: "ok" }, retryAfter: null });
      expect(answer.elapsedMs).toBeLessThan(1_000);

      await lockHolder.query("SELECT pg_advisory_unlock(4242)");
      await Promise.all([...held, queued]);
    } finally {
      await lockHolder.end();
    }
  });

  // PGlite lives inside the process and cannot become unreachable; the outage is PostgreSQL's.
  if (kind === "postgres") it("answers 503 while the database is down and recovers without a restart", async () => {
    await proxy!.stop();
    const down = await health();
    expect(down.status).toBe(503);
    expect(down.body).toEqual({ status: "degraded", db: "down" });
    expect(down.retryAfter).toBe("5");

    await proxy!.start();
    let recovered = await health();
    for (let attempt = 0; attempt < 20 && recovered.status !== 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      recovered = await health();
    }
    expect(recovered).toMatchObject({ status: 200, body: { status: "ok", db: "ok" } });
  });
});

/** The app pointed at servers that are not there (no PostgreSQL needed). */
describe("GET /api/health without a database server", () => {
  let servers: Awaited<ReturnType<typeof startAbsentServers>>;
  let full: net.Server;
  let fullPort = 0;

  beforeAll(async () => {
    servers = await startAbsentServers();
    // Answers every startup as PostgreSQL does when max_connections is reached.
    full = net.createServer((socket) => socket.once("data", () => socket.end(postgresError("53300", "sorry, too many clients already"))));
    await new Promise<void>((resolve) => full.listen(0, "127.0.0.1", resolve));
    fullPort = (full.address() as net.AddressInfo).port;
  });
  afterEach(async () => {
    // The pool would wait out its connection timeout on the silent server before closing.
    servers.dropConnections();
    await closeDatabase();
  });
  afterAll(async () => {
    await servers.close();
    await new Promise<void>((resolve) => full.close(() => resolve()));
  });

  const pointAt = (port: number) =>
    useDatabaseForTests(openDatabaseHandle({ kind: "postgres", url: `postgresql://postgres@127.0.0.1:${port}/teamwright`, poolSize: 1 }));

  it("answers 503 with Retry-After at once when the server refuses connections", async () => {
    pointAt(servers.refusedPort);
    const answer = await health();
    expect(answer).toMatchObject({ status: 503, body: { status: "degraded", db: "down" }, retryAfter: "5" });
    expect(answer.elapsedMs).toBeLessThan(1_000);
  });

  it("answers 503 with Retry-After within its 2 s limit when the server never answers", async () => {
    pointAt(servers.silentPort);
    const answer = await health();
    expect(answer).toMatchObject({ status: 503, body: { status: "degraded", db: "down" }, retryAfter: "5" });
    expect(answer.elapsedMs).toBeGreaterThanOrEqual(1_900);
    expect(answer.elapsedMs).toBeLessThan(3_000);
  });

  it("answers 200 \"busy\" when the server is up but has no connection slot free", async () => {
    pointAt(fullPort);
    expect(await health()).toMatchObject({ status: 200, body: { status: "ok", db: "busy" }, retryAfter: null });
  });
});

/** A PostgreSQL ErrorResponse message (protocol 3.0): severity, SQLSTATE and text. */
function postgresError(code: string, message: string): Buffer {
  const fields = Buffer.from(`SFATAL\0VFATAL\0C${code}\0M${message}\0\0`);
  const length = Buffer.alloc(4);
  length.writeInt32BE(fields.length + 4);
  return Buffer.concat([Buffer.from("E"), length, fields]);
}
