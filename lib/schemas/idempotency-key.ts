import { z } from "@/lib/schemas/zod";

/** How long a key is remembered; after that, the same key makes a new request. */
export const IDEMPOTENCY_KEY_TTL_HOURS = 24;

/**
 * The `Idempotency-Key` request header (IETF httpapi "The Idempotency-Key HTTP Header Field"
 * draft): opaque client text, typically a UUID. Printable ASCII only, so a key means the same
 * bytes to every proxy and client library, and at most 255 characters, as Stripe allows.
 */
export const IdempotencyKeySchema = z
  .string()
  .min(1, "The Idempotency-Key header is empty; send 1 to 255 printable ASCII characters, such as a UUID.")
  .max(255, "The Idempotency-Key header is too long; send at most 255 printable ASCII characters, such as a UUID.")
  .regex(/^[\x20-\x7e]+$/, "The Idempotency-Key header must be printable ASCII characters (no control characters), such as a UUID.");
