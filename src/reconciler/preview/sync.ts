import type { ApiKey } from "../../twingate/api-key";
import { systemClock, type Clock } from "../../twingate/clock";
import { TwingateClient } from "../../twingate/client";
import { Deadline } from "../../twingate/deadline";
import { displayUrl } from "../../twingate/endpoint";
import {
  TwingateBadRequestError,
  TwingateCancelledError,
  TwingateDeadlineError,
  TwingateError,
  TwingateGraphQLErrorsError,
  TwingatePaginationError,
} from "../../twingate/errors";
import type { HttpExchange } from "../../twingate/http-exchange";
import type { TwingateLogger } from "../../twingate/log-events";
import { DEFAULT_PACING, type Pacer, type PacingLimits } from "../../twingate/pacer";
import { MAX_PAGE_SIZE } from "../../twingate/pagination";
import type { RetryOptions } from "../../twingate/retry";
import type { ClassifyContext } from "../error-findings";
import { PreviewOptionsError } from "./errors";
import { batchDocument, type BatchResponse } from "./batch";
import { CONNECTOR_MODELS, CONNECTOR_VERSIONS, DEFAULT_CONNECTOR_VERSION, isConnectorVersion, type ConnectorVersion } from "./connector-model";
import { ConnectorTally } from "./connector-tally";
import { MemberQueue } from "./member-queue";
import { nodesOf, type MembersConnection } from "./queries";
import { durationFor, extraMemberPagesFor, MEMBER_PAGES_PER_REQUEST, requestLowerBound } from "./request-plan";
import { assembleResult, refusedResult, type StopState } from "./result";
import { checkConnectionInputs } from "../inputs";
import { PreviewTally, type GroupTally } from "./tally";
import { RequestedGroups } from "./targets";
import type { PreviewPhase, PreviewProgress, SyncPreviewEstimate, SyncPreviewResult } from "./types";

export const DEFAULT_TIME_BUDGET_MS = 120_000;
const MAX_TIME_BUDGET_MS = 86_400_000;
const DEFAULT_TIMEOUT_MS = 35_000;

interface CommonOptions {
  /** Provisioning targets to verify: group names or group IDs. */
  groups?: readonly string[];
  /** Longest the preview may take, in ms; it stops there with partial counts. Default 120 000. */
  timeBudgetMs?: number;
  /**
   * Accept a preview stopped by its time budget (partial counts) as a warning. Default false:
   * an incomplete preview is an error finding (`ok` false). A preview that read nothing, or that
   * an API failure stopped, is an error either way.
   */
  allowPartial?: boolean;
  /** 1..100, default 100 (the largest page the API is known to serve: fewest requests). */
  pageSize?: number;
  /**
   * Which behaviour of ConductorOne's connector the connector view models (connector-model.ts):
   * `baton-2023` (default: Admin/Member by isAdmin, sync-only; what the cloud-hosted v1
   * integration most likely runs, inferred) or `baton-2026` (five roles, groups and roles provisionable).
   */
  connectorVersion?: ConnectorVersion;
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
  /** Cap on each response body in bytes (default 16 MiB). */
  maxResponseBytes?: number;
  log?: TwingateLogger;
  /** The wire (tests: a recording fake). */
  http?: HttpExchange;
}

export interface ClientPreviewOptions extends CommonOptions {
  /** An existing client; its pacing limits, if not the defaults, go in `pacing` for the estimates. */
  client: TwingateClient;
  pacing?: Partial<PacingLimits>;
}

export type SyncPreviewOptions = ConnectPreviewOptions | ClientPreviewOptions;

