import { assertProductionReady, EnvError, getEnv } from "./lib/env";

// A production server without the settings it needs stops here with one line saying what is
// missing, instead of failing on the first request.
try {
  assertProductionReady(getEnv());
} catch (error) {
  if (error instanceof EnvError) {
    console.error(`Teamwright cannot start: ${error.message}`);
    process.exit(1);
  }
  throw error;
}
