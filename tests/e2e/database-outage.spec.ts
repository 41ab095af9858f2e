import { spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import http from "node:http";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { NextInstance, signUpWithApiToken } from "@/tests/fixtures/next-instance";
import { PostgresCluster, type StopMode, findPostgresBin, postgresClusterRequired } from "@/tests/fixtures/postgres-cluster";

/**
 * PostgreSQL goes away in the middle of 1,000 concurrent plan saves against the real app
 * (`next start`, production build) and comes back 2 s later. Every save is answered within
 * ANSWER_BOUND_MS: a 2xx save is in the database afterwards with what was sent; any other
 * answer is a 503 with Retry-After and the documented error body (never a 500, never a hang).
 * The same process then serves again without a restart. Then 50 saves of one plan from the same
 * base version: exactly one wins, 49 get the documented 409, nothing is lost — on this
 * PostgreSQL instance and on the default e2e server (PGlite unless E2E_DATABASE_URL is set).
 */

const SAVES = 1_000;
/** Of the 1,000 saves, every UPDATE_EVERY-th is a PATCH of a distinct existing plan; the rest are creates. */
const UPDATE_EVERY = 4;
/** The database is stopped once this many saves have been answered, and started again OUTAGE_MS later. */
const STOP_AFTER_ANSWERS = Math.round(SAVES / 3);
const OUTAGE_MS = 2_000;
/**
 * Longest any save may take to be answered. A query waits at most 20 s for a pooled connection
 * and 5 s to open one (lib/server/db.ts); a down server refuses at once. The 1,000 saves share
 * 10 connections and two cores, and advance together (each query queues behind the others'), so
 * the burst is answered in one wave: 12-25 s on a quiet 2-core machine, up to 50 s measured at
 * a load average of 12. 90 s still catches a request that hangs on a dead connection (pg has no
 * query timeout of its own); the tight per-query bounds are unit-tested in db-errors.test.ts.
 */
const ANSWER_BOUND_MS = 90_000;

const bin = findPostgresBin();
test.skip(
  !bin && !postgresClusterRequired(),
  "No PostgreSQL server binaries (initdb, pg_ctl) on this machine: the outage test needs a cluster of its own to stop. In CI (CI=true) this fails instead.",
);
test.describe.configure({ mode: "serial" });

const brief = { description: "A demand forecasting model for 40 grocery stores, retrained weekly" };

type Answer = { status: number; headers: http.IncomingHttpHeaders; body: unknown; ms: number; at: number };

// Enough sockets for every save to be in flight at once. No keep-alive: a reused socket that the
// server closed as idle would read as ECONNRESET, a client artefact that hides real resets.
const agent = new http.Agent({ keepAlive: false, maxSockets: SAVES + 50 });

function send(origin: string, method: string, path: string, token: string, body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  const started = Date.now();
  const payload = body === undefined ? undefined : JSON.stringify(body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      `${origin}${path}`,
      {
        method,
        agent,
        timeout: ANSWER_BOUND_MS,
        headers: { authorization: `Bearer ${token}`, ...(payload ? { "content-type": "application/json" } : {}), ...headers },
      },
      (response) => {
        let text = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (text += chunk));
        response.on("end", () => {
          let parsed: unknown = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON: kept as text so a failure message shows it
          }
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: parsed, ms: Date.now() - started, at: Date.now() });
        });
        response.on("error", reject);
      },
    );
    request.on("timeout", () => request.destroy(new Error(`${method} ${path} was not answered within ${ANSWER_BOUND_MS} ms`)));
    request.on("error", reject);
    request.end(payload);
  });
}

/** Runs `tasks` with at most `width` at a time. */
async function inBatches<T>(count: number, width: number, task: (index: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: width }, async () => {
      while (next < count) {
        const index = next++;
        results[index] = await task(index);
      }
    }),
  );
  return results;
}

