"use client";

import { useActionState } from "react";
import { FormMessage, SubmitButton } from "@/app/_components/form-controls";
import { OneTimeSecret, RevokeButton } from "@/app/_components/one-time-secret";
import { initialFormState } from "@/lib/form-state";
import { createApiTokenAction, revokeApiTokenAction, type ApiTokenFormState } from "@/lib/server/actions/api-tokens";
import { formatDateTime } from "@/lib/ui/format-date";
import { TableHead } from "@/app/_components/table-head";

interface ApiTokenRow {
  id: string;
  name: string;
  prefix: string;
  role: string;
  createdAt: string;
  createdByName: string;
  lastUsedAt: string | null;
  status: "active" | "revoked";
}

const tokenRoles = [
  ["VIEWER", "Viewer (read only)"],
  ["HR", "HR (read and comment)"],
  ["MANAGER", "Manager (create, edit, approve)"],
] as const;

/** Owners create tokens for integrations; the secret is shown once, then only its prefix. */
export function ApiTokensPanel({ workspaceId, tokens }: { workspaceId: string; tokens: ApiTokenRow[] }) {
  const [state, formAction] = useActionState<ApiTokenFormState, FormData>(createApiTokenAction, initialFormState);
  const errors = state.fieldErrors ?? {};
  return (
    <>
      <form action={formAction} noValidate className="card">
        <input type="hidden" name="workspaceId" value={workspaceId} />
        <div className="inline-form">
          <label htmlFor="token-name">Token name</label>
          <input
            id="token-name"
            name="name"
            maxLength={80}
            defaultValue={state.token ? "" : (state.values?.name ?? "")}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby="token-name-error"
          />
          <label htmlFor="token-role">Token role</label>
          <select id="token-role" name="role" defaultValue={state.values?.role ?? "VIEWER"} aria-invalid={errors.role ? true : undefined} aria-describedby="token-role-error">
            {tokenRoles.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
          <SubmitButton pendingText="Creating…">Create token</SubmitButton>
        </div>
        <p className="field-error" id="token-name-error" aria-live="polite">
          {errors.name?.join(" ")}
        </p>
        <p className="field-error" id="token-role-error" aria-live="polite">
          {errors.role?.join(" ")}
        </p>
        <FormMessage state={state} />
        {state.token ? <OneTimeSecret id="new-token" label="New API token" value={state.token} /> : null}
      </form>
      {tokens.length === 0 ? (
        <p className="muted">No API tokens yet. Create one for each integration, with the smallest role it needs.</p>
      ) : (
        <table>
          <caption className="visually-hidden">API tokens</caption>
          <TableHead columns={["Name", "Token starts with", "Role", "Created", "Last used", "Status"]} actions />
          <tbody>
            {tokens.map((token) => (
              <TokenRow key={token.id} workspaceId={workspaceId} token={token} />
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

function TokenRow({ workspaceId, token }: { workspaceId: string; token: ApiTokenRow }) {
  return (
    <tr>
      <th scope="row">{token.name}</th>
      <td>
        <code>{token.prefix}…</code>
      </td>
      <td>{token.role.toLowerCase()}</td>
      <td>
        {formatDateTime(token.createdAt)} <span className="muted">by {token.createdByName}</span>
      </td>
      <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : <span className="muted">never</span>}</td>
      <td>
        <span className={`badge ${token.status}`}>{token.status}</span>
      </td>
      <td>
        <RevokeButton
          action={revokeApiTokenAction}
          fields={{ workspaceId, tokenId: token.id }}
          confirm={`Revoke "${token.name}"? Integrations using it stop working at once.`}
          show={token.status === "active"}
        />
      </td>
    </tr>
  );
}
