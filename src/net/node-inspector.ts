/**
 * Node's inspector, opened by `--inspect` (or `--inspect-brk`, `--inspect-wait`) in NODE_OPTIONS,
 * listens on a TCP port (127.0.0.1:9229 by default) that any local user may connect to, without
 * authentication, and whoever connects runs code in the process: reads the API key from its
 * environment (Terraform passes its own on to providers, `TF_VAR_*` included) or from its memory.
 * Node opens it before any of our code runs, so closing it from inside cannot protect the key (an
 * outside tester read it in that moment): a process that inherited an open inspector refuses to
 * start instead. A flag on node's own command line (`node --inspect dist/cli.js`) is a developer
 * debugging on purpose. And a SIGUSR1 listener keeps the signal from opening one later (Node
 * opens the inspector on SIGUSR1 unless JavaScript listens for it).
 */

/**
 * NODE_OPTIONS split into arguments as Node splits it (src/node_options.cc,
 * ParseNodeOptionsEnvVar): spaces separate, double quotes group, and inside them a backslash
 * takes the next character as it is.
 */
export function nodeOptionsArguments(value: string): string[] {
  const args: string[] = [];
  let quoted = false;
  let startNew = true;
  for (let i = 0; i < value.length; i++) {
    let c = value[i] as string;
    if (c === "\\" && quoted) {
      if (i + 1 === value.length) break; // Node refuses to start with such a value
      c = value[++i] as string;
    } else if (c === " " && !quoted) {
      startNew = true;
      continue;
    } else if (c === '"') {
      quoted = !quoted;
      continue;
    }
    if (startNew) args.push(c);
    else args[args.length - 1] += c;
    startNew = false;
  }
  return args;
}

/** An argument's flag name as Node reads it (`_` in it as `-`). */
const flagName = (arg: string): string => arg.split("=", 1)[0]?.replaceAll("_", "-") ?? "";

/** Whether an argument is a flag that opens the inspector at start. */
function opensInspectorFlag(arg: string): boolean {
  const name = flagName(arg);
  return name === "--inspect" || name === "--inspect-brk" || name === "--inspect-wait";
}

/**
 * The first flag, in NODE_OPTIONS or on node's command line, by which Node writes a heap snapshot
 * (on a signal, or near the heap limit): a file of everything in memory, the API key included,
 * which no option leaves out. Heap and CPU profiles (`--heap-prof`, `--cpu-prof`) hold call
 * sites and sizes only, no values, and are left alone.
 */
export function heapSnapshotFlag(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): string | undefined {
  return [...nodeOptionsArguments(env.NODE_OPTIONS ?? ""), ...execArgv].map(flagName).find((n) => /^--heapsnapshot-(signal|near-heap-limit)$/.test(n));
}

/** Whether a NODE_OPTIONS value names a flag that opens the inspector at start. */
export function opensInspector(nodeOptions: string | undefined): boolean {
  return nodeOptionsArguments(nodeOptions ?? "").some(opensInspectorFlag);
}

/**
 * The address (`ws://…`) of an inspector this process inherited from NODE_OPTIONS, or undefined:
 * none, or one asked for on node's command line. node:inspector (~4–6 ms to load) is loaded only
 * when NODE_OPTIONS names an inspect flag, and then decides.
 */
export function inheritedInspector(env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv): string | undefined {
  if (!opensInspector(env.NODE_OPTIONS)) return undefined;
  if (execArgv.some(opensInspectorFlag)) return undefined;
  return (require("node:inspector") as typeof import("node:inspector")).url();
}

/** Why a process with an inherited inspector will not start, and what to do. */
export function inheritedInspectorMessage(program: string, url: string): string {
  return (
    `${program} will not start: NODE_OPTIONS opened Node's inspector (${url}), through which any local user can run code in ` +
    `this process and read the secrets it holds (API keys, credentials). Remove --inspect (and --inspect-brk, --inspect-wait) from NODE_OPTIONS for this command`
  );
}

/** Keeps SIGUSR1 from opening the inspector in this process (a listener replaces Node's own handling of the signal). */
export function ignoreInspectorSignal(): void {
  process.on("SIGUSR1", () => undefined);
}

/** Why a process asked for heap snapshots will not start (stable code NODE_HEAP_SNAPSHOT), and what to do. */
export function heapSnapshotMessage(program: string, flag: string): string {
  return `${program} will not start (NODE_HEAP_SNAPSHOT): ${flag} would write the secrets this process holds (API keys) to a heap snapshot file. Remove ${flag} from NODE_OPTIONS (or node's command line) for this command`;
}

/**
 * What every entry point that may hold a secret runs first: exits with `exitCode` when NODE_OPTIONS
 * opened an inspector, or a flag asks for heap snapshots (the message on stderr, and on stdout too
 * for a Terraform plugin, whose first stdout line Terraform shows), then keeps SIGUSR1 from opening one.
 */
export function refuseInheritedInspector(program: string, options: { exitCode: number; plugin: boolean; hint?: string }): void {
  const url = inheritedInspector();
  const flag = heapSnapshotFlag();
  if (url !== undefined || flag !== undefined) {
    const message = url !== undefined ? `${inheritedInspectorMessage(program, url)}${options.hint ?? ""}` : heapSnapshotMessage(program, flag as string);
    if (options.plugin) process.stdout.write(`${message}\n`);
    process.stderr.write(`${options.plugin ? "" : "c1-twingate: "}${message}\n`);
    process.exit(options.exitCode);
  }
  ignoreInspectorSignal();
}
