import fc from "fast-check";
import { afterAll, beforeAll, beforeEach, expect, it, vi } from "vitest";
import type { z } from "zod";
import { errorStatus } from "@/lib/errors";
import { IdempotencyKeySchema } from "@/lib/schemas/idempotency-key";
import { ProjectBriefSchema } from "@/lib/schemas/project-brief";
import { SaveJobDescriptionSchema, jdExportFormats, planExportFormats } from "@/lib/schemas/job-description";
import {
  CreateApiTokenSchema,
  CreateCommentSchema,
  CreatePlanSchema,
  DuplicatePlanSchema,
  ListPlansQuerySchema,
  TransitionPlanSchema,
  UpdatePlanSchema,
} from "@/lib/schemas/plan";
import { roleIds } from "@/lib/schemas/team-draft";
import { getJobDescription } from "@/lib/server/data/job-descriptions";
import { db } from "@/lib/server/db";
import { ErrorResponseSchema } from "@/lib/server/openapi";
import { apiRoutes, ORIGIN, routeContext, routePath, type RouteParams } from "@/tests/fixtures/api-routes";
import { buildCallerMatrix, type CallerMatrix } from "@/tests/fixtures/callers";
import { connectDataLayer } from "@/tests/fixtures/data-layer";
import { describeEachKind } from "@/tests/fixtures/test-database";

// The one thing mocked: who the session cookie says is signed in (Auth.js needs a Next request).
const session = vi.hoisted(() => ({ user: null as { id: string; email: string; name: string } | null }));
vi.mock("@/lib/server/session", () => ({
  getCurrentUser: async () => session.user,
  requireApiUser: async () => session.user,
  requireUser: async () => session.user,
}));

/**
 * Every API route handler gets at least RUNS generated malformed requests: hostile ids,
 * broken or wrong-typed JSON, unknown fields, 100 kB strings, unicode edge cases, bad query
 * strings, bad If-Match and Authorization headers, cross-site cookie writes. Each request starts
 * from a valid one (the owner's same-origin session) and breaks exactly one thing, chosen so the
 * request is invalid: any 2xx fails the test, as does a 500, an undocumented status, a body that
 * is not the documented error shape, or a message with internal text. After each route's run
 * every row of the database must be as it was.
 */

const RUNS_BY_KIND = { pglite: 1000, postgres: 1000 } as const;
// 5xx are never an answer to bad input (503 is for outages, and none is simulated here).
const documentedErrors = new Set<number>(Object.values(errorStatus).filter((status) => status < 500));
const leak = /\n\s+at\s|node_modules|\.tsx?:\d+|prisma|Invalid `|PrismaClient|\bP\d{4}\b|Unexpected token|SyntaxError|TypeError|ReferenceError|violates|constraint|relation "/i;

// ---------------------------------------------------------------------------------------------
// Hostile text
// ---------------------------------------------------------------------------------------------

const edgeUnits = [
  "\u0000", "\ud800", "\udfff", "\udc00\ud800", "\u202e", "\u202d", "\u2066", "\u200b", "\u200d", "\u200f", "\ufeff", "\u0301", "e\u0301\u0301\u0301",
  "👩‍👩‍👧", "🏳️‍🌈", "😀", "\uffff", "\ufffe", "\u2028", "\u0085", "\t", "\n", "\r\n", " ", "'", '"', "\\", "`", "%00", "%2e%2e%2f", "../", "..\\",
  "/", "?", "#", "&", "=", "' OR '1'='1", "'; DROP TABLE \"Plan\"; --", "$1", "{{7*7}}", "${7*7}", "<script>alert(1)</script>", "null", "NaN",
  "-1", "1e309", "0x10", "ﬁ", "İ", "ß", "١", "Ω", "a",
];
// prettier-ignore
const edgeText = fc.string({ unit: fc.constantFrom(...edgeUnits), minLength: 1, maxLength: 12 });
const hugeText = fc
  .tuple(fc.constantFrom("x", "é", "😀", "\u0000", "\ud800", "e\u0301", "\u202e"), fc.integer({ min: 100_000, max: 140_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)));
const anyText = fc.oneof({ weight: 4, arbitrary: edgeText }, { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) }, { weight: 1, arbitrary: hugeText });
/**
 * Text for URLs (path params, query strings). Node's HTTP server refuses a request line over
 * 16 kB (431), so 100 kB never reaches a handler in a URL; up to 8 kB does. (Parsing 100 kB URLs
 * here also costs ~20 ms each, which would blow the runtime budget for nothing real.)
 */
const longUrlText = fc
  .tuple(fc.constantFrom("x", "é", "😀", "\u0000", "\ud800", "e\u0301", "%", "../"), fc.integer({ min: 2_000, max: 8_000 }))
  .map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));
const urlText = fc.oneof({ weight: 4, arbitrary: edgeText }, { weight: 4, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) }, { weight: 1, arbitrary: longUrlText });

const headerChar = fc.integer({ min: 0x20, max: 0xff }).filter((code) => code !== 0x7f).map((code) => String.fromCharCode(code));
/** What a real HTTP request can carry in a header: Latin-1 without control characters. */
const headerText = fc.string({ unit: headerChar, maxLength: 80 });

