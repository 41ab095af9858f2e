"use client";

import { useActionState, useEffect, useState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { OneTimeSecret, RevokeButton } from "@/app/_components/one-time-secret";
import { initialFormState } from "@/lib/form-state";
import { roleLabels, workspaceRoles, type WorkspaceRole } from "@/lib/workspace-roles";
import {
  createInvitationAction,
  type InvitationFormState,
  revokeInvitationAction,
} from "@/lib/server/actions/workspaces";
import { TableHead } from "@/app/_components/table-head";

interface InvitationRow {
  id: string;
  role: WorkspaceRole;
  createdAt: string;
  expiresAt: string;
  createdByName: string;
  status: "pending" | "accepted" | "expired" | "revoked";
  acceptedByName: string | null;
}

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

export function InvitationsPanel({ workspaceId, invitations }: { workspaceId: string; invitations: InvitationRow[] }) {
  const [state, formAction] = useActionState<InvitationFormState, FormData>(createInvitationAction, initialFormState);
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const fullUrl = state.invitationUrl ? `${origin}${state.invitationUrl}` : "";
  return (
    <>
      <form action={formAction} noValidate className="card">
        <input type="hidden" name="workspaceId" value={workspaceId} />
        <div className="inline-form">
          <label htmlFor="invite-role">Role</label>
          <select id="invite-role" name="role" defaultValue={state.values?.role ?? "VIEWER"} aria-describedby="invite-role-error">
            {workspaceRoles.map((role) => (
              <option key={role} value={role}>
                {roleLabels[role]}
              </option>
            ))}
          </select>
          <label htmlFor="invite-days">Valid for (days)</label>
          <input
            id="invite-days"
            name="expiresInDays"
            type="number"
            min={1}
            max={30}
            defaultValue={state.values?.expiresInDays ?? "7"}
            style={{ width: "5rem" }}
            aria-invalid={state.fieldErrors?.expiresInDays ? true : undefined}
            aria-describedby="invite-days-error"
          />
          <SubmitButton pendingText="Creating…">Create invitation link</SubmitButton>
        </div>
        <p className="field-error" id="invite-role-error" aria-live="polite">
          {state.fieldErrors?.role?.join(" ")}
        </p>
        <p className="field-error" id="invite-days-error" aria-live="polite">
          {state.fieldErrors?.expiresInDays?.join(" ")}
        </p>
        <FormMessage state={state} />
        {fullUrl ? <OneTimeSecret id="invitation-url" label="Invitation link" value={fullUrl} /> : null}
      </form>
      {invitations.length === 0 ? (
        <p className="muted">No invitations yet.</p>
      ) : (
        <table>
          <caption className="visually-hidden">Invitation links</caption>
          <TableHead columns={["Role", "Created", "Expires", "Status"]} actions />
          <tbody>
            {invitations.map((invitation) => (
              <InvitationRowView key={invitation.id} workspaceId={workspaceId} invitation={invitation} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function InvitationRowView({ workspaceId, invitation }: { workspaceId: string; invitation: InvitationRow }) {
  return (
    <tr>
      <td>{roleLabels[invitation.role]}</td>
      <td>
        {dateFormat.format(new Date(invitation.createdAt))} <span className="muted">by {invitation.createdByName}</span>
      </td>
      <td>{dateFormat.format(new Date(invitation.expiresAt))}</td>
      <td>
        <span className={`badge ${invitation.status}`}>{invitation.status}</span>
        {invitation.acceptedByName ? <span className="muted"> by {invitation.acceptedByName}</span> : null}
      </td>
      <td>
        <RevokeButton action={revokeInvitationAction} fields={{ workspaceId, invitationId: invitation.id }} show={invitation.status === "pending"} />
      </td>
    </tr>
  );
}
