"use client";

import { useActionState, useCallback, useEffect, useRef, useState } from "react";
import { BriefFieldsInputs, FieldError } from "@/app/_components/brief-fields";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState, type FormState } from "@/lib/form-state";
import { createPlanAction } from "@/lib/server/actions/plans";
import { briefFieldsFromValues, emptyBriefFields, readBriefFields, type BriefFields } from "@/lib/ui/brief-form";
import type { LiveDraftResult } from "@/lib/ui/live-draft";
import { planExamples, type PlanExample } from "@/lib/ui/plan-examples";
import { LiveDraftPreview } from "./live-draft-preview";

type LiveDraftModule = typeof import("@/lib/ui/live-draft");

/** Long enough to skip the keystrokes of one word, short enough to feel live. */
const DEBOUNCE_MS = 150;

interface Prefill {
  fields: BriefFields;
  name: string;
  /** The form state current when the example was picked: a newer answer from the server wins. */
  shownWith: FormState;
}

export function IntakeForm({ slug }: { slug: string }) {
  const [state, formAction] = useActionState(createPlanAction, initialFormState);
  const [prefill, setPrefill] = useState<Prefill | null>(null);
  const [formKey, setFormKey] = useState(0);
  const [engine, setEngine] = useState<LiveDraftModule | null>(null);
  const [result, setResult] = useState<LiveDraftResult | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  // The engine and zod load after the page is interactive, keeping them out of first-load JS.
  useEffect(() => {
    let active = true;
    void import("@/lib/ui/live-draft").then((module) => {
      if (active) setEngine(module);
    });
    return () => {
      active = false;
    };
  }, []);

  const recompute = useCallback(() => {
    if (!engine || !formRef.current) return;
    const fields = readBriefFields(new FormData(formRef.current));
    setResult(fields.description.trim() === "" ? null : engine.computeLiveDraft(fields));
  }, [engine]);

  // Once the engine arrives, after an example is picked (the form remounts), and after the
  // server answers (React resets the form to the echoed values), draw the draft again.
  useEffect(recompute, [recompute, formKey, state]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const scheduleRecompute = () => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(recompute, DEBOUNCE_MS);
  };

  const usePrefill = prefill !== null && prefill.shownWith === state;
  const defaults = usePrefill ? prefill.fields : (briefFieldsFromValues(state.values) ?? emptyBriefFields());
  const nameDefault = usePrefill ? prefill.name : (state.values?.name ?? "");
  const errors = usePrefill ? {} : (state.fieldErrors ?? {});

  const pickExample = (example: PlanExample) => {
    setPrefill({ fields: example.fields, name: example.planName, shownWith: state });
    setFormKey((key) => key + 1);
  };

  return (
    <div className="intake">
      <section aria-labelledby="examples-heading" className="examples">
        <h2 id="examples-heading">Start from an example</h2>
        <div className="inline-form">
          {planExamples.map((example) => (
            <button key={example.id} type="button" className="button" onClick={() => pickExample(example)}>
              {example.label}
            </button>
          ))}
        </div>
      </section>
      <div className="intake-columns">
        <form key={formKey} ref={formRef} action={formAction} noValidate className="card" onInput={scheduleRecompute} onChange={scheduleRecompute}>
          <h2>Project brief</h2>
          <input type="hidden" name="slug" value={slug} />
          <FormMessage state={usePrefill ? initialFormState : state} />
          <div className="field">
            <label htmlFor="name">Plan name</label>
            <input
              id="name"
              name="name"
              defaultValue={nameDefault}
              maxLength={120}
              required
              aria-invalid={errors.name ? true : undefined}
              aria-describedby={errors.name ? "name-error" : undefined}
            />
            <FieldError id="name-error" messages={errors.name} />
          </div>
          <BriefFieldsInputs defaults={defaults} errors={errors} />
          <SubmitButton pendingText="Saving…">Save plan</SubmitButton>
        </form>
        <LiveDraftPreview result={result} engineReady={engine !== null} />
      </div>
    </div>
  );
}
