import type { Rule, RuleFamily, RuleStep } from "../types";

/** Stamps a family and step on a list of rules, so each rule file reads as a plain table. */
export function defineRules(family: RuleFamily, step: RuleStep, rules: readonly Omit<Rule, "family" | "step">[]): Rule[] {
  return rules.map((rule) => ({ ...rule, family, step }));
}
