"use client";

import { useFormStatus } from "react-dom";
import type { FormState } from "@/lib/form-state";

interface FieldProps {
  name: string;
  label: string;
  state: FormState;
  type?: string;
  defaultValue?: string;
  autoComplete?: string;
  required?: boolean;
  hint?: string;
  minLength?: number;
  maxLength?: number;
}

/** A labelled input whose error sits beside it and is announced to screen readers. */
export function Field({ name, label, state, type = "text", defaultValue, hint, ...inputProps }: FieldProps) {
  const errors = state.fieldErrors?.[name];
  const errorId = `${name}-error`;
  const hintId = hint ? `${name}-hint` : undefined;
  const describedBy = [errors ? errorId : undefined, hintId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={type === "password" ? undefined : (state.values?.[name] ?? defaultValue)}
        aria-invalid={errors ? true : undefined}
        aria-describedby={describedBy}
        {...inputProps}
      />
      {hint ? (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <p className="field-error" id={errorId} aria-live="polite">
        {errors?.join(" ")}
      </p>
    </div>
  );
}

export function SubmitButton({
  children,
  pendingText,
  className,
  name,
  value,
}: {
  children: React.ReactNode;
  pendingText?: string;
  className?: string;
  /** For forms with several submit buttons: the clicked one's name=value is submitted. */
  name?: string;
  value?: string;
}) {
  const { pending, data } = useFormStatus();
  // Only the button that was pressed says "working"; its siblings just wait, disabled.
  const pressed = pending && (name === undefined || data?.get(name) === value);
  return (
    <button type="submit" className={className ?? "button primary"} disabled={pending} aria-disabled={pending} name={name} value={value}>
      {pressed ? (pendingText ?? "Working…") : children}
    </button>
  );
}

/** The form-level message: errors as an alert, successes as a polite status. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return <p className="form-message" aria-live="polite" />;
  return (
    <p className={`form-message ${state.status}`} role={state.status === "error" ? "alert" : "status"}>
      {state.message}
    </p>
  );
}
