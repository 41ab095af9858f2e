import "server-only";
import { AppError } from "@/lib/errors";
import { diffPlanContents, summariseChanges, type PlanChange } from "@/lib/plans/diff-plan-contents";
import { VersionNumberSchema, type PlanContent } from "@/lib/schemas/plan";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/access";
import { contentOf, planEditors, planReaders, readStoredVersion, requirePlanAccess } from "@/lib/server/data/plan-access";
import { commitVersion, getPlan, parseBaseVersion, type PersonRef, type PlanDetail } from "@/lib/server/data/plans";

export interface PlanVersionSummary {
  version: number;
  summary: string;
  createdAt: Date;
  createdBy: PersonRef;
  viaApiToken: boolean;
}

export interface PlanVersionDetail extends PlanVersionSummary {
  name: string;
  content: PlanContent;
}

export interface VersionDiff {
  from: number;
  to: number;
  changes: PlanChange[];
  summary: string;
}

const versionSelect = {
  version: true,
  summary: true,
  createdAt: true,
  apiTokenId: true,
  createdBy: { select: { id: true, name: true } },
} as const;

function versionNumber(value: unknown): number {
  const parsed = VersionNumberSchema.safeParse(value);
  if (!parsed.success) throw versionNotFound();
  return parsed.data;
}

const versionNotFound = () => new AppError("not_found", "That version of the plan does not exist.");

/** The plan's history, newest first: who saved what, when. */
export async function listVersions(actor: Actor, planId: string): Promise<PlanVersionSummary[]> {
  await requirePlanAccess(actor, planId, planReaders);
  const rows = await db().planVersion.findMany({ where: { planId }, orderBy: { version: "desc" }, select: versionSelect });
  return rows.map(({ apiTokenId, ...row }) => ({ ...row, viaApiToken: apiTokenId !== null }));
}

export async function getVersion(actor: Actor, planId: string, version: number): Promise<PlanVersionDetail> {
  await requirePlanAccess(actor, planId, planReaders);
  const row = await db().planVersion.findUnique({
    where: { planId_version: { planId, version: versionNumber(version) } },
    select: { ...versionSelect, content: true },
  });
  if (!row) throw versionNotFound();
  const stored = readStoredVersion(row.content);
  const { apiTokenId, content: _content, ...rest } = row;
  return { ...rest, viaApiToken: apiTokenId !== null, name: stored.name, content: contentOf(stored) };
}

/** What changed from version `from` to version `to` (either order: an older `to` shows the way back). */
export async function diffVersions(actor: Actor, planId: string, from: number, to: number): Promise<VersionDiff> {
  await requirePlanAccess(actor, planId, planReaders);
  const numbers = [versionNumber(from), versionNumber(to)];
  const rows = await db().planVersion.findMany({ where: { planId, version: { in: numbers } }, select: { version: true, content: true } });
  const a = rows.find((row) => row.version === numbers[0]);
  const b = rows.find((row) => row.version === numbers[1]);
  if (!a || !b) throw versionNotFound();
  const changes = diffPlanContents(readStoredVersion(a.content), readStoredVersion(b.content));
  return { from: a.version, to: b.version, changes, summary: summariseChanges(changes) };
}

/**
 * Restores an old version as a new one ("Restored version N"): history stays immutable and the
 * restore itself can be undone. Compare-and-set on `baseVersion` like every other save.
 */
export async function restoreVersion(actor: Actor, planId: string, version: number, baseVersion: number, now = new Date()): Promise<PlanDetail> {
  await requirePlanAccess(actor, planId, planEditors);
  const base = parseBaseVersion(baseVersion);
  const row = await db().planVersion.findUnique({
    where: { planId_version: { planId, version: versionNumber(version) } },
    select: { version: true, content: true },
  });
  if (!row) throw versionNotFound();
  const stored = readStoredVersion(row.content);
  await commitVersion(actor, planId, base, stored.name, contentOf(stored), `Restored version ${row.version}`, now);
  return getPlan(actor, planId);
}
