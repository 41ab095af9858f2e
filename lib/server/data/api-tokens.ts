import "server-only";
import { AppError, parseOrThrow } from "@/lib/errors";
import { ApiTokenSchema, CreateApiTokenSchema, type CreateApiTokenInput } from "@/lib/schemas/plan";
import { isRecordId } from "@/lib/schemas/record-id";
import type { WorkspaceRole } from "@/lib/schemas/workspace";
import { type NamedStatement, db, sql } from "@/lib/server/db";
import { type Actor, type TokenActor, ownersOnly, rememberTokenWorkspace, requireWorkspaceRole } from "@/lib/server/data/access";
import { generateToken, hashToken } from "@/lib/server/tokens";

export interface ApiTokenDto {
  id: string;
  name: string;
  /** The first characters of the token ("tw_AbCdEf"), so owners can tell tokens apart. */
  prefix: string;
  role: WorkspaceRole;
  createdAt: Date;
  createdByName: string;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  status: "active" | "revoked";
}

const tokenSelect = {
  id: true,
  name: true,
  prefix: true,
  role: true,
  createdAt: true,
  lastUsedAt: true,
  revokedAt: true,
  createdBy: { select: { name: true } },
} as const;

type TokenRow = {
  id: string;
  name: string;
  prefix: string;
  role: WorkspaceRole;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdBy: { name: string };
};

function toDto({ createdBy, ...row }: TokenRow): ApiTokenDto {
  return { ...row, createdByName: createdBy.name, status: row.revokedAt ? "revoked" : "active" };
}

const TOKEN_PREFIX = "tw_";

/**
 * Creates a workspace API token (owners only). The secret is returned this once; only its
 * SHA-256 and a short prefix are stored. Tokens are never owners, so a leaked token cannot
 * manage members or other tokens.
 */
export async function createApiToken(
  actor: Actor,
  workspaceId: string,
  input: CreateApiTokenInput,
  now = new Date(),
): Promise<{ token: string; apiToken: ApiTokenDto }> {
  const access = await requireWorkspaceRole(actor, { id: workspaceId }, ownersOnly);
  const parsed = parseOrThrow(CreateApiTokenSchema, input);
  const token = `${TOKEN_PREFIX}${generateToken().token}`;
  const row = await db().apiToken.create({
    data: {
      workspaceId: access.workspaceId,
      name: parsed.name,
      role: parsed.role,
      prefix: token.slice(0, TOKEN_PREFIX.length + 6),
      tokenHash: hashToken(token),
      createdById: actor.userId,
      createdAt: now,
    },
    select: tokenSelect,
  });
  return { token, apiToken: toDto(row) };
}

export async function listApiTokens(actor: Actor, workspaceId: string): Promise<ApiTokenDto[]> {
  const access = await requireWorkspaceRole(actor, { id: workspaceId }, ownersOnly);
  const rows = await db().apiToken.findMany({
    where: { workspaceId: access.workspaceId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: 200,
    select: tokenSelect,
  });
  return rows.map(toDto);
}

const tokenNotFound = () => new AppError("not_found", "That API token does not exist or is already revoked.");

export async function revokeApiToken(actor: Actor, workspaceId: string, tokenId: string, now = new Date()): Promise<void> {
  const access = await requireWorkspaceRole(actor, { id: workspaceId }, ownersOnly);
  if (!isRecordId(tokenId)) throw tokenNotFound();
  const result = await db().apiToken.updateMany({ where: { id: tokenId, workspaceId: access.workspaceId, revokedAt: null }, data: { revokedAt: now } });
  if (result.count === 0) throw tokenNotFound();
}

const LAST_USED_RESOLUTION_MS = 60_000;

// Prisma keeps DateTime as UTC in "timestamp without time zone"; AT TIME ZONE 'UTC' hands the
// driver a timestamptz, which it reads as the right instant whatever the server's time zone.
const tokenByHash: NamedStatement = {
  name: "teamwright_api_token_by_hash",
  text: `SELECT t."id", t."workspaceId", t."role"::text AS "role", t."createdById", t."lastUsedAt" AT TIME ZONE 'UTC' AS "lastUsedAt", w."slug", w."name"
           FROM "ApiToken" t
           JOIN "Workspace" w ON w."id" = t."workspaceId"
           JOIN "Membership" m ON m."workspaceId" = t."workspaceId" AND m."userId" = t."createdById"
          WHERE t."tokenHash" = $1 AND t."revokedAt" IS NULL`,
};

/**
 * The actor behind a raw token, or null for anything that is not a live token: malformed,
 * unknown, revoked, or created by someone no longer in the workspace. lastUsedAt is written at
 * most once a minute, so busy integrations do not turn every read into a write.
 */
export async function authenticateApiToken(rawToken: string, now = new Date()): Promise<TokenActor | null> {
  if (!ApiTokenSchema.safeParse(rawToken).success) return null;
  // One statement for what three reads did (token, creator's membership, workspace): every API
  // request starts here, so it goes to the driver as a named statement. Revocation is read every
  // time, never cached.
  const rows = await sql().query<{ id: string; workspaceId: string; role: WorkspaceRole; createdById: string; lastUsedAt: Date | null; slug: string; name: string }>(
    tokenByHash,
    [hashToken(rawToken)],
  );
  const row = rows[0];
  if (!row) return null;
  if (!row.lastUsedAt || now.getTime() - row.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db().apiToken.updateMany({
      where: { id: row.id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lte: new Date(now.getTime() - LAST_USED_RESOLUTION_MS) } }] },
      data: { lastUsedAt: now },
    });
  }
  return rememberTokenWorkspace(
    { kind: "token", tokenId: row.id, workspaceId: row.workspaceId, role: row.role, userId: row.createdById },
    { slug: row.slug, name: row.name },
  );
}