/** Path segment values that are never a real id, key or version. */
const idLike = fc.oneof(
  urlText,
  fc.constantFrom("", " ", "..", "../..", "%2e%2e", "..%2F..%2Fetc%2Fpasswd", "0", "-1", "1.5", "9".repeat(400), "null", "undefined", "[object Object]"),
  fc.stringMatching(/^c[a-z0-9]{24}$/),
);
const badVersion = fc.oneof(
  idLike,
  fc.constantFrom("0", "-1", "-0", "1.0", "1.5", "1e0", "0x1", "0b1", "01", " 1", "1 ", "+1", "١", "Infinity", "NaN", "2147483648", "99999999999999999999", "1/../2"),
  fc.double().map(String),
  fc.integer({ min: 2, max: 2_147_483_647 }).map(String),
  fc.bigInt({ min: 2n ** 31n, max: 2n ** 80n }).map(String),
).filter((version) => version !== "1");

// ---------------------------------------------------------------------------------------------
// Requests
// ---------------------------------------------------------------------------------------------

type User = { id: string; email: string; name: string } | null;

interface FuzzRequest {
  label: string;
  params: RouteParams;
  query: [string, string][];
  headers: Record<string, string>;
  body?: string;
  user: User;
  /** When the break has one right answer (a bad token is 401 whatever else is wrong). */
  status?: number;
  /** Set where the generated input can legitimately be valid; see each use. */
  mayBeValid?: boolean;
}

interface RouteFuzz {
  key: string;
  base: (fx: CallerMatrix) => FuzzRequest;
  /** Generators for this route's path params, each never naming something that exists. */
  params?: Record<string, fc.Arbitrary<string>>;
  /** Bad query strings (replacing the base's). */
  query?: fc.Arbitrary<{ query: [string, string][]; mayBeValid?: boolean }>;
  /** The body schema; generated bodies are kept only when it rejects them. */
  body?: { schema: z.ZodType; valid: (fx: CallerMatrix) => Record<string, unknown> };
  ifMatch?: fc.Arbitrary<string>;
  /** Malformed Idempotency-Key headers (400 naming the header, whatever the key). */
  idempotencyKey?: fc.Arbitrary<string>;
  write?: boolean;
  /** Reads no input at all: every request is valid, so 2xx is expected. */
  inputless?: boolean;
}

function jsonBody(value: unknown) {
  return { body: JSON.stringify(value), headers: { "content-type": "application/json" } };
}

function merge(base: FuzzRequest, change: Partial<FuzzRequest>): FuzzRequest {
  return { ...base, ...change, headers: { ...base.headers, ...change.headers }, params: { ...base.params, ...change.params } };
}

const sameOrigin = { "sec-fetch-site": "same-origin", origin: ORIGIN };

function authBreaks(fx: CallerMatrix): fc.Arbitrary<string> {
  const live = fx.tokens.valid.token;
  return fc.oneof(
    headerText,
    headerText.map((text) => `Bearer ${text}`.trimEnd()).filter((value) => value !== `Bearer ${live}`),
    fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((secret) => `Bearer tw_${secret}`),
    fc.stringMatching(/^[A-Za-z0-9_-]{0,42}$/).map((secret) => `Bearer tw_${secret}`),
    fc.constantFrom(
      `Bearer ${fx.tokens.revoked.token}`,
      `Bearer ${fx.shareLinks.valid.token}`,
      `Bearer ${fx.shareLinks.revoked.token}`,
      `Bearer ${fx.tokens.otherWorkspace.token.slice(0, -1)}`,
      `Bearer ${live.slice(0, -1)}`,
      `Bearer ${live}x`,
      `Bearer ${live} ${live}`,
      `Bearer ${live.toUpperCase()}`,
      `Basic ${Buffer.from(`${fx.users.owner.email}:password`).toString("base64")}`,
      `Token ${live}`,
      `${live}`,
      "Bearer",
      "Bearer ",
      "",
      "null",
    ),
  );
}

/** Cross-site requests carrying the owner's cookie: anything but Sec-Fetch-Site: same-origin. */
const crossSiteHeaders = fc.oneof(
  fc.constant({} as Record<string, string>),
  fc.record({ "sec-fetch-site": fc.constantFrom("cross-site", "same-site", "none", "", "SAME-ORIGIN", "same-origin ,cross-site") }),
  fc.record({ origin: fc.constantFrom("https://evil.example", "null", "http://teamwright.test.evil.example", "http://teamwright.test:8080", "https://teamwright.test", "") }),
  fc.record({ origin: headerText.filter((value) => value.trim() !== ORIGIN) }),
);

/** If-Match values that are malformed, or stale (never the base's version 1). */
const badIfMatch = fc.oneof(
  // Only "1", W/"1" and a bare 1 name the base's version; anything else is malformed or stale.
  headerText.filter((value) => value.trim() !== "" && value.trim() !== "*" && !/^\s*(?:(?:W\/)?"1"|1)\s*$/.test(value)),
  fc.constantFrom('"-1"', '"1.0"', '"0x1"', "W/", '""', "1,2", '"1", "2"', '"99999999999"', 'W/W/"1"', '"1', '1"', "W/1", 'W/"1', '"01"', "01", '"1"x'),
  fc.integer({ min: 2, max: 999_999_999 }).map((version) => `"${version}"`),
);

