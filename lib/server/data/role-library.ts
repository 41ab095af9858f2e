import "server-only";
import { z } from "zod";
import { AppError, parseOrThrow } from "@/lib/errors";
import { diffRoleContents, summariseRoleChanges, type RoleContentChange } from "@/lib/role-library/diff-role-contents";
import { customRoleKey, slugifyTitle } from "@/lib/role-library/role-keys";
import { seedRoleLibrary, seedSummary, seededRoleKeys } from "@/lib/role-library/seed";
import {
  EditableRoleContentSchema,
  RoleChangeNoteSchema,
  RoleDescriptionContentSchema,
  RoleKeySchema,
  type EditableRoleContentInput,
  type RoleDescriptionContent,
} from "@/lib/schemas/role-library";
import type { WorkspaceRole } from "@/lib/schemas/workspace";
import { Prisma } from "@/lib/generated/prisma/client";
import { db } from "@/lib/server/db";
import { type Actor, type WorkspaceAccess, requireWorkspaceRole } from "@/lib/server/data/access";

/**
 * The role library: one entry per role per workspace, the engine's five seeded on first access
 * and HR's custom roles. Every member reads; HR and owners edit, add and archive. Every save is
 * an immutable RoleDescriptionVersion written by a compare-and-set on `currentVersion`, exactly
 * like plans, so two editors never overwrite each other silently.
 */

export const roleLibraryReaders = "any" as const;
export const roleLibraryEditors = ["OWNER", "HR"] as const satisfies readonly WorkspaceRole[];

export interface PersonRef {
  id: string;
  name: string;
}

export interface RoleLibraryPermissions {
  role: WorkspaceRole;
  /** Edit, add custom roles, archive, restore versions, and create or revoke share links. */
  canEdit: boolean;
}

export function roleLibraryPermissionsFor(role: WorkspaceRole): RoleLibraryPermissions {
  return { role, canEdit: (roleLibraryEditors as readonly WorkspaceRole[]).includes(role) };
}

export interface RoleDescriptionSummary {
  id: string;
  roleKey: string;
  title: string;
  summary: string;
  isCustom: boolean;
  currentVersion: number;
  updatedAt: Date;
  archivedAt: Date | null;
  salaryBandCount: number;
  lastChange: { version: number; summary: string; createdAt: Date; createdBy: PersonRef };
}

export interface RoleDescriptionDetail extends RoleDescriptionSummary {
  workspaceId: string;
  content: RoleDescriptionContent;
  permissions: RoleLibraryPermissions;
}

export const roleNotFound = () => new AppError("not_found", "That role does not exist or you do not have access to it.");

const entrySelect = {
  id: true,
  workspaceId: true,
  roleKey: true,
  isCustom: true,
  title: true,
  currentVersion: true,
  content: true,
  updatedAt: true,
  archivedAt: true,
  // Versions only ever grow, so the newest is the current one.
  versions: {
    orderBy: { version: "desc" },
    take: 1,
    select: { version: true, summary: true, createdAt: true, createdBy: { select: { id: true, name: true } } },
  },
} as const;

type EntryRow = {
  id: string;
  workspaceId: string;
  roleKey: string;
  isCustom: boolean;
  title: string;
  currentVersion: number;
  content: unknown;
  updatedAt: Date;
  archivedAt: Date | null;
  versions: { version: number; summary: string; createdAt: Date; createdBy: PersonRef }[];
};

/** Reads stored content; a row that no longer parses is a bug on our side, never the user's. */
export function readRoleContent(json: unknown): RoleDescriptionContent {
  const parsed = RoleDescriptionContentSchema.safeParse(json);
  if (!parsed.success) throw new Error(`A stored role description does not match its schema: ${parsed.error.message}`);
  return parsed.data;
}

