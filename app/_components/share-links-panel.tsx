"use client";

import { useActionState, useEffect, useState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { OneTimeSecret, RevokeButton } from "@/app/_components/one-time-secret";
import { initialFormState } from "@/lib/form-state";
import { createShareLinkAction, revokeShareLinkAction, type ShareLinkFormState } from "@/lib/server/actions/share-links";
import { formatDateTime } from "@/lib/ui/format-date";
import { TableHead } from "@/app/_components/table-head";

export interface ShareLinkRow {
  id: string;
  createdAt: string;
  createdByName: string;
  expiresAt: string | null;
  lastAccessedAt: string | null;
  accessCount: number;
}

type Target = { kind: "plan"; planId: string } | { kind: "role"; workspaceId: string; roleKey: string };

const expiryOptions = [
  ["never", "Never (until revoked)"],
  ["1", "After 1 day"],
  ["7", "After 7 days"],
  ["30", "After 30 days"],
  ["90", "After 90 days"],
] as const;

/**
 * Read-only links for people without an account. The URL is shown once (only its hash is
 * stored); the list shows the links that still open, with who made them and how often they
 * were opened, and revokes them at once.
 */
export function ShareLinksPanel({ target, links, whoCanShare, what }: { target: Target; links: ShareLinkRow[]; whoCanShare: string; what: string }) {
  const [state, formAction] = useActionState<ShareLinkFormState, FormData>(createShareLinkAction, initialFormState);
  const [origin, setOrigin] = useState("");
  // The page is rendered on the server, which does not know the public host name for sure.
  useEffect(() => setOrigin(window.location.origin), []);
  const url = state.sharePath ? `${origin}${state.sharePath}` : null;
  return (
    <div className="share-panel">
      <p className="hint">
        Anyone with a link can read this {what} without signing in: nothing else of the workspace is shown. {whoCanShare}
      </p>
      <form action={formAction} noValidate className="inline-form share-create">
        {target.kind === "plan" ? (
          <>
            <input type="hidden" name="targetKind" value="plan" />
            <input type="hidden" name="planId" value={target.planId} />
          </>
        ) : (
          <>
            <input type="hidden" name="targetKind" value="role" />
            <input type="hidden" name="workspaceId" value={target.workspaceId} />
            <input type="hidden" name="roleKey" value={target.roleKey} />
          </>
        )}
        <label htmlFor="share-expiry">Link expires</label>
        <select id="share-expiry" name="expiresInDays" defaultValue={state.values?.expiresInDays ?? "never"} aria-describedby="share-expiry-error">
          {expiryOptions.map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
        <SubmitButton pendingText="Creating…">Create share link</SubmitButton>
      </form>
      <p className="field-error" id="share-expiry-error" aria-live="polite">
        {state.fieldErrors?.expiresInDays?.join(" ")}
      </p>
      <FormMessage state={state} />
      {url ? <OneTimeSecret id="new-share-link" label="New share link" value={url} /> : null}
      {links.length === 0 ? (
        <p className="muted">No active share links.</p>
      ) : (
        <table className="share-links">
          <caption>Active share links</caption>
          <TableHead columns={["Created", "Expires", "Last opened", "Opened"]} actions />
          <tbody>
            {links.map((link) => (
              <ShareLinkRowView key={link.id} link={link} />
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}

function ShareLinkRowView({ link }: { link: ShareLinkRow }) {
  return (
    <tr>
      <td>
        {formatDateTime(link.createdAt)} <span className="muted">by {link.createdByName}</span>
      </td>
      <td>{link.expiresAt ? formatDateTime(link.expiresAt) : <span className="muted">never</span>}</td>
      <td>{link.lastAccessedAt ? formatDateTime(link.lastAccessedAt) : <span className="muted">never</span>}</td>
      <td>
        {link.accessCount} {link.accessCount === 1 ? "time" : "times"}
      </td>
      <td>
        <RevokeButton action={revokeShareLinkAction} fields={{ linkId: link.id }} confirm="Revoke this link? Anyone who has it can no longer open it." />
      </td>
    </tr>
  );
}
