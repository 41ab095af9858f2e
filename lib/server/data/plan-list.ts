import "server-only";
import { AppError, parseOrThrow } from "@/lib/errors";
import { isRecordId } from "@/lib/schemas/record-id";
import { isStorableText } from "@/lib/schemas/storable-text";
import { ListPlansQuerySchema, defaultSortDirection, type ListPlansQueryInput, type PlanSort, type PlanStatus } from "@/lib/schemas/plan";
import { db } from "@/lib/server/db";
import { type Actor, requireWorkspaceRole } from "@/lib/server/data/access";
import { planReaders } from "@/lib/server/data/plan-access";
import { Prisma } from "@/lib/generated/prisma/client";

export interface PlanSummary {
  id: string;
  name: string;
  status: PlanStatus;
  archetypes: string[];
  headcount: number;
  costMin: number | null;
  costMax: number | null;
  /**
   * People the cost covers, of `headcount`: fewer when roles without a salary band are left
   * out of costMin/costMax. Null when not recorded (see the plan_costed_headcount migration).
   */
  costedHeadcount: number | null;
  currency: string;
  currentVersion: number;
  scenarioOfId: string | null;
  /** The start of the brief, for the list row. */
  briefExcerpt: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface PlanPage {
  items: PlanSummary[];
  /** Pass as `cursor` (with the same query) for the next page; null on the last page. */
  nextCursor: string | null;
}

type SortKeyValue = string | number;
interface Cursor {
  sort: PlanSort;
  direction: "asc" | "desc";
  key: SortKeyValue;
  id: string;
}

/**
 * The cost sort must not rank an estimate that leaves people out (roles without a salary band)
 * as if it were the team's cost: a one-person $170K estimate of a three-person team is not
 * cheaper or dearer than a fully costed $340K one, it is unknown. So in either direction full
 * estimates come first, ordered by cost; then partial ones (and ones whose coverage is not
 * recorded), by the cost of the people they do cover; then plans with no cost at all. One
 * bigint key per direction puts each tier in its own 2^31 range (costMax is an int4), so keyset
 * pagination stays a single (key, id) comparison on an index (plan_costed_headcount migration).
 */
const costSortKeys = {
  desc: Prisma.sql`(CASE WHEN "costMax" IS NULL THEN -1::bigint WHEN "costedHeadcount" = "headcount" THEN 4294967296::bigint + "costMax" ELSE 2147483648::bigint + "costMax" END)`,
  asc: Prisma.sql`(CASE WHEN "costMax" IS NULL THEN 4294967296::bigint WHEN "costedHeadcount" = "headcount" THEN "costMax"::bigint ELSE 2147483648::bigint + "costMax" END)`,
} as const;

/**
 * The SQL sort key of each sort, written exactly as the indexes are (see the plans,
 * plan_sort_indexes and plan_costed_headcount migrations), so every page is an index range
 * scan however deep it is.
 */
function sortKeyOf(sort: PlanSort, direction: "asc" | "desc"): Prisma.Sql {
  if (sort === "updated") return Prisma.sql`"updatedAt"`;
  if (sort === "name") return Prisma.sql`"name"`;
  if (sort === "headcount") return Prisma.sql`"headcount"`;
  return costSortKeys[direction];
}

/** The largest cost sort key: a full estimate at the largest costMax an int4 holds (2^32 + 2^31 − 1). */
const maxCostKey = 4_294_967_296 + 2_147_483_647;

/** The cursor is opaque to clients: base64url JSON of the sort, direction, last key and id. */
export function encodeCursor(cursor: Cursor): string {
  return Buffer.from(JSON.stringify([cursor.sort, cursor.direction, cursor.key, cursor.id])).toString("base64url");
}

/** What cursorKey writes for a date: toISOString() of a year PostgreSQL's timestamp accepts. */
function isIsoInstant(key: unknown): key is string {
  if (typeof key !== "string" || !/^\d{4}-/.test(key) || key.startsWith("0000")) return false;
  const time = Date.parse(key);
  return !Number.isNaN(time) && new Date(time).toISOString() === key;
}

const badCursor = () => new AppError("bad_request", "That page link is out of date or damaged; start again from the first page.");

export function decodeCursor(value: string, sort: PlanSort, direction: "asc" | "desc"): Cursor {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(value, "base64url").toString("utf8"));
  } catch {
    throw badCursor();
  }
  if (!Array.isArray(decoded) || decoded.length !== 4) throw badCursor();
  const [cursorSort, cursorDirection, key, id] = decoded as unknown[];
  if (cursorSort !== sort || cursorDirection !== direction || !isRecordId(id)) throw badCursor();
  // The key goes into the query cast to the sort column's type: anything encodeCursor could not
  // have written (a date PostgreSQL cannot read, text with a NUL, an int beyond int4) would make
  // the query fail with a database error instead of this 400.
  const keyValid =
    sort === "updated"
      ? isIsoInstant(key)
      : sort === "name"
        ? typeof key === "string" && key.length <= 500 && isStorableText(key)
        : sort === "cost"
          ? Number.isSafeInteger(key) && (key as number) >= -1 && (key as number) <= maxCostKey
          : Number.isInteger(key) && Math.abs(key as number) <= 2_147_483_647;
  if (!keyValid) throw badCursor();
  return { sort, direction, key: key as SortKeyValue, id };
}

