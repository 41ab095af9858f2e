import type { JobDescriptionDocument } from "@/lib/server/export/job-description-document";

/**
 * A saved version, read-only, rendered from the same document model as the exports (so what is
 * shown is what that version would download as). React escapes the user's text.
 */
export function JdVersionView({ document }: { document: JobDescriptionDocument }) {
  return (
    <article className="jd-version-view">
      <h3>{document.title}</h3>
      <p className="muted">{document.subtitle}</p>
      {document.sections.map((section) => (
        <section key={section.id}>
          <h4>{section.heading}</h4>
          {section.blocks.map((block, index) => {
            const key = `${section.id}-${index}`;
            switch (block.kind) {
              case "paragraph":
                return <p key={key}>{block.text}</p>;
              case "list":
                return (
                  <ul key={key}>
                    {block.items.map((item, itemIndex) => (
                      <li key={itemIndex}>{item}</li>
                    ))}
                  </ul>
                );
              case "facts":
                return (
                  <dl key={key} className="facts">
                    {block.rows.map((row) => (
                      <div key={row.label}>
                        <dt>{row.label}</dt>
                        <dd>{row.value}</dd>
                      </div>
                    ))}
                  </dl>
                );
              case "table":
                return (
                  <table key={key}>
                    <caption>{block.caption}</caption>
                    <thead>
                      <tr>
                        {block.headers.map((header) => (
                          <th key={header} scope="col">
                            {header}
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {block.rows.map((row, rowIndex) => (
                        <tr key={rowIndex}>
                          {row.map((cell, cellIndex) => (
                            <td key={cellIndex}>{cell}</td>
                          ))}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                );
            }
          })}
        </section>
      ))}
    </article>
  );
}
