import { CostBarChart } from "@/app/_components/cost-bar-chart";
import type { PlanCosts } from "@/lib/plans/plan-costs";
import { formatMoney, formatMoneyRange, formatMonthSpan } from "@/lib/ui/chart-scales";

/**
 * The plan's cost, read-only, for the plan page and the public shared page. Both show the run
 * rate, the project cost and the cost per phase (phase names as plain labels); `detailed` (the
 * plan page) adds the cost between phases, why a role is unpriced, the tables beside the charts,
 * the quarters and the cost per role.
 */
export function PlanCostSection({
  costs,
  timelineMonths,
  roleTitle,
  detailed,
}: {
  costs: PlanCosts;
  timelineMonths: number;
  roleTitle: (roleId: string) => string;
  detailed: boolean;
}) {
  const phaseChart = (
    <CostBarChart
      id="cost-phase-chart"
      title="Cost per phase"
      currency={costs.currency}
      bars={costs.perPhase.map((phase) => ({ label: phase.name, ...phase.cost, unpriced: phase.unpriced.map(roleTitle) }))}
    />
  );
  return (
    <section aria-labelledby="cost-heading">
      <h2 id="cost-heading">Cost</h2>
      <dl className="cost-summary">
        <div>
          <dt>Run rate per year</dt>
          <dd>{formatMoneyRange(costs.annual, costs.currency)}</dd>
        </div>
        <div>
          <dt>Project cost over {timelineMonths} months</dt>
          <dd>{formatMoneyRange(costs.total, costs.currency)}</dd>
        </div>
        {detailed && costs.betweenPhases.max > 0 ? (
          <div>
            <dt>Of which between phases</dt>
            <dd>{formatMoneyRange(costs.betweenPhases, costs.currency)}</dd>
          </div>
        ) : null}
      </dl>
      {costs.rolesWithoutBand.length > 0 ? (
        <p className="hint">
          Not in these figures (no salary band):{" "}
          {detailed ? costs.rolesWithoutBand.map((role) => `${role.title} — ${role.reason}`).join(" ") : `${costs.rolesWithoutBand.map((role) => role.title).join(", ")}.`}
        </p>
      ) : null}
      {!costs.total ? null : !detailed ? (
        phaseChart
      ) : (
        <>
          <h3 id="cost-phase-heading">Per phase</h3>
          <div className="chart-with-table">
            {phaseChart}
            <CostTable
              caption="Cost per phase"
              currency={costs.currency}
              rows={costs.perPhase.map((phase) => ({ key: phase.phaseId, label: phase.name, span: formatMonthSpan(phase.startMonth, phase.endMonth), cost: phase.cost, unpriced: phase.unpriced.map(roleTitle) }))}
            />
          </div>
          <h3>Per quarter</h3>
          <div className="chart-with-table">
            <CostBarChart
              id="cost-quarter-chart"
              title="Cost per quarter"
              currency={costs.currency}
              bars={costs.perQuarter.map((quarter) => ({ label: `Q${quarter.quarter}`, ...quarter.cost, unpriced: quarter.unpriced.map(roleTitle) }))}
            />
            <CostTable
              caption="Cost per quarter"
              currency={costs.currency}
              rows={costs.perQuarter.map((quarter) => ({ key: String(quarter.quarter), label: `Q${quarter.quarter}`, span: formatMonthSpan(quarter.startMonth, quarter.endMonth), cost: quarter.cost, unpriced: quarter.unpriced.map(roleTitle) }))}
            />
          </div>
          <h3>Per role</h3>
          <table>
            <caption className="visually-hidden">Cost per role</caption>
            <thead>
              <tr>
                <th scope="col">Role</th>
                <th scope="col">People</th>
                <th scope="col">Employed</th>
                <th scope="col">Per year</th>
                <th scope="col">Over the project</th>
              </tr>
            </thead>
            <tbody>
              {costs.perRole.map((role) => (
                <tr key={role.roleId}>
                  <th scope="row">{role.title}</th>
                  <td>{role.headcount}</td>
                  <td>{role.firstMonth !== null && role.lastMonth !== null ? formatMonthSpan(role.firstMonth, role.lastMonth) : "—"}</td>
                  <td>{formatMoneyRange(role.annual, costs.currency)}</td>
                  <td>{formatMoneyRange(role.total, costs.currency)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function CostTable({
  caption,
  currency,
  rows,
}: {
  caption: string;
  currency: string;
  rows: { key: string; label: string; span: string; cost: { min: number; max: number }; unpriced: string[] }[];
}) {
  const anyUnpriced = rows.some((row) => row.unpriced.length > 0);
  return (
    <table>
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Period</th>
          <th scope="col">Months</th>
          <th scope="col">Low</th>
          <th scope="col">High</th>
          {anyUnpriced ? <th scope="col">Not priced (no salary band)</th> : null}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => {
          // A period staffed only by roles without a band has an unknown cost, not a zero one.
          const unknown = row.cost.max === 0 && row.unpriced.length > 0;
          return (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              <td>{row.span}</td>
              <td>{unknown ? "not known" : formatMoney(row.cost.min, currency)}</td>
              <td>{unknown ? "not known" : formatMoney(row.cost.max, currency)}</td>
              {anyUnpriced ? <td>{row.unpriced.join(", ") || "—"}</td> : null}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
