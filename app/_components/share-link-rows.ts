import type { ShareLinkRow } from "@/app/_components/share-links-panel";

/** Share links as the client panel takes them: plain strings, no Dates across the server/client boundary. */
export function toShareLinkRows(
  links: readonly { id: string; createdAt: Date; createdBy: { name: string }; expiresAt: Date | null; lastAccessedAt: Date | null; accessCount: number }[],
): ShareLinkRow[] {
  return links.map((link) => ({
    id: link.id,
    createdAt: link.createdAt.toISOString(),
    createdByName: link.createdBy.name,
    expiresAt: link.expiresAt?.toISOString() ?? null,
    lastAccessedAt: link.lastAccessedAt?.toISOString() ?? null,
    accessCount: link.accessCount,
  }));
}
