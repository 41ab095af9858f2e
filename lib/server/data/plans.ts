import "server-only";
import { randomUUID } from "node:crypto";
import { draftTeam } from "@/lib/engine";
import { AppError, parseOrThrow } from "@/lib/errors";
import { applyBriefChange } from "@/lib/plans/brief-change";
import { diffPlanContents, sameValue, summariseChanges, type PlanChange } from "@/lib/plans/diff-plan-contents";
import { effectivePlan, listOverrideStatuses } from "@/lib/plans/effective-plan";
import { planCosts, type CostRange } from "@/lib/plans/plan-costs";
import {
  CreatePlanSchema,
  DuplicatePlanSchema,
  UpdatePlanSchema,
  VersionNumberSchema,
  emptyOverrides,
  type PlanContent,
  type PlanStatus,
  type UpdatePlanRequest,
} from "@/lib/schemas/plan";
import { IDEMPOTENCY_KEY_TTL_HOURS } from "@/lib/schemas/idempotency-key";
import type { z } from "zod";
import type { RoleId, SeniorityLevel } from "@/lib/schemas/team-draft";
import { type NamedStatement, db, sql } from "@/lib/server/db";
import { type Actor, requireWorkspaceRole } from "@/lib/server/data/access";
import {
  canonicalJson,
  deleteExpiredIdempotencyKeys,
  findIdempotencyKey,
  idempotencyActorKey,
  idempotencyKeyInProgress,
  idempotencyKeyReused,
} from "@/lib/server/data/idempotency";
import { sha256Hex } from "@/lib/server/tokens";
import {
  type PlanPermissions,
  assertHasTeam,
  authorFields,
  contentOf,
  denormalisedColumns,
  permissionsFor,
  planEditors,
  planNotFound,
  planReaders,
  readStoredVersion,
  requirePlanAccess,
  staleVersionError,
  toStoredVersion,
} from "@/lib/server/data/plan-access";

export interface PersonRef {
  id: string;
  name: string;
}

export interface PlanDetail {
  id: string;
  workspaceId: string;
  name: string;
  status: PlanStatus;
  /** Send this back (API: `If-Match: "<version>"`) when saving, so a stale save is refused. */
  currentVersion: number;
  content: PlanContent;
  archetypes: string[];
  headcount: number;
  /** Annual run rate of the roles with a salary band; null when none has one. */
  costMin: number | null;
  costMax: number | null;
  /** People the cost covers, of `headcount` (fewer: roles without a band are left out); null: not recorded. */
  costedHeadcount: number | null;
  currency: string;
  createdAt: Date;
  updatedAt: Date;
  createdBy: PersonRef;
  approvedBy: PersonRef | null;
  approvedAt: Date | null;
  scenarioOf: { id: string; name: string } | null;
  lastChange: { version: number; summary: string; createdAt: Date; createdBy: PersonRef; viaApiToken: boolean };
  /** What the asking actor may do with it (the server checks again on every call). */
  permissions: PlanPermissions;
}

const planDetailSelect = {
  id: true,
  workspaceId: true,
  name: true,
  status: true,
  currentVersion: true,
  archetypes: true,
  headcount: true,
  costMin: true,
  costMax: true,
  costedHeadcount: true,
  currency: true,
  createdAt: true,
  updatedAt: true,
  approvedAt: true,
  createdBy: { select: { id: true, name: true } },
  approvedBy: { select: { id: true, name: true } },
  scenarioOf: { select: { id: true, name: true } },
  // Versions only ever grow, so the newest is the current one.
  versions: {
    orderBy: { version: "desc" },
    take: 1,
    select: { version: true, content: true, summary: true, createdAt: true, apiTokenId: true, createdBy: { select: { id: true, name: true } } },
  },
} as const;

type PlanDetailRow = {
  id: string;
  workspaceId: string;
  name: string;
  status: PlanStatus;
  currentVersion: number;
  archetypes: string[];
  headcount: number;
  costMin: number | null;
  costMax: number | null;
  costedHeadcount: number | null;
  currency: string;
  createdAt: Date;
  updatedAt: Date;
  approvedAt: Date | null;
  createdBy: PersonRef;
  approvedBy: PersonRef | null;
  scenarioOf: { id: string; name: string } | null;
  versions: { version: number; summary: string; createdAt: Date; apiTokenId: string | null; createdBy: PersonRef }[];
};

