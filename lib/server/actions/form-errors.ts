import "server-only";
import { unstable_rethrow } from "next/navigation";
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
