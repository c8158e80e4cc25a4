import type { ApiKey } from "../../twingate/api-key";
import { systemClock, type Clock } from "../../twingate/clock";
import { TwingateClient } from "../../twingate/client";
import { displayUrl } from "../../twingate/endpoint";
import { TwingateCancelledError, TwingateError, TwingatePaginationError } from "../../twingate/errors";
import type { TwingateLogger } from "../../twingate/log-events";
import { DEFAULT_PACING, type Pacer, type PacingLimits } from "../../twingate/pacer";
import { MAX_PAGE_SIZE, paginate, type Page } from "../../twingate/pagination";
import type { RetryOptions } from "../../twingate/retry";
import { CodedError } from "../../errors";
import type { Finding, FindingSubject } from "../types";
import { Deadline } from "./deadline";
import { PreviewOptionsError } from "./errors";
import {
  groupFindings,
  incompleteFinding,
  mismatchFindings,
  provisionableFinding,
  roleFindings,
  targetFindings,
} from "./findings";
import {
  nodesOf,
  PREVIEW_FIRST_USERS_QUERY,
  PREVIEW_GROUP_MEMBERS_QUERY,
  PREVIEW_GROUPS_QUERY,
  PREVIEW_USERS_QUERY,
  previewGroupMembersPageSchema,
  previewGroupsPageSchema,
  previewUsersPageSchema,
  type MembersConnection,
  type PreviewGroup,
  type PreviewMember,
  type PreviewUser,
} from "./queries";
import { durationFor, estimateTotalRequests, pagesFor } from "./request-plan";
import { PreviewTally } from "./tally";
import { RequestedGroups } from "./targets";
import type { PreviewPhase, PreviewProgress, StopReason, SyncPreviewEstimate, SyncPreviewResult } from "./types";

export const DEFAULT_TIME_BUDGET_MS = 120_000;

interface CommonOptions {
  /** Provisioning targets to verify: group names or group IDs. */
  groups?: readonly string[];
  /** Stop cleanly, with partial counts, after this long. Default 120 000. */
  timeBudgetMs?: number;
  /** 1..100, default 100 (the largest page the API is known to serve: fewest requests). */
  pageSize?: number;
  onProgress?: (progress: PreviewProgress) => void;
  /** Cancels the preview (it then throws TG_CANCELLED); the time budget does not need it. */
  signal?: AbortSignal;
  /** Time source (tests); must be the one the client's pacer uses. */
  clock?: Clock;
}

export interface ConnectPreviewOptions extends CommonOptions {
  network: string;
  apiKey: string | ApiKey;
  baseUrl?: string;
  baseDomain?: string;
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** Limits of the process-wide pacer of the network (shared with credential checks). Default 60 reads / min. */
  pacing?: Partial<PacingLimits>;
  /** A private pacer (tests, or to share one with a credential check); overrides `pacing` for requests. */
  pacer?: Pacer;
  log?: TwingateLogger;
  fetch?: typeof globalThis.fetch;
}

export interface ClientPreviewOptions extends CommonOptions {
  /** An existing client; its pacing limits, if not the defaults, go in `pacing` for the estimates. */
  client: TwingateClient;
  pacing?: Partial<PacingLimits>;
}

export type SyncPreviewOptions = ConnectPreviewOptions | ClientPreviewOptions;

