import "server-only";
import { z } from "zod";
import { errorStatus } from "@/lib/errors";
import {
  CreateApiTokenSchema,
  CreateCommentSchema,
  CreatePlanSchema,
  DuplicatePlanSchema,
  PlanContentSchema,
  PlanStatusSchema,
  TransitionPlanSchema,
  UpdatePlanSchema,
  apiTokenRoles,
  planSorts,
  planStatuses,
} from "@/lib/schemas/plan";
import { JobDescriptionContentSchema, SaveJobDescriptionSchema, jdExportFormats, planExportFormats } from "@/lib/schemas/job-description";
import { ProjectBriefSchema, archetypeIds } from "@/lib/schemas/project-brief";
import { TeamDraftSchema, roleIds } from "@/lib/schemas/team-draft";
import { workspaceRoles } from "@/lib/schemas/workspace";

/**
 * The OpenAPI 3.1 document of /api/v1, generated from the same zod schemas the routes parse
 * with (z.toJSONSchema), so the document cannot drift from what the API accepts. Response
 * schemas below describe the data layer's DTOs as JSON (dates as ISO strings); the route
 * tests parse real responses with them, so they cannot drift either.
 */

const isoDate = z.iso.datetime({ offset: true });
const PersonRefSchema = z.object({ id: z.string(), name: z.string() });

const CostedHeadcountSchema = z
  .number()
  .int()
  .min(0)
  .nullable()
  .describe(
    "How many of headcount the cost range covers. Below headcount, costMin/costMax leave out people in roles without a salary band (a partial estimate, not the team's cost); null when not recorded for a plan saved before this field existed.",
  );

export const PlanDetailResponseSchema = z.object({
  id: z.string(),
  workspaceId: z.string(),
  name: z.string(),
  status: PlanStatusSchema,
  currentVersion: z.number().int().min(1).describe("Send back as If-Match: \"<version>\" when saving."),
  content: PlanContentSchema,
  archetypes: z.array(z.string()),
  headcount: z.number().int(),
  costMin: z.number().int().nullable().describe("Annual run rate of the roles with a salary band; null when none has one."),
  costMax: z.number().int().nullable(),
  costedHeadcount: CostedHeadcountSchema,
  currency: z.string().length(3),
  createdAt: isoDate,
  updatedAt: isoDate,
  createdBy: PersonRefSchema,
  approvedBy: PersonRefSchema.nullable(),
  approvedAt: isoDate.nullable(),
  scenarioOf: z.object({ id: z.string(), name: z.string() }).nullable(),
  lastChange: z.object({ version: z.number().int(), summary: z.string(), createdAt: isoDate, createdBy: PersonRefSchema, viaApiToken: z.boolean() }),
  permissions: z.object({ role: z.enum(workspaceRoles), canEdit: z.boolean(), canComment: z.boolean(), canApprove: z.boolean() }),
});

export const PlanSummaryResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  status: PlanStatusSchema,
  archetypes: z.array(z.string()),
  headcount: z.number().int(),
  costMin: z.number().int().nullable().describe("Annual run rate of the roles with a salary band; null when none has one."),
  costMax: z.number().int().nullable(),
  costedHeadcount: CostedHeadcountSchema,
  currency: z.string(),
  currentVersion: z.number().int(),
  scenarioOfId: z.string().nullable(),
  briefExcerpt: z.string(),
  createdAt: isoDate,
  updatedAt: isoDate,
});

export const PlanPageResponseSchema = z.object({
  items: z.array(PlanSummaryResponseSchema),
  nextCursor: z.string().nullable().describe("Pass as ?cursor= with the same query for the next page; null on the last page."),
});

const PlanChangeSchema = z
  .looseObject({ kind: z.string(), text: z.string().describe("A human sentence, e.g. \"Headcount of Data Scientist 1 → 2\".") })
  .describe("One typed change; further fields depend on kind (from, to, roleId, phaseId, source…).");

const VersionSummaryResponseSchema = z.object({
  version: z.number().int(),
  summary: z.string(),
  createdAt: isoDate,
  createdBy: PersonRefSchema,
  viaApiToken: z.boolean(),
});
export const VersionListResponseSchema = z.object({ items: z.array(VersionSummaryResponseSchema) });
export const VersionDetailResponseSchema = VersionSummaryResponseSchema.extend({ name: z.string(), content: PlanContentSchema });
export const VersionDiffResponseSchema = z.object({ from: z.number().int(), to: z.number().int(), changes: z.array(PlanChangeSchema), summary: z.string() });

