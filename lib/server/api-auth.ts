import "server-only";
import { AppError } from "@/lib/errors";
import { WorkspaceSlugSchema } from "@/lib/schemas/workspace";
import { type Actor, isTokenActor, requireWorkspaceRole } from "@/lib/server/data/access";
import { authenticateApiToken } from "@/lib/server/data/api-tokens";
import { getCurrentUser } from "@/lib/server/session";

export interface ApiCaller {
  actor: Actor;
  via: "token" | "session";
}

const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Who is calling the API: `Authorization: Bearer tw_…` is a workspace token (and only that: a
 * bad token is a 401, never a fallback to the cookie); otherwise the signed-in session.
 * Cookie-authenticated writes must come from our own pages: a cross-site form or fetch would
 * carry the cookie too (CSRF), so they are refused unless the browser says same-origin.
 */
export async function requireApiActor(request: Request): Promise<ApiCaller> {
  const authorization = request.headers.get("authorization");
  if (authorization !== null) {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization);
    if (!match?.[1]) throw new AppError("unauthenticated", 'Send the API token as "Authorization: Bearer tw_…".');
    const actor = await authenticateApiToken(match[1]);
    if (!actor) throw new AppError("unauthenticated", "This API token is not valid or has been revoked.");
    return { actor, via: "token" };
  }
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in, or send an API token as \"Authorization: Bearer tw_…\".");
  if (!SAFE_METHODS.has(request.method.toUpperCase())) assertSameOrigin(request);
  return { actor: { kind: "user", userId: user.id }, via: "session" };
}

/** For token administration: signed-in owners only; a token can never mint, list or revoke tokens. */
export async function requireSessionCaller(request: Request): Promise<ApiCaller> {
  const caller = await requireApiActor(request);
  if (caller.via !== "session") throw new AppError("forbidden", "API tokens cannot manage API tokens; sign in as a workspace owner.");
  return caller;
}

function assertSameOrigin(request: Request): void {
  const refused = () =>
    new AppError("forbidden", "Cross-site requests cannot change data with a session cookie. Use an API token for integrations.");
  const fetchSite = request.headers.get("sec-fetch-site");
  if (fetchSite !== null) {
    if (fetchSite !== "same-origin") throw refused();
    return;
  }
  // Browsers without Fetch Metadata still send Origin on every state-changing request.
  const origin = request.headers.get("origin");
  if (origin === null || origin !== new URL(request.url).origin) throw refused();
}

/**
 * The workspace a request acts in: a token's own workspace (a different `?workspace=` is
 * not found), or for a session the slug in `?workspace=` or the `X-Workspace` header.
 */
export async function requireApiWorkspace(request: Request, caller: ApiCaller): Promise<string> {
  const slug = new URL(request.url).searchParams.get("workspace") ?? request.headers.get("x-workspace");
  if (isTokenActor(caller.actor)) {
    if (slug === null || slug === "") return caller.actor.workspaceId;
  } else if (slug === null || slug === "") {
    throw new AppError("bad_request", 'Say which workspace: add "?workspace=<slug>" or an "X-Workspace: <slug>" header.');
  }
  if (!WorkspaceSlugSchema.safeParse(slug).success) throw new AppError("not_found", "That workspace does not exist or you do not have access to it.");
  const access = await requireWorkspaceRole(caller.actor, { slug }, "any");
  return access.workspaceId;
}

/**
 * A plan version named in the URL (`/versions/3`, `?from=2`): digits only, as the API writes
 * them. `Number()` alone would also take " 3", "3.0", "0x3" or "3e0" as version 3, so a mistyped
 * or crafted URL could read, or restore, a version nobody named.
 */
export function requireVersionParam(value: string | null, what = "the plan"): number {
  if (value === null || !/^[1-9]\d{0,8}$/.test(value)) throw new AppError("not_found", `That version of ${what} does not exist.`);
  return Number(value);
}

/**
 * `If-Match: "3"` → 3. The API's compare-and-set: a save must say which version it edited.
 * `firstVersion: 0` where version 0 exists (a job description generated but never saved).
 */
export function requireIfMatchVersion(request: Request, { firstVersion = 1 }: { firstVersion?: 0 | 1 } = {}): number {
  const header = request.headers.get("if-match");
  if (header === null || header.trim() === "") {
    const neverSaved = firstVersion === 0 ? '; "0" for a draft never saved' : "";
    throw new AppError("bad_request", `Send "If-Match: \\"<version>\\"" with the version you edited (the ETag from GET${neverSaved}), so a newer save is never overwritten.`);
  }
  const version = parseVersionTag(header);
  if (version === null || version < firstVersion) throw new AppError("bad_request", 'If-Match must be one version in quotes, such as "If-Match: \\"3\\"".');
  return version;
}

/** An optional If-Match (e.g. on archive): the version if given, else undefined. */
export function optionalIfMatchVersion(request: Request): number | undefined {
  const header = request.headers.get("if-match");
  if (header === null || header.trim() === "" || header.trim() === "*") return undefined;
  return requireIfMatchVersion(request);
}

/**
 * Exactly the tag we send (`"3"`), its weak form (`W/"3"`) or, for curl users, a bare `3`. Quotes
 * must pair: `"3` or `3"` is a mangled header, not version 3. No sign, point or leading zero.
 */
function parseVersionTag(header: string): number | null {
  const match = /^\s*(?:(?:W\/)?"(0|[1-9]\d{0,8})"|(0|[1-9]\d{0,8}))\s*$/.exec(header);
  const digits = match?.[1] ?? match?.[2];
  return digits === undefined ? null : Number(digits);
}

export function versionTag(version: number): string {
  return `"${version}"`;
}
