import autocannon from "autocannon";
import { type LatencySummary, summarise } from "./results";

export interface LoadOptions {
  url: string;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /**
   * Request bodies sent in turn, one per request across all connections (instead of `body`), so
   * a route that computes from its input never answers the same question twice in a row.
   */
  bodies?: readonly string[];
  /** Seconds; each measured run stays around 10 s. */
  duration?: number;
  connections?: number;
  /** Status the endpoint must answer; anything else is counted as an error. */
  expectStatus: number;
}

export interface LoadResult extends LatencySummary {
  requestsPerSecond: number;
  ok: number;
  unexpected: number;
  errors: number;
  durationSeconds: number;
}

function rotateBodies(bodies: readonly string[]): (request: autocannon.Request) => autocannon.Request {
  let next = 0;
  return (request) => ({ ...request, body: bodies[next++ % bodies.length]! });
}

/**
 * One autocannon run on loopback. Latencies are collected per response (autocannon's own
 * summary has p97.5 but no p95), and a response with another status is counted, never hidden.
 */
export async function measure(options: LoadOptions): Promise<LoadResult> {
  const host = new URL(options.url).hostname;
  if (host !== "127.0.0.1" && host !== "localhost" && host !== "::1") throw new Error(`Load is only ever sent to loopback, not ${host}.`);
  const latencies: number[] = [];
  let ok = 0;
  let unexpected = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    // The callback form returns the instance, whose per-response events give the latencies.
    const instance = autocannon(
      {
        url: options.url,
        method: options.method ?? "GET",
        headers: options.headers ?? {},
        ...(options.body !== undefined ? { body: options.body } : {}),
        ...(options.bodies?.length ? { requests: [{ setupRequest: rotateBodies(options.bodies) }] } : {}),
        duration: options.duration ?? 10,
        connections: options.connections ?? 10,
        pipelining: 1,
        timeout: 10,
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on("response", (_client, statusCode, _bytes, responseTime) => {
      latencies.push(responseTime);
      if (statusCode === options.expectStatus) ok += 1;
      else unexpected += 1;
    });
  });
  const durationSeconds = result.duration;
  return {
    ...summarise(latencies),
    requestsPerSecond: ok / durationSeconds,
    ok,
    unexpected,
    errors: result.errors + result.timeouts,
    durationSeconds,
  };
}