export const PlanEventListResponseSchema = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      kind: z.string(),
      fromStatus: PlanStatusSchema.nullable(),
      toStatus: PlanStatusSchema.nullable(),
      version: z.number().int(),
      actor: PersonRefSchema,
      viaApiToken: z.boolean(),
      createdAt: isoDate,
    }),
  ),
});

const CommentResponseSchema = z.object({ id: z.string(), body: z.string(), createdAt: isoDate, author: PersonRefSchema });
export const CommentListResponseSchema = z.object({ items: z.array(CommentResponseSchema) });

const ApiTokenResponseSchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  role: z.enum(workspaceRoles),
  createdAt: isoDate,
  createdByName: z.string(),
  lastUsedAt: isoDate.nullable(),
  revokedAt: isoDate.nullable(),
  status: z.enum(["active", "revoked"]),
});
export const CreatedApiTokenResponseSchema = z.object({
  token: z.string().describe("The secret, shown this once: store it now."),
  apiToken: ApiTokenResponseSchema,
});
export const ApiTokenListResponseSchema = z.object({ items: z.array(ApiTokenResponseSchema) });

export const JobDescriptionDraftResponseSchema = z.object({
  planId: z.string(),
  planName: z.string(),
  planStatus: PlanStatusSchema,
  planVersion: z.number().int(),
  workspaceId: z.string(),
  workspaceName: z.string().describe("The hiring organisation in exports."),
  roleKey: z.string(),
  id: z.string().nullable().describe("Null while the draft is generated from the plan (never saved)."),
  version: z.number().int().min(0).describe('0 = generated, never saved. Send back as If-Match: "<version>" when saving.'),
  content: JobDescriptionContentSchema,
  warnings: z.array(z.object({ code: z.string(), message: z.string() })).describe("Advice before publishing (pay transparency, requirement inflation, missing location); never blocks export."),
  salarySource: z.enum(["library", "engine", "none"]).nullable(),
  updatedAt: isoDate.nullable(),
  updatedBy: PersonRefSchema.nullable(),
  basedOnPlanVersion: z.number().int().describe("The plan version the draft's text was generated from; below planVersion when the plan changed since."),
  permissions: z.object({ role: z.enum(workspaceRoles), canEdit: z.boolean() }),
});

const JobDescriptionVersionSummaryResponseSchema = z.object({
  version: z.number().int().min(1),
  summary: z.string(),
  planVersion: z.number().int().describe("The plan version this version's text was generated from."),
  createdAt: isoDate,
  createdBy: PersonRefSchema,
});
export const JobDescriptionVersionListResponseSchema = z.object({ items: z.array(JobDescriptionVersionSummaryResponseSchema) });
export const JobDescriptionVersionDetailResponseSchema = JobDescriptionVersionSummaryResponseSchema.extend({ content: JobDescriptionContentSchema });

export const ErrorResponseSchema = z.object({
  error: z.object({
    code: z.enum([...(Object.keys(errorStatus) as (keyof typeof errorStatus)[]), "internal"]),
    message: z.string().describe("Safe to show to the user."),
    fieldErrors: z.record(z.string(), z.array(z.string())).optional().describe('Per field ("brief.description"), messages to show beside it.'),
    details: z.unknown().optional().describe("Structured context, e.g. the conflicting change on a 409 (see ConflictDetails)."),
  }),
});

export const ConflictDetailsSchema = z.object({
  currentVersion: z.number().int(),
  changedBy: z.string(),
  changedAt: isoDate,
  summary: z.string(),
  changes: z.array(PlanChangeSchema),
});

const requestSchemas = {
  ProjectBrief: ProjectBriefSchema,
  CreatePlanRequest: CreatePlanSchema,
  UpdatePlanRequest: UpdatePlanSchema,
  TransitionRequest: TransitionPlanSchema,
  CommentRequest: CreateCommentSchema,
  DuplicatePlanRequest: DuplicatePlanSchema,
  CreateApiTokenRequest: CreateApiTokenSchema,
  SaveJobDescriptionRequest: SaveJobDescriptionSchema,
};

