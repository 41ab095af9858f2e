"use client";

import Link from "next/link";
import { useActionState, useEffect, useState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState } from "@/lib/form-state";
import { createCustomRoleAction, saveRoleDescriptionAction, type RoleFormState } from "@/lib/server/actions/role-library";

const levels = [
  ["junior", "Junior"],
  ["mid", "Mid-level"],
  ["senior", "Senior"],
  ["lead", "Lead"],
] as const;

function rowsFrom(value: string | undefined): number[] {
  if (!value) return [];
  return value
    .split(",")
    .filter((part) => /^\d{1,3}$/.test(part))
    .map(Number);
}

/**
 * The role edit form (and "new custom role"). Lists are one item per line; salary bands are
 * rows that can be added and removed. After a failed save everything typed is shown again with
 * each error beside its field; after a conflict the other change is shown above the form and
 * saving again goes on top of it.
 */
export function RoleForm({
  mode,
  slug,
  roleKey,
  baseVersion,
  initialValues,
  cancelHref,
}: {
  mode: "edit" | "new";
  slug: string;
  roleKey?: string;
  baseVersion?: number;
  initialValues: Record<string, string>;
  cancelHref: string;
}) {
  const [state, formAction] = useActionState<RoleFormState, FormData>(mode === "edit" ? saveRoleDescriptionAction : createCustomRoleAction, initialFormState);
  const values = state.values ?? initialValues;
  const [rows, setRows] = useState<number[]>(() => rowsFrom(initialValues.bandRows));
  useEffect(() => {
    if (state.values) setRows(rowsFrom(state.values.bandRows));
  }, [state]);
  const errors = state.fieldErrors ?? {};
  const value = (name: string) => values[name] ?? "";

  return (
    <form action={formAction} noValidate className="role-form">
      <input type="hidden" name="slug" value={slug} />
      {roleKey ? <input type="hidden" name="roleKey" value={roleKey} /> : null}
      {mode === "edit" ? <input type="hidden" name="baseVersion" value={state.values?.baseVersion ?? String(baseVersion ?? 1)} /> : null}

      {state.conflict ? (
        <div className="conflict" role="alert">
          <p>
            <strong>
              {state.conflict.changedBy} saved version {state.conflict.currentVersion} while you were editing.
            </strong>{" "}
            What they changed:
          </p>
          <ul>
            {state.conflict.changes.length > 0 ? state.conflict.changes.map((change) => <li key={change}>{change}</li>) : <li>{state.conflict.summary}</li>}
          </ul>
          <p>
            Your text is still below. Check it against their change, then save again to put yours on top, or{" "}
            <Link href={cancelHref}>open their version</Link>.
          </p>
        </div>
      ) : (
        <FormMessage state={state} />
      )}

      <fieldset className="form-section">
        <legend>The role</legend>
        <TextInput name="title" label="Title" value={value("title")} errors={errors.title} maxLength={120} />
        <TextInput name="occupationCode" label="O*NET-SOC occupation code (optional)" value={value("occupationCode")} errors={errors.occupationCode} hint="Like 15-2051.00; used by job postings." maxLength={10} />
        <TextArea name="summary" label="Summary" value={value("summary")} errors={errors.summary} rows={3} />
        <TextArea name="responsibilities" label="Responsibilities" value={value("responsibilities")} errors={errors.responsibilities} rows={5} hint="One per line." />
      </fieldset>

      <fieldset className="form-section">
        <legend>Skills and tools</legend>
        <div className="field-grid three">
          <TextArea name="skillsRequired" label="Required skills" value={value("skillsRequired")} errors={errors.skillsRequired} rows={8} hint="One per line." />
          <TextArea name="skillsPreferred" label="Preferred skills" value={value("skillsPreferred")} errors={errors.skillsPreferred} rows={8} hint="One per line." />
          <TextArea name="tools" label="Tools" value={value("tools")} errors={errors.tools} rows={8} hint="One per line." />
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Seniority levels</legend>
        <p className="hint">Leave a level empty if the role has none. Typical years help the job-description check spot inflated asks.</p>
        <p className="field-error" aria-live="polite">
          {errors.seniorityLevels?.join(" ")}
        </p>
        {levels.map(([level, label]) => (
          <div key={level} className="level-row">
            <TextArea name={`level-${level}-expectations`} label={`${label}: what is expected`} value={value(`level-${level}-expectations`)} errors={errors[`level-${level}-expectations`]} rows={2} />
            <div className="years">
              <TextInput name={`level-${level}-yearsMin`} label="Years from" value={value(`level-${level}-yearsMin`)} errors={errors[`level-${level}-yearsMin`]} inputMode="numeric" narrow />
              <TextInput name={`level-${level}-yearsMax`} label="to" value={value(`level-${level}-yearsMax`)} errors={errors[`level-${level}-yearsMax`]} inputMode="numeric" narrow />
            </div>
          </div>
        ))}
      </fieldset>

      <fieldset className="form-section">
        <legend>Salary bands</legend>
        <p className="hint">Yearly pay per person, per location and currency. Plans in that place and currency use it for their cost.</p>
        <p className="field-error" aria-live="polite">
          {errors.salaryBands?.join(" ")}
        </p>
        {rows.length === 0 ? <p className="muted">No salary bands yet.</p> : null}
        {rows.map((row, position) => (
          <div key={row} className="band-row" role="group" aria-label={`Salary band ${position + 1}`}>
            <TextInput name={`band-${row}-location`} label="Location" value={value(`band-${row}-location`)} errors={errors[`band-${row}-location`]} maxLength={100} />
            <TextInput name={`band-${row}-currency`} label="Currency" value={value(`band-${row}-currency`)} errors={errors[`band-${row}-currency`]} maxLength={3} narrow />
            <TextInput name={`band-${row}-min`} label="From" value={value(`band-${row}-min`)} errors={errors[`band-${row}-min`]} inputMode="numeric" />
            <TextInput name={`band-${row}-max`} label="To" value={value(`band-${row}-max`)} errors={errors[`band-${row}-max`]} inputMode="numeric" />
            <TextInput name={`band-${row}-source`} label="Source" value={value(`band-${row}-source`)} errors={errors[`band-${row}-source`]} maxLength={200} />
            <button type="button" className="button link-button" onClick={() => setRows((current) => current.filter((candidate) => candidate !== row))}>
              Remove<span className="visually-hidden"> salary band {position + 1}</span>
            </button>
          </div>
        ))}
        <button type="button" className="button" onClick={() => setRows((current) => [...current, current.length === 0 ? 0 : Math.max(...current) + 1])}>
          Add a salary band
        </button>
      </fieldset>

      <fieldset className="form-section">
        <legend>For job descriptions</legend>
        <TextArea name="benefits" label="Benefits" value={value("benefits")} errors={errors.benefits} rows={3} />
        <TextArea name="equalOpportunityStatement" label="Equal-opportunity statement" value={value("equalOpportunityStatement")} errors={errors.equalOpportunityStatement} rows={3} />
      </fieldset>

      <TextInput name="note" label="Note on this change (optional)" value={value("note")} errors={errors.note} maxLength={500} hint="Shown in the history next to what changed." />
      <div className="row-actions">
        <SubmitButton pendingText="Saving…">{mode === "edit" ? "Save as a new version" : "Add role"}</SubmitButton>
        <Link href={cancelHref}>Cancel</Link>
      </div>
    </form>
  );
}

