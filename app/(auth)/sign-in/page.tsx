import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SiteHeader } from "@/app/_components/site-header";
import { getEnv } from "@/lib/env";
import { CallbackPathSchema } from "@/lib/schemas/auth";
import { signInWithProviderAction } from "@/lib/server/actions/auth";
import { listExternalProviders } from "@/lib/server/auth-providers";
import { getCurrentUser } from "@/lib/server/session";
import { SignInForm } from "./sign-in-form";

export const metadata: Metadata = { title: "Sign in" };

const authErrorMessages: Record<string, string> = {
  OAuthAccountNotLinked: "That account is linked to another sign-in method.",
  AccessDenied: "Access was denied by the sign-in provider.",
  Configuration: "Sign-in is not configured correctly on this server.",
};

export default async function SignInPage({
  searchParams,
}: {
  searchParams: Promise<{ callbackUrl?: string; signedOut?: string; error?: string }>;
}) {
  const params = await searchParams;
  const callbackUrl = CallbackPathSchema.parse(params.callbackUrl ?? "/");
  if (await getCurrentUser()) redirect(callbackUrl === "/" ? "/workspaces" : callbackUrl);
  const providers = listExternalProviders(getEnv());
  return (
    <>
      <SiteHeader user={null} />
      <main id="main" className="narrow">
        <h1>Sign in</h1>
        {params.signedOut ? (
          <p className="form-message success" role="status">
            You have signed out.
          </p>
        ) : null}
        {params.error ? (
          <p className="form-message error" role="alert">
            {authErrorMessages[params.error] ?? "Sign-in failed. Please try again."}
          </p>
        ) : null}
        <SignInForm callbackUrl={callbackUrl} />
        {providers.length > 0 ? (
          <div className="card">
            {providers.map((provider) => (
              <form key={provider.id} action={signInWithProviderAction}>
                <input type="hidden" name="provider" value={provider.id} />
                <input type="hidden" name="callbackUrl" value={callbackUrl} />
                <button type="submit" className="button">
                  Continue with {provider.name}
                </button>
              </form>
            ))}
          </div>
        ) : null}
        <p>
          New to Teamwright?{" "}
          <Link href={`/sign-up${callbackUrl !== "/" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}>
            Create an account
          </Link>
        </p>
      </main>
    </>
  );
}
