import type { RoleDescriptionContent } from "@/lib/schemas/role-library";
import { formatMoneyRange } from "@/lib/ui/chart-scales";

const levelLabels: Record<string, string> = { junior: "Junior", mid: "Mid-level", senior: "Senior", lead: "Lead" };

/**
 * A role description as readers see it: in the library, in its history and on a public share
 * page. All text goes through React, which escapes it; nothing here is raw HTML.
 */
export function RoleDescriptionView({ content, headingLevel = 2 }: { content: RoleDescriptionContent; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? "h2" : "h3";
  return (
    <div className="role-view">
      <p className="lead role-summary">{content.summary}</p>
      {content.occupationCode ? (
        <p className="muted">
          Occupation code (O*NET-SOC): <code>{content.occupationCode}</code>
        </p>
      ) : null}
      <section>
        <H>Responsibilities</H>
        <BulletList items={content.responsibilities} empty="None listed." />
      </section>
      <div className="role-columns">
        <section>
          <H>Required skills</H>
          <BulletList items={content.skills.required} empty="None listed." />
        </section>
        <section>
          <H>Preferred skills</H>
          <BulletList items={content.skills.preferred} empty="None listed." />
        </section>
        <section>
          <H>Tools</H>
          <BulletList items={content.tools} empty="None listed." />
        </section>
      </div>
      <section>
        <H>Seniority levels</H>
        {content.seniorityLevels.length === 0 ? (
          <p className="muted">No levels described.</p>
        ) : (
          <dl className="level-list">
            {content.seniorityLevels.map((level) => (
              <div key={level.level}>
                <dt>
                  {levelLabels[level.level] ?? level.level}
                  {level.typicalYears ? (
                    <span className="muted">
                      {" "}
                      · typically {level.typicalYears.min}–{level.typicalYears.max} years
                    </span>
                  ) : null}
                </dt>
                <dd>{level.expectations}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
      <section>
        <H>Salary bands</H>
        {content.salaryBands.length === 0 ? (
          <p className="muted">No salary bands set.</p>
        ) : (
          <table className="band-table">
            <caption className="visually-hidden">Salary bands per location, per person per year</caption>
            <thead>
              <tr>
                <th scope="col">Location</th>
                <th scope="col">Per year</th>
                <th scope="col">Source</th>
              </tr>
            </thead>
            <tbody>
              {content.salaryBands.map((band, index) => (
                <tr key={`${band.location}-${band.currency}-${index}`}>
                  <th scope="row">{band.location}</th>
                  <td className="salary">{formatMoneyRange(band, band.currency)}</td>
                  <td>{band.source || <span className="muted">—</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      {content.benefits ? (
        <section>
          <H>Benefits</H>
          <p className="notes">{content.benefits}</p>
        </section>
      ) : null}
      {content.equalOpportunityStatement ? (
        <section>
          <H>Equal opportunity</H>
          <p className="notes">{content.equalOpportunityStatement}</p>
        </section>
      ) : null}
    </div>
  );
}

function BulletList({ items, empty }: { items: readonly string[]; empty: string }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul>
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
