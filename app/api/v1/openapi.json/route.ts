import { apiRoute } from "@/lib/server/api-handler";
import { buildOpenApiDocument } from "@/lib/server/openapi";

export const runtime = "nodejs";

// Built once per server process: the document depends only on the code.
let document: Record<string, unknown> | undefined;

/** GET: the OpenAPI 3.1 document of /api/v1, generated from the zod schemas. */
export const GET = apiRoute(async () => {
  document ??= buildOpenApiDocument();
  return Response.json(document, { headers: { "cache-control": "public, max-age=300" } });
});
