import { z } from "@/lib/schemas/zod";

/**
 * A whole number that arrives as text (query strings, form fields) or as a number (server
 * callers, JSON). Text must be decimal digits only: `z.coerce.number()` would also read "0x10",
 * "0b10", "1e1", "16.0", "+16" or " 16" as numbers, so a mistyped or crafted value would pass as
 * one nobody wrote. Anything else stays as it came and fails `schema` with its own message.
 */
export function wholeNumberFromText<Schema extends z.ZodType<number>>(schema: Schema) {
  return z.preprocess((value) => (typeof value === "string" && /^\d+$/.test(value) ? Number(value) : value), schema);
}
