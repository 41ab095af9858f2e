"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { parseOrThrow } from "@/lib/errors";
import { echoFormValues, type FormState } from "@/lib/form-state";
import { RoleKeySchema } from "@/lib/schemas/role-library";
import { ShareLinkExpirySchema } from "@/lib/schemas/share-link";
import { formStateFromError } from "@/lib/server/actions/form-errors";
import { createShareLink, revokeShareLink, type ShareTargetRef } from "@/lib/server/data/share-links";
import { requireUser } from "@/lib/server/session";

/**
 * Share-link actions. The data layer decides who may share what (managers and owners for
 * plans, HR and owners for role descriptions); a hidden panel is only a convenience.
 */

const IdSchema = z.string({ error: "That item does not exist." }).min(1).max(64);

export interface ShareLinkFormState extends FormState {
  /** The path of the new link (/share/<token>), shown this once: only its hash is stored. */
  sharePath?: string;
}

function targetFrom(formData: FormData): ShareTargetRef {
  const kind = formData.get("targetKind");
  if (kind === "plan") return { kind: "plan", planId: parseOrThrow(IdSchema, formData.get("planId")) };
  return { kind: "role", workspaceId: parseOrThrow(IdSchema, formData.get("workspaceId")), roleKey: parseOrThrow(RoleKeySchema, formData.get("roleKey")) };
}

export async function createShareLinkAction(_previous: ShareLinkFormState, formData: FormData): Promise<ShareLinkFormState> {
  const values = echoFormValues(formData);
  try {
    const user = await requireUser();
    const expiry = ShareLinkExpirySchema.safeParse(formData.get("expiresInDays") ?? undefined);
    if (!expiry.success) return { status: "error", message: "Some fields need attention.", fieldErrors: { expiresInDays: [expiry.error.issues[0]?.message ?? "Choose an expiry."] }, values };
    const { token, link } = await createShareLink({ userId: user.id }, targetFrom(formData), { expiresInDays: expiry.data });
    revalidatePath("/w/[slug]", "layout");
    return {
      status: "success",
      message: `Link created${link.expiresAt ? "" : " with no expiry"}. Copy it now: it is shown only once.`,
      sharePath: `/share/${token}`,
      values: { expiresInDays: values.expiresInDays ?? "never" },
    };
  } catch (error) {
    return formStateFromError(error, values);
  }
}

export async function revokeShareLinkAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoFormValues(formData);
  try {
    const user = await requireUser();
    await revokeShareLink({ userId: user.id }, parseOrThrow(IdSchema, formData.get("linkId")));
  } catch (error) {
    return formStateFromError(error, values);
  }
  revalidatePath("/w/[slug]", "layout");
  return { status: "success", message: "Link revoked: it no longer opens." };
}