type StoredPlanRow = PlanDetailRow & { versions: { content: unknown }[] };

/** The content of the row's current version, read (and checked) from its stored JSON. */
function currentContent(row: StoredPlanRow): PlanContent {
  const version = row.versions[0];
  if (!version) throw new Error(`Plan ${row.id} has no versions`);
  return contentOf(readStoredVersion(version.content));
}

/** `content` is the current version's, passed in so a plan just written is not parsed back from JSON. */
function toPlanDetail(row: PlanDetailRow, content: PlanContent, permissions: PlanPermissions): PlanDetail {
  const version = row.versions[0];
  if (!version) throw new Error(`Plan ${row.id} has no versions`);
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    name: row.name,
    status: row.status,
    currentVersion: row.currentVersion,
    content,
    archetypes: row.archetypes,
    headcount: row.headcount,
    costMin: row.costMin,
    costMax: row.costMax,
    costedHeadcount: row.costedHeadcount,
    currency: row.currency,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    createdBy: row.createdBy,
    approvedBy: row.approvedBy,
    approvedAt: row.approvedAt,
    scenarioOf: row.scenarioOf,
    lastChange: {
      version: version.version,
      summary: version.summary,
      createdAt: version.createdAt,
      createdBy: version.createdBy,
      viaApiToken: version.apiTokenId !== null,
    },
    permissions,
  };
}

/**
 * Creates a plan in the workspace as version 1. The draft is always recomputed here from the
 * brief: a client's draft is never trusted.
 */
export async function createPlan(actor: Actor, workspaceId: string, input: z.input<typeof CreatePlanSchema>, now = new Date()): Promise<PlanDetail> {
  const prepared = await preparePlanCreate(actor, workspaceId, input);
  const rows = await sql().query<CreatedPlanRow>(insertPlanWithFirstVersion, planInsertValues(prepared, now));
  const row = rows[0];
  if (!row) throw new Error("Creating a plan returned no row");
  return createdPlanDetail(prepared, row);
}

/**
 * createPlan under an `Idempotency-Key`: the first request with a key creates the plan; the same
 * caller sending the same key and the same request within 24 hours gets that plan back as it is
 * now (`replayed`), another request under the key a 422. The key row is written by the plan's
 * own statement, so a plan and its key commit together or not at all, and of concurrent requests
 * with one key PostgreSQL lets exactly one insert: the others wait on its uncommitted key row and
 * then find it, so they replay its plan instead of making a second one.
 */
export async function createPlanIdempotently(
  actor: Actor,
  workspaceId: string,
  input: z.input<typeof CreatePlanSchema>,
  idempotencyKey: string,
  now = new Date(),
): Promise<{ plan: PlanDetail; replayed: boolean }> {
  const prepared = await preparePlanCreate(actor, workspaceId, input);
  const actorKey = idempotencyActorKey(actor);
  const keyHash = sha256Hex(idempotencyKey);
  const requestHash = sha256Hex(canonicalJson(prepared.parsed));
  // A second pass only if the remembered plan was deleted (its key row with it) in between.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const rows = await sql().query<CreatedPlanRow>(insertPlanWithFirstVersionOnce, [
      ...planInsertValues(prepared, now),
      actorKey,
      keyHash,
      requestHash,
      randomUUID(),
      IDEMPOTENCY_KEY_TTL_HOURS,
    ]);
    const row = rows[0];
    if (row) {
      await deleteExpiredIdempotencyKeys(prepared.access.workspaceId, actorKey, now);
      return { plan: createdPlanDetail(prepared, row), replayed: false };
    }
    const remembered = await findIdempotencyKey(prepared.access.workspaceId, actorKey, keyHash);
    if (!remembered) continue;
    if (remembered.requestHash !== requestHash) throw idempotencyKeyReused();
    // getPlan checks again that the caller may read it: a key never outlives the caller's access.
    return { plan: await getPlan(actor, remembered.planId), replayed: true };
  }
  throw idempotencyKeyInProgress();
}

type PreparedPlanCreate = Awaited<ReturnType<typeof preparePlanCreate>>;

