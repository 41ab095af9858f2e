"use client";

import { useActionState, useMemo, useState } from "react";
import { InclusiveLanguagePanel } from "@/app/_components/inclusive-language-panel";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { checkInclusiveLanguage } from "@/lib/jd/inclusive-language";
import { describeJobPostingLocationGap, listJobPostingLocationGaps } from "@/lib/jd/job-posting-location";
import { lenientContentFromForm, type JdFormField, type JdFormValues } from "@/lib/jd/jd-form";
import { employmentTypeLabels, employmentTypes, workplaceLabels, workplaceTypes } from "@/lib/jd/job-description-options";
import type { JobDescriptionContent } from "@/lib/schemas/job-description";
import { seniorityLevels } from "@/lib/team-vocabulary";
import { saveJobDescriptionAction, type JdFormState } from "@/lib/server/actions/job-descriptions";

interface Props {
  planId: string;
  slug: string;
  roleId: JobDescriptionContent["roleId"];
  baseVersion: number;
  /** The plan version the text on screen was generated from; a first save records it. */
  basedOnPlanVersion: number;
  initialValues: JdFormValues;
  canEdit: boolean;
}

const initialState: JdFormState = { status: "idle" };

/**
 * The draft editor: every section editable (lists one item per line), with the inclusive-language
 * check re-run in the browser on every keystroke beside the text. Saving goes through the server
 * action, which validates and checks the version again.
 */
