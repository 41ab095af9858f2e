import { register } from "node:module";

/**
 * lib/server modules start with `import "server-only"`, a marker that throws outside React's
 * server bundle ("default" export condition). The CLI is a trusted server-side process, so it
 * resolves the marker to nothing, exactly as the "react-server" condition does under Next (and
 * as `npm run bench:plans` does with --conditions=react-server). Registered before any
 * lib/server import; hooks registered later run first, so this sees the specifier before tsx.
 */
const hook = `export async function resolve(specifier, context, next) {
  if (specifier === "server-only") return { url: "data:text/javascript,export {};", shortCircuit: true };
  return next(specifier, context);
}`;

let registered = false;

export function allowServerOnlyModules(): void {
  if (registered) return;
  register(`data:text/javascript,${encodeURIComponent(hook)}`);
  registered = true;
}
