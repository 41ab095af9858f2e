import { draftTeam } from "@/lib/engine";
import { traitCatalog } from "@/lib/engine/catalog/traits";
import { fieldErrorsFromZod } from "@/lib/errors";
import { ProjectBriefSchema } from "@/lib/schemas/project-brief";
import type { TeamDraft } from "@/lib/schemas/team-draft";
import { briefFieldErrors, briefInputFromFields, type BriefFields } from "@/lib/ui/brief-form";

/**
 * The intake page's live draft: the same schema and engine the server runs on save, in the
 * browser. Loaded with a dynamic import after the page is interactive, so the engine and zod stay
 * out of the page's first-load JavaScript.
 */
export type LiveDraftResult =
  | { status: "ok"; draft: TeamDraft; traitLabels: Record<string, string> }
  | { status: "invalid"; fieldErrors: Record<string, string[]> };

const labels: Record<string, string> = Object.fromEntries(traitCatalog.map((trait) => [trait.id, trait.label]));

export function computeLiveDraft(fields: BriefFields): LiveDraftResult {
  const parsed = ProjectBriefSchema.safeParse(briefInputFromFields(fields));
  if (!parsed.success) return { status: "invalid", fieldErrors: briefFieldErrors(fieldErrorsFromZod(parsed.error)) };
  const draft = draftTeam(parsed.data);
  const traitLabels: Record<string, string> = {};
  for (const trait of draft.traits) traitLabels[trait.id] = labels[trait.id] ?? trait.id;
  return { status: "ok", draft, traitLabels };
}
