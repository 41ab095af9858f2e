"use client";

import { useRouter } from "next/navigation";

/** Switching workspace is navigation: the workspace lives in the URL, so links and tabs stay unambiguous. */
export function WorkspaceSwitcher({
  workspaces,
  currentSlug,
}: {
  workspaces: Array<{ slug: string; name: string }>;
  currentSlug?: string;
}) {
  const router = useRouter();
  return (
    <label className="inline-form">
      <span className="visually-hidden">Current workspace</span>
      <select
        value={currentSlug ?? ""}
        onChange={(event) => {
          if (event.target.value) router.push(`/w/${event.target.value}`);
        }}
      >
        {currentSlug ? null : <option value="">Choose a workspace…</option>}
        {workspaces.map((workspace) => (
          <option key={workspace.slug} value={workspace.slug}>
            {workspace.name}
          </option>
        ))}
      </select>
    </label>
  );
}
