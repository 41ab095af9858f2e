/**
 * The workspace roles and their labels, free of zod: client components (settings panels) import
 * these, and importing them from lib/schemas/workspace.ts would ship the whole zod runtime
 * (about 90 kB gzipped) to pages that validate nothing in the browser.
 */
export const workspaceRoles = ["OWNER", "MANAGER", "HR", "VIEWER"] as const;
export type WorkspaceRole = (typeof workspaceRoles)[number];

export const roleLabels: Record<WorkspaceRole, string> = {
  OWNER: "Owner",
  MANAGER: "Manager",
  HR: "HR",
  VIEWER: "Viewer",
};
