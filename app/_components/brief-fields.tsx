import {
  archetypeOptions,
  briefOptionalFields,
  dataModalityOptions,
  deploymentTargetOptions,
  latencyOptions,
  modelSourceOptions,
  triStateOptions,
  type BriefFields,
} from "@/lib/ui/brief-form";

type Errors = Record<string, string[]>;

/**
 * Inputs of a project brief, uncontrolled with defaultValue (React 19 resets forms after an
 * action; the action echoes what was typed back as the defaults). Every control is labelled and
 * its error sits beside it, announced politely. `idPrefix` keeps ids unique when two brief forms
 * share a page; field names stay the same.
 */
export function BriefFieldsInputs({ defaults, errors, idPrefix = "" }: { defaults: BriefFields; errors: Errors; idPrefix?: string }) {
  const id = (name: string) => `${idPrefix}${name}`;
  const describe = (name: string) => [errors[name] ? `${id(name)}-error` : undefined, `${id(name)}-hint`].filter(Boolean).join(" ");
  const invalid = (name: string) => (errors[name] ? true : undefined);
  const anyOptional = briefOptionalFields.some((name) => {
    const value = defaults[name];
    return Array.isArray(value) ? value.length > 0 : value !== "";
  });
  const optionalErrors = briefOptionalFields.some((name) => errors[name]);

  return (
    <>
      <div className="field">
        <label htmlFor={id("description")}>Describe the project</label>
        <textarea
          id={id("description")}
          name="description"
          rows={6}
          defaultValue={defaults.description}
          aria-invalid={invalid("description")}
          aria-describedby={describe("description")}
          maxLength={20_000}
        />
        <p className="hint" id={`${id("description")}-hint`}>
          In plain words: what the AI should do, with what data, where it runs and for whom. The draft reads this text; the
          fields below override what it reads.
        </p>
        <FieldError id={`${id("description")}-error`} messages={errors.description} />
      </div>

      <details className="brief-optional" open={anyOptional || optionalErrors}>
        <summary>More about the project (optional)</summary>
        <CheckboxGroup legend="Project types" name="archetypes" options={archetypeOptions} checked={defaults.archetypes} errors={errors} idPrefix={idPrefix} />
        <CheckboxGroup legend="Data types" name="dataModalities" options={dataModalityOptions} checked={defaults.dataModalities} errors={errors} idPrefix={idPrefix} />
        <div className="field-grid">
          <SelectField name="modelSource" label="Model source" options={modelSourceOptions} defaultValue={defaults.modelSource} errors={errors} idPrefix={idPrefix} />
          <SelectField name="deploymentTarget" label="Where the model runs" options={deploymentTargetOptions} defaultValue={defaults.deploymentTarget} errors={errors} idPrefix={idPrefix} />
          <SelectField name="latency" label="Latency" options={latencyOptions} defaultValue={defaults.latency} errors={errors} idPrefix={idPrefix} />
          <TextField name="latencyMs" label="Latency target (ms)" type="number" defaultValue={defaults.latencyMs} errors={errors} idPrefix={idPrefix} hint="Wins over the latency class." />
          <TextField name="scaleUsers" label="Users" type="number" defaultValue={defaults.scaleUsers} errors={errors} idPrefix={idPrefix} />
          <TextField name="scaleRequestsPerDay" label="Requests per day" type="number" defaultValue={defaults.scaleRequestsPerDay} errors={errors} idPrefix={idPrefix} />
          <SelectField name="privacySensitive" label="Personal or regulated data?" options={triStateOptions} defaultValue={defaults.privacySensitive} errors={errors} idPrefix={idPrefix} blank={false} />
          <SelectField name="fairnessConcerns" label="Fairness concerns?" options={triStateOptions} defaultValue={defaults.fairnessConcerns} errors={errors} idPrefix={idPrefix} blank={false} />
          <SelectField name="stakeholderReporting" label="Report to non-technical stakeholders?" options={triStateOptions} defaultValue={defaults.stakeholderReporting} errors={errors} idPrefix={idPrefix} blank={false} />
          <TextField name="headcountCap" label="Headcount cap" type="number" defaultValue={defaults.headcountCap} errors={errors} idPrefix={idPrefix} />
          <TextField name="timelineMonths" label="Timeline (months)" type="number" defaultValue={defaults.timelineMonths} errors={errors} idPrefix={idPrefix} />
          <TextField name="modelCount" label="Number of models" type="number" defaultValue={defaults.modelCount} errors={errors} idPrefix={idPrefix} />
          <TextField name="location" label="Location" defaultValue={defaults.location} errors={errors} idPrefix={idPrefix} hint={`e.g. "US", "Berlin, DE", "remote"`} />
          <TextField name="currency" label="Currency" defaultValue={defaults.currency} errors={errors} idPrefix={idPrefix} hint="Three letters, e.g. USD" />
        </div>
      </details>
    </>
  );
}

export function FieldError({ id, messages }: { id: string; messages?: string[] }) {
  return (
    <p className="field-error" id={id} aria-live="polite">
      {messages?.join(" ")}
    </p>
  );
}

function CheckboxGroup({
  legend,
  name,
  options,
  checked,
  errors,
  idPrefix,
}: {
  legend: string;
  name: string;
  options: readonly (readonly [string, string])[];
  checked: string[];
  errors: Errors;
  idPrefix: string;
}) {
  const errorId = `${idPrefix}${name}-error`;
  return (
    <fieldset className="checkbox-group" aria-describedby={errors[name] ? errorId : undefined}>
      <legend>{legend}</legend>
      <div className="checkbox-grid">
        {options.map(([value, label]) => (
          <label key={value} className="checkbox">
            <input type="checkbox" name={name} value={value} defaultChecked={checked.includes(value)} aria-invalid={errors[name] ? true : undefined} />
            {label}
          </label>
        ))}
      </div>
      <FieldError id={errorId} messages={errors[name]} />
    </fieldset>
  );
}

function SelectField({
  name,
  label,
  options,
  defaultValue,
  errors,
  idPrefix,
  blank = true,
}: {
  name: string;
  label: string;
  options: readonly (readonly [string, string])[];
  defaultValue: string;
  errors: Errors;
  idPrefix: string;
  blank?: boolean;
}) {
  const id = `${idPrefix}${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={defaultValue} aria-invalid={errors[name] ? true : undefined} aria-describedby={errors[name] ? `${id}-error` : undefined}>
        {blank ? <option value="">From the text</option> : null}
        {options.map(([value, text]) => (
          <option key={value} value={value}>
            {text}
          </option>
        ))}
      </select>
      <FieldError id={`${id}-error`} messages={errors[name]} />
    </div>
  );
}

function TextField({
  name,
  label,
  defaultValue,
  errors,
  idPrefix,
  type = "text",
  hint,
}: {
  name: string;
  label: string;
  defaultValue: string;
  errors: Errors;
  idPrefix: string;
  type?: string;
  hint?: string;
}) {
  const id = `${idPrefix}${name}`;
  const describedBy = [errors[name] ? `${id}-error` : undefined, hint ? `${id}-hint` : undefined].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {/* type=number would let the browser swallow "12abc" silently; text with inputMode keeps what was typed for the schema to judge. */}
      <input
        id={id}
        name={name}
        type="text"
        inputMode={type === "number" ? "numeric" : undefined}
        defaultValue={defaultValue}
        aria-invalid={errors[name] ? true : undefined}
        aria-describedby={describedBy}
      />
      {hint ? (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <FieldError id={`${id}-error`} messages={errors[name]} />
    </div>
  );
}
