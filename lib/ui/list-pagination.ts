/**
 * Keyset pagination in the URL. The data layer only hands out a cursor for the NEXT page, so
 * "previous" needs the cursors that led here: they travel in `trail`, dot-separated (cursors
 * are base64url, which never contains a dot). The trail is capped so links stay short; past the
 * cap, "previous" from far back returns to the first page rather than growing the URL forever.
 */

export const trailLimit = 20;

export function parseTrail(trail: string | undefined): string[] {
  if (!trail) return [];
  return trail
    .split(".")
    .map((cursor) => cursor.trim())
    .filter((cursor) => cursor !== "")
    .slice(-trailLimit);
}

/**
 * The query of the next and previous pages, from the current query (without paging params),
 * the cursor this page was loaded with ("" for the first page) and the trail behind it.
 */
export function pageLinks(
  base: Record<string, string | undefined>,
  current: { cursor: string | undefined; trail: string[] },
  nextCursor: string | null,
): { next: string | null; previous: string | null; pageNumber: number | null } {
  const query = (extra: Record<string, string | undefined>) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries({ ...base, ...extra })) if (value) params.set(key, value);
    return `?${params.toString()}`;
  };
  const here = current.cursor ?? "";
  const next = nextCursor ? query({ cursor: nextCursor, trail: [...current.trail, here].slice(-trailLimit).join(".") || undefined }) : null;
  let previous: string | null = null;
  if (current.cursor) {
    const back = current.trail.slice(0, -1);
    const previousCursor = current.trail[current.trail.length - 1] ?? "";
    previous = query({ cursor: previousCursor || undefined, trail: back.length > 0 ? back.join(".") : undefined });
  }
  // The first page's cursor is empty and never stored, so page n has n − 2 cursors behind it.
  // Past the cap the count is unknown: say nothing rather than a wrong number.
  const pageNumber = !current.cursor ? 1 : current.trail.length < trailLimit ? current.trail.length + 2 : null;
  return { next, previous, pageNumber };
}
