import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type * as SchemaEngineGlue from "@prisma/schema-engine-wasm/schema_engine_bg";

/**
 * Loads Prisma's schema engine compiled to WebAssembly. The native engine binary is what the
 * Prisma CLI would download on first use; this machine and CI cannot reach that host, so every
 * migration command goes through this module instead.
 *
 * The package's own entry (`schema_engine.js`) does `import * as wasm from "./x.wasm"`, which
 * plain Node cannot load. We import the wasm-bindgen glue (`schema_engine_bg.js`) and
 * instantiate the .wasm ourselves with the glue as its import object.
 */

export type SchemaEngineModule = typeof SchemaEngineGlue;
export type SchemaEngine = SchemaEngineGlue.SchemaEngine;

/** Thrown when the Rust code inside the wasm engine panics (a bug in the engine, not the user). */
export class SchemaEnginePanic extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "SchemaEnginePanic";
  }
}

/**
 * The glue reports a Rust panic by calling `global.PRISMA_WASM_PANIC_REGISTRY.set_message(..)`
 * right before the wasm traps with an opaque `RuntimeError: unreachable`. Without a registry the
 * glue itself throws a TypeError and the real message is lost.
 */
class PanicRegistry {
  private message = "";
  set_message(message: string): void {
    this.message = message;
  }
  /** Prisma's own registries expose `get()`; kept so code expecting one still works. */
  get(): string {
    return this.message;
  }
  /** Returns the last panic message once, so a later unrelated trap does not reuse it. */
  take(): string {
    const message = this.message;
    this.message = "";
    return message;
  }
}

type EngineGlobals = {
  PRISMA_WASM_PANIC_REGISTRY?: unknown;
  // Keyed on globalThis, not module scope: vitest re-evaluates modules for every test file,
  // and compiling 5 MB of wasm again for each would be wasted time.
  __teamwrightSchemaEngine?: Promise<SchemaEngineModule>;
  __teamwrightPanicRegistry?: PanicRegistry;
};

const globals = globalThis as typeof globalThis & EngineGlobals;

function ourRegistry(): PanicRegistry {
  globals.__teamwrightPanicRegistry ??= new PanicRegistry();
  // Install it unless someone else already did (Prisma Client installs its own at import).
  globals.PRISMA_WASM_PANIC_REGISTRY ??= globals.__teamwrightPanicRegistry;
  return globals.__teamwrightPanicRegistry;
}

/** Loads and starts the wasm engine once per process; later calls share the same instance. */
export function loadSchemaEngine(): Promise<SchemaEngineModule> {
  globals.__teamwrightSchemaEngine ??= instantiate().catch((error: unknown) => {
    // Let a later call retry instead of caching a failure forever.
    globals.__teamwrightSchemaEngine = undefined;
    throw error;
  });
  return globals.__teamwrightSchemaEngine;
}

async function instantiate(): Promise<SchemaEngineModule> {
  const glue: SchemaEngineModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  // The package's "exports" map does not expose the .wasm file, so locate it next to the glue.
  const require = createRequire(import.meta.url);
  const gluePath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmBytes = await readFile(path.join(path.dirname(gluePath), "schema_engine_bg.wasm"));

  const imports: Record<string, unknown> = { ...glue };
  for (const [name, fn] of Object.entries(glue)) {
    // The engine arms timers (connection and lock timeouts) that stay pending after the work is
    // done; unref'd, they no longer keep Node alive for ~10 s after the last command.
    if (name.startsWith("__wbg_setTimeout_") && typeof fn === "function") {
      imports[name] = (...args: unknown[]) => {
        const timer: unknown = (fn as (...a: unknown[]) => unknown)(...args);
        if (timer && typeof timer === "object" && "unref" in timer && typeof timer.unref === "function") timer.unref();
        return timer;
      };
    }
  }
  const { instance } = await WebAssembly.instantiate(wasmBytes, {
    "./schema_engine_bg.js": imports as WebAssembly.ModuleImports,
  });
  const exports = instance.exports as WebAssembly.Exports & { __wbindgen_start: () => void };
  glue.__wbg_set_wasm(exports);
  await guardPanics(async () => exports.__wbindgen_start());
  return glue;
}

let activeCalls = 0;
let registryBefore: unknown;

/**
 * Runs one engine call and turns a wasm trap into a SchemaEnginePanic carrying the Rust panic
 * message; engine errors (bad SQL, unreachable database, ...) pass through unchanged.
 *
 * Prisma Client replaces the global registry with one whose `set_message` throws, so ours is
 * swapped in for the duration of each engine call (nested/concurrent calls share it) and the
 * previous one is put back afterwards.
 */
export async function guardPanics<T>(call: () => Promise<T>): Promise<T> {
  const registry = ourRegistry();
  if (activeCalls++ === 0) {
    registryBefore = globals.PRISMA_WASM_PANIC_REGISTRY;
    registry.take();
  }
  globals.PRISMA_WASM_PANIC_REGISTRY = registry;
  try {
    return await call();
  } catch (error) {
    const panic = registry.take();
    if (panic || error instanceof WebAssembly.RuntimeError) {
      // Rust panic messages span lines ("panicked at file.rs:1:2:\nreason"); callers print one.
      const detail = (panic || (error instanceof Error ? error.message : String(error))).replace(/\s*\n\s*/g, " ");
      throw new SchemaEnginePanic(`The Prisma schema engine crashed: ${detail}`, { cause: error });
    }
    throw error;
  } finally {
    if (--activeCalls === 0) globals.PRISMA_WASM_PANIC_REGISTRY = registryBefore;
  }
}