function bodyBreaks(schema: z.ZodType, valid: Record<string, unknown>): fc.Arbitrary<Partial<FuzzRequest>> {
  const fields = Object.keys(valid);
  const invalid = (value: unknown) => !schema.safeParse(value).success;
  const wrongValue = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }),
    anyText,
    fc.constantFrom(null, true, 0, -1, 1.5, 1e308, [], {}, [null], { $ne: null }, "", " "),
  );
  const structured = fc.oneof(
    // A random JSON document in place of the object.
    fc.jsonValue({ maxDepth: 4 }),
    // One field of the valid body replaced by a wrong value (or a huge or unicode string).
    fc.tuple(fc.constantFrom(...fields), wrongValue).map(([field, value]) => ({ ...valid, [field]: value })),
    // One field missing.
    fc.constantFrom(...fields).map((field) => Object.fromEntries(Object.entries(valid).filter(([name]) => name !== field))),
    // An unknown field (with a hostile name and value) next to valid ones.
    fc.tuple(anyText.filter((name) => !fields.includes(name)), wrongValue).map(([name, value]) => ({ ...valid, [name]: value })),
    // Own "__proto__" and "constructor" keys, as JSON.parse makes them (never a prototype change).
    fc.constant(JSON.parse(`{"__proto__": {"polluted": 1}, ${JSON.stringify(valid).slice(1, -1)}, "constructor": {"prototype": {}}}`) as unknown),
  );
  return fc.oneof(
    { weight: 6, arbitrary: structured.filter(invalid).map((value) => jsonBody(value)) },
    {
      weight: 2,
      arbitrary: fc
        .oneof(
          fc.constantFrom("", " ", "\n", "{", "}", "[", "{\"a\":", "nul", "undefined", "{'a': 1}", "{\"a\": 1,}", "\u0000", "\ufeff{}", "NaN", "[1,]"),
          fc.string({ unit: "binary", maxLength: 60 }).filter((text) => {
            try {
              JSON.parse(text);
              return false;
            } catch {
              return true;
            }
          }),
          hugeText.map((text) => `{"${text}`),
        )
        .map((body) => ({ body, headers: { "content-type": "application/json" } })),
    },
    // Wrong content types: refused whatever the body, a valid one included (readJsonBody).
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.constantFrom("text/plain", "text/plain;charset=UTF-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "application/jsonx", "text/json", ""),
          fc.oneof(structured.filter(invalid), fc.constant(valid)),
        )
        .map(([type, value]) => ({ body: type.startsWith("application/x-www") ? `payload=${encodeURIComponent(JSON.stringify(value))}` : JSON.stringify(value), headers: { "content-type": type } })),
    },
    { weight: 1, arbitrary: fc.constant({ body: undefined, headers: {} }) },
  );
}

/** Every way of breaking one route's request, each labelled, as one generator. */
function breaksFor(route: RouteFuzz, fx: CallerMatrix): fc.Arbitrary<FuzzRequest> {
  const base = route.base(fx);
  const options: fc.Arbitrary<FuzzRequest>[] = [];
  if (route.inputless) {
    // Health, ping and the OpenAPI document read nothing from the request: any request is valid.
    return fc
      .record({ authorization: fc.option(authBreaks(fx)), query: fc.array(fc.tuple(urlText, urlText), { maxLength: 3 }), user: fc.constantFrom(null, fx.users.owner) })
      .map(({ authorization, query, user }): FuzzRequest => {
        const headers: Record<string, string> = authorization === null ? {} : { authorization };
        return { ...base, label: "any request", query, user, headers, mayBeValid: true };
      });
  }
  const requiresAuth = route.key !== "POST /api/v1/drafts";
  if (requiresAuth) {
    options.push(
      fc.tuple(authBreaks(fx), fc.constantFrom(null, fx.users.owner)).map(([authorization, user]) =>
        // A bad Authorization header is a 401 even with a valid session cookie: no fallback.
        merge(base, { label: `Authorization: ${JSON.stringify(authorization.slice(0, 60))}`, headers: { authorization }, user, status: 401 }),
      ),
    );
  }
  if (route.write && requiresAuth) {
    options.push(
      crossSiteHeaders.map((headers) => ({ ...base, label: `cross-site ${JSON.stringify(headers)}`, headers: { ...omit(base.headers, ["sec-fetch-site", "origin"]), ...headers }, status: 403 })),
    );
  }
  for (const [name, values] of Object.entries(route.params ?? {})) {
    options.push(values.map((value) => merge(base, { label: `${name}=${JSON.stringify(value.slice(0, 60))}`, params: { [name]: value } })));
  }
  if (route.query) {
    options.push(route.query.map(({ query, mayBeValid }) => ({ ...base, label: `query ${JSON.stringify(query).slice(0, 120)}`, query, mayBeValid })));
  }
  if (route.body) {
    const breaks = bodyBreaks(route.body.schema, route.body.valid(fx));
    options.push(breaks.map((change) => ({ ...merge(base, { headers: change.headers }), label: `body ${JSON.stringify(change.body?.slice(0, 120))}`, body: change.body })));
    if (!requiresAuth) {
      // No credentials are read here, so a bad token changes nothing: the broken body still decides.
      options.push(fc.tuple(breaks, authBreaks(fx)).map(([change, authorization]) => ({ ...base, label: "body+auth", body: change.body, headers: { ...change.headers, authorization } })));
    }
  }
  if (route.ifMatch) options.push(route.ifMatch.map((value) => merge(base, { label: `If-Match: ${JSON.stringify(value.slice(0, 60))}`, headers: { "if-match": value } })));
  if (route.idempotencyKey) {
    options.push(route.idempotencyKey.map((value) => merge(base, { label: `Idempotency-Key: ${JSON.stringify(value.slice(0, 60))}`, headers: { "idempotency-key": value }, status: 400 })));
    if (route.body) {
      // A valid key changes nothing about a broken body: still refused, and no key is remembered.
      const keyed = fc.tuple(bodyBreaks(route.body.schema, route.body.valid(fx)), fc.uuid());
      options.push(keyed.map(([change, key]) => ({ ...merge(base, { headers: { ...change.headers, "idempotency-key": key } }), label: `keyed body ${JSON.stringify(change.body?.slice(0, 120))}`, body: change.body })));
    }
  }
  return fc.oneof(...options);
}

