import { existsSync, readdirSync, readlinkSync } from "node:fs";
import path from "node:path";

/**
 * PGlite has no lock on its data directory: a second process opening a directory another
 * process holds opens it happily and the two then corrupt each other's files. PGlite writes a
 * `postmaster.pid` while open, but it always says PID -42 and is left behind when the process is
 * killed (Ctrl-C on `next dev`), so it cannot tell a live holder from a crashed one.
 *
 * What does tell them apart: a PGlite that is open keeps file descriptors on files inside the
 * directory (at least its WAL segment). On Linux /proc lists them, so we look for any other
 * process with a descriptor there.
 */

export type DirectoryUse =
  | { state: "free" }
  | { state: "in-use"; pids: number[] }
  // postmaster.pid exists but we cannot see who holds the directory (no /proc, e.g. macOS).
  | { state: "unknown" };

export function pgliteDirectoryUse(dataDir: string): DirectoryUse {
  const dir = path.resolve(dataDir);
  if (!existsSync(path.join(dir, "postmaster.pid"))) return { state: "free" };
  if (!existsSync("/proc/self/fd")) return { state: "unknown" };

  const prefix = dir.endsWith(path.sep) ? dir : dir + path.sep;
  const pids: number[] = [];
  let entries: string[];
  try {
    entries = readdirSync("/proc");
  } catch {
    return { state: "unknown" };
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    if (pid === process.pid) continue;
    let fds: string[];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue; // another user's process, or one that just exited
    }
    for (const fd of fds) {
      let target: string;
      try {
        target = readlinkSync(`/proc/${entry}/fd/${fd}`);
      } catch {
        continue;
      }
      if (target.startsWith(prefix)) {
        pids.push(pid);
        break;
      }
    }
  }
  return pids.length > 0 ? { state: "in-use", pids } : { state: "free" };
}
