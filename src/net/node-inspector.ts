/**
 * Node's inspector, opened by `--inspect` (or `--inspect-brk`, `--inspect-wait`) in NODE_OPTIONS,
 * listens on a TCP port (127.0.0.1:9229 by default) that any local user may connect to, without
 * authentication, and whoever connects runs code in the process: reads the API key Terraform
 * hands the provider, or the one the CLI reads. Terraform passes NODE_OPTIONS on to providers, and
 * a job may set it for its JavaScript tooling. So a process that inherited an open inspector
 * closes it before it handles a secret. A flag on the process's own command line (`node --inspect
 * dist/cli.js`) is a developer debugging it on purpose, and is left alone.
 */

/** Flags that open the inspector at start (Node's src/node_options.cc; `--inspect-port` alone does not). */
const INSPECT_FLAG = /(?:^|\s)["']?--(?:inspect|inspect-brk|inspect-wait)(?:[=\s"']|$)/;

/** Whether a NODE_OPTIONS value names a flag that opens the inspector at start. */
export function opensInspector(nodeOptions: string | undefined): boolean {
  return INSPECT_FLAG.test(nodeOptions ?? "");
}

/**
 * Closes the inspector when NODE_OPTIONS opened it; returns the address it listened on (`ws://…`),
 * or undefined when there was none or the command line asked for it. node:inspector is loaded only
 * when NODE_OPTIONS names an inspect flag (it costs start-up time).
 */
export function closeInheritedInspector(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): string | undefined {
  if (!opensInspector(env.NODE_OPTIONS)) return undefined;
  if (execArgv.some((arg) => /^--inspect(?:-brk|-wait)?(?:=|$)/.test(arg))) return undefined;
  const inspector = require("node:inspector") as typeof import("node:inspector");
  const url = inspector.url();
  if (url === undefined) return undefined;
  inspector.close();
  return url;
}
