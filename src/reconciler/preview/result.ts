import type { TwingateError } from "../../twingate/errors";
import type { TwingateNetwork } from "../../twingate/network";
import { findingForError, type ClassifyContext } from "../error-findings";
import type { Finding } from "../types";
import { connectorFindings } from "./connector-findings";
import type { ConnectorTally } from "./connector-tally";
import { buildConnectorView } from "./connector-view";
import {
  groupFindings,
  incompleteFinding,
  mismatchFindings,
  provisionableFinding,
  roleFindings,
  targetFindings,
  unknownValuesFinding,
} from "./findings";
import type { PreviewTally } from "./tally";
import type { RequestedGroups } from "./targets";
import type { SyncPreviewEstimate, SyncPreviewResult } from "./types";

/**
 * Result assembly of a sync preview, in one place for every path (complete, stopped at the
 * budget, stopped by an API error, refused before any request): counts from the tally,
 * findings in severity order, and the verdict `ok`.
 */

/** Why the run stopped: not at all (complete), at its time budget, or on an API error. */
export type StopState =
  | { reason: null }
  | { reason: "time-budget"; during: string }
  | { reason: "api-error"; error: TwingateError };

export interface AssembleInput {
  tally: PreviewTally;
  stop: StopState;
  targets: RequestedGroups;
  connector: ConnectorTally;
  /** The API refused `User.isAdmin`; users were read without it. */
  isAdminRefused: boolean;
  estimate: { estimate: SyncPreviewEstimate; atLeast: boolean } | null;
  network: TwingateNetwork;
  endpoint: string;
  pageSize: number;
  requests: number;
  /** Responses folded into the counts. */
  pagesRead: number;
  lowerBound: number;
  durationMs: number;
  budgetMs: number;
  allowPartial: boolean;
  classify: ClassifyContext;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

function sorted(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

export function assembleResult(input: AssembleInput): SyncPreviewResult {
  const { tally: t, stop } = input;
  const complete = stop.reason === null;
  const check = input.targets.verdict(complete);
  const findings: Finding[] = [];
  if (stop.reason === "api-error") findings.push(findingForError(stop.error, input.classify));
  const estimate = input.estimate?.estimate ?? null;
  if (stop.reason === "time-budget" && input.estimate !== null) {
    findings.push(
      incompleteFinding(t, {
        budgetMs: input.budgetMs,
        estimate: input.estimate.estimate,
        atLeast: input.estimate.atLeast,
        allowPartial: input.allowPartial,
        readNothing: input.pagesRead === 0,
        during: stop.during,
      }),
    );
  }
  // Nothing read is not an empty tenant: no view of it (and no findings about what it would show).
  const connectorView =
    input.pagesRead === 0 ? null : buildConnectorView({ connector: input.connector, tally: t, previewRequests: input.requests, isAdminRefused: input.isAdminRefused, complete });
  findings.push(
    ...targetFindings(check, input.targets.ambiguous(), Math.ceil(input.budgetMs / 1000)),
    ...roleFindings(t),
    ...groupFindings(t),
    ...provisionableFinding(t, complete),
    ...mismatchFindings(t),
    ...unknownValuesFinding(t.unknownValues),
    ...(connectorView === null ? [] : connectorFindings(connectorView, check)),
  );
  const network = input.network;
  return {
    ok: !findings.some((f) => f.severity === "error"),
    complete,
    stoppedReason: stop.reason,
    network: { input: network.input, label: network.label, baseDomain: network.baseDomain },
    endpoint: input.endpoint,
    pageSize: input.pageSize,
    users: { total: t.usersSeen, reported: t.usersReported, byRole: t.byRole, byState: t.byState, byType: t.byType },
    groups: {
      total: t.groupsSeen,
      reported: t.groupsReported,
      byType: t.groupsByType,
      active: t.activeGroups,
      inactive: t.groupsSeen - t.activeGroups,
      empty: t.emptyGroups,
      provisionable: t.provisionable,
    },
    roleGrants: { ...t.byRole },
    memberships: t.memberships,
    inactiveMembers: t.inactiveMembers(),
    requestedGroups: check,
    unknownValues: t.unknownValues,
    connectorView,
    pagesRead: input.pagesRead,
    findings: sorted(findings),
    requests: input.requests,
    lowerBound: input.lowerBound,
    estimate,
    durationMs: input.durationMs,
  };
}

/** The inputs were refused before any request (a malformed key, network or base URL, or one holding the key): every problem found. */
export function refusedResult(errors: readonly unknown[], classify: ClassifyContext, pageSize: number, durationMs: number): SyncPreviewResult {
  return {
    ok: false,
    complete: false,
    stoppedReason: "invalid-input",
    network: null,
    endpoint: null,
    pageSize,
    users: { total: 0, reported: null, byRole: {}, byState: {}, byType: {} },
    groups: { total: 0, reported: null, byType: {}, active: 0, inactive: 0, empty: 0, provisionable: [] },
    roleGrants: {},
    memberships: 0,
    inactiveMembers: { pending: 0, disabled: 0, memberships: 0 },
    requestedGroups: null,
    unknownValues: [],
    connectorView: null,
    pagesRead: 0,
    findings: errors.map((error) => findingForError(error, classify)),
    requests: 0,
    lowerBound: 0,
    estimate: null,
    durationMs,
  };
}