function checkOptions(options: SyncPreviewOptions): { pageSize: number; budgetMs: number; connectorVersion: ConnectorVersion } {
  const pageSize = options.pageSize ?? MAX_PAGE_SIZE;
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new PreviewOptionsError("pageSize", options.pageSize, `an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  const budgetMs = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
  if (!Number.isFinite(budgetMs) || budgetMs <= 0 || budgetMs > MAX_TIME_BUDGET_MS) {
    throw new PreviewOptionsError("timeBudgetMs", options.timeBudgetMs, `a positive number of milliseconds, at most ${MAX_TIME_BUDGET_MS}`);
  }
  const connectorVersion = options.connectorVersion ?? DEFAULT_CONNECTOR_VERSION;
  if (!isConnectorVersion(connectorVersion)) {
    throw new PreviewOptionsError("connectorVersion", options.connectorVersion, `one of ${CONNECTOR_VERSIONS.join(", ")}`);
  }
  return { pageSize, budgetMs, connectorVersion };
}

/**
 * Enumerate what ConductorOne's Twingate connector would sync: users by role, state and type,
 * groups by type with every member page read (the connector itself reads only the first), role
 * grants, and which groups are provisionable. Pages are folded into counters as they arrive.
 * Never throws for an API outcome: failures become error findings next to the partial counts.
 * Every run ends within its time budget with a verdict: `ok` is false when there is an error
 * finding, an incomplete preview included unless `allowPartial`.
 */
export async function previewSync(options: SyncPreviewOptions): Promise<SyncPreviewResult> {
  const { pageSize, budgetMs, connectorVersion } = checkOptions(options);
  const clock = options.clock ?? systemClock;
  const started = clock.now();
  const pacing: PacingLimits = "pacer" in options && options.pacer ? options.pacer.limits : { ...DEFAULT_PACING, ...options.pacing };
  const classify: ClassifyContext = {
    customBaseUrl: "baseUrl" in options && options.baseUrl !== undefined,
    timeBudgetMs: budgetMs,
    timeoutMs: ("timeoutMs" in options ? options.timeoutMs : undefined) ?? DEFAULT_TIMEOUT_MS,
    ...("maxResponseBytes" in options && options.maxResponseBytes !== undefined ? { maxResponseBytes: options.maxResponseBytes } : {}),
    activity: "the sync preview",
  };

  let client: TwingateClient;
  if ("client" in options) {
    client = options.client;
  } else {
    // Every input problem at once (a key found in another input stops there): see checkConnectionInputs.
    const checked = checkConnectionInputs({ apiKey: options.apiKey, network: options.network, baseUrl: options.baseUrl, baseDomain: options.baseDomain, others: { groups: options.groups } });
    if (!checked.ok) return refusedResult(checked.errors, classify, pageSize, clock.now() - started);
    try {
      client = new TwingateClient({
        network: checked.network,
        apiKey: checked.apiKey,
        ...(options.baseUrl !== undefined ? { baseUrl: options.baseUrl } : {}),
        ...(options.baseDomain !== undefined ? { baseDomain: options.baseDomain } : {}),
        ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
        ...(options.retry !== undefined ? { retry: options.retry } : {}),
        ...(options.pacing !== undefined ? { pacing: options.pacing } : {}),
        ...(options.pacer !== undefined ? { pacer: options.pacer } : {}),
        ...(options.clock !== undefined ? { clock: options.clock } : {}),
        ...(options.maxResponseBytes !== undefined ? { maxResponseBytes: options.maxResponseBytes } : {}),
        ...(options.http !== undefined ? { http: options.http } : {}),
        ...(options.log !== undefined ? { log: options.log } : {}),
      });
    } catch (error) {
      return refusedResult([error], classify, pageSize, clock.now() - started);
    }
  }

  const deadline = new Deadline(clock, budgetMs);
  const run = new PreviewRun(client, {
    pageSize,
    budgetMs,
    allowPartial: options.allowPartial ?? false,
    pacing,
    clock,
    deadline,
    started,
    classify: { ...classify, network: client.network },
    targets: new RequestedGroups(options.groups ?? []),
    connector: new ConnectorTally(CONNECTOR_MODELS[connectorVersion]),
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
  allowPartial: boolean;
  pacing: PacingLimits;
  clock: Clock;
  deadline: Deadline;
  started: number;
  classify: ClassifyContext;
  targets: RequestedGroups;
  /** What ConductorOne's connector will build, folded from the same pages. */
  connector: ConnectorTally;
  onProgress?: (progress: PreviewProgress) => void;
}

/** The API refused `User.isAdmin` (an API without the field): the only refusal the preview works around. */
function refusesIsAdmin(error: unknown): boolean {
  return (
    (error instanceof TwingateBadRequestError || error instanceof TwingateGraphQLErrorsError) &&
    error.errors.some((e) => /\bisAdmin\b/.test(e.message.value))
  );
}

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
  /** Responses folded into the counts. */
  #pagesRead = 0;
  /** Users pages select isAdmin until the API refuses it (connector view: the connector's query would fail). */
  #isAdmin = true;
  #isAdminRefused = false;

  constructor(client: TwingateClient, settings: RunSettings) {
    this.#client = client;
    this.#s = settings;
    this.#requestsAtStart = client.stats.requests;
    this.#queue = new MemberQueue(settings.pageSize);
  }

  async execute(outer: AbortSignal | undefined): Promise<SyncPreviewResult> {
    let stop: StopState = { reason: null };
    try {
      await this.#readAll(outer);
      this.#phase = "done";
      this.#progress();
    } catch (error) {
      if (outer?.aborted) throw error instanceof TwingateError ? error : new TwingateCancelledError(displayUrl(this.#client.endpoint()));
      const deadline = this.#s.deadline;
      if (error instanceof TwingateDeadlineError) stop = { reason: "time-budget", during: error.during };
      // A retry that did not fit in the budget: a stop at the budget (partial results may be accepted), not an API failure.
      else if (error instanceof TwingateError && deadline.expired && deadline.expiredDuring !== undefined) stop = { reason: "time-budget", during: deadline.expiredDuring };
      else if (error instanceof TwingateError) stop = { reason: "api-error", error };
      else throw error;
    }
    return this.#result(stop);
  }

  get #requests(): number {
    return this.#client.stats.requests - this.#requestsAtStart;
  }

  /**
   * The request loop. Each request carries the next users page and the next groups page while
   * their chains last, and up to K member-list continuations whose previous page is known.
   */
  async #readAll(signal: AbortSignal | undefined): Promise<void> {
    const ps = this.#s.pageSize;
    let usersAfter: string | null = null;
    let groupsAfter: string | null = null;
    while (!this.#usersDone || !this.#groupsDone || this.#queue.size > 0) {
      const taken = this.#queue.take(MEMBER_PAGES_PER_REQUEST);
      const shape = { users: !this.#usersDone, groups: !this.#groupsDone, memberPages: taken.length, isAdmin: this.#isAdmin };
      const members = taken.map((t) => ({ groupId: t.group.id, after: t.after }));
      const { document, schema, variables } = batchDocument({ shape, usersAfter, groupsAfter, members }, ps);
      let data: BatchResponse;
      try {
        data = await this.#client.query(document, { schema, variables, operation: "PreviewBatch", deadline: this.#s.deadline, ...(signal ? { signal } : {}) });
      } catch (error) {
        // Unread continuations stay in flight, so partial results and estimates still see them.
        for (const t of taken) this.#queue.push(t.group, t.after);
        if (shape.users && this.#isAdmin && refusesIsAdmin(error)) {
          // Read on without it, once: the finding says the connector's own users query fails.
          this.#isAdmin = false;
          this.#isAdminRefused = true;
          continue;
        }
        throw error;
      }
      if (shape.users) usersAfter = this.#foldUsers(data.users, usersAfter);
      if (shape.groups) groupsAfter = this.#foldGroups(data.groups, groupsAfter);
      taken.forEach((pending, n) => this.#foldMembers(pending.group, data[`m${n}`]?.users ?? null, pending.after));
      this.#pagesRead++;
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
    const users = nodesOf(page.edges);
    this.#tally.addUsers(users, page.totalCount);
    this.#s.connector.addUsers(users);
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
      this.#s.connector.addGroup(tally, group.connectorMembers);
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

  #result(stop: StopState): SyncPreviewResult {
    const t = this.#tally;
    const complete = stop.reason === null;
    const ps = this.#s.pageSize;
    // The bound for what was read: the users and groups seen and the member lists finished.
    const lowerBound = this.#requests === 0 ? 0 : requestLowerBound({ pageSize: ps, users: t.usersSeen, groups: t.groupsSeen, memberLists: t.multiPageGroups });
    return assembleResult({
      tally: t,
      stop,
      targets: this.#s.targets,
      connector: this.#s.connector,
      isAdminRefused: this.#isAdminRefused,
      estimate: complete ? null : this.#estimate(),
      network: this.#client.network,
      endpoint: this.#client.endpoint(),
      pageSize: ps,
      requests: this.#requests,
      pagesRead: this.#pagesRead,
      lowerBound,
      durationMs: this.#s.clock.now() - this.#s.started,
      budgetMs: this.#s.budgetMs,
      allowPartial: this.#s.allowPartial,
      classify: this.#s.classify,
    });
  }
}