const responseSchemas = {
  TeamDraft: TeamDraftSchema,
  PlanDetail: PlanDetailResponseSchema,
  PlanPage: PlanPageResponseSchema,
  VersionList: VersionListResponseSchema,
  VersionDetail: VersionDetailResponseSchema,
  VersionDiff: VersionDiffResponseSchema,
  PlanEventList: PlanEventListResponseSchema,
  Comment: CommentResponseSchema,
  CommentList: CommentListResponseSchema,
  CreatedApiToken: CreatedApiTokenResponseSchema,
  ApiTokenList: ApiTokenListResponseSchema,
  JobDescriptionDraft: JobDescriptionDraftResponseSchema,
  JobDescriptionVersionList: JobDescriptionVersionListResponseSchema,
  JobDescriptionVersionDetail: JobDescriptionVersionDetailResponseSchema,
  Error: ErrorResponseSchema,
  ConflictDetails: ConflictDetailsSchema,
};

type RequestName = keyof typeof requestSchemas;
type ResponseName = keyof typeof responseSchemas;

const SHARED = "__shared";

function componentSchemas(schemas: Record<string, z.ZodType>, io: "input" | "output", suffix: string): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id: `${id}${suffix}` });
  const { schemas: generated } = z.toJSONSchema(registry, {
    io,
    target: "draft-2020-12",
    unrepresentable: "any",
    uri: (id) => (id === SHARED ? SHARED : `#/components/schemas/${id}`),
  });
  // Sub-schemas used by several entries come back under "__shared".$defs: give each its own
  // component and point the refs at it, so every $ref resolves inside this document.
  const { [SHARED]: shared, ...named } = generated;
  const flat: Record<string, unknown> = { ...((shared as { $defs?: Record<string, unknown> } | undefined)?.$defs ?? {}) };
  for (const [id, schema] of Object.entries(named)) {
    const { $schema: _ignored, ...rest } = schema as Record<string, unknown>;
    flat[id] = rest;
  }
  return JSON.parse(JSON.stringify(flat).replaceAll(`"${SHARED}#/$defs/`, '"#/components/schemas/')) as Record<string, unknown>;
}

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (name: string) => ({ content: { "application/json": { schema: ref(name) } } });

const errorResponse = (description: string) => ({ description, ...json("Error") });
const errors = {
  400: errorResponse("Malformed JSON or a body not sent as Content-Type: application/json, invalid fields (fieldErrors), a missing or malformed If-Match, or a missing workspace."),
  401: errorResponse("No session and no valid API token (a revoked token is 401)."),
  403: errorResponse("Your role cannot do this, or a cookie-authenticated write came from another site."),
  404: errorResponse("Not found, or in a workspace you are not a member of (indistinguishable on purpose)."),
  409: errorResponse("Stale version (details: ConflictDetails, the other change), archived plan, or a transition that does not apply."),
  422: errorResponse("The request is well formed but cannot be carried out as sent."),
} as const;
type ErrorStatus = keyof typeof errors;
/** The shared error responses, with an operation's own description where it says more. */
const pick = (statuses: ErrorStatus[], notes: Partial<Record<ErrorStatus, string>> = {}) =>
  Object.fromEntries(statuses.map((status) => [status, notes[status] === undefined ? errors[status] : errorResponse(notes[status])]));

const planIdParam = { name: "planId", in: "path", required: true, schema: { type: "string" } };
const versionParam = { name: "version", in: "path", required: true, schema: { type: "integer", minimum: 1 } };
const workspaceParam = {
  name: "workspace",
  in: "query",
  required: false,
  description: "Workspace slug; required with a session (or send X-Workspace), implied by an API token.",
  schema: { type: "string" },
};
const ifMatch = (required: boolean) => ({
  name: "If-Match",
  in: "header",
  required,
  description: 'The version you edited, quoted: "3" (the ETag of GET). A stale one answers 409 with the other change.',
  schema: { type: "string", example: '"3"' },
});
const roleKeyParam = { name: "roleKey", in: "path", required: true, schema: { type: "string", enum: [...roleIds] }, description: "The plan's role (an engine role id)." };
const jdEtagHeader = { ETag: { description: 'The draft\'s version, quoted ("0" while generated).', schema: { type: "string" } } };
const downloadHeaders = {
  "Content-Disposition": { description: 'attachment; filename="<title>.<ext>" (ASCII letters, digits and dashes only).', schema: { type: "string" } },
  "X-Content-Type-Options": { description: "nosniff", schema: { type: "string" } },
};
const etagHeader = { ETag: { description: 'The plan\'s current version, quoted ("3").', schema: { type: "string" } } };
const idempotencyKeyParam = {
  name: "Idempotency-Key",
  in: "header",
  required: false,
  description:
    "Makes a create safe to retry (IETF httpapi Idempotency-Key draft): send a fresh random value (a UUID) per new plan and the same value when retrying, e.g. after a timeout or a 503 (the plan may have been created although the answer was lost). 1 to 255 printable ASCII characters. Remembered for 24 hours per caller (API token, or signed-in user) and workspace: the same key with the same request (compared after parsing, so whitespace and member order do not matter) answers 201 with the plan it created, as it is now, and Idempotent-Replayed: true, creating nothing; with a different request it is 422. Requests sent at the same time with one key create one plan: the others wait for it and replay it. After 24 hours the key is forgotten and creates a new plan.",
  schema: { type: "string", minLength: 1, maxLength: 255, pattern: "^[\\x20-\\x7E]+$", example: "5f0c6d0e-8c1f-4d39-9a4e-2b9b0f6f3b7a" },
};

