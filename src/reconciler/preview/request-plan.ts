import type { PacingLimits } from "../../twingate/pacer";

/**
 * How many requests a preview needs when one request carries several connection pages
 * (aliased root fields). A connection's pages form a chain (page n+1 needs page n's opaque
 * cursor), so different chains can share a request but one chain advances one page per request.
 * Each request carries: the next users page, the next groups page (every group embedding its
 * first member page), and at most MEMBER_PAGES_PER_REQUEST continuation pages of member lists.
 *
 * The bound (valid for any schedule under these rules). Write P_U = ceil(U/p), P_G = ceil(G/p)
 * (an empty list still costs a page), i_g = the groups page holding group g (1-based: it cannot
 * arrive before request i_g), c_g = ceil(m_g/p) − 1 its continuation pages, K the per-request cap:
 *
 *   R ≥ P_U,  R ≥ P_G,
 *   R ≥ j + h + ceil( Σ_{g: i_g ≥ j} max(0, c_g − h) / K )   for every j ≥ 1, h ≥ 0 with a non-zero sum.
 *
 * Why the last one holds: continuation pages of groups on groups page ≥ j cannot start before
 * request j+1; in the h requests j+1..j+h each such chain advances at most h pages; what is left
 * needs at least ceil(rest/K) more requests of K pages. h = c_g − 1 for one group gives the chain
 * length i_g + c_g; h = 0, j = 1 gives the capacity bound 1 + ceil(C/K).
 */

/**
 * Continuation member pages one request may carry. Node budget of one request at p = 100: 100
 * users + 100 groups with their first 100 members (10 000 nodes, the price of knowing every
 * group's size in the groups chain) + K × 100 continuation members = 1 200 nodes on top of the
 * embedded member pages, about the size of one groups page; responses stay a few hundred KB.
 */
export const MEMBER_PAGES_PER_REQUEST = 10;

export interface MemberList {
  /** Position of the group in the groups connection, 0-based. */
  index: number;
  members: number;
}

export interface RequestPlanInput {
  pageSize: number;
  users: number;
  groups: number;
  /** Member counts of groups by position; groups with at most one page of members may be left out. */
  memberLists: Iterable<MemberList>;
  /** Continuation pages per request; default MEMBER_PAGES_PER_REQUEST. */
  memberPagesPerRequest?: number;
}

export function pagesFor(items: number, pageSize: number): number {
  return Math.max(1, Math.ceil(items / pageSize));
}

export function extraMemberPagesFor(members: number, pageSize: number): number {
  return Math.max(0, Math.ceil(members / pageSize) - 1);
}

/** The groups page (1-based) that holds the group at `index`. */
export function groupsPageOf(index: number, pageSize: number): number {
  return Math.floor(index / pageSize) + 1;
}

/** Continuation chains as (groups page, pages) pairs: the only input the bound needs. */
export interface MemberChain {
  page: number;
  pages: number;
}

export function chainsOf(lists: Iterable<MemberList>, pageSize: number): MemberChain[] {
  const out: MemberChain[] = [];
  for (const l of lists) {
    const pages = extraMemberPagesFor(l.members, pageSize);
    if (pages > 0) out.push({ page: groupsPageOf(l.index, pageSize), pages });
  }
  return out;
}

/** max over j, h of j + h + ceil(Σ_{page ≥ j} max(0, pages − h) / K); 0 without chains. */
export function chainBound(chains: readonly MemberChain[], perRequest: number): number {
  if (chains.length === 0) return 0;
  const sorted = [...chains].sort((a, b) => b.page - a.page);
  const longest = Math.max(...sorted.map((c) => c.pages));
  let best = 0;
  for (let h = 0; h < longest; h++) {
    let rest = 0;
    // Walk groups pages from the last one down: `rest` is the sum over chains released at page ≥ j.
    for (let k = 0; k < sorted.length; ) {
      const j = sorted[k]!.page;
      for (; k < sorted.length && sorted[k]!.page === j; k++) rest += Math.max(0, sorted[k]!.pages - h);
      if (rest > 0) best = Math.max(best, j + h + Math.ceil(rest / perRequest));
    }
  }
  return best;
}

/**
 * Requests the member chains need under the preview's own rule (MemberQueue): each request
 * advances the K released chains with the most pages left. chainBound alone is not always
 * reached: chains released late can leave slots of earlier requests idle (K = 2, chains of
 * 2 pages on groups page 1 and 4 + 5 + 1 pages on page 2: the bound says 7, no schedule does
 * better than 8). Longest-first met the exhaustive optimum on every small instance tried (see
 * test/reconciler/preview-batching-edges.test.ts), and it is never below chainBound.
 */
export function memberScheduleLength(chains: readonly MemberChain[], perRequest: number): number {
  const byPage = [...chains].sort((a, b) => a.page - b.page);
  const pending: number[] = [];
  let request = 0;
  let next = 0;
  while (next < byPage.length || pending.length > 0) {
    // Nothing to carry until the next chain's groups page arrives.
    if (pending.length === 0) request = Math.max(request, byPage[next]!.page);
    else {
      request++;
      pending.sort((a, b) => b - a);
      const n = Math.min(perRequest, pending.length);
      for (let i = 0; i < n; i++) pending[i]!--;
      for (let i = pending.length - 1; i >= 0; i--) if (pending[i] === 0) pending.splice(i, 1);
    }
    for (; next < byPage.length && byPage[next]!.page <= request; next++) pending.push(byPage[next]!.pages);
  }
  return request;
}

export function requestLowerBound(input: RequestPlanInput): number {
  const perRequest = input.memberPagesPerRequest ?? MEMBER_PAGES_PER_REQUEST;
  const chains = chainsOf(input.memberLists, input.pageSize);
  return Math.max(
    pagesFor(input.users, input.pageSize),
    pagesFor(input.groups, input.pageSize),
    chainBound(chains, perRequest),
    memberScheduleLength(chains, perRequest),
  );
}

/** Milliseconds that `requests` more reads take: the paced rate, or the observed one when slower. */
export function durationFor(requests: number, pacing: PacingLimits, observedMsPerRequest: number): number {
  const pacedMsPerRequest = pacing.windowMs / pacing.reads;
  return Math.ceil(requests * Math.max(pacedMsPerRequest, observedMsPerRequest));
}
