import type { PacingLimits } from "../../twingate/pacer";

/**
 * How many requests a preview needs. One request per users page, one per groups page (each
 * carrying its groups' first member page), and one per further member page of a big group:
 *   ceil(U/p) + ceil(G/p) + Σ_g max(0, ceil(m_g/p) − 1), an empty list still costing one request.
 * No paging scheme of these connections does with fewer (each page needs the previous cursor).
 */

export interface RequestPlanInput {
  pageSize: number;
  users: number;
  groups: number;
  /** Σ_g max(0, ceil(m_g/p) − 1) over the groups counted. */
  extraMemberPages: number;
}

export function pagesFor(items: number, pageSize: number): number {
  return Math.max(1, Math.ceil(items / pageSize));
}

export function extraMemberPagesFor(members: number, pageSize: number): number {
  return Math.max(0, Math.ceil(members / pageSize) - 1);
}

export function requestLowerBound(input: RequestPlanInput): number {
  return pagesFor(input.users, input.pageSize) + pagesFor(input.groups, input.pageSize) + input.extraMemberPages;
}

export interface ProgressKnowledge {
  pageSize: number;
  usersTotal: number | null;
  usersSeen: number;
  groupsTotal: number | null;
  groupsSeen: number;
  /** Extra member pages of the groups already finished. */
  extraMemberPagesKnown: number;
}

/**
 * All requests a full run will need, from what is known so far: exact for users and groups once
 * their totalCount arrived, and for member pages extrapolated from the groups already read.
 * `exact` is false while no group has been read (the member pages are then a floor of zero).
 */
export function estimateTotalRequests(k: ProgressKnowledge): { requests: number; exact: boolean } {
  const users = k.usersTotal ?? k.usersSeen;
  const groups = k.groupsTotal ?? k.groupsSeen;
  const unseenGroups = Math.max(0, groups - k.groupsSeen);
  const perGroup = k.groupsSeen > 0 ? k.extraMemberPagesKnown / k.groupsSeen : 0;
  const extra = k.extraMemberPagesKnown + Math.ceil(perGroup * unseenGroups);
  return {
    requests: requestLowerBound({ pageSize: k.pageSize, users, groups, extraMemberPages: extra }),
    exact: unseenGroups === 0 && k.usersTotal !== null && k.groupsTotal !== null,
  };
}

/** Milliseconds that `requests` more reads take: the paced rate, or the observed one when slower. */
export function durationFor(requests: number, pacing: PacingLimits, observedMsPerRequest: number): number {
  const pacedMsPerRequest = pacing.windowMs / pacing.reads;
  return Math.ceil(requests * Math.max(pacedMsPerRequest, observedMsPerRequest));
}
