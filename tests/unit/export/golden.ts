import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect } from "vitest";

const goldenDir = path.resolve(import.meta.dirname, "../../fixtures/golden");

/**
 * Compares `actual` with tests/fixtures/golden/<name>; with UPDATE_GOLDEN=1 (or when the file is
 * missing) rewrites it instead. Binary formats pass extracted text/structure, never bytes.
 */
export function expectGolden(name: string, actual: string): void {
  const file = path.join(goldenDir, name);
  if (process.env.UPDATE_GOLDEN === "1" || !existsSync(file)) {
    mkdirSync(goldenDir, { recursive: true });
    writeFileSync(file, actual);
    return;
  }
  expect(actual, `golden ${name} differs; run with UPDATE_GOLDEN=1 to accept the change`).toBe(readFileSync(file, "utf8"));
}