function toDetail(row: EntryRow, role: WorkspaceRole): RoleDescriptionDetail {
  const content = readRoleContent(row.content);
  const last = row.versions[0];
  if (!last) throw new Error(`Role description ${row.id} has no versions`);
  return {
    id: row.id,
    workspaceId: row.workspaceId,
    roleKey: row.roleKey,
    title: row.title,
    summary: content.summary,
    isCustom: row.isCustom,
    currentVersion: row.currentVersion,
    updatedAt: row.updatedAt,
    archivedAt: row.archivedAt,
    salaryBandCount: content.salaryBands.length,
    lastChange: last,
    content,
    permissions: roleLibraryPermissionsFor(role),
  };
}

/**
 * Seeds the engine's five roles into a workspace's library the first time anyone opens it.
 * Idempotent and race-safe: INSERT … ON CONFLICT DO NOTHING on (workspaceId, roleKey), with
 * version 1 written in the same transaction only for the rows this call inserted, so any
 * number of first visits at once leave exactly five entries, each with exactly one version 1.
 */
export async function ensureRoleLibrarySeeded(workspaceId: string, fallbackAuthorId: string, now = new Date()): Promise<void> {
  const present = await db().roleDescription.count({ where: { workspaceId, roleKey: { in: [...seededRoleKeys] } } });
  if (present === seededRoleKeys.length) return;
  // Version 1 is the catalog's text; the workspace's first owner is recorded as its author
  // (the schema needs a person), with a summary that says where it came from.
  const owner = await db().membership.findFirst({ where: { workspaceId, role: "OWNER" }, orderBy: { createdAt: "asc" }, select: { userId: true } });
  const authorId = owner?.userId ?? fallbackAuthorId;
  const seeds = seedRoleLibrary();
  await db().$transaction(async (tx) => {
    const created = await tx.roleDescription.createManyAndReturn({
      data: seeds.map((seed) => ({ workspaceId, roleKey: seed.roleKey, title: seed.title, content: seed.content, createdAt: now, updatedAt: now })),
      skipDuplicates: true,
      select: { id: true, roleKey: true },
    });
    if (created.length === 0) return;
    const contentOf = new Map(seeds.map((seed) => [seed.roleKey as string, seed.content]));
    await tx.roleDescriptionVersion.createMany({
      data: created.map((row) => ({ roleDescriptionId: row.id, version: 1, content: contentOf.get(row.roleKey) ?? {}, summary: seedSummary, createdById: authorId, createdAt: now })),
    });
  });
}

/**
 * The actor's access to the workspace's library (seeded on the way) and the entry for
 * `roleKey`. A role key that is malformed, missing or in another workspace is "not found".
 */
export async function requireRoleEntry(
  actor: Actor,
  workspaceId: string,
  roleKey: string,
  allowedRoles: readonly WorkspaceRole[] | "any",
): Promise<{ access: WorkspaceAccess; row: EntryRow }> {
  const access = await requireWorkspaceRole(actor, { id: workspaceId }, allowedRoles);
  const key = RoleKeySchema.safeParse(roleKey);
  if (!key.success) throw roleNotFound();
  await ensureRoleLibrarySeeded(access.workspaceId, actor.userId);
  const row = await db().roleDescription.findUnique({
    where: { workspaceId_roleKey: { workspaceId: access.workspaceId, roleKey: key.data } },
    select: entrySelect,
  });
  if (!row) throw roleNotFound();
  return { access, row };
}

/** The library, engine roles first in catalog order, then custom roles by title; archived ones only on request. */
export async function listRoleDescriptions(
  actor: Actor,
  workspaceId: string,
  options: { includeArchived?: boolean } = {},
): Promise<{ entries: RoleDescriptionSummary[]; permissions: RoleLibraryPermissions }> {
  const access = await requireWorkspaceRole(actor, { id: workspaceId }, roleLibraryReaders);
  await ensureRoleLibrarySeeded(access.workspaceId, actor.userId);
  const rows = await db().roleDescription.findMany({
    where: { workspaceId: access.workspaceId, ...(options.includeArchived ? {} : { archivedAt: null }) },
    select: entrySelect,
  });
  const order = (row: EntryRow) => {
    const index = seededRoleKeys.indexOf(row.roleKey as (typeof seededRoleKeys)[number]);
    return index === -1 ? seededRoleKeys.length : index;
  };
  rows.sort((a, b) => order(a) - order(b) || a.title.localeCompare(b.title, "en") || a.roleKey.localeCompare(b.roleKey));
  return {
    entries: rows.map((row) => {
      const { content: _content, workspaceId: _workspaceId, permissions: _permissions, ...summary } = toDetail(row, access.role);
      return summary;
    }),
    permissions: roleLibraryPermissionsFor(access.role),
  };
}

