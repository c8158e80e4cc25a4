import { CodedError } from "../../errors";
import { formatPath } from "../errors";
import type { WireAttributePath, WireDiagnostic } from "../proto/messages";
import { MAX_DIAGNOSTICS, neutraliseDiagnostic } from "./diagnostic-text";

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

  /**
   * The diagnostics as Terraform receives them: secrets redacted, then every text made safe for a
   * terminal or CI log (see diagnostic-text.ts), and at most MAX_DIAGNOSTICS of them; the rest are
   * counted in a last one, an error when any of them is.
   */
  toWire(redact: (text: string) => string = (t) => t): WireDiagnostic[] {
    const toWire = (d: Diagnostic): WireDiagnostic => {
      const text = neutraliseDiagnostic(redact(d.summary), redact(d.detail));
      const wire: WireDiagnostic = { severity: d.severity === "error" ? "ERROR" : "WARNING", summary: text.summary, detail: text.detail };
      if (d.path && d.path.length > 0) wire.attribute = pathToWire(d.path);
      return wire;
    };
    if (this.items.length <= MAX_DIAGNOSTICS) return this.items.map(toWire);
    const shown = this.items.slice(0, MAX_DIAGNOSTICS - 1);
    const rest = this.items.slice(MAX_DIAGNOSTICS - 1);
    const errors = rest.filter((d) => d.severity === "error").length;
    const more: Diagnostic = {
      severity: errors > 0 ? "error" : "warning",
      summary: `${rest.length} more diagnostics not shown`,
      detail: `${errors} error(s) and ${rest.length - errors} warning(s) beyond the first ${shown.length} were left out to keep the output readable. The first of them: ${rest[0]?.summary ?? ""}`,
    };
    return [...shown, more].map(toWire);
  }
}

export function pathToWire(path: AttributePath): WireAttributePath {
  return {
    steps: path.map((step) =>
      typeof step === "number" ? { element_key_int: step } : typeof step === "string" ? { attribute_name: step } : { element_key_string: step.key },
    ),
  };
}