function omit(headers: Record<string, string>, names: string[]) {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !names.includes(name)));
}

// ---------------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------------

const brief = { description: "A product recommender for our online store" };
const owner = (fx: CallerMatrix): Pick<FuzzRequest, "user" | "headers" | "query"> => ({ user: fx.users.owner, headers: { ...sameOrigin }, query: [] });
const inWorkspace = (fx: CallerMatrix): [string, string][] => [["workspace", fx.workspace.slug]];

/** A workspace slug that is not ours (absent, malformed or someone else's). */
const badWorkspace = (fx: CallerMatrix) =>
  fc.oneof(idLike, fc.constant(fx.otherWorkspace.slug), fc.stringMatching(/^[a-z0-9]{1,20}$/)).filter((slug) => slug !== fx.workspace.slug);

const planIds = fc.oneof(idLike, fc.constant("does-not-exist"));
/** What Headers keeps of a value: it strips surrounding spaces and tabs, nothing else. */
const headerValueAsSent = (value: string) => value.replace(/^[ \t]+|[ \t]+$/g, "");
/** Idempotency-Key values the API refuses: empty, over 255 characters, or not printable ASCII. */
const badIdempotencyKey = fc
  .oneof(
    headerText,
    fc.constantFrom("", " ", "caf\u00e9", "\u00a0key", "key\u00ff"),
    fc.tuple(fc.stringMatching(/^[ -~]{1,40}$/), fc.integer({ min: 256, max: 2_000 })).map(([unit, length]) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length)),
  )
  .filter((value) => !IdempotencyKeySchema.safeParse(headerValueAsSent(value)).success);
const notRole = (keep: string) => idLike.filter((key) => key !== keep && !(roleIds as readonly string[]).includes(key));
const notIn = (values: readonly string[]) => urlText.filter((value) => value.trim() !== "" && !values.includes(value));

let jdContent: unknown;

