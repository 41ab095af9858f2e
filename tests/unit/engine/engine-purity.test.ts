import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const repoRoot = path.resolve(__dirname, "../../..");
const engineRoot = path.join(repoRoot, "lib/engine");

function listTypeScript(directory: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    if (statSync(full).isDirectory()) return listTypeScript(full);
    return full.endsWith(".ts") ? [full] : [];
  });
}

const importPattern =
  /\b(?:import|export)\s+(?:type\s+)?[^'";]*?\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']|\bimport\s*\(\s*["']([^"']+)["']\s*\)|\brequire\s*\(\s*["']([^"']+)["']\s*\)/g;

/** Every module specifier a source file imports, re-exports, dynamically imports or requires. */
function listSpecifiers(source: string): string[] {
  return [...source.matchAll(importPattern)].map((match) => match[1] ?? match[2] ?? match[3] ?? match[4] ?? "");
}

// Outside lib/engine the engine may only reach shared zod schemas, which must be pure themselves.
function checkSpecifier(specifier: string, fromFile: string): string | null {
  if (specifier === "zod") return null;
  if (specifier.startsWith("@/lib/schemas/")) return null;
  if (specifier.startsWith("./") || specifier.startsWith("../")) {
    const resolved = path.resolve(path.dirname(fromFile), specifier);
    return resolved.startsWith(engineRoot + path.sep) || resolved === engineRoot ? null : `relative import leaves lib/engine: ${specifier}`;
  }
  return `forbidden import: ${specifier}`;
}

function stripComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, "").replace(/^\s*\/\/.*$/gm, "");
}

// Impure globals: time, randomness, environment, network, file system.
const impureGlobals = [/\bprocess\./, /\bnew Date\b|\bDate\.now\b/, /\bMath\.random\b/, /\bfetch\s*\(/, /\bperformance\./, /\bcrypto\./];

function findProblems(source: string, fromFile: string): string[] {
  const problems = listSpecifiers(source)
    .map((specifier) => checkSpecifier(specifier, fromFile))
    .filter((problem): problem is string => problem !== null);
  const code = stripComments(source);
  for (const pattern of impureGlobals) if (pattern.test(code)) problems.push(`uses ${pattern.source}`);
  return problems;
}

describe("engine purity", () => {
  const files = listTypeScript(engineRoot);

  it("finds the engine's files", () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it.each(files.map((file) => [path.relative(repoRoot, file), file] as const))("%s imports only relative files, zod and lib/schemas", (_name, file) => {
    expect(findProblems(readFileSync(file, "utf8"), file)).toEqual([]);
  });

  // lib/schemas/zod.ts is zod itself with the browser's jitless switch (no eval under our CSP).
  const zodModules = new Set(["zod", "@/lib/schemas/zod"]);
  // Constant lists the schemas build on, kept free of zod for client components; they import nothing.
  const plainDataModules = new Set(["@/lib/team-vocabulary"]);

  it("the shared schemas the engine imports only import zod and plain constant lists", () => {
    const schemaFiles = new Set<string>();
    for (const file of files) {
      for (const specifier of listSpecifiers(readFileSync(file, "utf8"))) {
        if (specifier.startsWith("@/lib/schemas/")) schemaFiles.add(path.join(repoRoot, `${specifier.slice(2)}.ts`));
      }
    }
    expect(schemaFiles.size).toBeGreaterThan(0);
    for (const file of schemaFiles) {
      const specifiers = listSpecifiers(readFileSync(file, "utf8"));
      expect(specifiers.filter((specifier) => !zodModules.has(specifier) && !plainDataModules.has(specifier)), path.relative(repoRoot, file)).toEqual([]);
    }
    for (const specifier of plainDataModules) {
      expect(listSpecifiers(readFileSync(path.join(repoRoot, `${specifier.slice(2)}.ts`), "utf8")), specifier).toEqual([]);
    }
    expect(listSpecifiers(readFileSync(path.join(repoRoot, "lib/schemas/zod.ts"), "utf8"))).toEqual(["zod"]);
  });

  // The checker itself must be able to fail, or the tests above prove nothing.
  it.each([
    ['import { PrismaClient } from "@prisma/client";', "forbidden import: @prisma/client"],
    ['import { NextResponse } from "next/server";', "forbidden import: next/server"],
    ['import React from "react";', "forbidden import: react"],
    ['import { getEnv } from "@/lib/env";', "forbidden import: @/lib/env"],
    ['import { readFileSync } from "node:fs";', "forbidden import: node:fs"],
    ['import "server-only";', "forbidden import: server-only"],
    ['const db = await import("../../server/db");', "relative import leaves lib/engine: ../../server/db"],
    ['export { x } from "../../server/data/plans";', "relative import leaves lib/engine: ../../server/data/plans"],
    ["const seed = Math.random();", "uses \\bMath\\.random\\b"],
    ["const now = new Date();", "uses \\bnew Date\\b|\\bDate\\.now\\b"],
    ["const key = process.env.KEY;", "uses \\bprocess\\."],
  ])("flags %s", (source, problem) => {
    expect(findProblems(source, path.join(engineRoot, "rules/example.ts"))).toContain(problem);
  });

  it.each([
    'import { z } from "zod";',
    'import type { TeamDraft } from "@/lib/schemas/team-draft";',
    'import { lexicon } from "../catalog/lexicon";',
    'import {\n  a,\n  b,\n} from "./helpers";',
  ])("accepts %s", (source) => {
    expect(findProblems(source, path.join(engineRoot, "rules/example.ts"))).toEqual([]);
  });
});