function checkOptions(options: SyncPreviewOptions): { pageSize: number; budgetMs: number } {
  const pageSize = options.pageSize ?? MAX_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new PreviewOptionsError("pageSize", options.pageSize, `an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  const budgetMs = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  if (!Number.isFinite(budgetMs) || budgetMs <= 0) {
    throw new PreviewOptionsError("timeBudgetMs", options.timeBudgetMs, "a positive number of milliseconds");
  }
  return { pageSize, budgetMs };
}

function subjectOf(code: string): FindingSubject {
  if (code === "TG_UNAUTHORIZED" || code === "TG_FORBIDDEN") return "api_key";
  if (code === "TG_NETWORK_NOT_FOUND" || code === "TG_NETWORK_INVALID" || code === "TG_DNS") return "network";
  return "endpoint";
}

function errorFinding(error: CodedError): Finding {
  return { code: error.code, severity: "error", message: error.message, subject: subjectOf(error.code) };
}

/**
 * Enumerate what ConductorOne's Twingate connector would sync: users by role, state and type,
 * groups by type with every member page read (the connector itself reads only the first), role
 * grants, and which groups are provisionable. Pages are folded into counters as they arrive.
 * Never throws for an API outcome: failures become error findings next to the partial counts.
 */
export async function previewSync(options: SyncPreviewOptions): Promise<SyncPreviewResult> {
  const { pageSize, budgetMs } = checkOptions(options);
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const pacing: PacingLimits = "pacer" in options && options.pacer ? options.pacer.limits : { ...DEFAULT_PACING, ...options.pacing };
  const deadline = new Deadline(clock, budgetMs, options.signal);
  const budgetLog: TwingateLogger = (event) => {
    if (event.type === "wait") deadline.announceWait(event.waitMs);
    else if (event.type === "retry") deadline.announceWait(event.delayMs);
  };

  let client: TwingateClient;
  if ("client" in options) {
    client = options.client;
  } else {
    const userLog = options.log;
    try {
      client = new TwingateClient({
        network: options.network,
        apiKey: options.apiKey,
        ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
        ...(options.baseDomain !== undefined ? { baseDomain: options.baseDomain } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        ...(options.retry !== undefined ? { retry: options.retry } : {}),
        ...(options.pacing !== undefined ? { pacing: options.pacing } : {}),
        ...(options.pacer !== undefined ? { pacer: options.pacer } : {}),
        ...(options.clock !== undefined ? { clock: options.clock } : {}),
        ...(options.fetch !== undefined ? { fetch: options.fetch } : {}),
        log: userLog ? (e) => (budgetLog(e), userLog(e)) : budgetLog,
      });
    } catch (error) {
      deadline.dispose();
      if (error instanceof CodedError) return refusedResult(error, pageSize, clock.now() - started);
      throw error;
    }
  }

  const run = new PreviewRun(client, {
    pageSize,
    budgetMs,
    pacing,
    clock,
    deadline,
    started,
    targets: new RequestedGroups(options.groups ?? []),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
  });
  try {
    return await run.execute(options.signal);
  } finally {
    deadline.dispose();
  }
}

interface RunSettings {
  pageSize: number;
  budgetMs: number;
  pacing: PacingLimits;
  clock: Clock;
  deadline: Deadline;
  started: number;
  targets: RequestedGroups;
  onProgress?: (progress: PreviewProgress) => void;
}

/** Signals the run loop that the budget ran out between requests. */
class BudgetSpent extends Error {}

class PreviewRun {
  readonly #client: TwingateClient;
  readonly #s: RunSettings;
  readonly #tally = new PreviewTally();
  readonly #requestsAtStart: number;
  #phase: PreviewPhase = "users";
  #groupsStarted = false;

  constructor(client: TwingateClient, settings: RunSettings) {
    this.#client = client;
    this.#s = settings;
    this.#requestsAtStart = client.stats.requests;
  }

  async execute(outer: AbortSignal | undefined): Promise<SyncPreviewResult> {
    let stopped: StopReason | null = null;
    let apiError: CodedError | null = null;
    try {
      await this.#readUsers();
      this.#phase = "groups";
      await this.#readGroups();
      this.#phase = "done";
      this.#progress();
    } catch (error) {
      if (outer?.aborted) throw error instanceof TwingateError ? error : new TwingateCancelledError(displayUrl(this.#client.endpoint()));
      if (error instanceof BudgetSpent || (error instanceof TwingateCancelledError && this.#s.deadline.expired)) {
        stopped = "time-budget";
      } else if (error instanceof TwingateError) {
        stopped = "api-error";
        apiError = error;
      } else {
        throw error;
      }
    }
    return this.#result(stopped, apiError);
  }

  get #requests(): number {
    return this.#client.stats.requests - this.#requestsAtStart;
  }

  #signal(): AbortSignal {
    if (this.#s.deadline.check()) throw new BudgetSpent();
    return this.#s.deadline.signal;
  }

  #stuck(what: string) {
    return (cursor: string | null) => new TwingatePaginationError(displayUrl(this.#client.endpoint()), what, cursor);
  }

  async #readUsers(): Promise<void> {
    const first = this.#s.pageSize;
    const pages = paginate<PreviewUser>(async (after) => {
      const isFirst = after === null;
      const data = await this.#client.query(isFirst ? PREVIEW_FIRST_USERS_QUERY : PREVIEW_USERS_QUERY, {
        schema: previewUsersPageSchema,
        variables: { first, after },
        operation: isFirst ? "PreviewFirstUsers" : "PreviewUsers",
        signal: this.#signal(),
      });
      if (isFirst) this.#tally.noteGroupsReported(data.groupCount?.totalCount);
      return { nodes: nodesOf(data.users.edges), totalCount: data.users.totalCount ?? null, pageInfo: data.users.pageInfo };
    }, this.#stuck("users"));
    for await (const page of pages) {
      this.#tally.addUsers(page.nodes, page.totalCount);
      this.#progress();
    }
    this.#tally.checkUserCount();
  }

  async #readGroups(): Promise<void> {
    const first = this.#s.pageSize;
    const pages = paginate<PreviewGroup>(async (after) => {
      const data = await this.#client.query(PREVIEW_GROUPS_QUERY, {
        schema: previewGroupsPageSchema,
        variables: { first, after },
        operation: "PreviewGroups",
        signal: this.#signal(),
      });
      return { nodes: nodesOf(data.groups.edges), totalCount: data.groups.totalCount ?? null, pageInfo: data.groups.pageInfo };
    }, this.#stuck("groups"));
    for await (const page of pages) {
      this.#groupsStarted = true;
      this.#tally.noteGroupsReported(page.totalCount);
      // Each group of the page is finished (all member pages) before the next page is asked for.
      for (const group of page.nodes) await this.#readGroup(group);
      this.#progress();
    }
    this.#tally.checkGroupCount();
  }

  async #readGroup(group: PreviewGroup): Promise<void> {
    const tally = this.#tally.startGroup(group);
    this.#s.targets.consider(tally);
    const firstPage = toPage(group.users);
    const pages = paginate<PreviewMember>(async (after) => {
      // The first page came nested in the groups page: no request for it.
      if (after === null) return firstPage;
      const data = await this.#client.query(PREVIEW_GROUP_MEMBERS_QUERY, {
        schema: previewGroupMembersPageSchema,
        variables: { id: group.id, first: this.#s.pageSize, after },
        operation: "PreviewGroupMembers",
        signal: this.#signal(),
      });
      // Deleted while we read it: count what was seen, stop paging.
      if (data.group === null) return { nodes: [], totalCount: null, pageInfo: { hasNextPage: false, endCursor: null } };
      return toPage(data.group.users);
    }, this.#stuck(`members of group ${group.id}`));
    let pageNo = 0;
    for await (const page of pages) {
      this.#tally.addMembers(tally, page.nodes);
      if (pageNo++ > 0) this.#progress();
    }
    this.#tally.finishGroup(tally, this.#s.pageSize);
  }

  #knowledge() {
    const t = this.#tally;
    return {
      pageSize: this.#s.pageSize,
      usersTotal: this.#phase === "users" ? t.usersReported : t.usersSeen,
      usersSeen: t.usersSeen,
      groupsTotal: t.groupsReported,
      groupsSeen: t.groupsSeen,
      extraMemberPagesKnown: t.extraMemberPagesExpected(this.#s.pageSize),
    };
  }

  #progress(): void {
    const listener = this.#s.onProgress;
    if (!listener) return;
    const t = this.#tally;
    listener({
      phase: this.#phase,
      usersSeen: t.usersSeen,
      usersTotal: t.usersReported,
      groupsSeen: t.groupsSeen,
      groupsTotal: t.groupsReported,
      memberships: t.memberships,
      requests: this.#requests,
      estimatedRequests: Math.max(this.#requests, estimateTotalRequests(this.#knowledge()).requests),
      elapsedMs: this.#s.clock.now() - this.#s.started,
    });
  }

  #estimate(): { estimate: SyncPreviewEstimate; atLeast: boolean } {
    const elapsed = this.#s.clock.now() - this.#s.started;
    const requests = this.#requests;
    const { requests: total, exact } = estimateTotalRequests(this.#knowledge());
    const remaining = Math.max(0, total - requests);
    const observed = requests > 0 ? elapsed / requests : 0;
    const remainingMs = durationFor(remaining, this.#s.pacing, observed);
    return { estimate: { remainingRequests: remaining, remainingMs, totalMs: elapsed + remainingMs }, atLeast: !exact };
  }

  #result(stopped: StopReason | null, apiError: CodedError | null): SyncPreviewResult {
    const t = this.#tally;
    const complete = stopped === null;
    const ps = this.#s.pageSize;
    const check = this.#s.targets.verdict(complete);
    const findings: Finding[] = [];
    if (apiError) findings.push(errorFinding(apiError));
    let estimate: SyncPreviewEstimate | null = null;
    if (stopped === "time-budget") {
      const e = this.#estimate();
      estimate = e.estimate;
      findings.push(incompleteFinding(t, this.#s.budgetMs, e.estimate, e.atLeast));
    }
    findings.push(
      ...targetFindings(check, this.#s.targets.ambiguous()),
      ...roleFindings(t),
      ...groupFindings(t),
      ...provisionableFinding(t, complete),
      ...mismatchFindings(t),
    );
    const order = { error: 0, warning: 1, info: 2 } as const;
    findings.sort((a, b) => order[a.severity] - order[b.severity]);
    // The bound for what was read: pages of the users and groups seen, plus their extra member pages.
    const lowerBound =
      pagesFor(t.usersSeen, ps) + (this.#groupsStarted ? pagesFor(t.groupsSeen, ps) : 0) + t.extraMemberPagesNeeded;
    const network = this.#client.network;
    return {
      complete,
      stoppedReason: stopped,
      network: { input: network.input, label: network.label, baseDomain: network.baseDomain },
      endpoint: this.#client.endpoint(),
      pageSize: ps,
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
      findings,
      requests: this.#requests,
      lowerBound,
      estimate,
      durationMs: this.#s.clock.now() - this.#s.started,
    };
  }
}

function toPage(connection: MembersConnection): Page<PreviewMember> {
  return { nodes: nodesOf(connection.edges), totalCount: connection.totalCount ?? null, pageInfo: connection.pageInfo };
}

/** The input was refused before any request (bad network name or base URL). */
function refusedResult(error: CodedError, pageSize: number, durationMs: number): SyncPreviewResult {
  return {
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
    findings: [errorFinding(error)],
    requests: 0,
    lowerBound: 0,
    estimate: null,
    durationMs,
  };
}