interface Operation {
  summary: string;
  auth?: "none" | "any" | "session";
  parameters?: unknown[];
  body?: RequestName;
  ok: { status: number; schema?: ResponseName; description: string; headers?: Record<string, unknown> };
  errors: ErrorStatus[];
  /** What a status means for this operation, where the shared description is not enough. */
  errorNotes?: Partial<Record<ErrorStatus, string>>;
}

function operation(op: Operation) {
  const security = op.auth === "none" ? [] : op.auth === "session" ? [{ session: [] }] : [{ bearerToken: [] }, { session: [] }];
  return {
    summary: op.summary,
    security,
    ...(op.parameters ? { parameters: op.parameters } : {}),
    ...(op.body ? { requestBody: { required: true, content: { "application/json": { schema: ref(op.body) } } } } : {}),
    responses: {
      [op.ok.status]: {
        description: op.ok.description,
        ...(op.ok.schema ? json(op.ok.schema) : {}),
        ...(op.ok.headers ? { headers: op.ok.headers } : {}),
      },
      ...pick(op.errors, op.errorNotes),
    },
  };
}

const listParameters = [
  workspaceParam,
  { name: "q", in: "query", schema: { type: "string", maxLength: 200 }, description: "Words matched as prefixes in the name and brief." },
  { name: "status", in: "query", schema: { type: "string", enum: [...planStatuses] }, description: "Without it, archived plans are left out." },
  { name: "archetype", in: "query", schema: { type: "string", enum: [...archetypeIds] } },
  { name: "sort", in: "query", schema: { type: "string", enum: [...planSorts], default: "updated" } },
  { name: "direction", in: "query", schema: { type: "string", enum: ["asc", "desc"] }, description: "Default: desc, except name (asc)." },
  { name: "cursor", in: "query", schema: { type: "string" }, description: "nextCursor of the previous page." },
  { name: "limit", in: "query", schema: { type: "integer", minimum: 1, maximum: 100, default: 25 } },
];

