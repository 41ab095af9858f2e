import { WhyDisclosure } from "@/app/_components/why-disclosure";
import type { TeamDraft } from "@/lib/schemas/team-draft";
import { formatMoneyRange, formatMonthSpan } from "@/lib/ui/chart-scales";
import type { LiveDraftResult } from "@/lib/ui/live-draft";

/**
 * What the engine makes of the brief so far. Only the one-line summary is a live region:
 * announcing the whole draft on every keystroke would drown a screen-reader user.
 */
export function LiveDraftPreview({ result, engineReady }: { result: LiveDraftResult | null; engineReady: boolean }) {
  const summary = !engineReady
    ? "Loading the rules engine…"
    : !result
      ? "Describe the project to see a draft."
      : result.status === "invalid"
        ? "The draft waits for the fields marked below."
        : summarise(result.draft);
  return (
    <section className="card live-draft" aria-labelledby="live-draft-heading">
      <h2 id="live-draft-heading">Live draft</h2>
      <p className="live-summary" role="status" aria-live="polite">
        {summary}
      </p>
      {result?.status === "invalid" ? (
        <ul className="live-issues">
          {Object.entries(result.fieldErrors).map(([field, messages]) => (
            <li key={field}>{messages.join(" ")}</li>
          ))}
        </ul>
      ) : null}
      {result?.status === "ok" ? <DraftDetails draft={result.draft} traitLabels={result.traitLabels} /> : null}
      <p className="hint">The server drafts the plan again when you save, with the same rules.</p>
    </section>
  );
}

function summarise(draft: TeamDraft): string {
  const people = `${draft.headcount} ${draft.headcount === 1 ? "person" : "people"}`;
  return `Draft: ${people} in ${draft.team.length} ${draft.team.length === 1 ? "role" : "roles"} over ${draft.timeline.months} months (${draft.stage.id.replace(/-/g, " ")}).`;
}

function DraftDetails({ draft, traitLabels }: { draft: TeamDraft; traitLabels: Record<string, string> }) {
  const titleOf = new Map(draft.team.map((role) => [role.roleId, role.title]));
  return (
    <>
      <h3>What the engine read</h3>
      {draft.traits.length === 0 ? (
        <p className="muted">Nothing specific yet: name the data, where the model runs and who uses it.</p>
      ) : (
        <ul className="trait-list">
          {draft.traits.map((trait) => (
            <li key={trait.id}>
              <strong>{traitLabels[trait.id] ?? trait.id}</strong>{" "}
              <span className="muted">
                {trait.from === "field" ? "from the form" : "from"} {trait.from === "text" ? trait.evidence.map((word) => `“${word}”`).join(", ") : null}
              </span>
            </li>
          ))}
        </ul>
      )}

      <h3>Team</h3>
      <table className="compact">
        <caption className="visually-hidden">Roles in the live draft</caption>
        <thead>
          <tr>
            <th scope="col">Role</th>
            <th scope="col">People</th>
            <th scope="col">Seniority</th>
            <th scope="col">Salary band</th>
          </tr>
        </thead>
        <tbody>
          {draft.team.map((role) => (
            <tr key={role.roleId}>
              <th scope="row">{role.title}</th>
              <td>{role.headcount}</td>
              <td>{role.seniority}</td>
              <td>{role.salaryBand ? formatMoneyRange(role.salaryBand, role.salaryBand.currency, true) : "not known"}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Phases</h3>
      <ol className="phase-list">
        {draft.phases.map((phase) => (
          <li key={phase.id}>
            <strong>{phase.name}</strong> <span className="muted">{formatMonthSpan(phase.startMonth, phase.startMonth + phase.durationMonths - 1)}</span>
            <ul>
              {phase.staffing.map((entry) => (
                <li key={entry.roleId}>
                  {titleOf.get(entry.roleId) ?? entry.roleId} ({entry.involvement}){" "}
                  <span className="muted rule-ids">{entry.rationale.map((item) => item.ruleId).join(", ")}</span>
                  <WhyDisclosure rationale={entry.rationale} />
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>

      <h3>Cost</h3>
      <p>
        Run rate per year:{" "}
        <strong>{formatMoneyRange(draft.cost.annualMin !== null && draft.cost.annualMax !== null ? { min: draft.cost.annualMin, max: draft.cost.annualMax } : null, draft.cost.currency)}</strong>
        {draft.cost.rolesWithoutBand.length > 0 ? (
          <span className="muted"> (without {draft.cost.rolesWithoutBand.map((roleId) => titleOf.get(roleId) ?? roleId).join(", ")}: no salary band known)</span>
        ) : null}
      </p>

      {draft.warnings.length > 0 ? (
        <>
          <h3>Warnings</h3>
          <ul className="warnings">
            {draft.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      ) : null}
    </>
  );
}
