import { DriverAdapterError } from "@prisma/driver-adapter-utils";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { type DatabaseHandle, openDatabaseHandle } from "@/lib/server/db";
import { asAppError, isDatabaseUnavailable } from "@/lib/server/data/db-errors";
import { startAbsentServers } from "@/tests/fixtures/absent-servers";

/**
 * Which failures mean "the database is unavailable right now" (503 + Retry-After) rather than a
 * bug (500). The shapes are the ones Prisma 7 with @prisma/adapter-pg throws: a
 * PrismaClientKnownRequestError whose `meta.driverAdapterError.cause` carries PostgreSQL's
 * SQLSTATE, or pg's own Error passed through unwrapped.
 */

/** What Prisma throws for an adapter error it has no P-code for (kind "postgres"): P2039 with the adapter error in meta. */
function prismaWrapped(sqlState: string, message: string, prismaCode = "P2039") {
  const adapterError = new DriverAdapterError({ kind: "postgres", code: sqlState, severity: "FATAL", message, detail: undefined, column: undefined, hint: undefined, originalCode: sqlState, originalMessage: message });
  return new Prisma.PrismaClientKnownRequestError(`Database error. Code: \`${sqlState}\`. Message: \`${message}\``, {
    code: prismaCode,
    clientVersion: Prisma.prismaVersion.client,
    meta: { driverAdapterError: adapterError },
  });
}

/** What $queryRaw throws when the server goes away under it (seen in the outage test: plan creation is one raw statement). */
function rawQueryConnectionClosed() {
  const adapterError = new DriverAdapterError({ kind: "ConnectionClosed" });
  return new Prisma.PrismaClientKnownRequestError("Raw query failed. Code: `N/A`. Message: `Server has closed the connection.`", {
    code: "P2010",
    clientVersion: Prisma.prismaVersion.client,
    meta: { driverAdapterError: adapterError },
  });
}

const known = (code: string, message: string) =>
  new Prisma.PrismaClientKnownRequestError(message, { code, clientVersion: Prisma.prismaVersion.client });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["57P01 admin_shutdown under a query (pg_ctl stop -m fast)", prismaWrapped("57P01", "terminating connection due to administrator command")],
    ["57P03 cannot_connect_now while the server starts or stops", prismaWrapped("57P03", "the database system is starting up")],
    ["57P02 crash_shutdown", prismaWrapped("57P02", "terminating connection because of crash of another server process")],
    ["53300 too_many_connections", prismaWrapped("53300", "sorry, too many clients already")],
    ["the SQLSTATE only in meta, with a message that names nothing", prismaWrapped("57P01", "x")],
    ["P2028 transaction could not start or expired", known("P2028", "Transaction API error: Transaction already closed: A commit cannot be executed on an expired transaction.")],
    ["P1018 transaction's connection closed", known("P1018", "Transaction already closed")],
    ["P1008 socket timeout", known("P1008", "Operations timed out")],
    ["P2037 too many connections", known("P2037", "Too many database connections opened")],
    ["a raw query ($queryRaw, P2010) whose connection PostgreSQL closed", rawQueryConnectionClosed()],
    ["pg-pool queue timeout", new Error("timeout exceeded when trying to connect")],
    ["pg connect timeout", new Error("Connection terminated due to connection timeout")],
    ["pg connect timeout (socket destroyed)", new Error("timeout expired")],
  ])("%s → unavailable", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
    const mapped = asAppError(error);
    expect(mapped).toBeInstanceOf(AppError);
    expect((mapped as AppError).code).toBe("unavailable");
    expect((mapped as AppError).retryAfterSeconds).toBeGreaterThan(0);
  });

  it.each([
    ["a unique violation", prismaWrapped("23505", "duplicate key value violates unique constraint", "P2002")],
    ["a syntax error in our own SQL", prismaWrapped("42601", "syntax error at or near \"SELEC\"")],
    ["record not found", known("P2025", "No record was found for an update.")],
    ["a plain bug", new TypeError("Cannot read properties of undefined (reading 'id')")],
    ["a raw query our SQL got wrong (P2010, no connection kind)", new Prisma.PrismaClientKnownRequestError("Raw query failed. Code: `42601`. Message: `syntax error`", { code: "P2010", clientVersion: Prisma.prismaVersion.client })],
  ])("%s → not an outage (stays a 500)", (_, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
    expect(asAppError(error)).toBe(error);
  });
});

/**
 * The real client the app opens (lib/server/db.ts pool settings) against servers that are not
 * there: what it throws must map to 503, and it must throw within the pool's connection timeout
 * rather than hang.
 */
describe("the app's PostgreSQL client while the server is unreachable", () => {
  let servers: Awaited<ReturnType<typeof startAbsentServers>>;
  let silentPort = 0;
  let refusedPort = 0;
  const handles: DatabaseHandle[] = [];

  beforeAll(async () => {
    servers = await startAbsentServers();
    ({ silentPort, refusedPort } = servers);
  });
  afterAll(async () => {
    await Promise.all(handles.map((handle) => handle.close().catch(() => {})));
    await servers.close();
  });

  const open = (port: number, poolSize = 1) => {
    const handle = openDatabaseHandle({ kind: "postgres", url: `postgresql://postgres@127.0.0.1:${port}/teamwright`, poolSize });
    handles.push(handle);
    return handle.client;
  };

  it("a refused connection is a 503 at once", async () => {
    const client = open(refusedPort);
    const started = Date.now();
    const error = await client.user.count().catch((thrown: unknown) => thrown);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect((asAppError(error) as AppError).code).toBe("unavailable");
  });

  it("a server that never answers is a 503 within the 5 s connection timeout, not the longer pool wait", async () => {
    const client = open(silentPort, 3);
    const started = Date.now();
    const errors = await Promise.all([client.user.count(), client.workspace.count(), client.$transaction(async (tx) => tx.user.count())].map((query) => query.catch((thrown: unknown) => thrown)));
    const elapsed = Date.now() - started;
    expect(elapsed).toBeGreaterThanOrEqual(4_900);
    expect(elapsed).toBeLessThan(9_000);
    for (const error of errors) {
      expect(isDatabaseUnavailable(error), String(error)).toBe(true);
    }
  }, 20_000);
});