const routeFuzz = (fx: CallerMatrix): RouteFuzz[] => {
  const plan = { planId: fx.plan.id };
  const jd = { ...plan, roleKey: fx.plan.draftRoleKey };
  return [
    { key: "GET /api/health", inputless: true, base: () => ({ label: "", params: {}, query: [], headers: {}, user: null }) },
    { key: "GET /api/ping", inputless: true, base: () => ({ label: "", params: {}, query: [], headers: {}, user: null }) },
    { key: "GET /api/v1/openapi.json", inputless: true, base: () => ({ label: "", params: {}, query: [], headers: {}, user: null }) },
    {
      key: "POST /api/v1/drafts",
      base: () => ({ label: "", params: {}, query: [], user: null, ...jsonBody(brief) }),
      body: { schema: ProjectBriefSchema, valid: () => ({ ...brief, location: "Berlin, DE", currency: "EUR" }) },
    },
    {
      key: "GET /api/v1/plans",
      base: (fx) => ({ label: "", params: {}, ...owner(fx), query: inWorkspace(fx) }),
      query: fc.oneof(
        badWorkspace(fx).map((slug) => ({ query: [["workspace", slug]] as [string, string][] })),
        fc
          .tuple(fc.constantFrom("status", "archetype", "sort", "direction", "limit", "q"), urlText)
          .filter(([name, value]) => !ListPlansQuerySchema.safeParse({ [name]: value }).success)
          .map(([name, value]) => ({ query: [...inWorkspace(fx), [name, value]] as [string, string][] })),
        fc.constantFrom("0", "101", "-1", "1.5", "1e3", "NaN", "Infinity", "9".repeat(50), "ten", "0x10", "0b10", "0o20", "1e1", "16.0", "+16", " 16", "16 ").map((limit) => ({ query: [...inWorkspace(fx), ["limit", limit]] as [string, string][] })),
        // An empty cursor means "first page"; any other text that encodeCursor did not write is refused.
        urlText
          .filter((cursor) => cursor.trim() !== "")
          .map((cursor) => ({ query: [...inWorkspace(fx), ["cursor", cursor]] as [string, string][] })),
        // A well-formed cursor with hostile key and id is a legitimate (if odd) page request.
        fc.tuple(fc.constantFrom("updated", "name", "headcount", "cost"), fc.constantFrom("asc", "desc"), fc.oneof(edgeText, fc.integer(), fc.double().map(Number), fc.constantFrom("2026-01-01T00:00:00.000Z", "2026-02-30T00:00:00.000Z", "0000-01-01T00:00:00.000Z", "1", "+275760-09-13T00:00:00.000Z")), fc.oneof(edgeText, fc.constant("does-not-exist"))).map(([sort, direction, key, id]) => ({
          query: [...inWorkspace(fx), ["sort", sort], ["direction", direction], ["cursor", Buffer.from(JSON.stringify([sort, direction, key, id])).toString("base64url")]] as [string, string][],
          mayBeValid: true,
        })),
      ),
    },
    {
      key: "POST /api/v1/plans",
      write: true,
      base: (fx) => ({ label: "", params: {}, user: fx.users.owner, query: inWorkspace(fx), ...withSameOrigin(jsonBody({ name: "Fuzz", brief })) }),
      query: badWorkspace(fx).map((slug) => ({ query: [["workspace", slug]] as [string, string][] })),
      body: { schema: CreatePlanSchema, valid: () => ({ name: "Fuzz", brief, notes: "n" }) },
      idempotencyKey: badIdempotencyKey,
    },
    { key: "GET /api/v1/plans/[planId]", base: (fx) => ({ label: "", params: plan, ...owner(fx) }), params: { planId: planIds } },
    {
      key: "PATCH /api/v1/plans/[planId]",
      write: true,
      base: (fx) => ({ label: "", params: plan, user: fx.users.owner, query: [], ...withSameOrigin(jsonBody({ notes: "edited" }), { "if-match": '"1"' }) }),
      params: { planId: planIds },
      body: { schema: UpdatePlanSchema, valid: () => ({ notes: "edited", name: "Renamed" }) },
      ifMatch: badIfMatch,
    },
    {
      key: "DELETE /api/v1/plans/[planId]",
      write: true,
      // Without If-Match the base would archive the plan; every break below keeps one that fails.
      base: (fx) => ({ label: "", params: plan, ...owner(fx), headers: { ...sameOrigin, "if-match": '"999"' } }),
      params: { planId: planIds },
      ifMatch: badIfMatch,
    },
    { key: "GET /api/v1/plans/[planId]/comments", base: (fx) => ({ label: "", params: plan, ...owner(fx) }), params: { planId: planIds } },
    {
      key: "POST /api/v1/plans/[planId]/comments",
      write: true,
      base: (fx) => ({ label: "", params: plan, user: fx.users.owner, query: [], ...withSameOrigin(jsonBody({ body: "A comment" })) }),
      params: { planId: planIds },
      body: { schema: CreateCommentSchema, valid: () => ({ body: "A comment" }) },
    },
    {
      key: "GET /api/v1/plans/[planId]/export",
      base: (fx) => ({ label: "", params: plan, ...owner(fx), query: [["format", "json"]] }),
      params: { planId: planIds },
      query: fc.oneof(notIn(planExportFormats).map((format) => ({ query: [["format", format]] as [string, string][] })), fc.constant({ query: [] as [string, string][] })),
    },
    { key: "GET /api/v1/plans/[planId]/job-descriptions/[roleKey]", base: (fx) => ({ label: "", params: jd, ...owner(fx) }), params: { planId: planIds, roleKey: notRole(jd.roleKey) } },
    {
      key: "PUT /api/v1/plans/[planId]/job-descriptions/[roleKey]",
      write: true,
      base: (fx) => ({ label: "", params: jd, user: fx.users.owner, query: [], ...withSameOrigin(jsonBody({ content: jdContent }), { "if-match": `"${fx.plan.draftVersion}"` }) }),
      params: { planId: planIds, roleKey: notRole(jd.roleKey) },
      body: { schema: SaveJobDescriptionSchema, valid: () => ({ content: jdContent, summary: "Edited" }) },
      ifMatch: badIfMatch,
    },
    {
      key: "GET /api/v1/plans/[planId]/job-descriptions/[roleKey]/export",
      base: (fx) => ({ label: "", params: jd, ...owner(fx), query: [["format", "md"]] }),
      params: { planId: planIds, roleKey: notRole(jd.roleKey) },
      query: fc.oneof(notIn(jdExportFormats).map((format) => ({ query: [["format", format]] as [string, string][] })), fc.constant({ query: [] as [string, string][] })),
    },
    { key: "GET /api/v1/plans/[planId]/job-descriptions/[roleKey]/versions", base: (fx) => ({ label: "", params: jd, ...owner(fx) }), params: { planId: planIds, roleKey: notRole(jd.roleKey) } },
    {
      key: "GET /api/v1/plans/[planId]/job-descriptions/[roleKey]/versions/[version]",
      base: (fx) => ({ label: "", params: { ...jd, version: String(fx.plan.draftVersion) }, ...owner(fx) }),
      params: { planId: planIds, roleKey: notRole(jd.roleKey), version: badVersion },
    },
    {
      key: "POST /api/v1/plans/[planId]/scenarios",
      write: true,
      base: (fx) => ({ label: "", params: plan, user: fx.users.owner, query: [], ...withSameOrigin(jsonBody({ name: "Scenario" })) }),
      params: { planId: planIds },
      body: { schema: DuplicatePlanSchema, valid: () => ({ name: "Scenario" }) },
    },
    { key: "GET /api/v1/plans/[planId]/transitions", base: (fx) => ({ label: "", params: plan, ...owner(fx) }), params: { planId: planIds } },
    {
      key: "POST /api/v1/plans/[planId]/transitions",
      write: true,
      base: (fx) => ({ label: "", params: plan, user: fx.users.owner, query: [], ...withSameOrigin(jsonBody({ action: "submit" })) }),
      params: { planId: planIds },
      body: { schema: TransitionPlanSchema, valid: () => ({ action: "submit", version: 1 }) },
      ifMatch: badIfMatch,
    },
    {
      key: "GET /api/v1/plans/[planId]/versions",
      base: (fx) => ({ label: "", params: plan, ...owner(fx), query: [["from", "1"]] }),
      params: { planId: planIds },
      // Only version 1 exists: any from/to pair other than 1 → 1 names a missing or malformed version.
      query: fc
        .tuple(fc.option(badVersion), fc.option(badVersion))
        .filter(([from, to]) => from !== null || to !== null)
        .map(([from, to]) => ({ query: [...(from === null ? [] : [["from", from]]), ...(to === null ? [] : [["to", to]])] as [string, string][] })),
    },
    { key: "GET /api/v1/plans/[planId]/versions/[version]", base: (fx) => ({ label: "", params: { ...plan, version: "1" }, ...owner(fx) }), params: { planId: planIds, version: badVersion } },
    {
      key: "POST /api/v1/plans/[planId]/versions/[version]/restore",
      write: true,
      base: (fx) => ({ label: "", params: { ...plan, version: "1" }, ...owner(fx), headers: { ...sameOrigin, "if-match": '"1"' } }),
      params: { planId: planIds, version: badVersion },
      ifMatch: badIfMatch,
    },
    {
      key: "GET /api/v1/tokens",
      base: (fx) => ({ label: "", params: {}, ...owner(fx), query: inWorkspace(fx) }),
      query: badWorkspace(fx).map((slug) => ({ query: [["workspace", slug]] as [string, string][] })),
    },
    {
      key: "POST /api/v1/tokens",
      write: true,
      base: (fx) => ({ label: "", params: {}, user: fx.users.owner, query: inWorkspace(fx), ...withSameOrigin(jsonBody({ name: "Fuzz", role: "VIEWER" })) }),
      query: badWorkspace(fx).map((slug) => ({ query: [["workspace", slug]] as [string, string][] })),
      body: { schema: CreateApiTokenSchema, valid: () => ({ name: "Fuzz", role: "VIEWER" }) },
    },
    {
      key: "DELETE /api/v1/tokens/[tokenId]",
      write: true,
      base: (fx) => ({ label: "", params: { tokenId: fx.tokens.viewer.id }, ...owner(fx), query: inWorkspace(fx) }),
      params: { tokenId: idLike.filter((id) => ![fx.tokens.viewer.id, fx.tokens.valid.id, fx.tokens.hr.id].includes(id)) },
      query: badWorkspace(fx).map((slug) => ({ query: [["workspace", slug]] as [string, string][] })),
    },
  ];
};