/** Everything a create writes, computed (and authorised) before the one statement that writes it. */
async function preparePlanCreate(actor: Actor, workspaceId: string, input: z.input<typeof CreatePlanSchema>) {
  const access = await requireWorkspaceRole(actor, { id: workspaceId }, planEditors);
  const parsed = parseOrThrow(CreatePlanSchema, input);
  const content: PlanContent = {
    brief: parsed.brief,
    draft: draftTeam(parsed.brief),
    overrides: parsed.overrides ?? emptyOverrides(),
    notes: parsed.notes ?? "",
  };
  assertOverridesApply(content);
  const plan = effectivePlan(content);
  assertHasTeam(plan);
  return { access, parsed, content, author: authorFields(actor), columns: denormalisedColumns(parsed.name, content, plan), stored: toStoredVersion(parsed.name, content) };
}

/** $1-$15 of both insert statements. */
function planInsertValues({ access, columns, author, stored }: PreparedPlanCreate, now: Date): unknown[] {
  return [
    randomUUID(),
    access.workspaceId,
    columns.name,
    columns.archetypes,
    columns.briefText,
    columns.headcount,
    columns.costMin,
    columns.costMax,
    columns.currency,
    author.createdById,
    now.toISOString(),
    randomUUID(),
    JSON.stringify(stored),
    author.apiTokenId,
    columns.costedHeadcount,
  ];
}

function createdPlanDetail({ access, author, content }: PreparedPlanCreate, row: CreatedPlanRow): PlanDetail {
  const createdBy = { id: author.createdById, name: row.authorName };
  return toPlanDetail(
    {
      ...row,
      createdBy,
      approvedBy: null,
      scenarioOf: null,
      versions: [{ version: row.versionNumber, summary: row.versionSummary, createdAt: row.versionCreatedAt, apiTokenId: row.versionApiTokenId, createdBy }],
    },
    content,
    permissionsFor(access.role),
  );
}

/*
 * The insert statements, in parts: the plan, its version 1 and the author's name in one atomic
 * statement (the nested create and read-back through Prisma sent eleven: BEGIN, two INSERTs, six
 * SELECTs, COMMIT). Prisma's @default(cuid()) applies only to its query builder, so these name
 * their rows with UUIDs (ids are opaque everywhere; isRecordId accepts both shapes). Timestamps
 * are written and read as UTC, as Prisma stores them (see api-tokens.ts). A column added to Plan
 * or PlanVersion must be added here too: tests/integration/round-trip-cuts.test.ts compares a
 * created plan with a read-back.
 */
const planInsertInto = `INSERT INTO "Plan" ("id", "workspaceId", "name", "archetypes", "briefText", "headcount", "costMin", "costMax", "costedHeadcount", "currency", "createdById", "createdAt", "updatedAt")`;
const planInsertRow = `$1, $2, $3, $4::text[], $5, $6::int, $7::int, $8::int, $15::int, $9, $10, $11::timestamptz AT TIME ZONE 'UTC', $11::timestamptz AT TIME ZONE 'UTC'`;
const planReturningVersionAndAuthor = `RETURNING "id", "workspaceId", "name", "status"::text AS "status", "currentVersion", "archetypes", "headcount", "costMin", "costMax", "costedHeadcount", "currency",
                "createdAt" AT TIME ZONE 'UTC' AS "createdAt", "updatedAt" AT TIME ZONE 'UTC' AS "updatedAt", "approvedAt" AT TIME ZONE 'UTC' AS "approvedAt"
    ), version AS (
      INSERT INTO "PlanVersion" ("id", "planId", "version", "content", "summary", "createdById", "apiTokenId", "createdAt")
      SELECT $12, plan."id", 1, $13::jsonb, 'Created', $10, $14, $11::timestamptz AT TIME ZONE 'UTC' FROM plan
      RETURNING "version", "summary", "createdAt" AT TIME ZONE 'UTC' AS "createdAt", "apiTokenId"
    )
    SELECT plan.*, version."version" AS "versionNumber", version."summary" AS "versionSummary", version."createdAt" AS "versionCreatedAt",
           version."apiTokenId" AS "versionApiTokenId", u."name" AS "authorName"
      FROM plan, version, "User" u
     WHERE u."id" = $10`;

/** A plan without an Idempotency-Key: the hot path, nothing but the plan and its version 1. */
const insertPlanWithFirstVersion: NamedStatement = {
  name: "teamwright_insert_plan_with_first_version",
  text: `WITH plan AS (
      ${planInsertInto}
      VALUES (${planInsertRow})
      ${planReturningVersionAndAuthor}`,
};