export function JdEditor({ planId, slug, roleId, baseVersion, basedOnPlanVersion, initialValues, canEdit }: Props) {
  const [state, formAction] = useActionState(saveJobDescriptionAction, initialState);
  const [values, setValues] = useState<JdFormValues>(() => ({ ...initialValues, ...(state.values as Partial<JdFormValues> | undefined) }));
  const report = useMemo(() => checkInclusiveLanguage(lenientContentFromForm(values, roleId)), [values, roleId]);
  const locationGaps = listJobPostingLocationGaps(values);
  const set = (field: JdFormField) => (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
    const { value } = event.target;
    setValues((current) => ({ ...current, [field]: value }));
  };
  const errorsOf = (field: JdFormField) => state.fieldErrors?.[field];
  const common = (field: JdFormField) => ({
    id: `jd-${field}`,
    name: field,
    value: values[field],
    onChange: set(field),
    disabled: !canEdit,
    "aria-invalid": errorsOf(field) ? true : undefined,
    "aria-describedby": `jd-${field}-error`,
  });
  const error = (field: JdFormField) => (
    <p className="field-error" id={`jd-${field}-error`} aria-live="polite">
      {errorsOf(field)?.join(" ")}
    </p>
  );
  const text = (field: JdFormField, label: string, hint?: string) => (
    <div className="field">
      <label htmlFor={`jd-${field}`}>{label}</label>
      <input type="text" {...common(field)} />
      {hint ? <p className="hint">{hint}</p> : null}
      {error(field)}
    </div>
  );
  const area = (field: JdFormField, label: string, rows: number, hint?: string) => (
    <div className="field">
      <label htmlFor={`jd-${field}`}>{label}</label>
      <textarea rows={rows} {...common(field)} />
      {hint ? <p className="hint">{hint}</p> : null}
      {error(field)}
    </div>
  );
  const requiredCount = values.skillsRequired.split("\n").filter((line) => line.trim() !== "").length;

  return (
    <div className="jd-editor-layout">
      <form action={formAction} noValidate className="card jd-form" aria-label="Job description draft">
        <input type="hidden" name="planId" value={planId} />
        <input type="hidden" name="roleKey" value={roleId} />
        <input type="hidden" name="slug" value={slug} />
        <input type="hidden" name="planVersion" value={String(basedOnPlanVersion)} />
        <input type="hidden" name="baseVersion" value={state.conflict ? String(state.conflict.currentVersion) : String(baseVersion)} />
        {state.conflict ? (
          <p className="form-message error" role="alert">
            {state.conflict.changedBy} saved version {state.conflict.currentVersion} while you were editing ({state.conflict.summary}). Your text is still here; saving again replaces their version with yours.
          </p>
        ) : null}
        {text("title", "Job title")}
        {area("projectSummary", "About the project", 3, "A neutral sentence or two about the project; not the internal brief.")}
        {area("summary", "About the role", 4)}
        {area("responsibilities", "Responsibilities", 7, "One per line.")}
        {area("skillsRequired", "Required skills", 6, `One per line. ${requiredCount} listed; keep must-haves to 8 or fewer.`)}
        {area("skillsPreferred", "Preferred skills", 4, "One per line.")}
        {area("tools", "Tools", 3, "One per line.")}
        <fieldset className="jd-fieldset">
          <legend>Seniority</legend>
          <div className="field">
            <label htmlFor="jd-seniorityLevel">Level</label>
            <select {...common("seniorityLevel")}>
              {seniorityLevels.map((level) => (
                <option key={level} value={level}>
                  {level}
                </option>
              ))}
            </select>
            {error("seniorityLevel")}
          </div>
          {area("seniorityExpectations", "What this level is expected to do", 3)}
          <div className="jd-row">
            {text("yearsMin", "Typical years, from")}
            {text("yearsMax", "Typical years, to", "Asks beyond this are flagged as inflated.")}
          </div>
        </fieldset>
        <fieldset className="jd-fieldset">
          <legend>Salary per year</legend>
          <div className="jd-row">
            {text("salaryCurrency", "Currency")}
            {text("salaryMin", "Lowest")}
            {text("salaryMax", "Highest")}
          </div>
          <input type="hidden" name="salarySource" value={values.salarySource} />
          <p className="hint">Leave the amounts empty for “not set” (exports then warn about pay-transparency laws).</p>
        </fieldset>
        <fieldset className="jd-fieldset">
          <legend>Location and employment</legend>
          <div className="jd-row">
            <div className="field">
              <label htmlFor="jd-workplace">Workplace</label>
              <select {...common("workplace")}>
                {workplaceTypes.map((type) => (
                  <option key={type} value={type}>
                    {workplaceLabels[type]}
                  </option>
                ))}
              </select>
              {error("workplace")}
            </div>
            <div className="field">
              <label htmlFor="jd-employmentType">Employment type</label>
              <select {...common("employmentType")}>
                {employmentTypes.map((type) => (
                  <option key={type} value={type}>
                    {employmentTypeLabels[type]}
                  </option>
                ))}
              </select>
              {error("employmentType")}
            </div>
          </div>
          <div className="jd-row">
            {text("locality", "City")}
            {text("region", "Region or state")}
            {text("country", "Country code", "Two letters, e.g. US or DE; for remote jobs, where applicants must live.")}
          </div>
          {text("occupationCode", "O*NET-SOC code")}
        </fieldset>
        {area("benefits", "Benefits", 3, "One per line.")}
        {area("equalOpportunityStatement", "Equal-opportunity statement", 4)}
        {canEdit ? (
          <>
            <div className="field">
              <label htmlFor="jd-changeNote">Change note (optional)</label>
              <input id="jd-changeNote" name="changeNote" type="text" maxLength={500} />
            </div>
            <FormMessage state={state} />
            <SubmitButton className="button primary" pendingText="Saving…">
              Save draft
            </SubmitButton>
          </>
        ) : (
          <p className="muted">Viewers can read and download drafts; owners, managers and HR edit them.</p>
        )}
      </form>
      <aside className="jd-side">
        <InclusiveLanguagePanel report={report} />
        <section className="card jd-posting-check" aria-labelledby="jd-posting-check-heading" aria-live="polite">
          <h2 id="jd-posting-check-heading">Job posting (JSON-LD)</h2>
          {locationGaps.length === 0 ? (
            <p className="muted">The location has what Google&apos;s job search needs.</p>
          ) : (
            <ul className="warnings">
              {locationGaps.map((gap) => (
                <li key={gap.property}>{describeJobPostingLocationGap(gap)}</li>
              ))}
            </ul>
          )}
        </section>
      </aside>
    </div>
  );
}