function withSameOrigin(request: { body: string; headers: Record<string, string> }, extra: Record<string, string> = {}) {
  return { body: request.body, headers: { ...sameOrigin, ...request.headers, ...extra } };
}

function buildRequest(method: string, pattern: string, input: FuzzRequest): Request {
  const url = new URL(routePath(pattern, input.params), ORIGIN);
  for (const [name, value] of input.query) url.searchParams.append(name, value);
  return new Request(url, { method, headers: new Headers(input.headers), body: method === "GET" || method === "HEAD" ? undefined : input.body });
}

/** Every row the API could touch, in a stable order. */
async function snapshotRows(): Promise<string> {
  const byId = { orderBy: { id: "asc" as const } };
  const rows = await Promise.all([
    db().workspace.findMany(byId),
    db().membership.findMany(byId),
    db().plan.findMany(byId),
    db().planVersion.findMany(byId),
    db().planEvent.findMany(byId),
    db().planComment.findMany(byId),
    db().jobDescription.findMany(byId),
    db().jobDescriptionVersion.findMany(byId),
    // lastUsedAt is bookkeeping that a live token may move (at most once a minute), not data.
    db().apiToken.findMany({ ...byId, omit: { lastUsedAt: true } }),
    db().shareLink.findMany(byId),
    db().roleDescription.findMany(byId),
    db().roleDescriptionVersion.findMany(byId),
    db().idempotencyKey.findMany(byId),
  ]);
  return JSON.stringify(rows);
}

