import type { PreviewProgress } from "../../reconciler/preview";

/**
 * A one-line progress bar on stderr, redrawn in place. Only on a TTY: in CI logs and pipes a
 * carriage-return animation is noise, so there it does nothing.
 */

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(text: string): unknown;
}

const WIDTH = 24;
const MIN_INTERVAL_MS = 100;

export function progressLine(p: PreviewProgress, width = WIDTH): string {
  const fraction = p.phase === "done" ? 1 : Math.min(1, p.estimatedRequests > 0 ? p.requests / p.estimatedRequests : 0);
  const filled = Math.round(fraction * width);
  const bar = "█".repeat(filled) + "░".repeat(width - filled);
  const users = p.usersTotal !== null ? `${p.usersSeen}/${p.usersTotal}` : `${p.usersSeen}`;
  const groups = p.groupsTotal !== null ? `${p.groupsSeen}/${p.groupsTotal}` : `${p.groupsSeen}`;
  const pct = `${Math.floor(fraction * 100)}%`.padStart(4);
  return `${bar} ${pct} users ${users} · groups ${groups} · ${p.memberships} memberships · ${p.requests}/${p.estimatedRequests} req`;
}

export class ProgressBar {
  readonly #stream: ProgressStream;
  readonly #enabled: boolean;
  readonly #now: () => number;
  #last = -Infinity;
  #drawn = false;

  constructor(stream: ProgressStream, now: () => number = Date.now) {
    this.#stream = stream;
    this.#enabled = Boolean(stream.isTTY);
    this.#now = now;
  }

  get enabled(): boolean {
    return this.#enabled;
  }

  update(p: PreviewProgress): void {
    if (!this.#enabled) return;
    const now = this.#now();
    // Redraw at most ten times a second; always draw the last state.
    if (p.phase !== "done" && now - this.#last < MIN_INTERVAL_MS) return;
    this.#last = now;
    let line = progressLine(p);
    const columns = this.#stream.columns;
    if (columns !== undefined && columns > 1 && line.length >= columns) line = line.slice(0, columns - 1);
    this.#stream.write(`\r\u001b[2K${line}`);
    this.#drawn = true;
  }

  /** Erase the bar so the report starts on a clean line. */
  clear(): void {
    if (!this.#enabled || !this.#drawn) return;
    this.#stream.write("\r\u001b[2K");
    this.#drawn = false;
  }
}
