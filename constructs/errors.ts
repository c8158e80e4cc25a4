import { CodedError } from "../src/errors";

/**
 * Every mistake in a construct's props, gathered and thrown at once from the
 * constructor, so one synth shows the whole list instead of one error per run.
 * Lines follow aws-cdk's message style: lowercase, no trailing period, value shown.
 */
export class InvalidIntegrationPropsError extends CodedError {
  readonly code = "C1TG_CONSTRUCT_INVALID_PROPS";

  constructor(
    readonly constructId: string,
    readonly problems: readonly string[],
  ) {
    super(`twingate integration '${constructId}' has invalid props:\n${problems.map((p) => `- ${p}`).join("\n")}`);
  }
}
