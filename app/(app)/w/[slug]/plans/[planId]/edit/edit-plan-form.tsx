"use client";

import { useActionState } from "react";
import { FieldError } from "@/app/_components/brief-fields";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState } from "@/lib/form-state";
import { updatePlanAction, type PlanFormState } from "@/lib/server/actions/plans";
import { phaseField, roleField } from "@/lib/ui/plan-edit-form";
import { ConflictNotice } from "../../_lib/conflict-notice";

export interface EditableRole {
  roleId: string;
  title: string;
  headcount: number;
  seniority: string;
  required: string;
  preferred: string;
  added: boolean;
  /** What the engine proposed, for the hints; null for a role added by hand. */
  suggested: { headcount: number; seniority: string } | null;
}

export interface EditablePhase {
  id: string;
  name: string;
  startMonth: number;
  durationMonths: number;
  suggested: { startMonth: number; durationMonths: number };
}

/**
 * Name, notes, team and phase timing, saved as overrides on top of the engine's draft. The
 * hidden baseVersion is the version this form was built from: a save on top of a newer one is
 * refused and shown, never silently merged.
 */
export function EditPlanForm({
  planId,
  slug,
  baseVersion,
  name,
  notes,
  roles,
  addableRoles,
  phases,
  seniorityLevels,
  reloadHref,
}: {
  planId: string;
  slug: string;
  baseVersion: number;
  name: string;
  notes: string;
  roles: EditableRole[];
  addableRoles: { roleId: string; title: string }[];
  phases: EditablePhase[];
  seniorityLevels: readonly string[];
  reloadHref: string;
}) {
  const [state, formAction] = useActionState<PlanFormState, FormData>(updatePlanAction, initialFormState);
  const values = state.values;
  const errors = state.fieldErrors ?? {};
  // After an answer from the server, show what was submitted; before, the plan as loaded.
  const value = (field: string, fallback: string) => values?.[field] ?? fallback;
  const checked = (field: string) => values?.[field] === "on";
  const addChecked = (roleId: string) => (values?.addRoles ?? "").split(",").includes(roleId);
  const invalid = (field: string) => (errors[field] ? true : undefined);
  const describedBy = (field: string, hint?: string) => [errors[field] ? `${field}-error` : undefined, hint].filter(Boolean).join(" ") || undefined;

  return (
    <form action={formAction} noValidate className="edit-plan">
      <input type="hidden" name="planId" value={planId} />
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="baseVersion" value={baseVersion} />
      {state.conflict ? (
        <ConflictNotice conflict={state.conflict}>
          <div className="inline-form">
            <a href={reloadHref} className="button">
              Load version {state.conflict.currentVersion} (drop my edits)
            </a>
            <SubmitButton className="button primary" name="rebase" value={String(state.conflict.currentVersion)} pendingText="Saving…">
              Save my changes on top of version {state.conflict.currentVersion}
            </SubmitButton>
          </div>
          <p className="hint">
            Saving on top keeps their changes wherever you left a field as it was; where you both changed the same field, your value is saved.
          </p>
        </ConflictNotice>
      ) : (
        <FormMessage state={state} />
      )}

      <div className="card">
        <div className="field">
          <label htmlFor="name">Plan name</label>
          <input id="name" name="name" defaultValue={value("name", name)} maxLength={120} aria-invalid={invalid("name")} aria-describedby={describedBy("name")} />
          <FieldError id="name-error" messages={errors.name} />
        </div>
        <div className="field">
          <label htmlFor="notes">Notes</label>
          <textarea id="notes" name="notes" rows={3} defaultValue={value("notes", notes)} maxLength={10_000} aria-invalid={invalid("notes")} aria-describedby={describedBy("notes")} />
          <FieldError id="notes-error" messages={errors.notes} />
        </div>
      </div>

      <h2>Team</h2>
      <p className="field-error" id="team-error" aria-live="polite">
        {errors.team?.join(" ")}
      </p>
      <div className="table-scroll">
        <table className="edit-table">
          <caption className="visually-hidden">Edit the roles: headcount, seniority and skills</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Headcount</th>
              <th scope="col">Seniority</th>
              <th scope="col">Required skills (one per line)</th>
              <th scope="col">Preferred skills (one per line)</th>
              <th scope="col">Remove</th>
            </tr>
          </thead>
          <tbody>
            {roles.map((role) => {
              const headcount = roleField(role.roleId, "headcount");
              const seniority = roleField(role.roleId, "seniority");
              const required = roleField(role.roleId, "required");
              const preferred = roleField(role.roleId, "preferred");
              const remove = roleField(role.roleId, "remove");
              return (
                <tr key={role.roleId}>
                  <th scope="row">
                    {role.title}
                    {role.added ? <span className="badge edited">added by hand</span> : null}
                  </th>
                  <td>
                    <label className="visually-hidden" htmlFor={headcount}>
                      Headcount of {role.title}
                    </label>
                    <input
                      id={headcount}
                      name={headcount}
                      inputMode="numeric"
                      className="narrow-input"
                      defaultValue={value(headcount, String(role.headcount))}
                      aria-invalid={invalid(headcount)}
                      aria-describedby={describedBy(headcount, role.suggested ? `${headcount}-hint` : undefined)}
                    />
                    {role.suggested ? (
                      <p className="hint" id={`${headcount}-hint`}>
                        Engine: {role.suggested.headcount}
                      </p>
                    ) : null}
                    <FieldError id={`${headcount}-error`} messages={errors[headcount]} />
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={seniority}>
                      Seniority of {role.title}
                    </label>
                    <select id={seniority} name={seniority} defaultValue={value(seniority, role.seniority)} aria-invalid={invalid(seniority)} aria-describedby={describedBy(seniority)}>
                      {seniorityLevels.map((level) => (
                        <option key={level} value={level}>
                          {level}
                        </option>
                      ))}
                    </select>
                    {role.suggested ? <p className="hint">Engine: {role.suggested.seniority}</p> : null}
                    <FieldError id={`${seniority}-error`} messages={errors[seniority]} />
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={required}>
                      Required skills of {role.title}
                    </label>
                    <textarea id={required} name={required} rows={4} defaultValue={value(required, role.required)} aria-invalid={invalid(required)} aria-describedby={describedBy(required)} />
                    <FieldError id={`${required}-error`} messages={errors[required]} />
                  </td>
                  <td>
                    <label className="visually-hidden" htmlFor={preferred}>
                      Preferred skills of {role.title}
                    </label>
                    <textarea id={preferred} name={preferred} rows={4} defaultValue={value(preferred, role.preferred)} aria-invalid={invalid(preferred)} aria-describedby={describedBy(preferred)} />
                    <FieldError id={`${preferred}-error`} messages={errors[preferred]} />
                  </td>
                  <td>
                    <label className="checkbox">
                      <input type="checkbox" name={remove} defaultChecked={checked(remove)} />
                      <span className="visually-hidden">Remove {role.title}</span>
                    </label>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {addableRoles.length > 0 ? (
        <fieldset className="checkbox-group">
          <legend>Add roles</legend>
          <div className="checkbox-grid">
            {addableRoles.map((role) => (
              <label key={role.roleId} className="checkbox">
                <input type="checkbox" name="addRoles" value={role.roleId} defaultChecked={addChecked(role.roleId)} />
                {role.title}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}

      <h2>Phase timing</h2>
      <table className="edit-table">
        <caption className="visually-hidden">Edit when each phase starts and how long it lasts</caption>
        <thead>
          <tr>
            <th scope="col">Phase</th>
            <th scope="col">Start month</th>
            <th scope="col">Duration (months)</th>
          </tr>
        </thead>
        <tbody>
          {phases.map((phase) => {
            const start = phaseField(phase.id, "start");
            const duration = phaseField(phase.id, "duration");
            return (
              <tr key={phase.id}>
                <th scope="row">{phase.name}</th>
                <td>
                  <label className="visually-hidden" htmlFor={start}>
                    Start month of {phase.name}
                  </label>
                  <input id={start} name={start} inputMode="numeric" className="narrow-input" defaultValue={value(start, String(phase.startMonth))} aria-invalid={invalid(start)} aria-describedby={describedBy(start)} />
                  <p className="hint">Engine: {phase.suggested.startMonth}</p>
                  <FieldError id={`${start}-error`} messages={errors[start]} />
                </td>
                <td>
                  <label className="visually-hidden" htmlFor={duration}>
                    Duration of {phase.name} in months
                  </label>
                  <input id={duration} name={duration} inputMode="numeric" className="narrow-input" defaultValue={value(duration, String(phase.durationMonths))} aria-invalid={invalid(duration)} aria-describedby={describedBy(duration)} />
                  <p className="hint">Engine: {phase.suggested.durationMonths}</p>
                  <FieldError id={`${duration}-error`} messages={errors[duration]} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>

      <div className="card">
        <div className="field">
          <label htmlFor="summary">Change note (optional)</label>
          <input id="summary" name="summary" defaultValue={value("summary", "")} maxLength={500} aria-invalid={invalid("summary")} aria-describedby={describedBy("summary", "summary-hint")} />
          <p className="hint" id="summary-hint">
            Shown in the history before the automatic summary of what changed.
          </p>
          <FieldError id="summary-error" messages={errors.summary} />
        </div>
        <SubmitButton pendingText="Saving…">Save changes</SubmitButton>
      </div>
    </form>
  );
}
