import { sourceCatalog } from "@/lib/engine/catalog/sources";
import type { Rationale } from "@/lib/schemas/team-draft";

const sourceTitles: Record<string, string> = Object.fromEntries(
  sourceCatalog.map((source) => [source.tag, `${source.publisher}: ${source.title}`]),
);

/** [A] [B] [C] for the articles, "practice" and "heuristic" spelled out so nobody reads them as sourced facts. */
export function SourceTags({ sources }: { sources: readonly string[] }) {
  return (
    <span className="source-tags">
      {sources.map((tag) => (
        <abbr key={tag} className={`source-tag source-${tag}`} title={sourceTitles[tag] ?? tag}>
          {tag.length === 1 ? `[${tag}]` : tag}
        </abbr>
      ))}
    </span>
  );
}

/**
 * "Why?" beside a decision: each rule behind it with its id, its reason and its sources. A
 * native <details>, so it works with the keyboard and without JavaScript.
 */
export function WhyDisclosure({
  rationale,
  label = "Why?",
  describeRule,
}: {
  rationale: readonly Rationale[];
  label?: string;
  /** The rule catalog's general description, when it says more than the draft's reason. */
  describeRule?: (ruleId: string) => string | undefined;
}) {
  if (rationale.length === 0) return null;
  return (
    <details className="why">
      <summary>{label}</summary>
      <ul>
        {rationale.map((item, index) => {
          const general = describeRule?.(item.ruleId);
          return (
            <li key={`${item.ruleId}-${index}`}>
              <code className="rule-id">{item.ruleId}</code> <SourceTags sources={item.sources} />
              <br />
              {item.text}
              {general && general !== item.text ? <span className="muted"> Rule: {general}</span> : null}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
