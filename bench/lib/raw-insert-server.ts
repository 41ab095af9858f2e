/**
 * The plan-creation ceiling as a client reaches it: a bare node:http server, in its own process
 * like `next start`, that reads and JSON-parses the same request body the API gets and does the
 * raw Plan + PlanVersion inserts (bench/lib/raw-insert.ts) on a `pg` pool of the app's default
 * size, answering 201 with the new id. No framework, no engine, no validation, no ORM.
 *
 *   RAW_DATABASE_URL=… RAW_TEMPLATE_PLAN_ID=… RAW_POOL_SIZE=10 PORT=… node --import tsx bench/lib/raw-insert-server.ts
 */
import http from "node:http";
import pg from "pg";
import { insertPlanOnce, prepareRawInsert } from "./raw-insert";

const url = process.env.RAW_DATABASE_URL;
const templatePlanId = process.env.RAW_TEMPLATE_PLAN_ID;
const port = Number(process.env.PORT);
if (!url || !templatePlanId || !port) throw new Error("Set RAW_DATABASE_URL, RAW_TEMPLATE_PLAN_ID and PORT.");

const pool = new pg.Pool({ connectionString: url, max: Number(process.env.RAW_POOL_SIZE ?? 10) });
const setup = await pool.connect();
const plan = await prepareRawInsert(setup, templatePlanId).finally(() => setup.release());

const send = (response: http.ServerResponse, status: number, body: unknown) => {
  const text = JSON.stringify(body);
  response.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(text) });
  response.end(text);
};

http
  .createServer((request, response) => {
    if (request.method === "GET") return send(response, 200, { ok: true });
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      try {
        JSON.parse(Buffer.concat(chunks).toString("utf8"));
      } catch {
        return send(response, 400, { error: "bad json" });
      }
      insertPlanOnce(pool, plan).then(
        (id) => send(response, 201, { id }),
        (error: unknown) => send(response, 500, { error: String(error) }),
      );
    });
  })
  .listen(port, "127.0.0.1");
