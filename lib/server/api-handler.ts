import "server-only";
import { AppError, toErrorBody } from "@/lib/errors";
import { asAppError } from "@/lib/server/data/db-errors";

type RouteContext<P> = { params: Promise<P> };

/**
 * Wraps a route handler so every failure answers with the one documented error shape:
 * AppErrors keep their code and message, database outages become 503 with Retry-After,
 * anything else is logged and answered with a bland 500 that leaks nothing.
 */
export function apiRoute<P = Record<string, string>>(
  handler: (request: Request, context: RouteContext<P>) => Promise<Response>,
) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    try {
      return await handler(request, context);
    } catch (thrown) {
      const error = asAppError(thrown);
      const { status, body, retryAfterSeconds } = toErrorBody(error);
      if (status >= 500 && !(error instanceof AppError)) {
        console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed:`, thrown);
      }
      const headers = new Headers({ "cache-control": "no-store" });
      if (retryAfterSeconds !== undefined) headers.set("retry-after", String(retryAfterSeconds));
      return Response.json(body, { status, headers });
    }
  };
}

/** `application/json` or a `+json` type such as `application/merge-patch+json`, with any parameters. */
const JSON_CONTENT_TYPE = /^application\/(?:[a-z0-9!#$&^_.-]+\+)?json$/i;

/**
 * Reads a JSON body, answering 400 (not 500) for a missing or malformed one, or one the request
 * does not declare as JSON. (Not a CSRF defence: cross-site "simple" requests with the session
 * cookie are already refused by requireApiActor. It keeps the contract the OpenAPI document
 * states, and tells `curl -d` users, whose body goes out as form data, what to add.)
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const essence = (request.headers.get("content-type") ?? "").split(";")[0]!.trim();
  if (!JSON_CONTENT_TYPE.test(essence)) {
    throw new AppError("bad_request", 'Send the body as JSON with the header "Content-Type: application/json".');
  }
  const text = await request.text();
  if (text.trim() === "") throw new AppError("bad_request", "The request body is empty; send a JSON object.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("bad_request", "The request body is not valid JSON.");
  }
}
