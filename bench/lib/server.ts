import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import net from "node:net";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  origin: string;
  /** From spawn to the first 200 of `readyPath`. */
  startupMs: number;
  log(): string;
  stop(): Promise<void>;
  /** CPU time (user + system) used so far by every process of the server (Linux /proc), in ms. */
  cpuMs(): number;
}

const clockTicksPerSecond = Number(spawnSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).stdout.trim()) || 100;

/** Sums utime + stime of the processes in one process group, from /proc/<pid>/stat. */
function processGroupCpuMs(groupId: number): number {
  let ticks = 0;
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, "utf8");
    } catch {
      continue; // The process ended between the listing and the read.
    }
    // After "pid (comm) ": state, ppid, pgrp, … utime is the 12th field and stime the 13th.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (Number(fields[2]) === groupId) ticks += Number(fields[11]) + Number(fields[12]);
  }
  return (ticks * 1000) / clockTicksPerSecond;
}

/**
 * Spawns `command` (a shell line) in its own process group, polls `readyPath` every 25 ms and
 * resolves at its first 200. stop() ends the whole group (npx, tsx and next under it).
 */
export async function startServer(command: string, env: NodeJS.ProcessEnv, port: number, readyPath: string, timeoutMs = 120_000): Promise<RunningServer> {
  const origin = `http://127.0.0.1:${port}`;
  let output = "";
  const started = performance.now();
  const child: ChildProcess = spawn("bash", ["-c", command], { env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
  child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const stop = async () => {
    if (!child.pid || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    try {
      process.kill(-child.pid, "SIGTERM");
    } catch {
      return;
    }
    const timer = setTimeout(() => {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Already gone.
      }
    }, 5_000);
    await exited;
    clearTimeout(timer);
  };
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}:\n${output}`);
    const status = await fetch(`${origin}${readyPath}`, { redirect: "manual" }).then((response) => response.status, () => 0);
    if (status === 200) break;
    if (performance.now() - started > timeoutMs) {
      await stop();
      throw new Error(`No 200 from ${readyPath} within ${timeoutMs / 1000} s:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  const groupId = child.pid!;
  return { origin, startupMs: performance.now() - started, log: () => output, stop, cpuMs: () => processGroupCpuMs(groupId) };
}