function expectUnavailable(answer: Answer, what: string) {
  expect(answer.status, `${what}: ${JSON.stringify(answer.body)}`).toBe(503);
  expect(answer.headers["retry-after"], `${what}: Retry-After`).toMatch(/^[1-9]\d*$/);
  const error = (answer.body as { error?: { code?: unknown; message?: unknown } }).error;
  expect(error?.code, what).toBe("unavailable");
  expect(typeof error?.message === "string" && error.message.length > 10, what).toBe(true);
}

let cluster: PostgresCluster | undefined;
let app: NextInstance | undefined;
let database: pg.Pool | undefined;
let account = { slug: "", token: "" };

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  cluster = await PostgresCluster.create();
  const admin = new pg.Client({ connectionString: cluster.url });
  await admin.connect();
  await admin.query("CREATE DATABASE teamwright");
  await admin.end();
  const url = cluster.urlFor("teamwright");
  const deploy = spawnSync("npx", ["tsx", "scripts/db.ts", "deploy"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  expect(deploy.status, `migrations: ${deploy.stdout}${deploy.stderr}`).toBe(0);
  app = await NextInstance.start({ DATABASE_URL: url });
  // Errors are expected while the server is down; an idle client's 'error' must not crash the test runner.
  database = new pg.Pool({ connectionString: url, max: 4 });
  database.on("error", () => {});
  const page = await browser.newPage();
  account = await signUpWithApiToken(page, app.origin, "Outage");
  await page.close();
});

test.afterEach(async () => {
  // The server's own log, kept with the test's results (error logs name what was not mapped to 503).
  if (app) writeFileSync(test.info().outputPath("next-start.log"), app.output);
});

test.afterAll(async () => {
  await database?.end().catch(() => {});
  await app?.stop();
  await cluster?.destroy();
  agent.destroy();
});

