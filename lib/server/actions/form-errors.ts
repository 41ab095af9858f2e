import "server-only";
import { unstable_rethrow } from "next/navigation";
import { z } from "zod";
import { AppError } from "@/lib/errors";
import type { FormState } from "@/lib/form-state";
import { asAppError } from "@/lib/server/data/db-errors";

/**
 * Turns what an action threw into the state its form shows: AppErrors keep their message and
 * field errors; anything unexpected is logged and shown as a generic message. Redirects and
 * other control flow Next implements as throws pass through untouched.
 */
export function formStateFromError(thrown: unknown, values: Record<string, string>): FormState {
  unstable_rethrow(thrown);
  const error = asAppError(thrown);
  if (error instanceof AppError) {
    return { status: "error", message: error.message, fieldErrors: error.fieldErrors, values };
  }
  console.error("[action] failed:", thrown);
  return { status: "error", message: "Something went wrong on our side. Nothing was saved; please try again.", values };
}

/** The other change a 409 names, as a form shows it beside what the user typed. */
export interface ConflictView {
  currentVersion: number;
  changedBy: string;
  changedAt: string;
  summary: string;
  changes: string[];
}

// Plans and role descriptions answer a 409 with these details (lib/server/openapi.ts has the full
// ConflictDetails); a form needs only each change's text.
const ConflictDetailsSchema = z.object({
  currentVersion: z.number(),
  changedBy: z.string(),
  changedAt: z.string(),
  summary: z.string(),
  changes: z.array(z.object({ text: z.string() })),
});

/** The conflict to show for a thrown error, when it is a 409 carrying the other change. */
export function conflictViewOf(error: unknown): ConflictView | undefined {
  if (!(error instanceof AppError) || error.code !== "conflict") return undefined;
  const details = ConflictDetailsSchema.safeParse(error.details);
  if (!details.success) return undefined;
  return { ...details.data, changes: details.data.changes.map((change) => change.text) };
}