/**
 * The same under an Idempotency-Key ($16 actor key, $17 key hash, $18 request hash, $19 key row
 * id, $20 hours a key lives). The key row comes first, and the plan is inserted only from the key
 * row it wrote, so this one statement decides: a new key, or an expired one (ON CONFLICT … WHERE
 * expired takes it over for the new plan), writes key and plan; a live key writes nothing and
 * returns no row. ON CONFLICT waits for a concurrent insert of the same key to commit or roll
 * back before deciding, so two plans can never claim one key. The key row points at a plan
 * inserted later in the statement, which the foreign key allows because PostgreSQL checks it at
 * the end of the statement. It locks no row but its own key's, so it cannot deadlock with another
 * create (which is why expired keys are deleted by a statement of their own, afterwards).
 */
const insertPlanWithFirstVersionOnce: NamedStatement = {
  name: "teamwright_insert_plan_with_first_version_once",
  text: `WITH key AS (
      INSERT INTO "IdempotencyKey" ("id", "workspaceId", "actorKey", "keyHash", "requestHash", "planId", "createdAt")
      VALUES ($19, $2, $16, $17, $18, $1, $11::timestamptz AT TIME ZONE 'UTC')
      ON CONFLICT ("workspaceId", "actorKey", "keyHash") DO UPDATE
        SET "requestHash" = EXCLUDED."requestHash", "planId" = EXCLUDED."planId", "createdAt" = EXCLUDED."createdAt"
        WHERE "IdempotencyKey"."createdAt" <= EXCLUDED."createdAt" - make_interval(hours => $20::int)
      RETURNING "planId"
    ), plan AS (
      ${planInsertInto}
      SELECT ${planInsertRow} FROM key
      ${planReturningVersionAndAuthor}`,
};

/** The id of the workspace a plan belongs to, for anyone who may read it ("not found" otherwise); no content is loaded. */
export async function getPlanWorkspaceId(actor: Actor, planId: string): Promise<string> {
  return (await requirePlanAccess(actor, planId, planReaders)).workspaceId;
}

type CreatedPlanRow = Omit<PlanDetailRow, "createdBy" | "approvedBy" | "scenarioOf" | "versions"> & {
  versionNumber: number;
  versionSummary: string;
  versionCreatedAt: Date;
  versionApiTokenId: string | null;
  authorName: string;
};

/** The plan with its current content, approval and scenario origin. */
export async function getPlan(actor: Actor, planId: string): Promise<PlanDetail> {
  const { access } = await requirePlanAccess(actor, planId, planReaders);
  const row = await db().plan.findUnique({ where: { id: planId }, select: planDetailSelect });
  if (!row) throw planNotFound();
  return toPlanDetail(row, currentContent(row), permissionsFor(access.role));
}

/** Overrides sent explicitly must point at something on the plan: say which do not, field by field. */
function assertOverridesApply(content: PlanContent): void {
  const lapsed = listOverrideStatuses(content.overrides, content.draft).filter((status) => !status.applies);
  if (lapsed.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const status of lapsed) {
    const key =
      status.kind === "role" ? `overrides.roles.${status.id}` : status.kind === "phase" ? `overrides.phases.${status.id}` : `overrides.${status.kind === "added-role" ? "addedRoles" : "removedRoles"}`;
    (fieldErrors[key] ??= []).push(status.reason ?? "This change does not apply to the plan.");
  }
  throw new AppError("validation_failed", "Some changes do not apply to this plan's team or phases.", { fieldErrors });
}

export function parseBaseVersion(value: unknown): number {
  const parsed = VersionNumberSchema.safeParse(value);
  if (!parsed.success) throw new AppError("bad_request", "Send the version you edited as a whole number from 1.");
  return parsed.data;
}

/**
 * Saves an edit as a new immutable version, only if `baseVersion` is still the plan's current
 * version (compare-and-set in one conditional UPDATE): a stale save gets a 409 naming the other
 * change and writes nothing. A new brief re-runs the engine, keeping the overrides that still
 * apply unless `keepOverrides` is false. Editing an approved plan sends it back to review.
 */
