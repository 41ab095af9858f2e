import "server-only";
import { AppError } from "@/lib/errors";
import { diffRoleContents, summariseRoleChanges, type RoleContentChange } from "@/lib/role-library/diff-role-contents";
import type { RoleDescriptionContent } from "@/lib/schemas/role-library";
import { db } from "@/lib/server/db";
import type { Actor } from "@/lib/server/data/access";
import {
  type PersonRef,
  type RoleDescriptionDetail,
  commitRoleVersion,
  getRoleDescription,
  parseRoleBaseVersion,
  readRoleContent,
  requireRoleEntry,
  roleLibraryEditors,
  roleLibraryReaders,
  staleRoleVersionError,
} from "@/lib/server/data/role-library";

/** A role description's history: immutable versions, diffs between any two, restore as a new version. */

export interface RoleVersionSummary {
  version: number;
  summary: string;
  createdAt: Date;
  createdBy: PersonRef;
}

export interface RoleVersionDetail extends RoleVersionSummary {
  content: RoleDescriptionContent;
}

export interface RoleVersionDiff {
  from: number;
  to: number;
  changes: RoleContentChange[];
  summary: string;
}

const versionSelect = { version: true, summary: true, createdAt: true, createdBy: { select: { id: true, name: true } } } as const;

const versionNotFound = () => new AppError("not_found", "That version of the role does not exist.");

function versionNumber(value: unknown): number {
  const number = typeof value === "string" && /^\d{1,10}$/.test(value) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isInteger(number) || number < 1 || number > 2_147_483_647) throw versionNotFound();
  return number;
}

/** Newest first: who saved what, when. */
export async function listRoleVersions(actor: Actor, workspaceId: string, roleKey: string): Promise<RoleVersionSummary[]> {
  const { row } = await requireRoleEntry(actor, workspaceId, roleKey, roleLibraryReaders);
  return db().roleDescriptionVersion.findMany({ where: { roleDescriptionId: row.id }, orderBy: { version: "desc" }, select: versionSelect });
}

export async function getRoleVersion(actor: Actor, workspaceId: string, roleKey: string, version: number): Promise<RoleVersionDetail> {
  const { row } = await requireRoleEntry(actor, workspaceId, roleKey, roleLibraryReaders);
  const found = await db().roleDescriptionVersion.findUnique({
    where: { roleDescriptionId_version: { roleDescriptionId: row.id, version: versionNumber(version) } },
    select: { ...versionSelect, content: true },
  });
  if (!found) throw versionNotFound();
  return { ...found, content: readRoleContent(found.content) };
}

/** What changed from `from` to `to` (an older `to` shows the way back). */
export async function diffRoleVersions(actor: Actor, workspaceId: string, roleKey: string, from: number, to: number): Promise<RoleVersionDiff> {
  const { row } = await requireRoleEntry(actor, workspaceId, roleKey, roleLibraryReaders);
  const numbers = [versionNumber(from), versionNumber(to)];
  const rows = await db().roleDescriptionVersion.findMany({ where: { roleDescriptionId: row.id, version: { in: numbers } }, select: { version: true, content: true } });
  const a = rows.find((candidate) => candidate.version === numbers[0]);
  const b = rows.find((candidate) => candidate.version === numbers[1]);
  if (!a || !b) throw versionNotFound();
  const changes = diffRoleContents(readRoleContent(a.content), readRoleContent(b.content));
  return { from: a.version, to: b.version, changes, summary: summariseRoleChanges(changes) };
}

/**
 * Restores an old version as a new one ("Restored version N"): the history stays immutable and
 * the restore can itself be undone. Compare-and-set on `baseVersion` like every save.
 */
export async function restoreRoleVersion(
  actor: Actor,
  workspaceId: string,
  roleKey: string,
  version: number,
  baseVersion: number,
  now = new Date(),
): Promise<RoleDescriptionDetail> {
  const { access, row } = await requireRoleEntry(actor, workspaceId, roleKey, roleLibraryEditors);
  const base = parseRoleBaseVersion(baseVersion);
  const old = await db().roleDescriptionVersion.findUnique({
    where: { roleDescriptionId_version: { roleDescriptionId: row.id, version: versionNumber(version) } },
    select: { version: true, content: true },
  });
  if (!old) throw versionNotFound();
  if (row.currentVersion !== base && !row.archivedAt) throw await staleRoleVersionError(row.id, base);
  await commitRoleVersion(actor, row.id, base, readRoleContent(old.content), `Restored version ${old.version}`, now);
  return getRoleDescription(actor, access.workspaceId, row.roleKey);
}
