/**
 * Relay connection paging: ask for a page, follow `endCursor` while `hasNextPage`, and stop
 * with an error (not an endless loop) if the server hands back a cursor already used.
 */

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 100;

export interface PageInfo {
  hasNextPage: boolean;
  endCursor: string | null;
}

export interface Page<T> {
  nodes: T[];
  /** Total items in the connection when the server reports it. */
  totalCount: number | null;
  pageInfo: PageInfo;
}

/** Check a caller's page size: an integer in 1..100 (100 is the largest size known to work). */
export function checkPageSize(pageSize: number | undefined): number {
  const size = pageSize ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE) {
    throw new RangeError(`page size must be an integer from 1 to ${MAX_PAGE_SIZE}, got ${size}`);
  }
  return size;
}

export async function* paginate<T>(
  fetchPage: (after: string | null) => Promise<Page<T>>,
  onStuck: (cursor: string | null, reason: "stuck-cursor" | "empty-page") => Error,
): AsyncGenerator<Page<T>, void, undefined> {
  const seen = new Set<string>();
  let after: string | null = null;
  for (;;) {
    const page = await fetchPage(after);
    yield page;
    if (!page.pageInfo.hasNextPage) return;
    const next = page.pageInfo.endCursor;
    if (next === null || next === after || seen.has(next)) throw onStuck(next, "stuck-cursor");
    // "More pages" after an empty one would page forever through nothing.
    if (page.nodes.length === 0) throw onStuck(next, "empty-page");
    seen.add(next);
    after = next;
  }
}

/** Flatten pages into their nodes. */
export async function* nodesOf<T>(pages: AsyncIterable<Page<T>>): AsyncGenerator<T, void, undefined> {
  for await (const page of pages) yield* page.nodes;
}
