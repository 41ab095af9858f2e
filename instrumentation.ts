/**
 * Runs once when a Next server starts. A production server without the settings it needs
 * stops here with one line saying what is missing, instead of failing on the first request.
 */
export async function register(): Promise<void> {
  const { assertProductionReady, getEnv, isNodeServerRuntime, EnvError } = await import("./lib/env");
  if (!isNodeServerRuntime()) return;
  try {
    assertProductionReady(getEnv());
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(`Teamwright cannot start: ${error.message}`);
      process.exit(1);
    }
    throw error;
  }
}
