import type { ApiKey } from "../../twingate/api-key";
import { systemClock, type Clock } from "../../twingate/clock";
import { TwingateClient } from "../../twingate/client";
import { displayUrl } from "../../twingate/endpoint";
import { TwingateCancelledError, TwingateError, TwingatePaginationError } from "../../twingate/errors";
import type { TwingateLogger } from "../../twingate/log-events";
import { DEFAULT_PACING, type Pacer, type PacingLimits } from "../../twingate/pacer";
import { MAX_PAGE_SIZE } from "../../twingate/pagination";
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
import { batchDocument, type BatchResponse } from "./batch";
import { MemberQueue } from "./member-queue";
import { nodesOf, type MembersConnection } from "./queries";
import { durationFor, extraMemberPagesFor, MEMBER_PAGES_PER_REQUEST, requestLowerBound } from "./request-plan";
import { PreviewTally, type GroupTally } from "./tally";
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
  #usersDone = false;
  #groupsDone = false;
  readonly #queue: MemberQueue;
  /** Cursors each open chain ("users", "groups", "members of group …") has returned so far. */
  readonly #cursorsSeen = new Map<string, Set<string>>();

  constructor(client: TwingateClient, settings: RunSettings) {
    this.#client = client;
    this.#s = settings;
    this.#requestsAtStart = client.stats.requests;
    this.#queue = new MemberQueue(settings.pageSize);
  }

  async execute(outer: AbortSignal | undefined): Promise<SyncPreviewResult> {
    let stopped: StopReason | null = null;
    let apiError: CodedError | null = null;
    try {
      await this.#readAll();
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

  /**
   * The request loop. Each request carries the next users page and the next groups page while
   * their chains last, and up to K member-list continuations whose previous page is known.
   */
  async #readAll(): Promise<void> {
    const ps = this.#s.pageSize;
    let usersAfter: string | null = null;
    let groupsAfter: string | null = null;
    while (!this.#usersDone || !this.#groupsDone || this.#queue.size > 0) {
      const taken = this.#queue.take(MEMBER_PAGES_PER_REQUEST);
      const shape = { users: !this.#usersDone, groups: !this.#groupsDone, memberPages: taken.length };
      const members = taken.map((t) => ({ groupId: t.group.id, after: t.after }));
      const { document, schema, variables } = batchDocument({ shape, usersAfter, groupsAfter, members }, ps);
      let data: BatchResponse;
      try {
        data = await this.#client.query(document, { schema, variables, operation: "PreviewBatch", signal: this.#signal() });
      } catch (error) {
        // Unread continuations stay in flight, so partial results and estimates still see them.
        for (const t of taken) this.#queue.push(t.group, t.after);
        throw error;
      }
      if (shape.users) usersAfter = this.#foldUsers(data.users, usersAfter);
      if (shape.groups) groupsAfter = this.#foldGroups(data.groups, groupsAfter);
      taken.forEach((pending, n) => this.#foldMembers(pending.group, data[`m${n}`]?.users ?? null, pending.after));
      this.#phase = this.#usersDone ? "groups" : "users";
      this.#progress();
    }
  }

  /** Cursor of the next page, or null when the chain ended; throws when the cursor is stuck. */
  #advance(info: { hasNextPage: boolean; endCursor: string | null }, after: string | null, what: string, items: number): string | null {
    const seen = this.#cursorsSeen.get(what) ?? new Set<string>();
    if (!info.hasNextPage) {
      this.#cursorsSeen.delete(what); // a finished chain needs no memory of its cursors
      return null;
    }
    // A cursor seen before in this chain (the same one, or a cycle A → B → A) would read pages again forever.
    if (info.endCursor === null || info.endCursor === after || seen.has(info.endCursor)) {
      throw new TwingatePaginationError(displayUrl(this.#client.endpoint()), what, info.endCursor);
    }
    // "More pages" after an empty one would page through nothing until the time budget ends.
    if (items === 0) throw new TwingatePaginationError(displayUrl(this.#client.endpoint()), what, info.endCursor, "empty-page");
    seen.add(info.endCursor);
    this.#cursorsSeen.set(what, seen);
    return info.endCursor;
  }

  #foldUsers(page: BatchResponse["users"], after: string | null): string | null {
    // The schema of a batch with a users page requires it; this only narrows the type.
    if (!page) return after;
    this.#tally.addUsers(nodesOf(page.edges), page.totalCount);
    const next = this.#advance(page.pageInfo, after, "users", page.edges.length);
    if (next === null) {
      this.#usersDone = true;
      this.#tally.checkUserCount();
    }
    return next;
  }

  #foldGroups(page: BatchResponse["groups"], after: string | null): string | null {
    if (!page) return after;
    this.#tally.noteGroupsReported(page.totalCount);
    for (const group of nodesOf(page.edges)) {
      const tally = this.#tally.startGroup(group);
      this.#s.targets.consider(tally);
      this.#foldMembers(tally, group.users, null);
    }
    const next = this.#advance(page.pageInfo, after, "groups", page.edges.length);
    if (next === null) {
      this.#groupsDone = true;
      this.#tally.checkGroupCount();
    }
    return next;
  }

  /** Fold one member page; queue the group's next page or finish it. Null: the group was deleted meanwhile. */
  #foldMembers(group: GroupTally, page: MembersConnection | null, after: string | null): void {
    if (page === null) return this.#tally.finishGroup(group, this.#s.pageSize);
    this.#tally.addMembers(group, nodesOf(page.edges));
    const next = this.#advance(page.pageInfo, after, `members of group ${group.id}`, page.edges.length);
    if (next === null) this.#tally.finishGroup(group, this.#s.pageSize);
    else this.#queue.push(group, next);
  }

  /**
   * All requests a full run needs, by the same bound the scheduler meets: exact once both totals
   * arrived and every group was seen; before that, unseen groups are assumed to need continuation
   * pages at the rate of the groups seen, carried K per request after the requests so far.
   */
  #totalEstimate(): { requests: number; exact: boolean } {
    const t = this.#tally;
    const ps = this.#s.pageSize;
    const users = this.#usersDone ? t.usersSeen : Math.max(t.usersSeen, t.usersReported ?? 0);
    const groups = this.#groupsDone ? t.groupsSeen : Math.max(t.groupsSeen, t.groupsReported ?? 0);
    const inFlight = this.#queue.groups().map((g) => ({ index: g.index, members: Math.max(g.reported ?? 0, g.members) }));
    const known = requestLowerBound({ pageSize: ps, users, groups, memberLists: [...t.multiPageGroups, ...inFlight] });
    const unseen = Math.max(0, groups - t.groupsSeen);
    let extrapolated = 0;
    if (unseen > 0 && t.groupsSeen > 0) {
      let pagesSeen = 0;
      for (const l of [...t.multiPageGroups, ...inFlight]) pagesSeen += extraMemberPagesFor(l.members, ps);
      const expected = Math.ceil((pagesSeen / t.groupsSeen) * unseen);
      if (expected > 0) extrapolated = this.#requests + Math.ceil((this.#queue.totalPagesLeft() + expected) / MEMBER_PAGES_PER_REQUEST);
    }
    const exact = this.#usersDone || t.usersReported !== null;
    return { requests: Math.max(known, extrapolated), exact: exact && unseen === 0 && (this.#groupsDone || t.groupsReported !== null) };
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
      estimatedRequests: Math.max(this.#requests, this.#totalEstimate().requests),
      elapsedMs: this.#s.clock.now() - this.#s.started,
    });
  }

  #estimate(): { estimate: SyncPreviewEstimate; atLeast: boolean } {
    const elapsed = this.#s.clock.now() - this.#s.started;
    const requests = this.#requests;
    const { requests: total, exact } = this.#totalEstimate();
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
    // The bound for what was read: the users and groups seen and the member lists finished.
    const lowerBound = this.#requests === 0 ? 0 : requestLowerBound({ pageSize: ps, users: t.usersSeen, groups: t.groupsSeen, memberLists: t.multiPageGroups });
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

