import type { ConductorOneClient } from "../conductorone/client";
import type { ConductorOneError } from "../conductorone/errors";
import { createSecretRedactor, MAX_SUMMARY_CHARS, type AttributePath, type Diagnostics, type HookBase } from "../tfplugin";
import { loadEngine } from "./load-engine";
import type { ProviderContext } from "./settings";

/**
 * A ConductorOne client for one hook of the sync resource or the status data source.
 * Credentials are resolved as the official conductorone provider resolves them (the provider
 * block's `conductorone` attributes, then CONDUCTORONE_* and TFC_WORKLOAD_IDENTITY_TOKEN*
 * variables), at the moment a hook needs them, so a provider that only checks Twingate keys
 * never asks for them. Every secret in play — the ones from the environment too, which
 * Terraform never sees — is remembered here, and the provider passes each diagnostic and log
 * line through {@link redactConductorOneSecrets} (belt and braces: the client already keeps
 * secrets out of its messages and scrubs server text where it enters).
 */

const c1Secrets = createSecretRedactor("[redacted ConductorOne credential]");

export const redactConductorOneSecrets = c1Secrets.redact;
/** Tests only. */
export const forgetConductorOneSecrets = c1Secrets.forget;

/** Codes of errors about the credentials or settings themselves: nothing was sent. */
const SETTING_CODES = new Set([
  "C1_CREDENTIALS_MISSING",
  "C1_CLIENT_ID_MISSING",
  "C1_CLIENT_ID_INVALID",
  "C1_CLIENT_SECRET_INVALID",
  "C1_TOKEN_INVALID",
  "C1_SECRET_IN_SETTING",
  "C1_SERVER_URL_INVALID",
  "C1_SERVER_UNKNOWN",
  "C1_CA_FILE_UNREADABLE",
]);

export interface OpenOptions {
  /** Other secrets to scrub from ConductorOne's text, e.g. the Twingate API key the connector was given. */
  redact?: readonly (string | null)[];
  /** Per-request deadline in ms (default: the client's, 30 s). */
  timeoutMs?: number;
}

/**
 * Opens a client, or reports why it cannot be opened (an error diagnostic on the block: the
 * settings live in the provider block or the environment) and returns undefined.
 */
export function openConductorOne(base: HookBase<ProviderContext>, context: string, options: OpenOptions = {}): ConductorOneClient | undefined {
  const { ConductorOneClient, resolveConductorOne } = loadEngine();
  const extra = (options.redact ?? []).filter((s): s is string => typeof s === "string" && s.trim() !== "");
  for (const secret of extra) c1Secrets.remember(secret);
  try {
    // The Twingate key of this block must not be in a shown ConductorOne setting either.
    const resolved = resolveConductorOne(base.ctx.conductorone, process.env, { otherSecrets: extra.map((value) => ({ value, what: "twingate_api_key" })) });
    for (const secret of resolved.secrets) for (const part of secret.secretParts()) c1Secrets.remember(part);
    const log = base.log.with({ conductorone: resolved.server.url });
    log.debug("conductorone: client ready", { auth: resolved.auth.method, auth_source: resolved.auth.source, server_source: resolved.serverSource });
    return new ConductorOneClient({
      resolved,
      redact: extra,
      ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
      log: (event) => {
        const fields = { method: event.method, url: event.url, attempt: event.attempt, ...(event.status === undefined ? {} : { status: event.status }), ...(event.waitMs === undefined ? {} : { wait_ms: event.waitMs }) };
        if (event.event === "response") log.debug("conductorone: response", fields);
        else log.info(event.event === "rate-limited" ? "conductorone: rate limited, waiting" : "conductorone: waiting before retrying", fields);
      },
    });
  } catch (error) {
    reportConductorOneError(error, base.diag, context);
    return undefined;
  }
}

/** Whether a thrown value is one of the client's C1_* errors (the class lives in the lazily loaded engine). */
export function isConductorOneError(error: unknown): error is ConductorOneError {
  return error instanceof loadEngine().ConductorOneError;
}

/**
 * The headline of an error for terraform's capped summary: its first sentence (what is wrong),
 * whole when it fits. The full message, with its fix, always goes into the detail, so the fix
 * is never cut (issue 14 breaker m4).
 */
export function errorHeadline(context: string, message: string, max: number = MAX_SUMMARY_CHARS): string {
  const full = `${context}: ${message}`;
  const end = message.search(/[.;](\s|$)/);
  const first = end > 0 ? message.slice(0, end) : message;
  const headline = `${context}: ${first}`;
  if (full.length <= max && first.length === message.length) return full;
  if (headline.length <= max) return headline;
  // Cut at a word boundary: the detail has all of it.
  const room = max - context.length - 3;
  const cut = first.slice(0, room).replace(/\s+\S*$/, "");
  return `${context}: ${cut}…`;
}

/**
 * A C1_* error as a diagnostic: the message is already safe (no secret, server text
 * sanitised). Summary: what is wrong, short; detail: the whole message with its fix, where
 * settings come from (for setting errors), and the code. Anything else is rethrown (the
 * framework reports it as an internal error). `note` adds a line to the detail.
 */
export function reportConductorOneError(error: unknown, diag: Diagnostics, context: string, options: { severity?: "error" | "warning"; path?: AttributePath; note?: string } = {}): void {
  if (!isConductorOneError(error)) throw error;
  const summary = errorHeadline(context, error.message);
  const lines: string[] = [];
  if (summary !== `${context}: ${error.message}`) lines.push(error.message);
  if (SETTING_CODES.has(error.code)) {
    lines.push('ConductorOne settings come from the provider "c1twingate" block\'s conductorone { … } attributes, else the CONDUCTORONE_* environment variables the conductorone provider reads.');
  } else if (error.retryable) {
    lines.push("The client already retried what it could; this is likely temporary: run terraform again later.");
  }
  if (options.note) lines.push(options.note);
  lines.push(`(${error.code})`);
  const path = options.path ?? (error instanceof loadEngine().C1NotFoundError ? ["connector_id"] : undefined);
  if ((options.severity ?? "error") === "error") diag.error(summary, lines.join("\n"), path);
  else diag.warn(summary, lines.join("\n"), path);
}
