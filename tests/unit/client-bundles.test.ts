import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { repoRoot as root, sourceFiles } from "@/tests/fixtures/source-files";

/**
 * No page validates with zod in the browser (forms are checked by server actions), yet one value
 * import from lib/schemas/* puts the whole zod runtime (about 90 kB gzipped) in that page's
 * first-load JavaScript. Client components take ids, labels and limits from zod-free modules
 * (lib/team-vocabulary.ts, lib/workspace-roles.ts, lib/jd/job-description-options.ts).
 */
const zodModule = path.join(root, "lib", "schemas", "zod.ts");

function resolveImport(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : undefined;
  if (base === undefined) return undefined;
  return [`${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx"), base].find((candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate));
}

/** Value imports and re-exports only: `import type` is erased, and a "use server" module reaches the browser as a reference. */
function valueImports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  if (/^"use server";/m.test(text)) return [];
  return [...text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?from\s+"([^"]+)";/gm)].flatMap((match) => resolveImport(file, match[1]!) ?? []);
}

/** The chain of imports from a client component to zod, or undefined when there is none. */
function pathToZod(entry: string): string[] | undefined {
  const reachedFrom = new Map<string, string | undefined>([[entry, undefined]]);
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    for (const imported of valueImports(file)) {
      if (reachedFrom.has(imported)) continue;
      reachedFrom.set(imported, file);
      pending.push(imported);
    }
  }
  if (!reachedFrom.has(zodModule)) return undefined;
  const chain: string[] = [];
  for (let at: string | undefined = zodModule; at !== undefined; at = reachedFrom.get(at)) chain.unshift(path.relative(root, at));
  return chain;
}

describe("client bundles", () => {
  const clientComponents = [...sourceFiles("app"), ...sourceFiles("lib")]
    .map((file) => path.join(root, file))
    .filter((file) => /^"use client";/m.test(readFileSync(file, "utf8")));

  it("finds the client components it checks", () => {
    expect(clientComponents.map((file) => path.relative(root, file))).toContain(path.join("app", "(app)", "w", "[slug]", "plans", "[planId]", "jobs", "[roleKey]", "jd-editor.tsx"));
  });

  it("no client component imports zod, directly or through another module", () => {
    const reaching = clientComponents.flatMap((file) => {
      const chain = pathToZod(file);
      return chain ? [chain.join(" → ")] : [];
    });
    expect(reaching).toEqual([]);
  });
});
