/** Terminal styling, only when the stream is a TTY and NO_COLOR is unset (https://no-color.org). */
export interface Style {
  ok(text: string): string;
  fail(text: string): string;
  warn(text: string): string;
  dim(text: string): string;
  bold(text: string): string;
}

const wrap = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

export function styleFor(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): Style {
  const enabled = Boolean(stream.isTTY) && env.NO_COLOR === undefined && env.TERM !== "dumb";
  if (!enabled) {
    const plain = (text: string) => text;
    return { ok: plain, fail: plain, warn: plain, dim: plain, bold: plain };
  }
  return { ok: wrap(32, 39), fail: wrap(31, 39), warn: wrap(33, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

export const MARK = { passed: "✔", failed: "✖", skipped: "–", warning: "!" } as const;
