import "server-only";
import { getEnv } from "@/lib/env";
import { db } from "@/lib/server/db";

/**
 * Sign-in throttling, kept in the database so every app instance counts the same failures.
 * One email gets a handful of tries per window (guessing one account's password); one IP
 * gets more (an office shares an address) but not unlimited (spraying many accounts).
 */

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

const emailKey = (email: string) => `email:${email.trim().toLowerCase()}`;
const ipKey = (ip: string) => `ip:${ip}`;

export async function checkSignInAllowed(input: { email?: string; ip?: string }, now = new Date()): Promise<ThrottleVerdict> {
  const env = getEnv();
  const windowMs = env.SIGNIN_FAILURE_WINDOW_MINUTES * 60_000;
  const since = new Date(now.getTime() - windowMs);
  const limits: Array<{ key: string; max: number }> = [];
  if (input.email) limits.push({ key: emailKey(input.email), max: env.SIGNIN_MAX_FAILURES_PER_EMAIL });
  if (input.ip) limits.push({ key: ipKey(input.ip), max: env.SIGNIN_MAX_FAILURES_PER_IP });

  let retryAfterSeconds = 0;
  for (const { key, max } of limits) {
    const failures = await db().signInFailure.findMany({
      where: { key, occurredAt: { gt: since } },
      orderBy: { occurredAt: "desc" },
      take: max,
      select: { occurredAt: true },
    });
    if (failures.length >= max) {
      // Allowed again once the oldest of the last `max` failures leaves the window.
      const oldest = failures[failures.length - 1]!.occurredAt.getTime();
      retryAfterSeconds = Math.max(retryAfterSeconds, Math.ceil((oldest + windowMs - now.getTime()) / 1000));
    }
  }
  return retryAfterSeconds > 0 ? { allowed: false, retryAfterSeconds } : { allowed: true };
}

export async function recordSignInFailure(input: { email?: string; ip?: string }): Promise<void> {
  const keys = [input.email ? emailKey(input.email) : null, input.ip ? ipKey(input.ip) : null].filter(
    (key): key is string => key !== null,
  );
  if (keys.length === 0) return;
  await db().signInFailure.createMany({ data: keys.map((key) => ({ key })) });
}

/** A successful sign-in forgives that email's failures (not the IP's: one success must not unlock spraying). */
export async function clearSignInFailures(email: string): Promise<void> {
  await db().signInFailure.deleteMany({ where: { key: emailKey(email) } });
}

/** Old rows are useless once outside every window; trimmed opportunistically. */
export async function pruneSignInFailures(now = new Date()): Promise<void> {
  const cutoff = new Date(now.getTime() - 24 * 60 * 60_000);
  await db().signInFailure.deleteMany({ where: { occurredAt: { lt: cutoff } } });
}

export function describeRetryAfter(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "about a minute" : `${minutes} minutes`;
}
