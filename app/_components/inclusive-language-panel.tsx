import type { InclusiveReport } from "@/lib/jd/inclusive-language";
import { describePosition } from "@/lib/jd/inclusive-language";

const categoryLabels: Record<string, string> = {
  "masculine-coded": "Masculine-coded",
  "feminine-coded": "Feminine-coded",
  exclusionary: "Exclusionary",
  jargon: "Jargon",
  "inflated-requirements": "Inflated requirements",
};

const bandLabels = { inclusive: "Inclusive", review: "Worth a review", revise: "Needs revising" } as const;

/** The inclusive-language report beside the draft: score, how it was computed, each finding with its reason and fix. */
export function InclusiveLanguagePanel({ report }: { report: InclusiveReport }) {
  const { genderCoding } = report;
  return (
    <section className="card inclusive-panel" aria-labelledby="inclusive-heading">
      <h2 id="inclusive-heading">Inclusive language</h2>
      <div role="status" aria-live="polite" className="inclusive-score-line">
        <span className={`inclusive-score band-${report.band}`}>{report.score}</span>
        <span>
          <strong>{bandLabels[report.band]}</strong>{" "}
          <span className="muted">
            {report.findings.length === 0 ? "No findings." : `${report.findings.length} ${report.findings.length === 1 ? "finding" : "findings"}.`}
          </span>
        </span>
      </div>
      <p className="hint">Advice only: it never blocks saving or export.</p>
      <p className="muted gender-balance">
        Gender-coded words (Gaucher, Friesen &amp; Kay 2011): masculine {genderCoding.masculine.length > 0 ? genderCoding.masculine.map((word) => `“${word}”`).join(", ") : "none"}; feminine{" "}
        {genderCoding.feminine.length > 0 ? genderCoding.feminine.map((word) => `“${word}”`).join(", ") : "none"}.
      </p>
      <ul className="finding-list">
        {report.findings.map((finding) => (
          <li key={finding.ruleId} className={`finding finding-${finding.category}`}>
            <p>
              <span className="badge">{categoryLabels[finding.category] ?? finding.category}</span>{" "}
              <strong>{finding.words.map((word) => `“${word}”`).join(", ")}</strong> <span className="muted">(−{finding.penalty})</span>
            </p>
            <p>{finding.reason}</p>
            <p>
              <strong>Try:</strong> {finding.suggestion}
            </p>
            <p className="muted finding-where">
              {finding.matches.slice(0, 3).map(describePosition).join("; ")}
              {finding.matches.length > 3 ? `; and ${finding.matches.length - 3} more` : ""}
            </p>
            <p className="muted finding-basis">
              Basis: {finding.basis} · <code>{finding.ruleId}</code>
            </p>
          </li>
        ))}
      </ul>
      <details>
        <summary>How the score is computed</summary>
        <ul className="score-explanation">
          {report.explanation.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </details>
    </section>
  );
}
