import type { Metadata } from "next";
import Link from "next/link";
import { SiteHeader } from "@/app/_components/site-header";
import { AppError } from "@/lib/errors";
import { InvitationTokenSchema, roleLabels } from "@/lib/schemas/workspace";
import { previewInvitation, type InvitationPreview } from "@/lib/server/data/invitations";
import { getCurrentUser } from "@/lib/server/session";
import { AcceptInvitationForm } from "./accept-invitation-form";

export const metadata: Metadata = { title: "Invitation", referrer: "no-referrer" };

export default async function InvitationPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const user = await getCurrentUser();
  let preview: InvitationPreview | null = null;
  let problem: string | null = null;
  if (!InvitationTokenSchema.safeParse(token).success) {
    problem = "This invitation link is invalid, has expired, or has already been used. Ask for a new one.";
  } else {
    try {
      preview = await previewInvitation(token);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      problem = error.message;
    }
  }
  const returnTo = encodeURIComponent(`/invite/${token}`);
  return (
    <>
      <SiteHeader user={user} />
      <main id="main" className="narrow">
        <h1>Join a workspace</h1>
        {problem || !preview ? (
          <p className="form-message error" role="alert">
            {problem}
          </p>
        ) : (
          <div className="card">
            <p>
              <strong>{preview.invitedBy}</strong> invited you to join <strong>{preview.workspaceName}</strong> as{" "}
              <span className="badge">{roleLabels[preview.role]}</span>.
            </p>
            {user ? (
              <AcceptInvitationForm token={token} />
            ) : (
              <p>
                <Link className="button primary" href={`/sign-up?callbackUrl=${returnTo}`}>
                  Create an account to join
                </Link>{" "}
                or <Link href={`/sign-in?callbackUrl=${returnTo}`}>sign in</Link>
              </p>
            )}
          </div>
        )}
      </main>
    </>
  );
}