export async function getRoleDescription(actor: Actor, workspaceId: string, roleKey: string): Promise<RoleDescriptionDetail> {
  const { access, row } = await requireRoleEntry(actor, workspaceId, roleKey, roleLibraryReaders);
  return toDetail(row, access.role);
}

export interface RoleConflictDetails {
  currentVersion: number;
  changedBy: string;
  changedAt: string;
  summary: string;
  /** What the other save(s) changed, from the version the editor had to the current one. */
  changes: RoleContentChange[];
}

/** The 409 for a save on a stale version: who changed what since, so the editor can merge. */
export async function staleRoleVersionError(roleDescriptionId: string, baseVersion: number): Promise<AppError> {
  const entry = await db().roleDescription.findUnique({ where: { id: roleDescriptionId }, select: { currentVersion: true } });
  if (!entry) return roleNotFound();
  const versions = await db().roleDescriptionVersion.findMany({
    where: { roleDescriptionId, version: { in: [baseVersion, entry.currentVersion] } },
    select: { version: true, content: true, summary: true, createdAt: true, createdBy: { select: { name: true } } },
  });
  const base = versions.find((row) => row.version === baseVersion);
  const current = versions.find((row) => row.version === entry.currentVersion);
  const changes = base && current ? diffRoleContents(readRoleContent(base.content), readRoleContent(current.content)) : [];
  const details: RoleConflictDetails = {
    currentVersion: entry.currentVersion,
    changedBy: current?.createdBy.name ?? "someone",
    changedAt: (current?.createdAt ?? new Date()).toISOString(),
    summary: current ? (changes.length > 0 ? summariseRoleChanges(changes) : current.summary) : "",
    changes,
  };
  const message =
    baseVersion > entry.currentVersion
      ? `Version ${baseVersion} of this role does not exist; the current version is ${entry.currentVersion}.`
      : `This role description changed since you opened it: ${details.changedBy} saved version ${entry.currentVersion} (${details.summary}). Your text is kept: review their change and save again on top of it.`;
  return new AppError("conflict", message, { details });
}

const archivedError = () => new AppError("conflict", "This role is archived, so it cannot be changed. Restore it to the library first.");

/**
 * Writes version base+1 of an entry if `base` is still current (one conditional UPDATE, the
 * version insert in the same transaction): of concurrent saves from one base exactly one wins,
 * the others get the 409 with nothing written.
 */
export async function commitRoleVersion(
  actor: Actor,
  roleDescriptionId: string,
  base: number,
  content: RoleDescriptionContent,
  summary: string,
  now: Date,
): Promise<void> {
  const outcome = await db().$transaction(async (tx) => {
    const updated = await tx.roleDescription.updateMany({
      where: { id: roleDescriptionId, currentVersion: base, archivedAt: null },
      data: { currentVersion: base + 1, title: content.title, content, updatedAt: now },
    });
    if (updated.count !== 1) return "refused" as const;
    await tx.roleDescriptionVersion.create({
      data: { roleDescriptionId, version: base + 1, content, summary: summary.slice(0, 1_000), createdById: actor.userId, createdAt: now },
    });
    return "saved" as const;
  });
  if (outcome === "saved") return;
  const entry = await db().roleDescription.findUnique({ where: { id: roleDescriptionId }, select: { archivedAt: true } });
  if (!entry) throw roleNotFound();
  if (entry.archivedAt) throw archivedError();
  throw await staleRoleVersionError(roleDescriptionId, base);
}

/** The change note's errors go under "note", so the form shows them beside the note, not as a stray message. */
function parseChangeNote(note: unknown): string {
  return parseOrThrow(z.object({ note: RoleChangeNoteSchema }), { note }).note;
}

