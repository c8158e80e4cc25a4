// What a user is told when the provider runs without its code cache because the cache's place is
// not private (load-engine.ts CodeCachePlace): in the provider's log (a warning, at every start)
// and by `c1-twingate provider install`. Without it every provider process compiles the provider
// from source and makes a new TLS key, and nothing else would say why plans got slower.
// Imports no code (serve.ts, a lazy module of its own, uses it): the place's type only.
import type { CodeCachePlace } from "./load-engine";

/** What a refused place's message tells the user to do, besides the place's own fix. */
export const CODE_CACHE_PLACE_FIX = "Set C1TG_CODE_CACHE_DIR to a directory only you can write (made 0700 if missing)";

type Refused = Extract<CodeCachePlace, { refused: string }>;

/** The one-line summary: what is off and what it costs. */
export const CODE_CACHE_OFF = "the provider's code cache is off: each of its processes compiles its code from source and makes a new TLS key (tens of ms more per plan)";

/** The place, why it was refused, and how to fix it (the place's own fix, if any, then the general one). */
export function codeCacheRefusal(place: Refused): { place: string; reason: string; fix: string } {
  const { reason, fix } = place.problem;
  return { place: place.refused, reason, fix: fix === "" ? CODE_CACHE_PLACE_FIX : `${fix}, or ${CODE_CACHE_PLACE_FIX.charAt(0).toLowerCase()}${CODE_CACHE_PLACE_FIX.slice(1)}` };
}

/** The same as one sentence, for text output. */
export function codeCacheRefusalText(place: Refused): string {
  const { place: where, reason, fix } = codeCacheRefusal(place);
  return `${CODE_CACHE_OFF}. Its place, ${where}, is not private: ${reason}. ${fix}.`;
}
