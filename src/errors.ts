/**
 * Base of every error this project throws on purpose. Each subclass has a stable
 * `code` (for programs and docs) and a message that says what is wrong, shows the
 * value at fault (never a secret) and how to fix it.
 */
export abstract class CodedError extends Error {
  abstract readonly code: string;

  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
  }

  /** Plain data for JSON output; never includes the cause chain (it may hold request details). */
  toJSON(): { code: string; message: string } {
    return { code: this.code, message: this.message };
  }
}
