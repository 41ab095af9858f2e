import "server-only";
import { hash, verify } from "@node-rs/argon2";
import { AppError } from "@/lib/errors";
import type { SignUpInput } from "@/lib/schemas/auth";
import { db } from "@/lib/server/db";
import { Prisma } from "@/lib/generated/prisma/client";

export interface UserDto {
  id: string;
  email: string;
  name: string;
}

const userSelect = { id: true, email: true, name: true } as const;

// A hash of a random password, verified when the email is unknown so that a sign-in for a
// missing account takes as long as one for a real account (no user enumeration by timing).
let decoyHash: Promise<string> | undefined;

/** argon2id with the library defaults (19 MiB, 2 passes), OWASP's recommended minimum. */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function createUserWithPassword(input: SignUpInput): Promise<UserDto> {
  const passwordHash = await hashPassword(input.password);
  try {
    return await db().user.create({
      data: { email: input.email, name: input.name, passwordHash },
      select: userSelect,
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new AppError("conflict", "An account with this email already exists. Sign in instead.", {
        fieldErrors: { email: ["An account with this email already exists. Sign in instead."] },
      });
    }
    throw error;
  }
}

/** Returns the user when the password matches, null otherwise (unknown email or wrong password alike). */
export async function verifyPasswordSignIn(email: string, password: string): Promise<UserDto | null> {
  const user = await db().user.findUnique({ where: { email }, select: { ...userSelect, passwordHash: true } });
  if (!user?.passwordHash) {
    decoyHash ??= hashPassword(`decoy-${Math.random()}`);
    await verify(await decoyHash, password).catch(() => false);
    return null;
  }
  const ok = await verify(user.passwordHash, password).catch(() => false);
  return ok ? { id: user.id, email: user.email, name: user.name } : null;
}

export async function findUserById(userId: string): Promise<UserDto | null> {
  return db().user.findUnique({ where: { id: userId }, select: userSelect });
}

/**
 * First sign-in through GitHub, Google or OIDC: link the provider account to the user with
 * that (provider-verified) email, creating the user when there is none.
 */
export async function upsertUserFromProvider(input: {
  provider: string;
  providerAccountId: string;
  email: string;
  name: string;
}): Promise<UserDto> {
  const email = input.email.trim().toLowerCase();
  const linked = await db().account.findUnique({
    where: { provider_providerAccountId: { provider: input.provider, providerAccountId: input.providerAccountId } },
    select: { user: { select: userSelect } },
  });
  if (linked) return linked.user;
  return db().$transaction(async (tx) => {
    const user =
      (await tx.user.findUnique({ where: { email }, select: userSelect })) ??
      (await tx.user.create({ data: { email, name: input.name || email }, select: userSelect }));
    await tx.account.create({
      data: { userId: user.id, provider: input.provider, providerAccountId: input.providerAccountId },
    });
    return user;
  });
}