export function parseRoleBaseVersion(value: unknown): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < 1 || value > 2_147_483_647) {
    throw new AppError("bad_request", "Send the version you edited as a whole number from 1.");
  }
  return value;
}

/**
 * Saves HR's edit as a new version, only if `baseVersion` is still current (else 409 with the
 * other change). An edit that changes nothing writes nothing. The engine role an entry
 * describes is the library's to keep, never the form's.
 */
export async function updateRoleDescription(
  actor: Actor,
  workspaceId: string,
  roleKey: string,
  baseVersion: number,
  input: EditableRoleContentInput,
  note = "",
  now = new Date(),
): Promise<RoleDescriptionDetail> {
  const { access, row } = await requireRoleEntry(actor, workspaceId, roleKey, roleLibraryEditors);
  const parsed = parseOrThrow(EditableRoleContentSchema, input);
  const changeNote = parseChangeNote(note);
  const base = parseRoleBaseVersion(baseVersion);
  if (row.archivedAt) throw archivedError();
  if (row.currentVersion !== base) throw await staleRoleVersionError(row.id, base);
  const before = readRoleContent(row.content);
  const content: RoleDescriptionContent = { ...parsed, engineRoleId: before.engineRoleId };
  const changes = diffRoleContents(before, content);
  if (changes.length === 0) return toDetail(row, access.role);
  const summary = [changeNote, summariseRoleChanges(changes)].filter((part) => part !== "").join(" — ");
  await commitRoleVersion(actor, row.id, base, content, summary, now);
  return getRoleDescription(actor, access.workspaceId, row.roleKey);
}

/** Adds a custom role ("custom-<slug of its title>", numbered when taken) as version 1. */
export async function createCustomRole(
  actor: Actor,
  workspaceId: string,
  input: EditableRoleContentInput,
  note = "",
  now = new Date(),
): Promise<RoleDescriptionDetail> {
  const access = await requireWorkspaceRole(actor, { id: workspaceId }, roleLibraryEditors);
  const parsed = parseOrThrow(EditableRoleContentSchema, input);
  const changeNote = parseChangeNote(note);
  const content: RoleDescriptionContent = { ...parsed, engineRoleId: null };
  const prefix = `custom-${slugifyTitle(content.title)}`;
  // Two HR members adding the same title at once: the unique index refuses the slower one, which
  // then takes the next free number instead of failing.
  for (let attempt = 0; attempt < 3; attempt += 1) {
    const taken = await db().roleDescription.findMany({ where: { workspaceId: access.workspaceId, roleKey: { startsWith: prefix } }, select: { roleKey: true } });
    const roleKey = customRoleKey(content.title, new Set(taken.map((row) => row.roleKey)));
    try {
      await db().roleDescription.create({
        data: {
          workspaceId: access.workspaceId,
          roleKey,
          isCustom: true,
          title: content.title,
          content,
          createdAt: now,
          updatedAt: now,
          versions: { create: { version: 1, content, summary: changeNote || "Created", createdById: actor.userId, createdAt: now } },
        },
        select: { id: true },
      });
      return getRoleDescription(actor, access.workspaceId, roleKey);
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") continue;
      throw error;
    }
  }
  throw new AppError("conflict", "Another role with this title was added at the same moment. Please save again.");
}

/**
 * Archives a custom role (it leaves the library list and its share links stop working) or puts
 * it back. The engine's five roles stay: plans and job descriptions always need them.
 */
export async function setRoleArchived(actor: Actor, workspaceId: string, roleKey: string, archived: boolean, now = new Date()): Promise<RoleDescriptionDetail> {
  const { access, row } = await requireRoleEntry(actor, workspaceId, roleKey, roleLibraryEditors);
  if (!row.isCustom) {
    throw new AppError("unprocessable", "The engine's five roles cannot be archived: plans and job descriptions rely on them. Edit them instead.");
  }
  if ((row.archivedAt !== null) !== archived) {
    await db().roleDescription.updateMany({ where: { id: row.id }, data: { archivedAt: archived ? now : null } });
  }
  return getRoleDescription(actor, access.workspaceId, row.roleKey);
}
