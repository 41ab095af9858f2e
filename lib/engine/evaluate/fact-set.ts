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

/** A set of facts backed by a flag array. */
export class FactSet {
  private flags = new Uint8Array(256);

  constructor(facts: Iterable<string> = []) {
    for (const fact of facts) this.add(fact);
  }

  has(fact: string): boolean {
    const index = factIndexes.get(fact);
    return index !== undefined && this.hasIndex(index);
  }

  hasIndex(index: number): boolean {
    return index < this.flags.length && this.flags[index] === 1;
  }

  add(fact: string): void {
    const index = indexFact(fact);
    if (index >= this.flags.length) {
      const grown = new Uint8Array(Math.max(index + 1, this.flags.length * 2));
      grown.set(this.flags);
      this.flags = grown;
    }
    this.flags[index] = 1;
  }

  delete(fact: string): void {
    const index = factIndexes.get(fact);
    if (index !== undefined && index < this.flags.length) this.flags[index] = 0;
  }
}
