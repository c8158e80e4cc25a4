import { inspect } from "node:util";
import { GraphQLClient } from "graphql-request";
import * as z from "../zod-mini";
import { ApiKey, assertNoKeyIn } from "./api-key";
import { AbortedError, systemClock, type Clock } from "./clock";
import type { Deadline } from "./deadline";
import { displayUrl, resolveEndpoint, type EndpointOptions } from "./endpoint";
import {
  TwingateBadResponseError,
  TwingateCancelledError,
  TwingateError,
  TwingateGraphQLErrorsError,
  TwingateMutationFailedError,
  TwingatePaginationError,
  NodeDebugUnsafeError,
} from "./errors";
import type { TwingateLogger } from "./log-events";
import type { TwingateNetwork } from "./network";
import { sharedPacer, type OperationKind, type Pacer, type PacingLimits } from "./pacer";
import { checkPageSize, nodesOf, paginate, type Page } from "./pagination";
import { classifyProbeError, classifyProbeSuccess, isProbeAnswer, type WriteProbeResult } from "./permission-probe";
import {
  COUNTS_QUERY,
  GROUP_MEMBERS_QUERY,
  groupsQuery,
  usersQuery,
  WRITE_PROBE_MUTATION,
} from "./queries";
import { caFromEnvironment, exchangeTrusting } from "./trust";
import { nodeHttpExchange, type HttpExchange } from "./http-exchange";
import { sensitiveNodeDebug } from "../net/node-debug";
import type { ProxySettings } from "../net/proxy-settings";
import { proxySettingsFromEnvironment } from "./proxy";
import { DEFAULT_MAX_RESPONSE_BYTES, graphqlErrorEntries, kept, MAX_MAX_RESPONSE_BYTES, MIN_MAX_RESPONSE_BYTES } from "./response-body";
import { retryOptions, type RetryOptions } from "./retry";
import {
  countsSchema,
  groupMembersPageSchema,
  groupsPageSchema,
  okErrorSchema,
  usersPageSchema,
  type TwingateGroup,
  type TwingateUser,
} from "./schemas";
import { Transport, type TransportStats } from "./transport";
import { USER_AGENT } from "./version";

export interface TwingateClientOptions extends EndpointOptions {
  apiKey: string | ApiKey;
  /** Per-request timeout in ms (whole answer, body included). Default 35 000, as terraform-provider-twingate. */
  timeoutMs?: number;
  retry?: Partial<RetryOptions>;
  /** Limits of the process-wide pacer of this network. Default 60 reads / 20 writes per 60 s. */
  pacing?: Partial<PacingLimits>;
  /** A private pacer (tests); overrides `pacing`. */
  pacer?: Pacer;
  /** Time source for retries and pacing; also used by a private pacer you build with it. */
  clock?: Clock;
  /** Jitter source in [0, 1). */
  random?: () => number;
  log?: TwingateLogger;
  /** Cap on each response body, on the wire and decompressed, in bytes. Default 16 MiB. */
  maxResponseBytes?: number;
  /** The wire (tests: a recording fake). Default node:http(s), trusting `ca`. */
  http?: HttpExchange;
  /**
   * Which requests go through an HTTP proxy. Default: this process's HTTPS_PROXY, HTTP_PROXY and
   * NO_PROXY, read as a Go provider reads them (proxy-settings.ts).
   */
  proxy?: ProxySettings;
  /**
   * PEM CA certificates trusted instead of Node's bundled roots, for Twingate and an https://
   * proxy. Default: the file SSL_CERT_FILE names, when set (as Go reads it on Linux); Node's
   * roots (plus NODE_EXTRA_CA_CERTS) otherwise. Read only when a request will use TLS.
   */
  ca?: string;
}

export interface StrFilter {
  eq?: string;
  ne?: string;
  startsWith?: string;
  endsWith?: string;
  regexp?: string;
  contains?: string;
  in?: string[];
}
export interface UserFilter {
  firstName?: StrFilter;
  lastName?: StrFilter;
  email?: StrFilter;
  role?: { in: string[] };
}
export interface GroupFilter {
  name?: StrFilter;
  type?: { in: string[] };
  isActive?: { eq: boolean };
}

export interface PageOptions {
  /** 1..100, default 100. */
  pageSize?: number;
  signal?: AbortSignal;
}

export interface ListOptions<F> extends PageOptions {
  filter?: F;
}

