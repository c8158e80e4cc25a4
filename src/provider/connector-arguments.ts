import { c1IdProblem } from "../conductorone/ids";
import type { SyncAcceptance, SyncState } from "../conductorone/sync-status";
import { attr, AttributeError } from "../tfplugin";
import { enumProblem } from "./value-shape";

/**
 * Arguments the sync resource and the status data source share: which connector, and what
 * counts as synced. Validation messages never repeat the value: an id field holding a
 * pasted secret must not print it.
 */

/** One id rule for the CLI, the provider and the client's paths (m8: no ".", "..", path tricks). */
const idValidator = (name: string) => (v: string) => c1IdProblem(name, v);

const ACCEPTANCES: readonly SyncAcceptance[] = ["completed", "started"];

function isAcceptance(v: string): v is SyncAcceptance {
  return (ACCEPTANCES as readonly string[]).includes(v);
}

export function acceptValidator(v: string): string | undefined {
  return isAcceptance(v) ? undefined : enumProblem("accept", ACCEPTANCES, v);
}

/** The `accept` value as an acceptance; anything else is an error on `accept` (validators ran, but hooks must not trust that). */
export function acceptanceOf(v: string | null): SyncAcceptance {
  const value = v ?? "completed";
  if (!isAcceptance(value)) throw new AttributeError(["accept"], "Invalid attribute value", acceptValidator(value));
  return value;
}

export const ACCEPT_DESCRIPTION =
  'What counts as synced: "completed" (default: a completed sync, ConductorOne\'s Connected) or "started" (a running sync, Syncing, is enough). ' +
  "The mapping of API states to these labels is inferred, not documented by ConductorOne: see docs/conductorone-sync.md.";

export const connectorArguments = {
  app_id: attr.string({ required: true, requiresReplace: true, description: "ConductorOne app id the connector belongs to.", validators: [idValidator("app_id")] }),
  connector_id: attr.string({ required: true, requiresReplace: true, description: "ConductorOne connector id (the id of conductorone_integration_twingate).", validators: [idValidator("connector_id")] }),
} as const;

export const dataSourceConnectorArguments = {
  app_id: attr.string({ required: true, description: connectorArguments.app_id.options.description, validators: [idValidator("app_id")] }),
  connector_id: attr.string({ required: true, description: connectorArguments.connector_id.options.description, validators: [idValidator("connector_id")] }),
} as const;

/** e.g. "connector 2abc… of app 2xyz…", as the client's messages name it. */
export function connectorName(appId: string, connectorId: string): string {
  return `connector ${connectorId} of app ${appId}`;
}

/** Text given only to scrub it from ConductorOne's answers, never sent: the description both blocks share. */
export const TWINGATE_KEY_DESCRIPTION =
  "Optional: the Twingate API key the connector was given, used only to scrub it from ConductorOne's sync errors (lastError) before they are shown. Never sent anywhere.";

/** Longer server text (lastError) kept in state is cut to this many characters. */
const MAX_STATE_TEXT = 1000;

/**
 * A sync state's fields as Terraform strings: times as parsed and re-formatted by the client,
 * a known status as is, server text (an unknown status, lastError, the disabled reason) in its
 * neutralised form — never the server's raw characters (secrets were scrubbed at decode).
 */
export function syncStateStrings(state: SyncState | null) {
  return {
    status: state?.status === null || state === null ? null : typeof state.status === "string" ? state.status : state.status.shown(MAX_STATE_TEXT),
    label: state?.uiLabel ?? null,
    started_at: state?.startedAt ?? null,
    completed_at: state?.completedAt ?? null,
    updated_at: state?.updatedAt ?? null,
    last_error: state?.lastError?.shown(MAX_STATE_TEXT) ?? null,
    disabled_reason: state?.disabledReason?.shown(MAX_STATE_TEXT) ?? null,
  };
}

/**
 * The way out of an error at refresh during `terraform destroy` (which refreshes, so reads the
 * connector, before destroying; a provider cannot tell destroy from plan): named in every such
 * error (issue 14 breaker m5).
 */
export const DESTROY_WAY_OUT =
  "If this stops terraform destroy (or plan -destroy): Terraform reads the connector before destroying, and nothing in ConductorOne is deleted by this block. " +
  "Run terraform destroy -refresh=false to destroy anyway.";
