import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it, vi } from "vitest";
import { repoRoot as root, sourceFiles } from "@/tests/fixtures/source-files";

/**
 * The browser must never run zod's `new Function` probe (our CSP forbids eval and Chromium
 * reports the attempt): lib/schemas/zod.ts turns the JIT off before any schema exists, which
 * holds only if every module that can reach a client bundle takes `z` from there.
 */
describe("zod in client bundles", () => {
  it("only server-only code imports zod directly; everything else takes z from lib/schemas/zod.ts", () => {
    const offenders = [...sourceFiles("lib"), ...sourceFiles("app")].filter((file) => {
      if (file === path.join("lib", "schemas", "zod.ts")) return false;
      const text = readFileSync(path.join(root, file), "utf8");
      const serverOnly = /^(import "server-only";|"use server";)/m.test(text) || file === path.join("lib", "env.ts");
      return !serverOnly && /^import (?!type )[^;]*from "zod(\/[^"]*)?";/m.test(text);
    });
    expect(offenders).toEqual([]);
  });

  it("lib/schemas/zod.ts switches the JIT off in a browser, and leaves the server's on", async () => {
    vi.resetModules();
    expect((await import("@/lib/schemas/zod")).z.config().jitless).not.toBe(true);
    vi.resetModules();
    (globalThis as { window?: unknown }).window = globalThis;
    try {
      expect((await import("@/lib/schemas/zod")).z.config().jitless).toBe(true);
    } finally {
      delete (globalThis as { window?: unknown }).window;
      vi.resetModules();
    }
  });
});
