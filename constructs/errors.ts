import { CodedError } from "../src/errors";

/**
 * Every mistake in a construct's props, gathered and thrown at once from the
 * constructor, so one synth shows the whole list instead of one error per run.
 * Lines follow aws-cdk's message style: lowercase, no trailing period, value shown.
 *
 * The id and the list are kept in private fields behind getters: Node prints an uncaught
 * error with its own enumerable fields, and the list would then follow the message a second
 * time (issue 12 §2: the prop error is shown once).
 */
export class InvalidIntegrationPropsError extends CodedError {
  readonly code = "C1TG_CONSTRUCT_INVALID_PROPS";
  readonly #constructId: string;
  readonly #problems: readonly string[];

  constructor(constructId: string, problems: readonly string[]) {
    super(`twingate integration '${constructId}' has invalid props:\n${problems.map((p) => `- ${p}`).join("\n")}`);
    this.#constructId = constructId;
    this.#problems = [...problems];
  }

  /** The id of the construct whose props are wrong. */
  get constructId(): string {
    return this.#constructId;
  }

  /** One line per mistake, as in the message. */
  get problems(): readonly string[] {
    return this.#problems;
  }
}
