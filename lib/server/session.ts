import "server-only";
import { redirect } from "next/navigation";
import { AppError } from "@/lib/errors";
import { auth } from "@/lib/server/auth";
import { findUserById, type UserDto } from "@/lib/server/data/users";

/**
 * The one way to learn who is signed in, from server components, server actions and route
 * handlers alike. The session cookie is only a claim: the user must still exist.
 */
export async function getCurrentUser(): Promise<UserDto | null> {
  const session = await auth();
  const userId = session?.user?.id;
  if (!userId) return null;
  return findUserById(userId);
}

/** For pages and server actions: sends signed-out visitors to sign in, then back. */
export async function requireUser(returnTo?: string): Promise<UserDto> {
  const user = await getCurrentUser();
  if (!user) redirect(returnTo ? `/sign-in?callbackUrl=${encodeURIComponent(returnTo)}` : "/sign-in");
  return user;
}

/** For route handlers: a 401 in the API's error shape. */
export async function requireApiUser(): Promise<UserDto> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Sign in, or send a valid API token.");
  return user;
}
