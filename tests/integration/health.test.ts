import { afterAll, beforeAll, expect, it } from "vitest";
import { GET } from "@/app/api/health/route";
import { connectDataLayer } from "@/tests/fixtures/data-layer";
import { TcpProxy } from "@/tests/fixtures/tcp-proxy";
import { describeEachKind, testDatabaseUrl } from "@/tests/fixtures/test-database";

async function health() {
  const response = await GET();
  return { status: response.status, body: (await response.json()) as unknown, retryAfter: response.headers.get("retry-after") };
}

describeEachKind("GET /api/health", (kind) => {
  let disconnect: (() => Promise<void>) | undefined;
  let proxy: TcpProxy | undefined;

  beforeAll(async () => {
    if (kind === "postgres") {
      const server = new URL(testDatabaseUrl()!);
      proxy = new TcpProxy(server.hostname, Number(server.port || 5432));
      await proxy.start();
    }
    ({ disconnect } = await connectDataLayer(kind, { rewriteUrl: (url) => proxy?.rewrite(url) ?? url }));
  });
  afterAll(async () => {
    await proxy?.start().catch(() => {});
    await disconnect?.();
    await proxy?.stop();
  });

  it("answers ok while the database is reachable", async () => {
    expect(await health()).toEqual({ status: 200, body: { status: "ok", db: "ok" }, retryAfter: null });
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
