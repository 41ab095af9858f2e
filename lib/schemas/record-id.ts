import { z } from "@/lib/schemas/zod";

/**
 * What a row id taken from a URL must look like before it reaches a query: our ids are cuids,
 * and anything else (a NUL, an unpaired surrogate, 100 kB of text) is "not found" without
 * asking the database, which would refuse such text with an error instead of an empty result.
 */
export const RecordIdSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/);

export function isRecordId(value: unknown): value is string {
  return RecordIdSchema.safeParse(value).success;
}
