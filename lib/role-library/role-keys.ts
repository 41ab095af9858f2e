/**
 * Role keys name library entries in URLs: the engine's role ids ("ml-engineer") or
 * "custom-<slug>" for a role HR adds. Pure, shared by the data layer and the forms.
 */

export const customRolePrefix = "custom-";
const maxSlugLength = 48;

/** "Prompt Engineer (LLM)" → "prompt-engineer-llm"; accents dropped; "role" when nothing is left. */
export function slugifyTitle(title: string): string {
  const slug = title
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxSlugLength)
    .replace(/-+$/g, "");
  return slug === "" ? "role" : slug;
}

/**
 * The first free custom key for a title: "custom-prompt-engineer", then "-2", "-3"… so two
 * roles with the same title (or an archived one) never collide.
 */
export function customRoleKey(title: string, taken: ReadonlySet<string>): string {
  const base = `${customRolePrefix}${slugifyTitle(title)}`;
  if (!taken.has(base)) return base;
  for (let n = 2; ; n += 1) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** What a role key in a URL may look like: anything else is "not found" before any query. */
export const roleKeyPattern = /^[a-z0-9][a-z0-9-]{0,63}$/;

export function isCustomRoleKey(roleKey: string): boolean {
  return roleKey.startsWith(customRolePrefix);
}
