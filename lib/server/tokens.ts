import "server-only";
import { createHash, randomBytes } from "node:crypto";

/**
 * Secret tokens (invitations, share links, API tokens): 256 random bits, shown once,
 * stored only as a SHA-256 hash. A fast hash is right here because the token itself
 * has full entropy; there is nothing to brute-force the way there is with passwords.
 */
export function generateToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashToken(token) };
}

export function hashToken(token: string): string {
  return sha256Hex(token);
}

/** SHA-256 of a text as 64 hex digits: what tokens, idempotency keys and request fingerprints are stored as. */
export function sha256Hex(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}
