/**
 * Pure plan logic shared by the browser (live editor, charts) and the server (saving, lists):
 * overrides on top of the engine's draft, costs, diffs and brief changes. No server imports.
 */
export * from "./effective-plan";
export * from "./plan-costs";
export * from "./diff-plan-contents";
export * from "./brief-change";
