import { roleCatalog } from "@/lib/engine/catalog/roles";
import { defaultRoleDescription } from "@/lib/jd/default-role-description";
import type { RoleDescriptionContent } from "@/lib/schemas/role-library";
import type { RoleId } from "@/lib/schemas/team-draft";

/**
 * What a workspace's role library starts with: the engine's five roles, in catalog order. The
 * content is the same builder job-description drafts fall back on (lib/jd), so a fresh library
 * and a draft without one say the same thing: the catalog's titles, skills, tools and O*NET-SOC
 * codes, responsibilities and level expectations written for Teamwright, the [C] US medians for
 * ML and AI engineers and no invented band for the others.
 */
export interface SeedEntry {
  roleKey: RoleId;
  title: string;
  content: RoleDescriptionContent;
}

export function seedRoleLibrary(): SeedEntry[] {
  return roleCatalog.map((role) => {
    const content = defaultRoleDescription(role.id);
    return { roleKey: role.id, title: content.title, content };
  });
}

/** Role keys of the seeded entries: these are never archived and never custom. */
export const seededRoleKeys: readonly RoleId[] = roleCatalog.map((role) => role.id);

export const seedSummary = "Started from Teamwright's role catalog";
