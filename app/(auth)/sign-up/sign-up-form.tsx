"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState } from "@/lib/form-state";
import { signUpAction } from "@/lib/server/actions/auth";

export function SignUpForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction] = useActionState(signUpAction, initialFormState);
  return (
    <form action={formAction} noValidate className="card">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage state={state} />
      <Field name="name" label="Your name" autoComplete="name" state={state} required maxLength={100} />
      <Field name="email" label="Work email" type="email" autoComplete="email" state={state} required />
      <Field
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        hint="At least 10 characters."
        state={state}
        required
      />
      <SubmitButton pendingText="Creating account…">Create account</SubmitButton>
    </form>
  );
}
