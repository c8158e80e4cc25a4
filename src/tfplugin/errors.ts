import { CodedError } from "../errors";

/** A value on the wire does not match the schema type it is decoded with. */
export class CtyDecodeError extends CodedError {
  readonly code = "TFPLUGIN_CTY_DECODE";
  constructor(
    readonly path: readonly (string | number)[],
    problem: string,
  ) {
    super(
      `cannot decode the Terraform value at ${formatPath(path)}: ${problem}. ` +
        "The provider schema and the value Terraform sent disagree; check that the schema matches the state or configuration.",
    );
  }
}

/** A value a provider built does not match its schema type, so it cannot be sent to Terraform. */
export class CtyEncodeError extends CodedError {
  readonly code = "TFPLUGIN_CTY_ENCODE";
  constructor(
    readonly path: readonly (string | number)[],
    problem: string,
  ) {
    super(
      `cannot encode the value at ${formatPath(path)}: ${problem}. ` +
        "Return a value that matches the schema (every attribute present, null where there is no value).",
    );
  }
}

/** A schema type JSON that this bridge does not understand. */
export class CtyTypeError extends CodedError {
  readonly code = "TFPLUGIN_CTY_TYPE";
  constructor(json: string, problem: string) {
    super(`invalid cty type ${json}: ${problem}. Use "string", "number", "bool", "dynamic", ["list", T], ["set", T], ["map", T], ["object", {...}] or ["tuple", [...]].`);
  }
}

/** A provider definition that breaks a rule of the framework (found at definition time). */
export class ProviderDefinitionError extends CodedError {
  readonly code = "TFPLUGIN_DEFINITION";
  constructor(where: string, problem: string, fix: string) {
    super(`invalid provider definition at ${where}: ${problem}. ${fix}`);
  }
}

/** Writing a provider package into a mirror failed. */
export class ProviderInstallError extends CodedError {
  readonly code = "TFPLUGIN_INSTALL";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** `a.b[1]["k"]` style text for a value path; used in messages only. */
export function formatPath(path: readonly (string | number | { readonly key: string })[]): string {
  if (path.length === 0) return "(root)";
  let text = "";
  for (const step of path) {
    if (typeof step === "number") text += `[${step}]`;
    else if (typeof step === "object") text += `[${JSON.stringify(step.key)}]`;
    else if (/^[A-Za-z_][A-Za-z0-9_-]*$/.test(step)) text += text === "" ? step : `.${step}`;
    else text += `[${JSON.stringify(step)}]`;
  }
  return text;
}

/** A request lacks a value the protocol always sends (e.g. a config object), so there is nothing to act on. */
export class MissingRequestValueError extends CodedError {
  readonly code = "TFPLUGIN_REQUEST_VALUE_MISSING";
  constructor(rpc: string, field: string, typeName: string) {
    super(
      `${rpc} for ${typeName} carries no ${field} (the DynamicValue is absent or null), but Terraform always sends it as an object here. ` +
        "The caller is not a conforming Terraform client or the request was damaged; rerun with TF_LOG=trace to see what was sent.",
    );
  }
}

/** A hook did not return after Terraform's StopProvider within the grace period, so its RPC was answered without it. */
export class HookStoppedError extends CodedError {
  readonly code = "TFPLUGIN_STOPPED";
  constructor(rpc: string, graceMs: number) {
    super(
      `stopped: Terraform asked the provider to stop (StopProvider) and the ${rpc} hook did not return within ${graceMs} ms of its abort signal. ` +
        "The operation may be incomplete; run terraform plan to see what changed. Hook authors: pass `signal` to the calls that wait.",
    );
  }
}
