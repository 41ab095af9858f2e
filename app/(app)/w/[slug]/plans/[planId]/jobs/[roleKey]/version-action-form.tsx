"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import {
  regenerateJobDescriptionAction,
  restoreJobDescriptionAction,
  type JdFormState,
} from "@/lib/server/actions/job-descriptions";

const actions = { restore: restoreJobDescriptionAction, regenerate: regenerateJobDescriptionAction } as const;

interface Props {
  kind: keyof typeof actions;
  planId: string;
  slug: string;
  roleKey: string;
  /** The version on screen: the new one is written on top of it, or the action is refused (409). */
  baseVersion: number;
  /** For "restore": the version to bring back. */
  version?: number;
  /** Asked with window.confirm before anything is written. */
  question: string;
  label: string;
  pendingText: string;
}

/**
 * Restore an old version, or regenerate the draft from the plan: both write a new version after
 * the user confirms, and both can meet a save made meanwhile. Then the 409 shows here, and the
 * editor (a separate form) still holds whatever the user typed.
 */
export function VersionActionForm({ kind, planId, slug, roleKey, baseVersion, version, question, label, pendingText }: Props) {
  const [state, formAction] = useActionState<JdFormState, FormData>(actions[kind], { status: "idle" });
  return (
    <form
      action={formAction}
      className="inline-action"
      onSubmit={(event) => {
        if (!window.confirm(question)) event.preventDefault();
      }}
    >
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="roleKey" value={roleKey} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      {version === undefined ? null : <input type="hidden" name="version" value={version} />}
      <SubmitButton className="button" pendingText={pendingText}>
        {label}
      </SubmitButton>
      {state.conflict ? (
        <p className="form-message error" role="alert">
          {state.conflict.changedBy} saved version {state.conflict.currentVersion} ({state.conflict.summary}) since you opened this page, so nothing was changed. Your text in the
          editor is still there: copy what you need, then reload to see their version.
        </p>
      ) : (
        <FormMessage state={state} />
      )}
    </form>
  );
}
