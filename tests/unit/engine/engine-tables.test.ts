import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { draftTeam } from "@/lib/engine";
import { getTraitOrder, sortByTraitOrder, traitCatalog, type TraitId } from "@/lib/engine/catalog/traits";
import { rulesByStep } from "@/lib/engine/rules/index";
import { ProjectBriefSchema } from "@/lib/schemas/project-brief";
import { corpusBriefs } from "@/tests/fixtures/briefs";

// The engine precomputes tables at module load and hands its private state to the draft
// instead of copying it; these tests pin down what those shortcuts must preserve.

describe("compiled rules", () => {
  const compiled = [...rulesByStep.values()].flat();

  it("keep every field of every effect in the rule tables", () => {
    // toEqual ignores fields that are undefined, which normalisation adds: any field it dropped
    // or changed fails here.
    expect(compiled.length).toBeGreaterThan(100);
    for (const { rule, effects } of compiled) expect(effects, rule.id).toEqual(rule.effects);
  });

  it("give every effect of one kind the same fields in the same order", () => {
    const fieldsByKind = new Map<string, string>();
    for (const { rule, effects } of compiled) {
      for (const effect of effects) {
        const fields = Object.keys(effect).join(",");
        const seen = fieldsByKind.get(effect.kind) ?? fields;
        expect(fields, `${rule.id} (${effect.kind})`).toBe(seen);
        fieldsByKind.set(effect.kind, fields);
      }
    }
  });
});

describe("sortByTraitOrder", () => {
  const traitIds = traitCatalog.map((trait) => trait.id) as TraitId[];

  it("orders like a stable sort by catalog position", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...traitIds), { maxLength: 30 }), (ids) => {
        const items = ids.map((id, position) => ({ id, position }));
        const expected = [...items].sort((a, b) => getTraitOrder(a.id) - getTraitOrder(b.id));
        expect(sortByTraitOrder([...items])).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});

/** Pushes a marker into every array of a value and overwrites every string field, depth first. */
function scribble(value: unknown): void {
  if (Array.isArray(value)) {
    for (const item of value) scribble(item);
    value.push("scribbled");
  } else if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (typeof record[key] === "string") record[key] = "scribbled";
      else scribble(record[key]);
    }
  }
}

describe("draftTeam", () => {
  it("returns drafts that share nothing mutable with the engine or with each other", () => {
    const briefs = corpusBriefs.map((entry) => ({ name: entry.name, brief: ProjectBriefSchema.parse(entry.brief) }));
    const before = briefs.map(({ brief }) => JSON.stringify(draftTeam(brief)));
    for (const { brief } of briefs) scribble(draftTeam(brief));
    const changed = briefs.filter(({ brief }, index) => JSON.stringify(draftTeam(brief)) !== before[index]).map(({ name }) => name);
    expect(changed).toEqual([]);
  });
});
