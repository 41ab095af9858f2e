#!/usr/bin/env node
// Launcher for the `teamwright` CLI. Loads TypeScript through tsx, then hands over to cli/main.ts.
// npm installs bins as symlinks (node_modules/.bin/teamwright), so every path is resolved from the
// real location of this file, never from the symlink or the working directory.
import { realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { register } from "tsx/esm/api";

const scriptsDir = dirname(realpathSync(fileURLToPath(import.meta.url)));
// Pin tsx to the package's tsconfig so the "@/..." path alias resolves from any directory.
register({ tsconfig: join(scriptsDir, "..", "tsconfig.json") });

// A closed pipe (teamwright draft … | head) is not an error worth a stack trace.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

const { main } = await import(pathToFileURL(join(scriptsDir, "cli", "main.ts")).href);
process.exitCode = await main(process.argv.slice(2));
