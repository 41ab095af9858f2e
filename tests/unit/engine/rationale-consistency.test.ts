import { describe, expect, it } from "vitest";
import { draftTeam, roleCatalog } from "@/lib/engine";
import { ProjectBriefSchema, type ProjectBriefInput } from "@/lib/schemas/project-brief";
import type { RoleId, TeamDraft } from "@/lib/schemas/team-draft";
import { corpusBriefs } from "@/tests/fixtures/briefs";

/**
 * The "why" must never claim something the plan does not do. Stated precisely, for the stage's
 * explanation (the one rationale that speaks about the whole team):
 * 1. every role it names is on the team, unless that mention reads "no <role>" (the text says
 *    plainly the role is absent);
 * 2. every role it names as absent ("no <role>") is indeed not on the team;
 * 3. when it gives the rule of thumb's team size ("(3–4 people)"), the team is within that
 *    range, or the text says how many people the plan has ("This plan has N people").
 * Role names are matched case-insensitively by title and short name (e.g. "ML engineer").
 */

const roleNames: Record<RoleId, readonly string[]> = {
  "data-scientist": ["data scientist"],
  "ml-engineer": ["machine learning engineer", "ml engineer"],
  "ai-engineer": ["ai engineer"],
  "data-engineer": ["data engineer"],
  "mlops-engineer": ["mlops engineer"],
};

interface Mention {
  readonly roleId: RoleId;
  readonly negated: boolean;
}

function mentionsIn(text: string): Mention[] {
  const lower = text.toLowerCase();
  const mentions: Mention[] = [];
  for (const [roleId, names] of Object.entries(roleNames) as [RoleId, readonly string[]][]) {
    for (const name of names) {
      // "AI-engineer work" and "AI engineers" name the role as much as "an AI engineer" does.
      const pattern = new RegExp(`(\\bno\\s+)?\\b${name.replace(" ", "[ -]")}s?\\b`, "g");
      for (const match of lower.matchAll(pattern)) mentions.push({ roleId, negated: match[1] !== undefined });
    }
  }
  return mentions;
}

/** The inconsistencies of one draft's stage explanation; empty when it matches the plan. */
function stageInconsistencies(draft: TeamDraft): string[] {
  const onTeam = new Set(draft.team.map((role) => role.roleId));
  const problems: string[] = [];
  for (const reason of draft.stage.rationale) {
    for (const mention of mentionsIn(reason.text)) {
      if (!mention.negated && !onTeam.has(mention.roleId)) problems.push(`${reason.ruleId} names ${mention.roleId}, which is not on the team`);
      if (mention.negated && onTeam.has(mention.roleId)) problems.push(`${reason.ruleId} says there is no ${mention.roleId}, but there is`);
    }
    const range = /\((\d+)[–-](\d+) people\)/.exec(reason.text);
    if (range && !/This plan has \d+ (people|person)/.test(reason.text)) {
      const [min, max] = [Number(range[1]), Number(range[2])];
      if (draft.headcount < min || draft.headcount > max) problems.push(`${reason.ruleId} gives ${min}–${max} people for a team of ${draft.headcount}`);
    }
  }
  return problems;
}

function draft(brief: ProjectBriefInput): TeamDraft {
  return draftTeam(ProjectBriefSchema.parse(structuredClone(brief)));
}

const chatbot = "An LLM chatbot for customer support that answers questions from our help-centre articles; no dashboards needed.";

// The corpus, each brief again under tight caps (where merged roles are most likely to leave the
// explanation behind) and on a short timeline (where sizing grows the team past the rule of thumb).
const cases: [string, ProjectBriefInput][] = corpusBriefs.flatMap(({ name, brief }) => [
  [name, brief] as [string, ProjectBriefInput],
  ...[1, 2, 3].map((headcountCap) => [`${name} (cap ${headcountCap})`, { ...brief, headcountCap }] as [string, ProjectBriefInput]),
  [`${name} (2 months)`, { ...brief, timelineMonths: 2, headcountCap: undefined }] as [string, ProjectBriefInput],
]);

describe("the stage's explanation matches the team it explains", () => {
  it("the check itself catches a stage text that names an absent role", () => {
    const base = draft({ description: chatbot });
    const wrong: TeamDraft = {
      ...base,
      stage: {
        ...base.stage,
        rationale: [{ ruleId: "x", text: "Keeps the data scientist and data engineer and adds an engineer (3–4 people).", sources: ["practice"] }],
      },
    };
    expect(stageInconsistencies(wrong)).toEqual(expect.arrayContaining([expect.stringContaining("data-scientist")]));
    expect(roleCatalog.map((role) => role.id).sort()).toEqual(Object.keys(roleNames).sort());
  });

  it.each(cases)("%s", (_name, brief) => {
    expect(stageInconsistencies(draft(brief))).toEqual([]);
  });
});
