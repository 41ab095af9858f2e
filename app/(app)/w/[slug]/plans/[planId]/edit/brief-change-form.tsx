"use client";

import { useActionState } from "react";
import { BriefFieldsInputs } from "@/app/_components/brief-fields";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState } from "@/lib/form-state";
import { briefChangeAction, type BriefChangeFormState } from "@/lib/server/actions/plans";
import { briefFieldsFromValues, type BriefFields } from "@/lib/ui/brief-form";
import { ConflictNotice } from "../../_lib/conflict-notice";

/**
 * Changing the brief re-drafts the plan, so it happens in two steps: "Preview changes" shows
 * what the new draft would change and which of the user's overrides carry over; only then can
 * the same brief be applied. The server refuses to apply a brief other than the one previewed.
 */
export function BriefChangeForm({
  planId,
  slug,
  baseVersion,
  brief,
  reloadHref,
}: {
  planId: string;
  slug: string;
  baseVersion: number;
  brief: BriefFields;
  reloadHref: string;
}) {
  const [state, formAction] = useActionState<BriefChangeFormState, FormData>(briefChangeAction, initialFormState);
  const defaults = briefFieldsFromValues(state.values) ?? brief;
  const preview = state.preview;
  const keepOverrides = state.values ? state.values.keepOverrides === "on" : true;
  return (
    <form action={formAction} noValidate className="card">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      {preview ? <input type="hidden" name="previewed" value={preview.fingerprint} /> : null}
      <BriefFieldsInputs defaults={defaults} errors={state.fieldErrors ?? {}} idPrefix="brief-" />
      {state.conflict ? (
        <ConflictNotice conflict={state.conflict}>
          <a href={reloadHref} className="button">
            Load version {state.conflict.currentVersion}
          </a>
        </ConflictNotice>
      ) : (
        <FormMessage state={state} />
      )}
      {preview ? (
        <section className="brief-preview" aria-labelledby="brief-preview-heading">
          <h3 id="brief-preview-heading">What would change</h3>
          {preview.changes.length === 0 ? (
            <p>Nothing: the new brief gives the same plan.</p>
          ) : (
            <ul>
              {preview.changes.map((change) => (
                <li key={change.text}>
                  {change.text}
                  {change.source === "engine" ? <span className="muted"> (re-drafted by the engine)</span> : null}
                </li>
              ))}
            </ul>
          )}
          {preview.kept.length > 0 ? (
            <>
              <h4>Your changes that stay</h4>
              <ul>
                {preview.kept.map((description) => (
                  <li key={description}>{description}</li>
                ))}
              </ul>
            </>
          ) : null}
          {preview.lapsed.length > 0 ? (
            <>
              <h4>Your changes that no longer apply (dropped)</h4>
              <ul>
                {preview.lapsed.map((status) => (
                  <li key={status.description}>
                    {status.description}: {status.reason}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          {preview.kept.length > 0 ? (
            <details>
              <summary>Without your changes, the new brief would give</summary>
              <ul>
                {preview.changesWithoutOverrides.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            </details>
          ) : null}
        </section>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" name="keepOverrides" defaultChecked={keepOverrides} /> Keep my overrides (the changes that still apply)
      </label>
      <div className="inline-form">
        <SubmitButton className={preview ? "button" : "button primary"} name="intent" value="preview" pendingText="Drafting…">
          Preview changes
        </SubmitButton>
        {preview ? (
          <SubmitButton className="button primary" name="intent" value="apply" pendingText="Applying…">
            Apply the new brief
          </SubmitButton>
        ) : null}
      </div>
    </form>
  );
}