export async function updatePlan(
  actor: Actor,
  planId: string,
  baseVersion: number,
  input: UpdatePlanRequest,
  now = new Date(),
): Promise<PlanDetail> {
  const { access } = await requirePlanAccess(actor, planId, planEditors);
  const parsed = parseOrThrow(UpdatePlanSchema, input);
  const base = parseBaseVersion(baseVersion);
  const stored = await loadVersionForSave(planId, base);

  let content = contentOf(stored);
  if (parsed.brief !== undefined && !sameValue(parsed.brief, content.brief)) {
    content = applyBriefChange(content, parsed.brief, draftTeam(parsed.brief), { keepOverrides: parsed.keepOverrides });
  }
  if (parsed.overrides !== undefined) {
    content = { ...content, overrides: parsed.overrides };
    assertOverridesApply(content);
  }
  if (parsed.notes !== undefined) content = { ...content, notes: parsed.notes };
  const name = parsed.name ?? stored.name;

  const changes = diffPlanContents(stored, { ...content, name });
  if (changes.length === 0) return getPlan(actor, planId);
  const summary = [parsed.summary, summariseChanges(changes)].filter((part) => part !== undefined && part !== "").join(" — ");
  await commitVersion(actor, planId, base, name, content, summary, now);
  const saved = await readPlanRow(planId);
  return toPlanDetail(saved, currentContent(saved), permissionsFor(access.role));
}

/** The base version's stored state, after checking that it is still current (fast path for the 409). */
async function loadVersionForSave(planId: string, base: number) {
  const plan = await db().plan.findUnique({ where: { id: planId }, select: { currentVersion: true, status: true } });
  if (!plan) throw planNotFound();
  if (plan.status === "ARCHIVED") throw archivedError();
  if (plan.currentVersion !== base) throw await staleVersionError(db(), planId, base);
  const version = await db().planVersion.findUnique({ where: { planId_version: { planId, version: base } }, select: { content: true } });
  if (!version) throw await staleVersionError(db(), planId, base);
  return readStoredVersion(version.content);
}

const archivedError = () => new AppError("conflict", "This plan is archived, so it cannot be changed. Unarchive it first.");

/**
 * Writes version base+1. The conditional UPDATE is the compare-and-set: of any number of saves
 * from the same base, exactly one matches `currentVersion = base`; the others match no row and
 * get the 409, with nothing written (the version insert is in the same transaction). Every edit,
 * restore and library update writes through here, so here is where a plan must keep a team.
 */
export async function commitVersion(
  actor: Actor,
  planId: string,
  base: number,
  name: string,
  content: PlanContent,
  summary: string,
  now: Date,
): Promise<void> {
  const effective = effectivePlan(content);
  assertHasTeam(effective);
  const author = authorFields(actor);
  const outcome = await db().$transaction(
    async (tx) => {
      const updated = await tx.plan.updateMany({
        where: { id: planId, currentVersion: base, status: { not: "ARCHIVED" } },
        data: { ...denormalisedColumns(name, content, effective), currentVersion: base + 1, updatedAt: now },
      });
      if (updated.count !== 1) return "refused" as const;
      await tx.planVersion.create({
        data: { planId, version: base + 1, content: toStoredVersion(name, content), summary, ...author, createdAt: now },
      });
      // The row is locked by the UPDATE above until commit, so no approval can slip in between.
      const { status } = await tx.plan.findUniqueOrThrow({ where: { id: planId }, select: { status: true } });
      if (status === "APPROVED") {
        await tx.plan.update({ where: { id: planId }, data: { status: "IN_REVIEW", approvedById: null, approvedAt: null } });
        await tx.planEvent.create({
          data: { planId, kind: "returned-to-review", fromStatus: "APPROVED", toStatus: "IN_REVIEW", version: base + 1, actorId: author.createdById, apiTokenId: author.apiTokenId, createdAt: now },
        });
      }
      return "saved" as const;
    },
    // Many saves of one plan at once queue on its row lock; give them time instead of failing.
    { maxWait: 15_000, timeout: 20_000 },
  );
  if (outcome === "saved") return;
  const plan = await db().plan.findUnique({ where: { id: planId }, select: { status: true } });
  if (!plan) throw planNotFound();
  if (plan.status === "ARCHIVED") throw archivedError();
  throw await staleVersionError(db(), planId, base);
}

