import type { GroupTally } from "./tally";

/** A group whose member list continues: the next page starts after `after`. */
export interface PendingMembers {
  group: GroupTally;
  after: string;
  /** Order of arrival, to break ties (earlier groups first). */
  seq: number;
}

/**
 * Member-list chains waiting for their next page. Each request takes the K chains with the most
 * pages left (known from totalCount): the longest chain decides how many requests the run needs,
 * so it must never wait behind short ones (highest-level-first, as in Hu's scheduling rule).
 */
export class MemberQueue {
  readonly #pending: PendingMembers[] = [];
  #seq = 0;
  readonly #pageSize: number;

  constructor(pageSize: number) {
    this.#pageSize = pageSize;
  }

  get size(): number {
    return this.#pending.length;
  }

  push(group: GroupTally, after: string): void {
    this.#pending.push({ group, after, seq: this.#seq++ });
  }

  /** Pages this chain still needs, at least one (it is pending because hasNextPage was true). */
  pagesLeft(p: PendingMembers): number {
    const reported = p.group.reported ?? 0;
    return Math.max(1, Math.ceil((reported - p.group.members) / this.#pageSize));
  }

  /** Σ pages left over all pending chains. */
  totalPagesLeft(): number {
    let sum = 0;
    for (const p of this.#pending) sum += this.pagesLeft(p);
    return sum;
  }

  /** The longest pending chain, in pages. */
  longest(): number {
    let max = 0;
    for (const p of this.#pending) max = Math.max(max, this.pagesLeft(p));
    return max;
  }

  /** Remove and return up to `k` chains, longest first. */
  take(k: number): PendingMembers[] {
    this.#pending.sort((a, b) => this.pagesLeft(b) - this.pagesLeft(a) || a.seq - b.seq);
    return this.#pending.splice(0, k);
  }

  /** Groups still in flight (for partial results). */
  groups(): GroupTally[] {
    return this.#pending.map((p) => p.group);
  }
}
