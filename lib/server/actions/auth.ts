"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { parseOrThrow } from "@/lib/errors";
import { echoFormValues, type FormState } from "@/lib/form-state";
import { CallbackPathSchema, SignInSchema, SignUpSchema } from "@/lib/schemas/auth";
import { getEnv } from "@/lib/env";
import { signIn, signOut } from "@/lib/server/auth";
import { listExternalProviders } from "@/lib/server/auth-providers";
import { formStateFromError } from "@/lib/server/actions/form-errors";
import { clientIpFromHeaders } from "@/lib/server/client-ip";
import { checkSignInAllowed, describeRetryAfter } from "@/lib/server/data/sign-in-throttle";
import { createUserWithPassword } from "@/lib/server/data/users";

const GENERIC_SIGN_IN_FAILURE = "That email and password do not match an account.";

export async function signUpAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoFormValues(formData);
  const callbackUrl = CallbackPathSchema.parse(formData.get("callbackUrl") ?? "/");
  try {
    const input = parseOrThrow(SignUpSchema, { name: formData.get("name"), email: formData.get("email"), password: formData.get("password") });
    await createUserWithPassword(input);
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  } catch (error) {
    return formStateFromError(error, values);
  }
  redirect(callbackUrl === "/" ? "/workspaces" : callbackUrl);
}

export async function signInAction(_previous: FormState, formData: FormData): Promise<FormState> {
  const values = echoFormValues(formData);
  const callbackUrl = CallbackPathSchema.parse(formData.get("callbackUrl") ?? "/");
  try {
    // formData.get: the first value of a repeated key, as every other action reads (Object.fromEntries kept the last).
    const input = parseOrThrow(SignInSchema, { email: formData.get("email"), password: formData.get("password") });
    const verdict = await checkSignInAllowed({ email: input.email, ip: clientIpFromHeaders(await headers()) });
    if (!verdict.allowed) {
      return {
        status: "error",
        message: `Too many failed sign-in attempts. Try again in ${describeRetryAfter(verdict.retryAfterSeconds)}.`,
        values,
      };
    }
    await signIn("credentials", { email: input.email, password: input.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError) {
      const rateLimited = "code" in error && error.code === "rate_limited";
      return {
        status: "error",
        message: rateLimited ? "Too many failed sign-in attempts. Try again in a few minutes." : GENERIC_SIGN_IN_FAILURE,
        values,
      };
    }
    return formStateFromError(error, values);
  }
  redirect(callbackUrl === "/" ? "/workspaces" : callbackUrl);
}

export async function signInWithProviderAction(formData: FormData): Promise<void> {
  const provider = String(formData.get("provider") ?? "");
  const callbackUrl = CallbackPathSchema.parse(formData.get("callbackUrl") ?? "/");
  // Only providers switched on by configuration; anything else goes back to the form.
  if (!listExternalProviders(getEnv()).some((configured) => configured.id === provider)) redirect("/sign-in?error=Configuration");
  await signIn(provider, { redirectTo: callbackUrl === "/" ? "/workspaces" : callbackUrl });
}

export async function signOutAction(): Promise<void> {
  await signOut({ redirectTo: "/sign-in?signedOut=1" });
}
