import { describe, expect, it } from "vitest";
import { z } from "zod";
import { AppError, parseOrThrow, toErrorBody } from "@/lib/errors";
import { apiRoute, readJsonBody } from "@/lib/server/api-handler";
import { asAppError, isDatabaseUnavailable } from "@/lib/server/data/db-errors";

describe("error shape", () => {
  it("reports each bad field by path", () => {
    const schema = z.object({ name: z.string().min(2, "Too short."), nested: z.object({ n: z.number() }) });
    try {
      parseOrThrow(schema, { name: "x", nested: { n: "1" } });
      expect.unreachable();
    } catch (error) {
      const { status, body } = toErrorBody(error);
      expect(status).toBe(400);
      expect(body.error.code).toBe("validation_failed");
      expect(body.error.fieldErrors?.name).toEqual(["Too short."]);
      expect(Object.keys(body.error.fieldErrors ?? {})).toContain("nested.n");
    }
  });

  it.each([
    ["a NUL", { name: "Plan \u0000", tags: ["ok"] }, "name"],
    ["an unpaired high surrogate", { name: "ok", tags: ["ok", "x\ud800"] }, "tags.1"],
    ["an unpaired low surrogate", { name: "\udc00", tags: [] }, "name"],
  ])("refuses text PostgreSQL cannot store (%s) as a field error", (_what, input, field) => {
    const schema = z.object({ name: z.string(), tags: z.array(z.string()) });
    const error = (() => {
      try {
        parseOrThrow(schema, input);
      } catch (thrown) {
        return thrown;
      }
    })();
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code).toBe("validation_failed");
    expect(Object.keys((error as AppError).fieldErrors ?? {})).toEqual([field]);
  });

  it("keeps text PostgreSQL can store, paired surrogates (emoji) and RTL marks included", () => {
    const schema = z.object({ name: z.string() });
    expect(parseOrThrow(schema, { name: "Team 👩‍👩‍👧 \u202eabc e\u0301" })).toEqual({ name: "Team 👩‍👩‍👧 \u202eabc e\u0301" });
  });

  it("never leaks an unexpected error's text", () => {
    const { status, body } = toErrorBody(new Error("password=hunter2 at db.ts:12"));
    expect(status).toBe(500);
    expect(JSON.stringify(body)).not.toContain("hunter2");
  });

  it.each([
    [{ code: "ECONNREFUSED" }, true],
    [{ message: "x", cause: { code: "57P01" } }, true],
    [new Error("Connection terminated unexpectedly"), true],
    [{ code: "P2002" }, false],
    [new Error("syntax error"), false],
  ])("classifies database outages: %o → %s", (error, expected) => {
    expect(isDatabaseUnavailable(error)).toBe(expected);
  });

  it("maps an outage to 503 with Retry-After through the API wrapper", async () => {
    const handler = apiRoute(async () => {
      throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    });
    const response = await handler(new Request("http://localhost/api/v1/x"), { params: Promise.resolve({}) });
    expect(response.status).toBe(503);
    expect(response.headers.get("retry-after")).toBe("5");
    expect(await response.json()).toMatchObject({ error: { code: "unavailable" } });
    expect(asAppError(new AppError("conflict", "x"))).toBeInstanceOf(AppError);
  });

  it("answers malformed JSON with 400, not 500", async () => {
    const handler = apiRoute(async (request) => Response.json(await readJsonBody(request)));
    for (const body of ["", "{", "nul"]) {
      const response = await handler(new Request("http://localhost/x", { method: "POST", body, headers: { "content-type": "application/json" } }), { params: Promise.resolve({}) });
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe("bad_request");
    }
  });
});