/** The document served at /api/v1/openapi.json. */
export function buildOpenApiDocument(): Record<string, unknown> {
  return {
    openapi: "3.1.0",
    info: {
      title: "Teamwright API",
      version: "1",
      description:
        "Team plans for AI projects. Authenticate with a workspace API token (Authorization: Bearer tw_…) or a session cookie (same-origin writes only). Every error is { error: { code, message, fieldErrors?, details? } }.",
    },
    servers: [{ url: "/" }],
    components: {
      securitySchemes: {
        bearerToken: { type: "http", scheme: "bearer", description: "A workspace API token (tw_…), created by a workspace owner." },
        session: { type: "apiKey", in: "cookie", name: "authjs.session-token", description: "The signed-in session; writes must be same-origin." },
      },
      schemas: { ...componentSchemas(requestSchemas, "input", ""), ...componentSchemas(responseSchemas, "output", "") },
    },
    paths: {
      "/api/v1/drafts": {
        post: operation({
          summary: "Draft a team for a project brief (no auth; nothing is stored).",
          auth: "none",
          body: "ProjectBrief",
          ok: { status: 200, schema: "TeamDraft", description: "The engine's draft, every decision with its rule and sources." },
          errors: [400],
        }),
      },
      "/api/v1/plans": {
        get: operation({
          summary: "List plans: search, filter, sort, keyset pagination.",
          parameters: listParameters,
          ok: { status: 200, schema: "PlanPage", description: "One page." },
          errors: [400, 401, 404],
        }),
        post: operation({
          summary: "Create a plan (version 1); the draft is computed on the server. Send an Idempotency-Key to retry safely.",
          parameters: [workspaceParam, idempotencyKeyParam],
          body: "CreatePlanRequest",
          ok: {
            status: 201,
            schema: "PlanDetail",
            description: "Created; or, for a retry under the same Idempotency-Key, the plan that key created, as it is now.",
            headers: {
              ...etagHeader,
              Location: { description: "/api/v1/plans/{id}", schema: { type: "string" } },
              "Idempotent-Replayed": {
                description: '"true" when this answers an earlier request with the same Idempotency-Key (no plan was created); absent otherwise.',
                schema: { type: "string", enum: ["true"] },
              },
            },
          },
          errors: [400, 401, 403, 404, 409, 422],
          errorNotes: {
            400: "Malformed JSON, invalid fields (fieldErrors), a missing workspace, or a malformed Idempotency-Key header.",
            409: 'A request with this Idempotency-Key is still in progress (details.reason "idempotency_key_in_progress"); retry after Retry-After seconds. Rare: concurrent requests with one key normally wait and replay.',
            422: 'This Idempotency-Key was already used with a different request (details.reason "idempotency_key_reused"); nothing was created.',
          },
        }),
      },
      "/api/v1/plans/{planId}": {
        get: operation({
          summary: "Get a plan with its current content.",
          parameters: [planIdParam],
          ok: { status: 200, schema: "PlanDetail", description: "The plan; 304 when If-None-Match matches.", headers: etagHeader },
          errors: [401, 404],
        }),
        patch: operation({
          summary: "Save an edit as a new immutable version (compare-and-set on If-Match).",
          parameters: [planIdParam, ifMatch(true)],
          body: "UpdatePlanRequest",
          ok: { status: 200, schema: "PlanDetail", description: "Saved (an approved plan goes back to review).", headers: etagHeader },
          errors: [400, 401, 403, 404, 409],
        }),
        delete: operation({
          summary: "Archive the plan (it is kept; unarchive with a transition).",
          parameters: [planIdParam, ifMatch(false)],
          ok: { status: 200, schema: "PlanDetail", description: "Archived.", headers: etagHeader },
          errors: [400, 401, 403, 404, 409],
        }),
      },
      "/api/v1/plans/{planId}/versions": {
        get: operation({
          summary: "Version history, newest first; with ?from=&to=, the diff between two versions.",
          parameters: [
            planIdParam,
            { name: "from", in: "query", schema: { type: "integer", minimum: 1 } },
            { name: "to", in: "query", schema: { type: "integer", minimum: 1 } },
          ],
          ok: { status: 200, description: "VersionList, or VersionDiff with from and to.", schema: "VersionList" },
          errors: [401, 404],
        }),
      },
      "/api/v1/plans/{planId}/versions/{version}": {
        get: operation({
          summary: "One immutable version with its content.",
          parameters: [planIdParam, versionParam],
          ok: { status: 200, schema: "VersionDetail", description: "The version." },
          errors: [401, 404],
        }),
      },
      "/api/v1/plans/{planId}/versions/{version}/restore": {
        post: operation({
          summary: 'Restore a version as a new version ("Restored version N").',
          parameters: [planIdParam, versionParam, ifMatch(true)],
          ok: { status: 200, schema: "PlanDetail", description: "Restored.", headers: etagHeader },
          errors: [400, 401, 403, 404, 409],
        }),
      },
      "/api/v1/plans/{planId}/transitions": {
        get: operation({
          summary: "Workflow history (who submitted, approved, archived, and when).",
          parameters: [planIdParam],
          ok: { status: 200, schema: "PlanEventList", description: "Oldest first." },
          errors: [401, 404],
        }),
        post: operation({
          summary: "Submit, approve, return to draft, archive or unarchive (managers and owners).",
          parameters: [planIdParam, ifMatch(false)],
          body: "TransitionRequest",
          ok: { status: 200, schema: "PlanDetail", description: "The plan in its new status.", headers: etagHeader },
          errors: [400, 401, 403, 404, 409],
        }),
      },
      "/api/v1/plans/{planId}/comments": {
        get: operation({
          summary: "Comments, oldest first.",
          parameters: [planIdParam],
          ok: { status: 200, schema: "CommentList", description: "The thread." },
          errors: [401, 404],
        }),
        post: operation({
          summary: "Add a comment (HR, managers, owners).",
          parameters: [planIdParam],
          body: "CommentRequest",
          ok: { status: 201, schema: "Comment", description: "Added." },
          errors: [400, 401, 403, 404],
        }),
      },
      "/api/v1/plans/{planId}/scenarios": {
        post: operation({
          summary: "Duplicate the plan as a scenario (a new draft linked to it).",
          parameters: [planIdParam],
          body: "DuplicatePlanRequest",
          ok: { status: 201, schema: "PlanDetail", description: "The scenario.", headers: etagHeader },
          errors: [400, 401, 403, 404],
        }),
      },
      "/api/v1/plans/{planId}/job-descriptions/{roleKey}": {
        get: operation({
          summary: "The job-description draft of one role of the plan: the saved one, or one generated from the plan and the role library (version 0).",
          parameters: [planIdParam, roleKeyParam],
          ok: { status: 200, schema: "JobDescriptionDraft", description: "The draft with its warnings.", headers: jdEtagHeader },
          errors: [401, 404],
        }),
        put: operation({
          summary: "Save the draft as a new immutable version (owners, managers, HR; compare-and-set on If-Match, \"0\" for a generated draft).",
          parameters: [planIdParam, roleKeyParam, { ...ifMatch(true), description: 'The version you edited, quoted ("0" for a draft never saved). A stale one answers 409.' }],
          body: "SaveJobDescriptionRequest",
          ok: { status: 200, schema: "JobDescriptionDraft", description: "Saved.", headers: jdEtagHeader },
          errors: [400, 401, 403, 404, 409],
        }),
      },
      "/api/v1/plans/{planId}/job-descriptions/{roleKey}/versions": {
        get: operation({
          summary: "The draft's saved versions, newest first: who saved, when, what changed (empty while the draft is generated from the plan).",
          parameters: [planIdParam, roleKeyParam],
          ok: { status: 200, schema: "JobDescriptionVersionList", description: "Newest first." },
          errors: [401, 404],
        }),
      },
      "/api/v1/plans/{planId}/job-descriptions/{roleKey}/versions/{version}": {
        get: operation({
          summary: "One saved version of the draft with its content.",
          parameters: [planIdParam, roleKeyParam, versionParam],
          ok: { status: 200, schema: "JobDescriptionVersionDetail", description: "The version." },
          errors: [401, 404],
        }),
      },
      "/api/v1/plans/{planId}/job-descriptions/{roleKey}/export": {
        get: operation({
          summary: "Download the draft: Markdown, standalone HTML (with JSON-LD), plain text, Word, PDF, or schema.org JobPosting JSON-LD.",
          parameters: [planIdParam, roleKeyParam, { name: "format", in: "query", required: true, schema: { type: "string", enum: [...jdExportFormats] } }],
          ok: { status: 200, description: "The file, as an attachment (text/markdown, text/html, text/plain, application/vnd.openxmlformats-officedocument.wordprocessingml.document, application/pdf, application/ld+json).", headers: downloadHeaders },
          errors: [400, 401, 404],
        }),
      },
      "/api/v1/plans/{planId}/export": {
        get: operation({
          summary: "Download the whole plan: the team table as CSV (RFC 4180, formula-safe), the plan as JSON (content, effective plan, costs), or a PDF summary with timeline and cost charts.",
          parameters: [planIdParam, { name: "format", in: "query", required: true, schema: { type: "string", enum: [...planExportFormats] } }],
          ok: { status: 200, description: "The file, as an attachment (text/csv, application/json, application/pdf).", headers: downloadHeaders },
          errors: [400, 401, 404],
        }),
      },
      "/api/v1/tokens": {
        get: operation({
          summary: "List the workspace's API tokens (owners, signed in).",
          auth: "session",
          parameters: [workspaceParam],
          ok: { status: 200, schema: "ApiTokenList", description: "Tokens (never their secrets)." },
          errors: [400, 401, 403, 404],
        }),
        post: operation({
          summary: `Create an API token with role ${apiTokenRoles.join(", ")} (owners, signed in); the secret is shown once.`,
          auth: "session",
          parameters: [workspaceParam],
          body: "CreateApiTokenRequest",
          ok: { status: 201, schema: "CreatedApiToken", description: "Created." },
          errors: [400, 401, 403, 404],
        }),
      },
      "/api/v1/tokens/{tokenId}": {
        delete: operation({
          summary: "Revoke an API token (owners, signed in).",
          auth: "session",
          parameters: [workspaceParam, { name: "tokenId", in: "path", required: true, schema: { type: "string" } }],
          ok: { status: 204, description: "Revoked." },
          errors: [401, 403, 404],
        }),
      },
      "/api/v1/openapi.json": {
        get: operation({
          summary: "This document.",
          auth: "none",
          ok: { status: 200, description: "OpenAPI 3.1." },
          errors: [],
        }),
      },
    },
  };
}