export interface CallOptions {
  signal?: AbortSignal;
  /** The overall time budget the call is part of: no request or wait runs past it. */
  deadline?: Deadline;
}

export interface RequestOptions<T> extends CallOptions {
  schema: z.ZodMiniType<T>;
  variables?: Record<string, unknown>;
  /** Name for logs and messages. */
  operation?: string;
}

export interface MutationOptions<T> extends RequestOptions<T> {
  /** The top-level field of the payload carrying `{ok, error}`; checked before the schema. */
  payloadField: string;
  /** Safe to send twice; only then is it retried after a timeout or a dropped connection. */
  idempotent?: boolean;
}

/** Totals as the API reported them; null when it did not (a null, missing or nonsensical totalCount). */
export interface UserAndGroupCounts {
  users: number | null;
  groups: number | null;
}

const DEFAULT_TIMEOUT_MS = 35_000;

export class TwingateClient {
  readonly network: TwingateNetwork;
  readonly #transport: Transport;
  /** The apex (pre-redirect) GraphQL URL. */
  readonly apexUrl: string;

  /**
   * Throws, before anything is sent (no DNS lookup either): InvalidApiKeyError for a key of the
   * wrong shape, InputContainsKeyError when the network, base URL or base domain holds the key,
   * InvalidNetworkError / InvalidBaseUrlError, InvalidProxyError (a proxy variable that cannot be
   * used), InvalidCaFileError (SSL_CERT_FILE unreadable), NodeDebugUnsafeError (NODE_DEBUG would print
   * the key), RangeError for option values out of range.
   */
  constructor(options: TwingateClientOptions) {
    const apiKey = ApiKey.from(options.apiKey);
    assertNoKeyIn(apiKey, {
      network: typeof options.network === "string" ? options.network : options.network.input,
      base_url: options.baseUrl,
      base_domain: options.baseDomain,
    });
    const { network, apexUrl, destinations } = resolveEndpoint({ ...options, secret: apiKey.echoes });
    this.network = network;
    this.apexUrl = apexUrl;
    const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new RangeError(`timeoutMs must be a positive number, got ${timeoutMs}`);
    const maxResponseBytes = options.maxResponseBytes ?? DEFAULT_MAX_RESPONSE_BYTES;
    if (!Number.isSafeInteger(maxResponseBytes) || maxResponseBytes < MIN_MAX_RESPONSE_BYTES || maxResponseBytes > MAX_MAX_RESPONSE_BYTES) {
      throw new RangeError(`maxResponseBytes must be a whole number from ${MIN_MAX_RESPONSE_BYTES} to ${MAX_MAX_RESPONSE_BYTES}, got ${maxResponseBytes}`);
    }
    const debugging = sensitiveNodeDebug(process.env);
    if (debugging.length > 0) throw new NodeDebugUnsafeError(debugging);
    const proxy = options.proxy ?? proxySettingsFromEnvironment(process.env);
    const apex = new URL(apexUrl);
    const usesTls = apex.protocol === "https:" || proxy.proxyFor(apex)?.protocol === "https:";
    const http = options.http ?? (usesTls ? exchangeTrusting(options.ca ?? caFromEnvironment(process.env)) : nodeHttpExchange);
    this.#transport = new Transport({
      apiKey,
      destinations,
      userAgent: USER_AGENT,
      timeoutMs,
      maxResponseBytes,
      retry: retryOptions(options.retry),
      pacer: options.pacer ?? sharedPacer(apexUrl, options.pacing),
      clock: options.clock ?? systemClock,
      random: options.random ?? Math.random,
      ...(options.log ? { log: options.log } : {}),
      http,
      proxy,
    });
  }

  /** The GraphQL URL in use (the regional shard once the apex redirected there). */
  endpoint(): string {
    return this.#transport.endpoint();
  }

  /** Settles once a request was redirected to the network's shard (see Transport.shardFound); never if the apex answers itself. */
  shardFound(): Promise<void> {
    return this.#transport.shardFound;
  }

  /** Requests sent (retries and redirects included), retries, and redirects followed. */
  get stats(): Readonly<TransportStats> {
    return this.#transport.stats;
  }

  /** One query. Top-level `errors` throw TG_GRAPHQL_ERRORS; `data` must match the schema. */
  async query<T>(document: string, options: RequestOptions<T>): Promise<T> {
    const operation = options.operation ?? "query";
    const data = await this.#execute(document, options.variables, { kind: "read", idempotent: true, operation, signal: options.signal, deadline: options.deadline });
    return this.#validate(data, options.schema);
  }

  /** One mutation, then `{ok, error}` of `payloadField`, then the schema. Not retried unless idempotent. */
  async mutate<T>(document: string, options: MutationOptions<T>): Promise<T> {
    const operation = options.operation ?? options.payloadField;
    const data = await this.#execute(document, options.variables, {
      kind: "write",
      idempotent: options.idempotent ?? false,
      operation,
      signal: options.signal,
      deadline: options.deadline,
    });
    const payload = data[options.payloadField];
    const okError = okErrorSchema.safeParse(payload);
    if (!okError.success) {
      throw new TwingateBadResponseError(this.#at(), `data.${options.payloadField}`, describeIssue(okError.error.issues[0]));
    }
    if (!okError.data.ok) {
      const said = okError.data.error;
      throw new TwingateMutationFailedError(this.#at(), options.payloadField, said === null || said === undefined ? null : this.#transport.serverText.text(kept(said)));
    }
    return this.#validate(data, options.schema);
  }

  /**
   * The cheap authentication + read check: one page of users and of groups in one request.
   * An answer proves the key reads; the totals are null when the API does not report them.
   */
  async countUsersAndGroups(options: CallOptions = {}): Promise<UserAndGroupCounts> {
    const data = await this.query(COUNTS_QUERY, { schema: countsSchema, operation: "CountUsersAndGroups", signal: options.signal, deadline: options.deadline });
    return { users: data.users.totalCount, groups: data.groups.totalCount };
  }

  /**
   * Ask, without side effects, whether the key may write: an empty membership update of a group
   * that cannot exist. Twingate's answer (401, 403, GraphQL errors, ok:false) is the evidence and
   * is returned classified; a fault on the way (5xx, timeout, reset, not JSON, a refused redirect,
   * a garbled body) says nothing about the key and is thrown as the error it is.
   */
  async probeWritePermission(options: CallOptions = {}): Promise<WriteProbeResult> {
    try {
      await this.mutate(WRITE_PROBE_MUTATION, {
        schema: probeDataSchema,
        payloadField: "groupUpdate",
        operation: "WritePermissionProbe",
        // Removing nobody from nothing is safe to repeat.
        idempotent: true,
        signal: options.signal,
        deadline: options.deadline,
      });
      return classifyProbeSuccess();
    } catch (err) {
      if (err instanceof TwingateError && isProbeAnswer(err)) return classifyProbeError(err);
      throw err;
    }
  }

  userPages(options: ListOptions<UserFilter> = {}): AsyncGenerator<Page<TwingateUser>, void, undefined> {
    const { filter } = options;
    return this.#pages({
      what: "users",
      operation: "Users",
      document: usersQuery(filter !== undefined),
      schema: usersPageSchema,
      variables: { first: checkPageSize(options.pageSize), ...(filter !== undefined ? { filter } : {}) },
      signal: options.signal,
      connectionOf: (data) => data.users,
    });
  }

  groupPages(options: ListOptions<GroupFilter> = {}): AsyncGenerator<Page<TwingateGroup>, void, undefined> {
    const { filter } = options;
    return this.#pages({
      what: "groups",
      operation: "Groups",
      document: groupsQuery(filter !== undefined),
      schema: groupsPageSchema,
      variables: { first: checkPageSize(options.pageSize), ...(filter !== undefined ? { filter } : {}) },
      signal: options.signal,
      connectionOf: (data) => data.groups,
    });
  }

  /** Members of one group, page by page. A group that does not exist is TG_BAD_RESPONSE at data.group. */
  groupMemberPages(groupId: string, options: PageOptions = {}): AsyncGenerator<Page<TwingateUser>, void, undefined> {
    return this.#pages({
      what: `members of group ${groupId}`,
      operation: "GroupMembers",
      document: GROUP_MEMBERS_QUERY,
      schema: groupMembersPageSchema,
      variables: { id: groupId, first: checkPageSize(options.pageSize) },
      signal: options.signal,
      connectionOf: (data) => {
        if (data.group === null) {
          throw new TwingateBadResponseError(this.#at(), "data.group", `no group with id ${JSON.stringify(groupId)} (the query returned null)`);
        }
        return data.group.users;
      },
    });
  }

  users(options: ListOptions<UserFilter> = {}): AsyncGenerator<TwingateUser, void, undefined> {
    return nodesOf(this.userPages(options));
  }

  groups(options: ListOptions<GroupFilter> = {}): AsyncGenerator<TwingateGroup, void, undefined> {
    return nodesOf(this.groupPages(options));
  }

  groupMembers(groupId: string, options: PageOptions = {}): AsyncGenerator<TwingateUser, void, undefined> {
    return nodesOf(this.groupMemberPages(groupId, options));
  }

  toString(): string {
    return `TwingateClient(${this.network.label} at ${displayUrl(this.endpoint())})`;
  }

  toJSON(): { network: string; endpoint: string } {
    return { network: this.network.label, endpoint: this.endpoint() };
  }

  [inspect.custom](): string {
    return this.toString();
  }

  /** One Relay connection, page by page: the cursor of each page is the `after` of the next. */
  #pages<D, T>(spec: {
    what: string;
    operation: string;
    document: string;
    schema: z.ZodMiniType<D>;
    variables: Record<string, unknown>;
    signal: AbortSignal | undefined;
    connectionOf: (data: D) => Connection<T>;
  }): AsyncGenerator<Page<T>, void, undefined> {
    return paginate(async (after) => {
      const data = await this.query(spec.document, {
        schema: spec.schema,
        variables: { ...spec.variables, after },
        operation: spec.operation,
        signal: spec.signal,
      });
      return toPage(spec.connectionOf(data));
    }, (cursor, reason) => new TwingatePaginationError(this.#at(), spec.what, cursor, reason));
  }

  #at(): string {
    return displayUrl(this.#transport.endpoint());
  }

  /** Send through graphql-request over our transport; return `data` once `errors` are ruled out. */
  async #execute(
    document: string,
    variables: Record<string, unknown> | undefined,
    ctx: { kind: OperationKind; idempotent: boolean; operation: string; signal: AbortSignal | undefined; deadline: Deadline | undefined },
  ): Promise<Record<string, unknown>> {
    const gql = new GraphQLClient(this.#transport.endpoint(), {
      fetch: this.#transport.fetchFor({
        kind: ctx.kind,
        idempotent: ctx.idempotent,
        operation: ctx.operation,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
        ...(ctx.deadline ? { deadline: ctx.deadline } : {}),
      }),
      errorPolicy: "all",
    });
    let raw: { data?: unknown; errors?: unknown; status: number };
    try {
      raw = await gql.rawRequest<unknown>(document, variables);
    } catch (err) {
      if (err instanceof TwingateError) throw err;
      if (err instanceof AbortedError || ctx.signal?.aborted) throw new TwingateCancelledError(this.#at());
      // graphql-request refused the body (not an execution result); say so without echoing it.
      throw new TwingateBadResponseError(this.#at(), "", "not a GraphQL execution result (no data or errors object)");
    }
    if (raw.errors !== undefined && raw.errors !== null) {
      const entries = graphqlErrorEntries(this.#transport.serverText, raw.errors);
      if (entries.length > 0) throw new TwingateGraphQLErrorsError(this.#at(), entries, raw.status);
    }
    if (typeof raw.data !== "object" || raw.data === null || Array.isArray(raw.data)) {
      throw new TwingateBadResponseError(this.#at(), "data", "missing or not an object");
    }
    return raw.data as Record<string, unknown>;
  }

  #validate<T>(data: unknown, schema: z.ZodMiniType<T>): T {
    const parsed = schema.safeParse(data);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    const path = ["data", ...(issue?.path ?? []).map(String)].join(".");
    throw new TwingateBadResponseError(this.#at(), path, describeIssue(issue));
  }
}

const probeDataSchema = z.object({ groupUpdate: okErrorSchema });

function describeIssue(issue: { message: string; path?: readonly PropertyKey[] } | undefined): string {
  return issue ? issue.message : "invalid";
}

/** A Relay connection as the page schemas parse it. */
interface Connection<T> {
  totalCount?: number | null | undefined;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: ({ node: T | null } | null)[];
}

function toPage<T>(connection: Connection<T>): Page<T> {
  const nodes: T[] = [];
  for (const edge of connection.edges) if (edge?.node) nodes.push(edge.node);
  return { nodes, totalCount: connection.totalCount ?? null, pageInfo: connection.pageInfo };
}
