/**
 * Teamwright's rules engine: a pure function from a parsed ProjectBrief to a TeamDraft.
 * No framework, database, environment or I/O imports (a unit test enforces it), so the same
 * engine runs in route handlers, server actions, the CLI and the benchmark.
 */
export { draftTeam, mixSeniority } from "./draft-team";
export { extractTraits, classifyLatencyMs, classifyScale, clearExtractionMemos, scaleThresholds } from "./extract/extract-traits";
export type { ExtractedTraits, NegatedFinding, TraitFinding } from "./extract/extract-traits";
export { ruleCatalog, findRule } from "./rule-catalog";
export type { RuleCatalogEntry } from "./rule-catalog";
export { sourceCatalog } from "./catalog/sources";
export type { SourceDefinition } from "./catalog/sources";
export { roleCatalog } from "./catalog/roles";
export { phaseCatalog } from "./catalog/phases";
export { traitCatalog } from "./catalog/traits";
export { isUsLocation } from "./rules/pay";
export { payCoverageWarnings, payCoverageWarningPrefixes } from "./evaluate/price-team";
