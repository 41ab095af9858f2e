"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState } from "@/lib/form-state";
import { restoreRoleVersionAction, setRoleArchivedAction, type RoleFormState } from "@/lib/server/actions/role-library";

/** Restoring saves the old text as a new version, so it asks first and can conflict like any save. */
export function RestoreRoleForm({ slug, roleKey, version, baseVersion }: { slug: string; roleKey: string; version: number; baseVersion: number }) {
  const [state, formAction] = useActionState<RoleFormState, FormData>(restoreRoleVersionAction, initialFormState);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!window.confirm(`Restore version ${version}? It is saved as a new version ${baseVersion + 1}; the versions in between stay in the history.`)) event.preventDefault();
      }}
    >
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="roleKey" value={roleKey} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      <SubmitButton className="button small" pendingText="Restoring…">
        Restore version {version}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}

export function ArchiveRoleForm({ slug, roleKey, title, archived }: { slug: string; roleKey: string; title: string; archived: boolean }) {
  const [state, formAction] = useActionState(setRoleArchivedAction, initialFormState);
  return (
    <form
      action={formAction}
      onSubmit={(event) => {
        if (!archived && !window.confirm(`Archive "${title}"? It leaves the library and its share links stop opening. You can restore it later.`)) event.preventDefault();
      }}
    >
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="roleKey" value={roleKey} />
      <input type="hidden" name="archived" value={archived ? "false" : "true"} />
      <SubmitButton className={archived ? "button" : "button danger"} pendingText={archived ? "Restoring…" : "Archiving…"}>
        {archived ? "Restore to the library" : "Archive role"}
      </SubmitButton>
      <FormMessage state={state} />
    </form>
  );
}
