import pg from "pg";
import { afterAll, beforeAll, expect, it } from "vitest";
import { type DatabaseHandle, openDatabaseHandle } from "@/lib/server/db";
import { connectionIsBusy } from "@/tests/fixtures/pg-busy";
import { createTestDatabase, describeEachKind, type TestDatabase } from "@/tests/fixtures/test-database";

/** Counts queries handed to a pg connection while it was still running another, during `work`. */
async function countOverlaps<T>(work: () => Promise<T>): Promise<{ result: T; overlaps: number }> {
  const inner = pg.Client.prototype.query;
  let overlaps = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    if (connectionIsBusy(this)) overlaps += 1;
    return (inner as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof inner;
  try {
    return { result: await work(), overlaps };
  } finally {
    pg.Client.prototype.query = inner;
  }
}

/**
 * Inside a transaction every statement shares one connection. Prisma 7 sends sibling relation
 * reads in parallel there (prisma/orm#29407); lib/server/db.ts makes them take turns, which pg 9
 * will require. On PGlite there is no pg connection, and the results must be the same.
 */
describeEachKind("one connection per transaction", (kind) => {
  let database: TestDatabase;
  let handle: DatabaseHandle;
  let invitationId: string;
  beforeAll(async () => {
    database = await createTestDatabase({ kind });
    handle =
      kind === "postgres"
        ? openDatabaseHandle({ kind: "postgres", url: database.url!, poolSize: 2 })
        : openDatabaseHandle({ kind: "pglite-instance", pglite: database.pglite! });
    const creator = await handle.client.user.create({ data: { email: "creator@example.test", name: "Creator" } });
    const joiner = await handle.client.user.create({ data: { email: "joiner@example.test", name: "Joiner" } });
    const workspace = await handle.client.workspace.create({ data: { slug: "turns", name: "Turns" } });
    const invitation = await handle.client.invitation.create({
      data: { workspaceId: workspace.id, role: "VIEWER", tokenHash: "h".repeat(64), createdById: creator.id, acceptedById: joiner.id, expiresAt: new Date(Date.now() + 86_400_000) },
    });
    invitationId = invitation.id;
  });
  afterAll(async () => {
    await handle?.close();
    await database?.cleanup();
  });

  const siblingRelations = { workspace: { select: { name: true } }, createdBy: { select: { name: true } }, acceptedBy: { select: { name: true } } } as const;

  it("sibling relation reads and explicitly parallel statements in a transaction take turns and all answer", async () => {
    const { result, overlaps } = await countOverlaps(() =>
      handle.client.$transaction(async (tx) =>
        Promise.all([
          tx.invitation.findUniqueOrThrow({ where: { id: invitationId }, select: siblingRelations }),
          tx.user.count(),
          tx.workspace.findMany({ select: { slug: true } }),
        ]),
      ),
    );
    expect(result).toEqual([{ workspace: { name: "Turns" }, createdBy: { name: "Creator" }, acceptedBy: { name: "Joiner" } }, 2, [{ slug: "turns" }]]);
    expect(overlaps).toBe(0);
  });

  it("a create that selects sibling relations (Prisma's implicit transaction) takes turns too", async () => {
    const workspace = await handle.client.workspace.findFirstOrThrow({ select: { id: true } });
    const creator = await handle.client.user.findUniqueOrThrow({ where: { email: "creator@example.test" }, select: { id: true } });
    const { result, overlaps } = await countOverlaps(() =>
      handle.client.invitation.create({
        data: { workspaceId: workspace.id, role: "HR", tokenHash: "i".repeat(64), createdById: creator.id, expiresAt: new Date(Date.now() + 86_400_000) },
        select: { role: true, ...siblingRelations },
      }),
    );
    expect(result).toEqual({ role: "HR", workspace: { name: "Turns" }, createdBy: { name: "Creator" }, acceptedBy: null });
    expect(overlaps).toBe(0);
  });

  it("a failed statement does not hold up the connection: the transaction rolls back and the next one runs", async () => {
    await expect(
      handle.client.$transaction(async (tx) => {
        await tx.workspace.create({ data: { slug: "rolled-back", name: "Rolled back" } });
        await Promise.all([tx.workspace.create({ data: { slug: "turns", name: "Duplicate slug" } }), tx.user.count()]);
      }),
    ).rejects.toThrow();
    const after = await handle.client.$transaction(async (tx) => Promise.all([tx.workspace.count(), tx.workspace.findUnique({ where: { slug: "rolled-back" } })]));
    expect(after).toEqual([1, null]);
  });
});
