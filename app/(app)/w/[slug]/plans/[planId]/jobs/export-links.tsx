import { jdExportFormats, planExportFormats } from "@/lib/schemas/job-description";

const jdLabels = { md: "Markdown", html: "HTML", txt: "Text", docx: "Word", pdf: "PDF", jsonld: "JSON-LD" } as const;
const planLabels = { csv: "Team table (CSV)", json: "Plan data (JSON)", pdf: "Summary (PDF)" } as const;

/** Download links to the export routes (same-origin session; the route checks access again). */
export function JdDownloadLinks({ planId, roleKey, title }: { planId: string; roleKey: string; title: string }) {
  return (
    <ul className="download-links" aria-label={`Download ${title}`}>
      {jdExportFormats.map((format) => (
        <li key={format}>
          <a className="button small" href={`/api/v1/plans/${planId}/job-descriptions/${roleKey}/export?format=${format}`} download>
            {jdLabels[format]}
          </a>
        </li>
      ))}
    </ul>
  );
}

export function PlanExportLinks({ planId }: { planId: string }) {
  return (
    <ul className="download-links" aria-label="Export the whole plan">
      {planExportFormats.map((format) => (
        <li key={format}>
          <a className="button small" href={`/api/v1/plans/${planId}/export?format=${format}`} download>
            {planLabels[format]}
          </a>
        </li>
      ))}
    </ul>
  );
}
