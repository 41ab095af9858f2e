"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseOrThrow } from "@/lib/errors";
import { echoFormValues, type FormState } from "@/lib/form-state";
import { CreateApiTokenSchema } from "@/lib/schemas/plan";
import { formStateFromError } from "@/lib/server/actions/form-errors";
import { createApiToken, revokeApiToken } from "@/lib/server/data/api-tokens";
import { requireUser } from "@/lib/server/session";

/** Owners only: createApiToken and revokeApiToken check the role again, whatever the page showed. */

const IdSchema = z.string().min(1).max(64);

export interface ApiTokenFormState extends FormState {
  /** The secret, shown this once: only its hash is stored. */
  token?: string;
}

export async function createApiTokenAction(_previous: ApiTokenFormState, formData: FormData): Promise<ApiTokenFormState> {
  const values = echoFormValues(formData);
  try {
    const user = await requireUser();
    const workspaceId = parseOrThrow(IdSchema, formData.get("workspaceId"));
    const input = parseOrThrow(CreateApiTokenSchema, { name: formData.get("name") ?? "", role: formData.get("role") ?? "" });
    const { token, apiToken } = await createApiToken({ userId: user.id }, workspaceId, input);
    revalidatePath("/w/[slug]/settings", "page");
    return {
      status: "success",
      message: `Token "${apiToken.name}" created. Copy it now: it is shown only once.`,
      token,
      // A new token starts a fresh form: nothing to echo.
      values: { role: input.role },
    };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function revokeApiTokenAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoFormValues(formData);
  try {
    const user = await requireUser();
    const workspaceId = parseOrThrow(IdSchema, formData.get("workspaceId"));
    const tokenId = parseOrThrow(IdSchema, formData.get("tokenId"));
    await revokeApiToken({ userId: user.id }, workspaceId, tokenId);
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath("/w/[slug]/settings", "page");
  return { status: "success", message: "Token revoked: requests with it are refused from now on." };
}