function describedBy(name: string, errors?: string[], hint?: string): string | undefined {
  return [errors ? `${name}-error` : undefined, hint ? `${name}-hint` : undefined].filter(Boolean).join(" ") || undefined;
}

function TextInput({
  name,
  label,
  value,
  errors,
  hint,
  maxLength,
  inputMode,
  narrow,
}: {
  name: string;
  label: string;
  value: string;
  errors?: string[];
  hint?: string;
  maxLength?: number;
  inputMode?: "numeric";
  narrow?: boolean;
}) {
  return (
    <div className={`field${narrow ? " narrow-field" : ""}`}>
      <label htmlFor={name}>{label}</label>
      <input id={name} name={name} defaultValue={value} maxLength={maxLength} inputMode={inputMode} aria-invalid={errors ? true : undefined} aria-describedby={describedBy(name, errors, hint)} />
      {hint ? (
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      <p className="field-error" id={`${name}-error`} aria-live="polite">
        {errors?.join(" ")}
      </p>
    </div>
  );
}

function TextArea({ name, label, value, errors, hint, rows }: { name: string; label: string; value: string; errors?: string[]; hint?: string; rows: number }) {
  return (
    <div className="field">
      <label htmlFor={name}>{label}</label>
      <textarea id={name} name={name} defaultValue={value} rows={rows} aria-invalid={errors ? true : undefined} aria-describedby={describedBy(name, errors, hint)} />
      {hint ? (
        <p className="hint" id={`${name}-hint`}>
          {hint}
        </p>
      ) : null}
      <p className="field-error" id={`${name}-error`} aria-live="polite">
        {errors?.join(" ")}
      </p>
    </div>
  );
}
