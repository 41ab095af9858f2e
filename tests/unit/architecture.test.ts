import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot as root, sourceFiles } from "@/tests/fixtures/source-files";

function importsOf(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map(
    (match) => match[1] ?? match[2] ?? "",
  );
}

const appCode = [...sourceFiles("app"), ...sourceFiles("lib"), "instrumentation.ts", "instrumentation-node.ts"];

describe("architecture boundaries", () => {
  it("only the data access layer imports the Prisma client", () => {
    const offenders = appCode.filter((file) => {
      if (file.startsWith(path.join("lib", "server", "data")) || file === path.join("lib", "server", "db.ts")) return false;
      return importsOf(file).some((spec) => /(^|\/)lib\/server\/db$|lib\/generated\/prisma|^@prisma\/client|^@\/lib\/server\/db$/.test(spec));
    });
    expect(offenders).toEqual([]);
  });

  it("only lib/env.ts reads process.env in application code", () => {
    const allowed = new Set([path.join("lib", "env.ts"), "instrumentation.ts"]);
    const offenders = appCode.filter((file) => !allowed.has(file) && /process\.env\b/.test(readFileSync(path.join(root, file), "utf8")));
    expect(offenders).toEqual([]);
  });

  it("every lib/server module is marked server-only", () => {
    const offenders = sourceFiles(path.join("lib", "server")).filter((file) => {
      const text = readFileSync(path.join(root, file), "utf8");
      return !/^(?:\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/\s*)*\s*(?:import "server-only";|"use server";)/.test(text);
    });
    expect(offenders).toEqual([]);
  });
});
