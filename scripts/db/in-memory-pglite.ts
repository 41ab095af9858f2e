import { PGlite } from "@electric-sql/pglite";

/**
 * In-memory PGlite instances, started from a snapshot. A fresh `new PGlite()` runs initdb,
 * about 1.5-2 s here; loading a dump of a freshly initialised one takes about 0.4 s. `new` uses
 * three instances (scratch + two shadow databases) and tests create one per file or per test,
 * so the first instance of the process is dumped right after start and later ones load that.
 */

type SnapshotGlobals = {
  // On globalThis so the snapshot outlives vitest's per-file module re-evaluation.
  __teamwrightPGliteSnapshots?: Map<string, Promise<Blob>>;
};

const snapshots = ((globalThis as SnapshotGlobals).__teamwrightPGliteSnapshots ??= new Map());

const EMPTY = "empty";

/** A new, empty, in-memory PGlite, ready to use. The caller closes it. */
export async function createInMemoryPGlite(): Promise<PGlite> {
  return createFromSnapshot(EMPTY, async () => {});
}

/**
 * A new in-memory PGlite in the state `prepare` leaves an empty one in, for a given `key`:
 * the first call per key and process runs `prepare` and keeps a dump; later calls load the dump.
 * (Tests use it to get a migrated database in ~0.4 s instead of ~2.5 s.)
 */
export async function createFromSnapshot(key: string, prepare: (pglite: PGlite) => Promise<void>): Promise<PGlite> {
  const existing = snapshots.get(key);
  if (existing) {
    const dump = await existing.catch(() => undefined);
    if (dump) {
      const pglite = new PGlite({ loadDataDir: dump });
      await pglite.waitReady;
      return pglite;
    }
  }

  // The snapshot promise is registered before any await, so concurrent callers share one.
  let resolveSnapshot!: (dump: Blob) => void;
  let rejectSnapshot!: (error: unknown) => void;
  const snapshot = new Promise<Blob>((resolve, reject) => {
    resolveSnapshot = resolve;
    rejectSnapshot = reject;
  });
  snapshot.catch(() => {}); // a failed snapshot only means later callers start from scratch
  snapshots.set(key, snapshot);

  let pglite: PGlite | undefined;
  try {
    pglite = key === EMPTY ? new PGlite() : await createInMemoryPGlite();
    await pglite.waitReady;
    await prepare(pglite);
    // "none": gzip would save memory but cost more time than it saves on every load.
    resolveSnapshot(await pglite.dumpDataDir("none"));
    return pglite;
  } catch (error) {
    snapshots.delete(key);
    rejectSnapshot(error);
    await pglite?.close().catch(() => {});
    throw error;
  }
}
