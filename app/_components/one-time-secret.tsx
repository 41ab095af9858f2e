"use client";

import { useActionState, useState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState, type FormState } from "@/lib/form-state";

/**
 * A secret shown this once (an API token, an invitation or share link: only its hash is
 * stored), read-only, selected on focus, with a Copy button that says when it worked.
 */
export function OneTimeSecret({ id, label, value }: { id: string; label: string; value: string }) {
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <div className="copy-box">
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <input id={id} readOnly value={value} onFocus={(event) => event.currentTarget.select()} />
      <button
        type="button"
        className="button"
        onClick={() => {
          void navigator.clipboard?.writeText(value).then(
            () => setCopied(value),
            () => setCopied(null),
          );
        }}
      >
        Copy
      </button>
      <span role="status" aria-live="polite" className="muted">
        {copied === value ? "Copied." : ""}
      </span>
    </div>
  );
}

/**
 * The "Revoke" button of a row, posting `fields` to the server action, which checks the
 * caller again; `confirm` asks first. Its own form state, so each row reports its own error.
 */
export function RevokeButton({
  action,
  fields,
  confirm,
  show = true,
}: {
  action: (previous: FormState, formData: FormData) => Promise<FormState>;
  fields: Record<string, string>;
  confirm?: string;
  /** False for rows that can no longer be revoked: only the message slot is kept. */
  show?: boolean;
}) {
  const [state, formAction] = useActionState(action, initialFormState);
  return (
    <>
      {show ? (
        <form
          action={formAction}
          onSubmit={(event) => {
            if (confirm !== undefined && !window.confirm(confirm)) event.preventDefault();
          }}
        >
          {Object.entries(fields).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <SubmitButton className="button danger" pendingText="Revoking…">
            Revoke
          </SubmitButton>
        </form>
      ) : null}
      <FormMessage state={state} />
    </>
  );
}
