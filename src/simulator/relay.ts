/**
 * Relay conventions of the Twingate API (graphene style): global IDs are
 * base64("Type:n"), cursors are base64("arrayconnection:offset").
 */

export type NodeType = "User" | "Group";

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const GLOBAL_ID = /^([A-Za-z][A-Za-z0-9]*):([0-9]{1,15})$/;
const CURSOR = /^arrayconnection:([0-9]{1,15})$/;

export function toGlobalId(type: NodeType, n: number): string {
  return Buffer.from(`${type}:${n}`, "utf8").toString("base64");
}

export interface ParsedGlobalId {
  type: string;
  n: number;
}

/** undefined when the text is not base64 of "Type:n" (graphene: "Unable to parse global ID"). */
export function parseGlobalId(id: string): ParsedGlobalId | undefined {
  if (!BASE64.test(id)) return undefined;
  const match = GLOBAL_ID.exec(Buffer.from(id, "base64").toString("utf8"));
  if (!match?.[1] || match[2] === undefined) return undefined;
  return { type: match[1], n: Number(match[2]) };
}

export function offsetToCursor(offset: number): string {
  return Buffer.from(`arrayconnection:${offset}`, "utf8").toString("base64");
}

/** undefined for anything that is not a cursor we issued; callers then ignore it. */
export function cursorToOffset(cursor: string): number | undefined {
  if (!BASE64.test(cursor)) return undefined;
  const match = CURSOR.exec(Buffer.from(cursor, "base64").toString("utf8"));
  return match?.[1] === undefined ? undefined : Number(match[1]);
}

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * Page size when a query gives neither `first` nor `last`. UNVERIFIED: 50 is the reference's
 * best evidence (Twingate-CLI issue #7, "only … 50 resources", twingate-api.md §3 "Page size").
 */
export const DEFAULT_PAGE_SIZE = 50;
/** Largest `first`/`last` accepted: 100 is the most any public client sends (twingate-api.md §3). */
export const MAX_PAGE_SIZE = 100;

export interface PageLimits {
  defaultPageSize: number;
  maxPageSize: number;
}

export interface PageWindow {
  start: number;
  end: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** A page argument the server refuses; becomes a GraphQL error at the field. */
export class PageArgumentError extends Error {}

/**
 * Which slice [start, end) of a list of `total` items a page request selects.
 * Invalid cursors are ignored (real clients send "0" or "<nil>" on page one).
 * `first` defaults to defaultPageSize when neither first nor last is given.
 */
export function pageWindow(total: number, args: PageArgs, limits: PageLimits): PageWindow {
  checkCount("first", args.first, limits.maxPageSize);
  checkCount("last", args.last, limits.maxPageSize);
  const afterOffset = args.after == null ? undefined : cursorToOffset(args.after);
  const beforeOffset = args.before == null ? undefined : cursorToOffset(args.before);

  let start = afterOffset === undefined ? 0 : Math.min(afterOffset + 1, total);
  let end = beforeOffset === undefined ? total : Math.max(Math.min(beforeOffset, total), start);
  let first = args.first ?? undefined;
  const last = args.last ?? undefined;
  if (first === undefined && last === undefined) first = limits.defaultPageSize;
  if (first !== undefined) end = Math.min(end, start + first);
  if (last !== undefined) start = Math.max(start, end - last);
  // Honest flags in both directions: clients loop on hasNextPage.
  return { start, end, hasNextPage: end < total, hasPreviousPage: start > 0 };
}

function checkCount(name: string, value: number | null | undefined, max: number): void {
  if (value == null) return;
  if (value < 0) throw new PageArgumentError(`${name} must be a non-negative integer, got ${value}`);
  if (value > max) throw new PageArgumentError(`${name} must be at most ${max}`);
}

export interface Connection<T> {
  edges: Array<{ node: T; cursor: string }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  totalCount: number;
}

/** Builds a connection over `total` items; `nodeAt(i)` is called only for the page. */
export function connection<T>(total: number, args: PageArgs, limits: PageLimits, nodeAt: (i: number) => T): Connection<T> {
  const w = pageWindow(total, args, limits);
  const edges: Array<{ node: T; cursor: string }> = [];
  for (let i = w.start; i < w.end; i++) edges.push({ node: nodeAt(i), cursor: offsetToCursor(i) });
  return {
    edges,
    pageInfo: {
      hasNextPage: w.hasNextPage,
      hasPreviousPage: w.hasPreviousPage,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    totalCount: total,
  };
}
