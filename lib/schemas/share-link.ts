import { z } from "@/lib/schemas/zod";

/**
 * Share links: read-only public links to one plan or one role description. The token is
 * 256 random bits in base64url (lib/server/tokens.ts), 43 characters; only its SHA-256 is stored.
 */

/** Expiry choices offered by the form, in days; "never" keeps the link until it is revoked. */
export const shareLinkExpiryChoices = ["never", "1", "7", "30", "90"] as const;

export const ShareLinkExpirySchema = z
  .enum(shareLinkExpiryChoices, { error: "Choose when the link expires: never, or after 1, 7, 30 or 90 days." })
  .default("never")
  .transform((choice) => (choice === "never" ? null : Number(choice)));

export const CreateShareLinkSchema = z.strictObject({
  /** Days from now, or null for no expiry. */
  expiresInDays: z
    .number({ error: "The expiry must be a whole number of days." })
    .int("The expiry must be a whole number of days.")
    .min(1, "A link must last at least a day.")
    .max(366, "A link can last at most a year; create a new one after that.")
    .nullable()
    .default(null),
});
export type CreateShareLinkInput = z.input<typeof CreateShareLinkSchema>;

/** What a share URL's token must look like; anything else is "not found" without a query. */
export const ShareTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const shareTargets = ["PLAN", "ROLE_DESCRIPTION"] as const;
export type ShareTarget = (typeof shareTargets)[number];
