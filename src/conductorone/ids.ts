/**
 * ConductorOne ids, checked in ONE place for the CLI, the provider and the client's request
 * paths. The documented ids are KSUIDs (27 base62 characters, reference §2.4); that app and
 * connector ids are too is UNVERIFIED, so the rule is wider but safe as a path segment: 1 to
 * 128 of letters, digits, "_", "-", "." and "~", starting with a letter or digit — so "." and
 * "..", a leading dot, "/", "%" and anything that could rewrite a path are refused.
 * Dependency-free: the provider's schema validators import it at start-up.
 */
export const C1_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,127}$/;

/** What an id must look like, for messages (never repeats the value: an id field may hold a pasted secret). */
export const C1_ID_RULE = 'a ConductorOne id: 1 to 128 letters, digits, "_", "-", "." or "~", starting with a letter or digit';

export function isC1Id(value: string): boolean {
  return C1_ID_PATTERN.test(value);
}

/** The problem with `value` as the id named `name` (the value is not repeated), or undefined. */
export function c1IdProblem(name: string, value: string): string | undefined {
  return isC1Id(value) ? undefined : `${name} must be ${C1_ID_RULE} (the value is not shown)`;
}

/** An id as one URL path segment; throws a TypeError (a programming error: ids are validated at the boundary) otherwise. */
export function idSegment(id: string): string {
  if (!isC1Id(id)) throw new TypeError(`an id in a ConductorOne API path is not ${C1_ID_RULE}`);
  return encodeURIComponent(id);
}
