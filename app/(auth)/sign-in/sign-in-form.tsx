"use client";

import { useActionState } from "react";
import { Field, FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { initialFormState } from "@/lib/form-state";
import { signInAction } from "@/lib/server/actions/auth";

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const [state, formAction] = useActionState(signInAction, initialFormState);
  return (
    <form action={formAction} noValidate className="card">
      <input type="hidden" name="callbackUrl" value={callbackUrl} />
      <FormMessage state={state} />
      <Field name="email" label="Email" type="email" autoComplete="email" state={state} required />
      <Field name="password" label="Password" type="password" autoComplete="current-password" state={state} required />
      <SubmitButton pendingText="Signing in…">Sign in</SubmitButton>
    </form>
  );
}
