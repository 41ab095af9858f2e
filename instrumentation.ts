/**
 * Runs once when a Next server starts. The NEXT_RUNTIME check must be written out literally
 * here (not behind lib/env) so the bundler drops the Node-only module from the edge build.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    await import("./instrumentation-node");
  }
}
