import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SiteHeader } from "@/app/_components/site-header";
import { CallbackPathSchema } from "@/lib/schemas/auth";
import { getCurrentUser } from "@/lib/server/session";
import { SignUpForm } from "./sign-up-form";

export const metadata: Metadata = { title: "Create account" };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const params = await searchParams;
  const callbackUrl = CallbackPathSchema.parse(params.callbackUrl ?? "/");
  if (await getCurrentUser()) redirect(callbackUrl === "/" ? "/workspaces" : callbackUrl);
  return (
    <>
      <SiteHeader user={null} />
      <main id="main" className="narrow">
        <h1>Create your account</h1>
        <SignUpForm callbackUrl={callbackUrl} />
        <p>
          Already have an account?{" "}
          <Link href={`/sign-in${callbackUrl !== "/" ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`}>Sign in</Link>
        </p>
      </main>
    </>
  );
}