describeEachKind("API fuzzing", (kind) => {
  const runs = RUNS_BY_KIND[kind];
  let disconnect: (() => Promise<void>) | undefined;
  let fx: CallerMatrix;
  const counted = new Map<string, number>();

  beforeAll(async () => {
    ({ disconnect } = await connectDataLayer(kind));
    fx = await buildCallerMatrix({ workspaceName: "Fuzz" });
    jdContent = (await getJobDescription(fx.actors.owner, fx.plan.id, fx.plan.draftRoleKey)).content;
  });
  afterAll(async () => {
    await disconnect?.();
  });
  beforeEach(() => {
    session.user = null;
  });

  it.each(apiRoutes.map((route) => [route.key]))("%s: malformed requests get a documented error and change nothing", async (key) => {
    const route = apiRoutes.find((candidate) => candidate.key === key)!;
    const spec = routeFuzz(fx).find((candidate) => candidate.key === key);
    expect(spec, `${key} has no fuzz spec`).toBeDefined();
    const before = await snapshotRows();
    let count = 0;
    await fc.assert(
      fc.asyncProperty(breaksFor(spec!, fx), async (input) => {
        count += 1;
        session.user = input.user;
        const response = await route.handler(buildRequest(route.method, route.pattern, input), routeContext(input.params));
        session.user = null;
        const text = await response.text();
        const where = `${key} with ${input.label} → ${response.status} ${text.slice(0, 300)}`;
        if (input.status !== undefined) expect(response.status, where).toBe(input.status);
        if (spec!.inputless || (input.mayBeValid && response.status < 300)) {
          expect(response.status, where).toBeLessThan(300);
          return;
        }
        expect(documentedErrors.has(response.status), where).toBe(true);
        const body = ErrorResponseSchema.parse(JSON.parse(text));
        expect(errorStatus[body.error.code as keyof typeof errorStatus], where).toBe(response.status);
        expect(body.error.message.length, where).toBeGreaterThan(0);
        expect(leak.test(text), where).toBe(false);
      }),
      { numRuns: runs },
    );
    counted.set(key, count);
    expect(count).toBeGreaterThanOrEqual(runs);
    expect(await snapshotRows(), "malformed requests changed saved data").toBe(before);
  });

  it("the counterexamples fuzzing found stay fixed", async () => {
    const cursor = (parts: unknown[]) => Buffer.from(JSON.stringify(parts)).toString("base64url");
    const listing = (sort: string, direction: string, value: string): [string, string][] => [...inWorkspace(fx), ["sort", sort], ["direction", direction], ["cursor", value]];
    const cases: [key: string, change: Partial<FuzzRequest>, status: number, code: string][] = [
      ["GET /api/v1/plans/[planId]", { params: { planId: "\u0000" } }, 404, "not_found"],
      ["GET /api/v1/plans/[planId]/comments", { params: { planId: "x\ud800" } }, 404, "not_found"],
      ["DELETE /api/v1/tokens/[tokenId]", { params: { tokenId: "\u0000" } }, 404, "not_found"],
      ["GET /api/v1/plans", { query: listing("name", "asc", cursor(["name", "asc", "\u0000", "x"])) }, 400, "bad_request"],
      ["GET /api/v1/plans", { query: listing("updated", "desc", cursor(["updated", "desc", "1", "x"])) }, 400, "bad_request"],
      ["GET /api/v1/plans", { query: listing("updated", "desc", cursor(["updated", "desc", "2026-02-30T00:00:00.000Z", "x"])) }, 400, "bad_request"],
      ["GET /api/v1/plans", { query: listing("headcount", "desc", cursor(["headcount", "desc", 2 ** 40, "x"])) }, 400, "bad_request"],
      ["GET /api/v1/plans/[planId]/versions/[version]", { params: { version: "0x1" } }, 404, "not_found"],
      ["GET /api/v1/plans/[planId]/versions/[version]", { params: { version: "1 " } }, 404, "not_found"],
      ["GET /api/v1/plans/[planId]/versions", { query: [["from", "1.0"], ["to", "1"]] }, 404, "not_found"],
      ["POST /api/v1/plans/[planId]/versions/[version]/restore", { params: { version: "1e0" } }, 404, "not_found"],
      ["POST /api/v1/plans/[planId]/comments", jsonBody({ body: "Plan \u0000" }), 400, "validation_failed"],
      ["POST /api/v1/plans", jsonBody({ name: "x\ud800", brief }), 400, "validation_failed"],
    ];
    const before = await snapshotRows();
    for (const [key, change, status, code] of cases) {
      const route = apiRoutes.find((candidate) => candidate.key === key)!;
      const input = merge(routeFuzz(fx).find((candidate) => candidate.key === key)!.base(fx), change);
      session.user = input.user;
      const response = await route.handler(buildRequest(route.method, route.pattern, input), routeContext(input.params));
      session.user = null;
      expect(response.status, `${key} ${JSON.stringify(change)}`).toBe(status);
      expect(ErrorResponseSchema.parse(await response.json()).error.code).toBe(code);
    }
    expect(await snapshotRows()).toBe(before);
  });

  /**
   * Unicode edge cases inside otherwise valid writes: an emoji, an RTL override or a combining
   * mark in a comment is legitimate, so these may succeed. The answer must be 2xx or a documented
   * error, never a 500, and what was accepted must read back exactly as sent (nothing silently
   * replaced). These writes do write, so they are not part of the "nothing changes" check above.
   */
  const textRuns = 100;
  const text = fc.tuple(fc.constantFrom("Plan", "Note", "Ünïcödé"), edgeText, fc.constantFrom("", " end")).map(([start, middle, end]) => `${start} ${middle}${end}`);
  const currentVersion = async (planId: string) => (await db().plan.findUniqueOrThrow({ where: { id: planId }, select: { currentVersion: true } })).currentVersion;
  const textWrites: [string, (value: string) => Promise<{ request: FuzzRequest; echoed: (body: Record<string, unknown>) => unknown; sent: string }>][] = [
    ["POST /api/v1/drafts", async (value) => ({ request: { label: "", params: {}, query: [], user: null, ...jsonBody({ description: `A product recommender ${value}` }) }, echoed: () => undefined, sent: "" })],
    ["GET /api/v1/plans", async (value) => ({ request: { label: "", params: {}, user: fx.users.owner, headers: sameOrigin, query: [...inWorkspace(fx), ["q", value]] }, echoed: () => undefined, sent: "" })],
    ["POST /api/v1/plans", async (value) => ({ request: { label: "", params: {}, user: fx.users.owner, query: inWorkspace(fx), ...withSameOrigin(jsonBody({ name: value, brief: { description: `A recommender ${value}` }, notes: value })) }, echoed: (body) => body.name, sent: value.trim() })],
    [
      "PATCH /api/v1/plans/[planId]",
      async (value) => ({
        request: { label: "", params: { planId: fx.plan.id }, user: fx.users.owner, query: [], ...withSameOrigin(jsonBody({ name: value }), { "if-match": `"${await currentVersion(fx.plan.id)}"` }) },
        echoed: (body) => body.name,
        sent: value.trim(),
      }),
    ],
    ["POST /api/v1/plans/[planId]/comments", async (value) => ({ request: { label: "", params: { planId: fx.plan.id }, user: fx.users.owner, query: [], ...withSameOrigin(jsonBody({ body: value })) }, echoed: (body) => body.body, sent: value.trim() })],
    ["POST /api/v1/plans/[planId]/scenarios", async (value) => ({ request: { label: "", params: { planId: fx.plan.id }, user: fx.users.owner, query: [], ...withSameOrigin(jsonBody({ name: value })) }, echoed: (body) => body.name, sent: value.trim() })],
    ["POST /api/v1/tokens", async (value) => ({ request: { label: "", params: {}, user: fx.users.owner, query: inWorkspace(fx), ...withSameOrigin(jsonBody({ name: value, role: "VIEWER" })) }, echoed: (body) => (body.apiToken as { name: string }).name, sent: value.trim() })],
    [
      "PUT /api/v1/plans/[planId]/job-descriptions/[roleKey]",
      async (value) => {
        const saved = await db().jobDescription.findFirstOrThrow({ where: { planId: fx.plan.id, roleKey: fx.plan.draftRoleKey }, select: { currentVersion: true } });
        const content = { ...(jdContent as Record<string, unknown>), title: value };
        return {
          request: { label: "", params: { planId: fx.plan.id, roleKey: fx.plan.draftRoleKey }, user: fx.users.owner, query: [], ...withSameOrigin(jsonBody({ content, summary: value }), { "if-match": `"${saved.currentVersion}"` }) },
          echoed: (body) => (body.content as { title: string }).title,
          sent: value.trim(),
        };
      },
    ],
  ];
  it.each(textWrites)("%s: unicode edge cases in valid fields are stored exactly or refused, never a 500", async (key, make) => {
    const route = apiRoutes.find((candidate) => candidate.key === key)!;
    await fc.assert(
      fc.asyncProperty(text, async (value) => {
        const { request, echoed, sent } = await make(value);
        session.user = request.user;
        const response = await route.handler(buildRequest(route.method, route.pattern, request), routeContext(request.params));
        session.user = null;
        const body = await response.text();
        const where = `${key} with ${JSON.stringify(value)} → ${response.status} ${body.slice(0, 300)}`;
        if (response.status < 300) {
          const echo = echoed(JSON.parse(body) as Record<string, unknown>);
          if (echo !== undefined) expect(echo, where).toBe(sent);
          return;
        }
        expect(documentedErrors.has(response.status), where).toBe(true);
        expect(ErrorResponseSchema.safeParse(JSON.parse(body)).success, where).toBe(true);
        expect(leak.test(body), where).toBe(false);
      }),
      { numRuns: textRuns },
    );
  });

  it("every route handler was fuzzed with the full count", () => {
    expect([...counted.keys()].sort()).toEqual(apiRoutes.map((route) => route.key).sort());
    for (const [key, count] of counted) expect(count, key).toBeGreaterThanOrEqual(runs);
  });
});
