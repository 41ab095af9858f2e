import { describe, expect, it } from "vitest";
import { POST, runtime } from "@/app/api/v1/drafts/route";
import { TeamDraftSchema } from "@/lib/schemas/team-draft";

const context = { params: Promise.resolve({}) };

function post(body: string, contentType = "application/json"): Promise<Response> {
  return POST(new Request("http://localhost/api/v1/drafts", { method: "POST", headers: { "content-type": contentType }, body }), context);
}

describe("POST /api/v1/drafts", () => {
  it("runs on the Node.js runtime", () => {
    expect(runtime).toBe("nodejs");
  });

  it("returns the TeamDraft for a valid brief", async () => {
    const response = await post(JSON.stringify({ description: "Spot pedestrians and cars from the vehicle's sensors while driving.", headcountCap: 3 }));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/application\/json/);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const draft = TeamDraftSchema.parse(await response.json());
    expect(draft.traits.map((trait) => trait.id)).toContain("archetype.perception");
    expect(draft.headcount).toBeLessThanOrEqual(3);
  });

  it("is deterministic: the same brief gives the same bytes", async () => {
    const body = JSON.stringify({ description: "Forecast weekly demand for every store.", timelineMonths: 6 });
    const [first, second] = await Promise.all([post(body), post(body)]);
    expect(await first.text()).toBe(await second.text());
  });

  it.each([
    [JSON.stringify({ description: "short" }), "description", /too short/],
    [JSON.stringify({ description: "Forecast weekly demand for every store.", headcountCap: 0 }), "headcountCap", /from 1 to 200/],
    [JSON.stringify({ description: "Forecast weekly demand for every store.", deploymentTarget: "moon" }), "deploymentTarget", /Choose where the model runs/],
    [JSON.stringify({ description: "Forecast weekly demand for every store.", extra: true }), "_", /not part of a project brief: extra/],
    [JSON.stringify({}), "description", /Describe the project/],
    [JSON.stringify([1, 2]), "_", /JSON object/],
  ])("answers 400 validation_failed for %s", async (body, field, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const payload = (await response.json()) as { error: { code: string; message: string; fieldErrors?: Record<string, string[]> } };
    expect(payload.error.code).toBe("validation_failed");
    expect(payload.error.message.length).toBeGreaterThan(0);
    expect(payload.error.fieldErrors?.[field]?.join(" ")).toMatch(message);
  });

  // The body is read as JSON only when the request says it is JSON (parameters and +json types included).
  it.each(["application/json; charset=utf-8", "Application/JSON", "application/merge-patch+json", "application/vnd.teamwright+json; charset=utf-8"])(
    "accepts Content-Type %j",
    async (contentType) => {
      const response = await post(JSON.stringify({ description: "Forecast weekly demand for every store." }), contentType);
      expect(response.status).toBe(200);
    },
  );

  it.each(["text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/jsonx", "application/json-seq", "json", "text/json", ""])(
    "answers 400 naming the expected Content-Type for %j, though the body is JSON",
    async (contentType) => {
      const request = new Request("http://localhost/api/v1/drafts", { method: "POST", body: JSON.stringify({ description: "Forecast weekly demand for every store." }) });
      // new Request adds text/plain for a string body; set (or remove) exactly what is tested.
      if (contentType === "") request.headers.delete("content-type");
      else request.headers.set("content-type", contentType);
      const response = await POST(request, context);
      expect(response.status).toBe(400);
      const payload = (await response.json()) as { error: { code: string; message: string } };
      expect(payload.error.code).toBe("bad_request");
      expect(payload.error.message).toContain('"Content-Type: application/json"');
    },
  );

  it.each([
    ["{ not json", /not valid JSON/],
    ["", /empty/],
  ])("answers 400 for a malformed body %j", async (body, message) => {
    const response = await post(body);
    expect(response.status).toBe(400);
    const payload = (await response.json()) as { error: { code: string; message: string } };
    expect(payload.error.code).toBe("bad_request");
    expect(payload.error.message).toMatch(message);
  });
});