/**
 * Turns what someone typed into a prefix query for the 'simple' text-search configuration:
 * every word must match the start of a word in the name or brief ("recomm stor" finds "product
 * recommender for our online store"). Only letters and digits pass, so no tsquery syntax leaks in.
 */
export function toPrefixTsQuery(text: string): string | null {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const unique = [...new Set(words)].slice(0, 10);
  return unique.length > 0 ? unique.map((word) => `${word}:*`).join(" & ") : null;
}

interface PlanListRow {
  id: string;
  name: string;
  status: PlanStatus;
  archetypes: string[];
  headcount: number;
  costMin: number | null;
  costMax: number | null;
  costedHeadcount: number | null;
  currency: string;
  currentVersion: number;
  scenarioOfId: string | null;
  briefExcerpt: string;
  createdAt: Date;
  updatedAt: Date;
  sortKey: SortKeyValue | Date | bigint;
}

/**
 * One page of the workspace's plans: search over name and brief, filter by status (archived
 * plans only when asked for) and archetype, sorted with keyset pagination, so page 400 costs
 * what page 1 does and no plan is skipped or repeated while others are being edited.
 */
export async function listPlans(actor: Actor, workspaceId: string, query: ListPlansQueryInput = {}): Promise<PlanPage> {
  const access = await requireWorkspaceRole(actor, { id: workspaceId }, planReaders);
  const parsed = parseOrThrow(ListPlansQuerySchema, query);
  const direction = parsed.direction ?? defaultSortDirection[parsed.sort];
  const sortKey = sortKeyOf(parsed.sort, direction);
  const conditions: Prisma.Sql[] = [Prisma.sql`"workspaceId" = ${access.workspaceId}`];
  conditions.push(parsed.status ? Prisma.sql`"status" = ${parsed.status}::"PlanStatus"` : Prisma.sql`"status" <> 'ARCHIVED'::"PlanStatus"`);
  if (parsed.archetype) conditions.push(Prisma.sql`"archetypes" @> ARRAY[${parsed.archetype}]::text[]`);
  const tsQuery = parsed.q ? toPrefixTsQuery(parsed.q) : null;
  if (parsed.q && !tsQuery) return { items: [], nextCursor: null };
  // "searchVector" is a stored generated column with a GIN index (migration plan_search_column).
  if (tsQuery) conditions.push(Prisma.sql`"searchVector" @@ to_tsquery('simple', ${tsQuery})`);
  if (parsed.cursor) {
    const cursor = decodeCursor(parsed.cursor, parsed.sort, direction);
    const key =
      parsed.sort === "updated"
        ? Prisma.sql`${String(cursor.key)}::timestamp(3)`
        : parsed.sort === "name"
          ? Prisma.sql`${String(cursor.key)}::text`
          : parsed.sort === "cost"
            ? Prisma.sql`${Number(cursor.key)}::bigint`
            : Prisma.sql`${Number(cursor.key)}::int`;
    conditions.push(direction === "desc" ? Prisma.sql`(${sortKey}, "id") < (${key}, ${cursor.id})` : Prisma.sql`(${sortKey}, "id") > (${key}, ${cursor.id})`);
  }
  const order = direction === "desc" ? Prisma.sql`DESC` : Prisma.sql`ASC`;
  const rows = await db().$queryRaw<PlanListRow[]>`
    SELECT "id", "name", "status"::text AS "status", "archetypes", "headcount", "costMin", "costMax", "costedHeadcount", "currency",
           "currentVersion", "scenarioOfId", left("briefText", 200) AS "briefExcerpt", "createdAt", "updatedAt",
           ${sortKey} AS "sortKey"
    FROM "Plan"
    WHERE ${Prisma.join(conditions, " AND ")}
    ORDER BY ${sortKey} ${order}, "id" ${order}
    LIMIT ${parsed.limit + 1}`;
  const page = rows.slice(0, parsed.limit);
  const last = page[page.length - 1];
  const nextCursor =
    rows.length > parsed.limit && last
      ? encodeCursor({ sort: parsed.sort, direction, key: cursorKey(last.sortKey, parsed.sort), id: last.id })
      : null;
  return {
    items: page.map((row) => ({
      id: row.id,
      name: row.name,
      status: row.status,
      archetypes: row.archetypes,
      headcount: row.headcount,
      costMin: row.costMin,
      costMax: row.costMax,
      costedHeadcount: row.costedHeadcount,
      currency: row.currency,
      currentVersion: row.currentVersion,
      scenarioOfId: row.scenarioOfId,
      briefExcerpt: row.briefExcerpt,
      createdAt: row.createdAt,
      updatedAt: row.updatedAt,
    })),
    nextCursor,
  };
}

function cursorKey(value: SortKeyValue | Date | bigint, sort: PlanSort): SortKeyValue {
  if (value instanceof Date) return value.toISOString();
  // The cost key is a bigint, which drivers hand back as a bigint or a digit string.
  return sort === "cost" || typeof value === "bigint" ? Number(value) : value;
}
