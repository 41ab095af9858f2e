import { phaseCatalog } from "../catalog/phases";
import { roleCatalog } from "../catalog/roles";
import { traitCatalog } from "../catalog/traits";
import type { PhaseId, RoleId, TraitId } from "../types";

/**
 * Facts are strings for people ("derived.production", "role:ai-engineer") and small integers
 * for the evaluator, which tests a few hundred conditions per draft. The string → index table
 * only grows with the finite set of fact names (traits, derived facts, roles, phases), and
 * indexes never reach a draft, so drafts do not depend on the order facts were first seen.
 */
const factIndexes = new Map<string, number>();

/** The integer id of a fact name, assigned on first use. */
export function indexFact(fact: string): number {
  let index = factIndexes.get(fact);
  if (index === undefined) {
    index = factIndexes.size;
    factIndexes.set(fact, index);
  }
  return index;
}

// The facts a draft builds from ids ("role:" + id …), indexed once here: building and hashing
// those strings on every draft cost more than the lookups they feed.
const roleFactIndexes = new Map<RoleId, number>(roleCatalog.map((role) => [role.id, indexFact(`role:${role.id}`)]));
const phaseFactIndexes = new Map<PhaseId, number>(phaseCatalog.map((phase) => [phase.id, indexFact(`phase:${phase.id}`)]));
const negatedFactIndexes = new Map<TraitId, number>(traitCatalog.map((trait) => [trait.id, indexFact(`negated:${trait.id}`)]));

/** Index of the `role:<id>` fact (the role is on the team). */
export function roleFact(id: RoleId): number {
  return roleFactIndexes.get(id) ?? indexFact(`role:${id}`);
}

/** Index of the `phase:<id>` fact (the phase is in the plan). */
export function phaseFact(id: PhaseId): number {
  return phaseFactIndexes.get(id) ?? indexFact(`phase:${id}`);
}

/** Index of the `negated:<id>` fact (the text mentioned the trait only to rule it out). */
export function negatedFact(id: TraitId): number {
  return negatedFactIndexes.get(id) ?? indexFact(`negated:${id}`);
}

/**
 * A set of facts as a bitset over fact indexes, in a plain array of 16-bit words: a few words
 * per draft, where a flag per fact (or a typed array, which lives outside the JS heap) cost
 * more to allocate than every lookup in it. 16 bits keep every word a small integer, which V8
 * stores unboxed (wider words would spill into boxed doubles).
 */
export class FactSet {
  private readonly words: number[];

  constructor() {
    this.words = new Array<number>((factIndexes.size >> 4) + 1).fill(0);
  }

  has(fact: string): boolean {
    const index = factIndexes.get(fact);
    return index !== undefined && this.hasIndex(index);
  }

  hasIndex(index: number): boolean {
    const word = this.words[index >> 4];
    return word !== undefined && (word & (1 << (index & 15))) !== 0;
  }

  add(fact: string): void {
    this.addIndex(indexFact(fact));
  }

  addIndex(index: number): void {
    // Facts first seen after this set was made lie past its end: grow it, keeping the array packed.
    while (this.words.length <= index >> 4) this.words.push(0);
    this.words[index >> 4] = (this.words[index >> 4] ?? 0) | (1 << (index & 15));
  }

  delete(fact: string): void {
    const index = factIndexes.get(fact);
    if (index !== undefined) this.deleteIndex(index);
  }

  deleteIndex(index: number): void {
    const word = this.words[index >> 4];
    if (word !== undefined) this.words[index >> 4] = word & ~(1 << (index & 15));
  }
}
