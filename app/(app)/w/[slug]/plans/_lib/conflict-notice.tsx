import type { ConflictView } from "@/lib/server/actions/form-errors";
import { formatDateTime } from "@/lib/ui/format-date";

/**
 * The 409, in words: who saved what and when while the user was editing. Rendered inside the
 * form (which still holds everything typed); the caller adds the ways out.
 */
export function ConflictNotice({ conflict, children }: { conflict: ConflictView; children?: React.ReactNode }) {
  return (
    <div className="conflict" role="alert">
      <p>
        <strong>
          {conflict.changedBy} saved version {conflict.currentVersion} on {formatDateTime(conflict.changedAt)} while you were editing.
        </strong>{" "}
        Nothing of yours was saved, and nothing of theirs was overwritten. Your edits are still in this form.
      </p>
      {conflict.changes.length > 0 ? (
        <>
          <p>What they changed:</p>
          <ul>
            {conflict.changes.map((change) => (
              <li key={change}>{change}</li>
            ))}
          </ul>
        </>
      ) : (
        <p>{conflict.summary}</p>
      )}
      {children}
    </div>
  );
}
