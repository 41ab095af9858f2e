import { EditedBadge } from "@/app/_components/plan-badges";
import { SourceTags, WhyDisclosure } from "@/app/_components/why-disclosure";
import { findRule } from "@/lib/engine";
import type { EffectiveRole } from "@/lib/plans/effective-plan";
import { formatMoneyRange } from "@/lib/ui/chart-scales";

const describeRule = (ruleId: string) => findRule(ruleId)?.description;

/**
 * The plan's team, read-only: the plan page and the public shared page render the same table.
 * `explain` (the plan page) adds the tools column, the engine's reasons, what was edited by hand
 * and where each salary band comes from; a shared page shows the team without them.
 */
export function PlanTeamSection({ team, headcount, explain }: { team: readonly EffectiveRole[]; headcount: number; explain: boolean }) {
  return (
    <section aria-labelledby="team-heading">
      <h2 id="team-heading">Team</h2>
      <p className="muted">
        {headcount} {headcount === 1 ? "person" : "people"} in {team.length} {team.length === 1 ? "role" : "roles"}.
      </p>
      <div className="table-scroll">
        <table className="team-table">
          <caption className="visually-hidden">Team roles with headcount, seniority, skills, {explain ? "tools " : ""}and salary band</caption>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Headcount</th>
              <th scope="col">Seniority</th>
              <th scope="col">Skills</th>
              {explain ? <th scope="col">Tools</th> : null}
              <th scope="col">Salary band (per person, per year)</th>
            </tr>
          </thead>
          <tbody>
            {team.map((role) => (
              <TeamRow key={role.roleId} role={role} explain={explain} />
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

function TeamRow({ role, explain }: { role: EffectiveRole; explain: boolean }) {
  const suggested = role.suggested;
  const edited = (field: EffectiveRole["overridden"][number]) => explain && role.overridden.includes(field);
  return (
    <tr>
      <th scope="row">
        {role.title}
        {explain ? (
          <>
            {" "}
            {edited("added") ? <span className="badge edited">added by hand</span> : null}
            <WhyDisclosure rationale={role.rationale} describeRule={describeRule} label="Why this role?" />
          </>
        ) : null}
      </th>
      <td>
        {role.headcount}
        {edited("headcount") && suggested ? <EditedBadge engineValue={String(suggested.headcount)} /> : null}
        {explain ? <WhyDisclosure rationale={role.headcountRationale} describeRule={describeRule} /> : null}
      </td>
      <td>
        {role.seniority}
        {edited("seniority") && suggested ? <EditedBadge engineValue={suggested.seniority} /> : null}
        <span className="muted seniority-mix"> {role.seniorityMix.map((mix) => `${mix.count} ${mix.level}`).join(", ")}</span>
        {explain ? <WhyDisclosure rationale={role.seniorityRationale} describeRule={describeRule} /> : null}
      </td>
      <td>
        <p className="skills">
          <strong>Required:</strong> {role.skills.required.join(", ") || "—"}
        </p>
        <p className="skills">
          <strong>Preferred:</strong> {role.skills.preferred.join(", ") || "—"}
        </p>
        {edited("skills") ? <EditedBadge /> : null}
      </td>
      {explain ? <td className="tools">{role.tools.join(", ")}</td> : null}
      <td className="salary">
        {role.salaryBand ? (
          <>
            {formatMoneyRange(role.salaryBand, role.salaryBand.currency)}
            {explain ? (
              <>
                {" "}
                {role.salaryBand.source.startsWith("role library") ? (
                  // A band HR set in the role library, not one of the engine's sourced figures.
                  <span className="muted band-source">{role.salaryBand.source}</span>
                ) : (
                  <SourceTags sources={role.salaryBand.source.split(",")} />
                )}
              </>
            ) : null}
          </>
        ) : (
          <span className="muted">not known</span>
        )}
      </td>
    </tr>
  );
}
