/**
 * A reader that goes away (`c1-twingate check … | head -1`) ends the output, not the command:
 * writes to a closed pipe fail with EPIPE, which Node raises as an 'error' event on the stream and,
 * with no listener, as an uncaught exception with a stack trace. Those are ignored here, so the
 * command finishes and exits with its own code (a failed check still fails a pipeline under
 * `set -o pipefail`). Any other stream error is thrown as before.
 */
const handled = new WeakSet<NodeJS.WriteStream>();

export function ignoreClosedPipe(stream: NodeJS.WriteStream): void {
  if (handled.has(stream)) return;
  handled.add(stream);
  stream.on("error", (err: NodeJS.ErrnoException) => {
    if (err.code !== "EPIPE") throw err;
  });
}