for (const mode of ["fast", "immediate"] as const satisfies readonly StopMode[]) {
  test(`1,000 concurrent saves across pg_ctl stop -m ${mode}: every 2xx is stored, every other answer is a 503 with Retry-After`, async () => {
    test.setTimeout(240_000);
    const origin = app!.origin;
    const { token } = account;
    const run = `${mode}-${Date.now().toString(36)}`;

    // The plans the PATCHes edit, one each, made while the database is up.
    const updates = Math.ceil(SAVES / UPDATE_EVERY);
    const existing = await inBatches(updates, 50, async (index) => {
      const created = await send(origin, "POST", "/api/v1/plans", token, { name: `Base ${run} ${index}`, brief });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      return (created.body as { id: string }).id;
    });

    let answered = 0;
    let outage: Promise<void> | undefined;
    const stopped = { at: 0, restartedAt: 0 };
    const startOutage = () =>
      (async () => {
        stopped.at = Date.now();
        await cluster!.stop(mode);
        await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
        await cluster!.start();
        stopped.restartedAt = Date.now();
      })();

    const started = Date.now();
    const saves = Array.from({ length: SAVES }, (_, index) => {
      const isUpdate = index % UPDATE_EVERY === 0;
      const marker = `${run} save ${index}`;
      const answer = isUpdate
        ? send(origin, "PATCH", `/api/v1/plans/${existing[index / UPDATE_EVERY]}`, token, { notes: marker }, { "if-match": '"1"' })
        : send(origin, "POST", "/api/v1/plans", token, { name: marker, brief });
      return answer.then(
        (result) => {
          answered += 1;
          if (answered === STOP_AFTER_ANSWERS) outage = startOutage();
          return { index, isUpdate, marker, planId: isUpdate ? existing[index / UPDATE_EVERY]! : undefined, result };
        },
        (error: Error) => {
          answered += 1;
          if (answered === STOP_AFTER_ANSWERS) outage = startOutage();
          return { index, isUpdate, marker, planId: undefined, result: error };
        },
      );
    });
    const outcomes = await Promise.all(saves);
    const elapsed = Date.now() - started;
    expect(outage, "the database was stopped part-way through").toBeDefined();
    await outage;

    const unanswered = outcomes.filter((outcome) => outcome.result instanceof Error);
    const answers = outcomes.filter((outcome): outcome is typeof outcome & { result: Answer } => !(outcome.result instanceof Error));
    const ok = answers.filter(({ result }) => result.status === 200 || result.status === 201);
    const unavailable = answers.filter(({ result }) => result.status === 503);
    const unexpected = answers.filter(({ result }) => ![200, 201, 503].includes(result.status));
    const slowest = Math.max(...answers.map(({ result }) => result.ms));
    // When the 503s came: before the stop they would be load shedding (no pooled connection free
    // within 20 s, see lib/server/db.ts); during and just after it, the outage itself.
    const when = (at: number) => (at < stopped.at ? "before" : at <= stopped.restartedAt ? "during" : "after");
    const unavailableWhen = { before: 0, during: 0, after: 0 };
    for (const { result } of unavailable) unavailableWhen[when(result.at)] += 1;
    console.log(
      `[outage -m ${mode}] ${SAVES} saves in ${elapsed} ms: ${ok.length} ok, ${unavailable.length} × 503 ` +
        `(${unavailableWhen.before} before the stop, ${unavailableWhen.during} while down, ${unavailableWhen.after} after the restart), ` +
        `${unexpected.length} other, ${unanswered.length} unanswered; database down ${stopped.restartedAt - stopped.at} ms; slowest answer ${slowest} ms`,
    );

    // No hang, no 500, no dropped connection: every save got an answer within the bound.
    const serverState = () => `next start ${app!.isRunning ? "still runs" : "died"}; its log ends:\n${app!.output.slice(-3_000)}`;
    expect(unanswered.map((outcome) => (outcome.result as Error).message).slice(0, 5), `${unanswered.length} unanswered; ${serverState()}`).toEqual([]);
    expect(unexpected.map(({ index, result }) => `#${index}: ${result.status} ${JSON.stringify(result.body)}`).slice(0, 5), `${unexpected.length} unexpected; ${serverState()}`).toEqual([]);
    expect(slowest).toBeLessThan(ANSWER_BOUND_MS);
    for (const { index, result } of unavailable) expectUnavailable(result, `save #${index}`);
    // The outage really hit saves in flight, and saves went through around it.
    expect(unavailable.length).toBeGreaterThan(0);
    expect(ok.length).toBeGreaterThan(0);

    // Every acknowledged save is in the database with what was sent.
    const created = ok.filter(({ isUpdate }) => !isUpdate);
    for (const { result, isUpdate } of ok) expect(result.status).toBe(isUpdate ? 200 : 201);
    const createdIds = created.map(({ result }) => (result.body as { id: string }).id);
    const storedCreates = await database!.query<{ id: string; name: string; currentVersion: number; versionName: string }>(
      `SELECT p.id, p.name, p."currentVersion", v.content->>'name' AS "versionName"
         FROM "Plan" p JOIN "PlanVersion" v ON v."planId" = p.id AND v.version = 1 WHERE p.id = ANY($1)`,
      [createdIds],
    );
    const createdById = new Map(storedCreates.rows.map((row) => [row.id, row]));
    for (const { result, marker } of created) {
      const row = createdById.get((result.body as { id: string }).id);
      expect(row, `acknowledged create "${marker}" is stored`).toMatchObject({ name: marker, currentVersion: 1, versionName: marker });
    }
    const updated = ok.filter(({ isUpdate }) => isUpdate);
    const storedUpdates = await database!.query<{ planId: string; currentVersion: number; notes: string }>(
      `SELECT v."planId", p."currentVersion", v.content->>'notes' AS notes
         FROM "PlanVersion" v JOIN "Plan" p ON p.id = v."planId" WHERE v.version = 2 AND v."planId" = ANY($1)`,
      [updated.map(({ planId }) => planId)],
    );
    const updatedById = new Map(storedUpdates.rows.map((row) => [row.planId, row]));
    for (const { planId, marker, result } of updated) {
      expect((result.body as { currentVersion: number }).currentVersion).toBe(2);
      expect(updatedById.get(planId!), `acknowledged update "${marker}" is stored`).toEqual({ planId, currentVersion: 2, notes: marker });
    }
    // Not asserted, reported: a 503 can follow a commit whose answer was lost with the connection
    // (the client cannot tell), so some refused creates may exist. Retrying them makes a duplicate.
    const refusedCreates = unavailable.filter(({ isUpdate }) => !isUpdate).map(({ marker }) => marker);
    const committedAnyway = await database!.query<{ count: number }>(`SELECT count(*)::int AS count FROM "Plan" WHERE name = ANY($1)`, [refusedCreates]);
    console.log(`[outage -m ${mode}] of ${refusedCreates.length} creates answered 503, ${committedAnyway.rows[0]!.count} were committed all the same`);

    // The same process serves again: health is green and a new save goes through.
    expect(app!.isRunning, `next start died:\n${app!.output.slice(-2_000)}`).toBe(true);
    await expect
      .poll(async () => (await send(origin, "GET", "/api/health", token)).status, { timeout: 15_000, intervals: [250] })
      .toBe(200);
    const after = await send(origin, "POST", "/api/v1/plans", token, { name: `After ${run}`, brief });
    expect(after.status, JSON.stringify(after.body)).toBe(201);
  });
}