async function readPlanRow(planId: string): Promise<StoredPlanRow> {
  const row = await db().plan.findUnique({ where: { id: planId }, select: planDetailSelect });
  if (!row) throw planNotFound();
  return row;
}

/**
 * Copies the plan's current state into a new draft plan in the same workspace, linked back to
 * it as a scenario, so alternatives can be explored and compared without touching the original.
 */
export async function duplicateAsScenario(actor: Actor, planId: string, name: string, now = new Date()): Promise<PlanDetail> {
  const { access, workspaceId } = await requirePlanAccess(actor, planId, planEditors);
  const parsed = parseOrThrow(DuplicatePlanSchema, { name });
  const source = await readPlanRow(planId);
  const version = source.versions[0];
  if (!version) throw planNotFound();
  const content = contentOf(readStoredVersion(version.content));
  const author = authorFields(actor);
  const row = await db().plan.create({
    data: {
      workspaceId,
      ...denormalisedColumns(parsed.name, content),
      scenarioOfId: source.id,
      createdById: author.createdById,
      createdAt: now,
      updatedAt: now,
      versions: {
        create: {
          version: 1,
          content: toStoredVersion(parsed.name, content),
          summary: `Duplicated from "${source.name}" version ${version.version}`,
          ...author,
          createdAt: now,
        },
      },
    },
    select: planDetailSelect,
  });
  return toPlanDetail(row, content, permissionsFor(access.role));
}

export interface ComparedPlan {
  id: string;
  name: string;
  status: PlanStatus;
  currentVersion: number;
  headcount: number;
  timelineMonths: number;
  currency: string;
  annual: CostRange | null;
  total: CostRange | null;
  /** People in `annual` and `total`, of `headcount`: fewer when roles without a band are left out. */
  costedHeadcount: number;
  rolesWithoutBand: RoleId[];
}

export interface PlanComparison {
  a: ComparedPlan;
  b: ComparedPlan;
  roles: {
    roleId: RoleId;
    title: string;
    a: { headcount: number; seniority: SeniorityLevel } | null;
    b: { headcount: number; seniority: SeniorityLevel } | null;
    /** b − a (a missing side counts as 0). */
    headcountDelta: number;
  }[];
  /** What would change going from a to b. */
  changes: PlanChange[];
}

/** Side by side: roles, headcount and cost of two plans the actor can read (e.g. a plan and its scenario). */
export async function comparePlans(actor: Actor, planIdA: string, planIdB: string): Promise<PlanComparison> {
  const [a, b] = await Promise.all([getPlan(actor, planIdA), getPlan(actor, planIdB)]);
  const planA = effectivePlan(a.content);
  const planB = effectivePlan(b.content);
  const summarise = (detail: PlanDetail, plan: ReturnType<typeof effectivePlan>): ComparedPlan => {
    const costs = planCosts(plan);
    return {
      id: detail.id,
      name: detail.name,
      status: detail.status,
      currentVersion: detail.currentVersion,
      headcount: plan.headcount,
      timelineMonths: plan.timelineMonths,
      currency: plan.currency,
      annual: costs.annual,
      total: costs.total,
      costedHeadcount: costs.costedHeadcount,
      rolesWithoutBand: costs.rolesWithoutBand.map((role) => role.roleId),
    };
  };
  const roleIds = [...new Set([...planA.team, ...planB.team].map((role) => role.roleId))];
  const order = (roleId: RoleId) => [...planA.team, ...planB.team].findIndex((role) => role.roleId === roleId);
  roleIds.sort((x, y) => order(x) - order(y));
  const roles = roleIds.map((roleId) => {
    const left = planA.team.find((role) => role.roleId === roleId);
    const right = planB.team.find((role) => role.roleId === roleId);
    return {
      roleId,
      title: (left ?? right)?.title ?? roleId,
      a: left ? { headcount: left.headcount, seniority: left.seniority } : null,
      b: right ? { headcount: right.headcount, seniority: right.seniority } : null,
      headcountDelta: (right?.headcount ?? 0) - (left?.headcount ?? 0),
    };
  });
  return {
    a: summarise(a, planA),
    b: summarise(b, planB),
    roles,
    changes: diffPlanContents({ ...a.content, name: a.name }, { ...b.content, name: b.name }),
  };
}
