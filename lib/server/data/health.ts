import "server-only";
import { probeDatabase } from "@/lib/server/db";
import type { DatabaseProbeResult } from "@/lib/server/db-probe";

/**
 * "ok" when the database server answers a trivial query within the timeout, "busy" when it is up
 * but has no connection slot free, "down" otherwise. Asked on a connection of its own, so a long
 * queue for the app's pool (a burst of saves) is not mistaken for an outage.
 */
export function checkDatabase(timeoutMs = 2_000): Promise<DatabaseProbeResult> {
  return probeDatabase(timeoutMs);
}