/**
 * 50 PATCHes of one plan, all from version 1, at once: the compare-and-set lets exactly one
 * through; the others get 409 with ConflictDetails naming the winning change.
 */
async function fiftyConcurrentUpdates(origin: string, token: string) {
  const run = Date.now().toString(36);
  const created = await send(origin, "POST", "/api/v1/plans", token, { name: `Contended ${run}`, brief });
  expect(created.status, JSON.stringify(created.body)).toBe(201);
  const planId = (created.body as { id: string }).id;

  const answers = await Promise.all(
    Array.from({ length: 50 }, (_, index) =>
      send(origin, "PATCH", `/api/v1/plans/${planId}`, token, { notes: `contender ${index}` }, { "if-match": '"1"' }),
    ),
  );
  const winners = answers.filter((answer) => answer.status === 200);
  const conflicts = answers.filter((answer) => answer.status === 409);
  expect(answers.map((answer) => answer.status).sort()).toEqual([200, ...Array<number>(49).fill(409)]);
  const winner = winners[0]!.body as { currentVersion: number; content: { notes: string } };
  expect(winner.currentVersion).toBe(2);
  for (const conflict of conflicts) {
    const error = (conflict.body as { error: { code: string; message: string; details: Record<string, unknown> } }).error;
    expect(error.code).toBe("conflict");
    expect(error.message.length).toBeGreaterThan(10);
    // ConflictDetails (lib/server/openapi.ts): the change that won, from the version it made.
    expect(error.details).toMatchObject({ currentVersion: 2, changedBy: expect.any(String), summary: expect.any(String) });
    expect(Number.isNaN(Date.parse(String(error.details.changedAt)))).toBe(false);
    expect(error.details.changes).toEqual([expect.objectContaining({ kind: "notes", from: "", to: winner.content.notes })]);
  }

  const current = await send(origin, "GET", `/api/v1/plans/${planId}`, token);
  expect(current.headers.etag).toBe('"2"');
  expect((current.body as { content: { notes: string } }).content.notes).toBe(winner.content.notes);
  expect(winner.content.notes).toMatch(/^contender \d+$/);
  const versions = await send(origin, "GET", `/api/v1/plans/${planId}/versions`, token);
  const items = (versions.body as { items: { version: number }[] }).items;
  expect(items.map((item) => item.version).sort()).toEqual([1, 2]);
}

test("50 concurrent updates of one plan from one base version on PostgreSQL: one 200, 49 × 409, nothing lost", async () => {
  await fiftyConcurrentUpdates(app!.origin, account.token);
});

test("50 concurrent updates of one plan from one base version on the default e2e server: one 200, 49 × 409", async ({ page, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const { token } = await signUpWithApiToken(page, origin, "Contention");
  await fiftyConcurrentUpdates(origin, token);
});
