import { writeSync } from "node:fs";

/**
 * A command that talks to Twingate must end with a verdict (exit 0 with a report, or 1 with
 * findings). If the event loop ever empties before the command reached one (the bug of
 * issue 9: a request whose promise never settled, nothing else left to run), Node would exit
 * 0 with no output, which CI reads as success. This guard turns that into exit 1 and says so.
 */

export interface GuardedProcess {
  once(event: "beforeExit" | "exit", listener: () => void): unknown;
  exitCode?: number | string | undefined;
}

export const NO_VERDICT_CODE = "CLI_NO_VERDICT";

export interface VerdictGuard {
  /** The command printed its result and chose its exit code. */
  reached(): void;
}

export function guardVerdict(command: string, proc: GuardedProcess = process, writeErr: (text: string) => void = (t) => writeSync(2, t)): VerdictGuard {
  let reached = false;
  const refuse = (): void => {
    if (reached) return;
    reached = true;
    writeErr(
      `c1-twingate: [${NO_VERDICT_CODE}] ${command} ended without a verdict: nothing was left to wait for, yet no result ` +
        "was reached. This is a bug in c1-twingate; the run counts as failed (exit 1). Please report it with the command line (not the key)\n",
    );
    proc.exitCode = 1;
  };
  proc.once("beforeExit", refuse);
  // process.exit() skips beforeExit: the last chance, synchronous.
  proc.once("exit", refuse);
  return {
    reached: () => {
      reached = true;
    },
  };
}

/** Run a command's action under the guard: released when the action settles, whichever way. */
export async function withVerdictGuard(command: string, action: () => Promise<void>): Promise<void> {
  const guard = guardVerdict(command);
  try {
    await action();
  } finally {
    guard.reached();
  }
}
