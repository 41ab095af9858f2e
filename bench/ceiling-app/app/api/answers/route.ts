import { readFileSync } from "node:fs";

export const runtime = "nodejs";

let answers: Map<string, string> | undefined;

/** CEILING_ANSWERS_FILE: `[[requestBody, responseBody], …]`, the app's own drafts for the briefs the benchmark sends. */
function answerFor(body: string): string | undefined {
  answers ??= new Map(JSON.parse(readFileSync(/* turbopackIgnore: true */ process.env.CEILING_ANSWERS_FILE ?? "", "utf8")) as Array<[string, string]>);
  return answers.get(body);
}

/**
 * POST /api/v1/drafts with the engine taken out: the same request bodies in, the same bytes out
 * (each brief's draft, computed beforehand by the app), nothing computed per request. What a
 * trivial Next route handler returning fixed JSON costs for exactly the drafts exchange.
 */
export async function POST(request: Request): Promise<Response> {
  const answer = answerFor(await request.text());
  if (answer === undefined) return Response.json({ error: { code: "not_found", message: "No answer recorded for this body." } }, { status: 404 });
  return new Response(answer, { headers: { "content-type": "application/json", "cache-control": "no-store" } });
}
