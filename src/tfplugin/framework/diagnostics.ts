import { CodedError } from "../../errors";
import { formatPath } from "../errors";
import type { WireAttributePath, WireDiagnostic } from "../proto/messages";

/** A path into a value: attribute names and list indexes / map keys, e.g. `["items", 1]`. */
export type AttributePath = readonly PathStep[];
/** A string is an attribute name, a number a list/tuple index, `{ key }` a map key. */
export type PathStep = string | number | { readonly key: string };

/**
 * Throw from a handler to report a problem with one attribute: Terraform shows
 * it under the configuration line of that attribute.
 */
export class AttributeError extends CodedError {
  readonly code = "TFPLUGIN_ATTRIBUTE";
  constructor(
    readonly path: AttributePath,
    readonly summary: string,
    readonly detail: string = "",
  ) {
    super(`${formatPath(path)}: ${summary}${detail ? `: ${detail}` : ""}`);
  }
}

export interface Diagnostic {
  readonly severity: "error" | "warning";
  readonly summary: string;
  readonly detail: string;
  readonly path?: AttributePath;
}

/** Collects the diagnostics of one RPC; hooks add to it with `diag.error` / `diag.warn`. */
export class Diagnostics {
  readonly items: Diagnostic[] = [];

  error(summary: string, detail = "", path?: AttributePath): void {
    this.items.push(path ? { severity: "error", summary, detail, path } : { severity: "error", summary, detail });
  }

  warn(summary: string, detail = "", path?: AttributePath): void {
    this.items.push(path ? { severity: "warning", summary, detail, path } : { severity: "warning", summary, detail });
  }

  hasErrors(): boolean {
    return this.items.some((d) => d.severity === "error");
  }

  /** Records any thrown value as an error diagnostic (AttributeError keeps its path). */
  addThrown(err: unknown, context: string): void {
    if (err instanceof AttributeError) this.error(err.summary, err.detail, err.path);
    else if (err instanceof Error) this.error(`${context}: ${err.message}`, err instanceof CodedError ? `error code ${err.code}` : "");
    else this.error(`${context}: ${String(err)}`);
  }

  toWire(redact: (text: string) => string = (t) => t): WireDiagnostic[] {
    return this.items.map((d) => {
      const wire: WireDiagnostic = { severity: d.severity === "error" ? "ERROR" : "WARNING", summary: redact(d.summary), detail: redact(d.detail) };
      if (d.path && d.path.length > 0) wire.attribute = pathToWire(d.path);
      return wire;
    });
  }
}

export function pathToWire(path: AttributePath): WireAttributePath {
  return {
    steps: path.map((step) =>
      typeof step === "number" ? { element_key_int: step } : typeof step === "string" ? { attribute_name: step } : { element_key_string: step.key },
    ),
  };
}
