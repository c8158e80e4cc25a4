import { CodedError } from "../../errors";

/** Building a provider executable or release artifact failed (runtime download, blob, injection, archive). */
export class ProviderBuildError extends CodedError {
  readonly code = "TFPLUGIN_BUILD";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Signing a release's SHA256SUMS failed (gpg missing, key unknown, passphrase wrong). */
export class ReleaseSigningError extends CodedError {
  readonly code = "TFPLUGIN_SIGN";
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/**
 * The cache of Node runtimes and built executables is in a directory someone else could write: a
 * runtime or executable cached there could be replaced between its check and its use, so nothing
 * is read from it or written to it.
 */
export class CacheNotPrivateError extends CodedError {
  readonly code = "TFPLUGIN_CACHE_NOT_PRIVATE";
  constructor(
    readonly directory: string,
    problem: { reason: string; fix: string },
  ) {
    super(
      `the cache directory ${directory} is not private: ${problem.reason}. A Node runtime or provider executable cached there could be replaced before it is used. ${problem.fix}`,
    );
  }
}

/**
 * A directory a build writes what it publishes or caches into (`--out`, TMPDIR) is one someone
 * else could write: what is made there could be changed before it is signed, published or cached.
 */
export class PlaceNotPrivateError extends CodedError {
  readonly code = "TFPLUGIN_PLACE_NOT_PRIVATE";
  constructor(
    readonly what: string,
    readonly directory: string,
    problem: { reason: string; fix: string },
    consequence: string,
  ) {
    super(`${what} ${directory} is not private: ${problem.reason}. ${consequence}. ${problem.fix}`);
  }
}

/**
 * A path given with `..` after a symbolic link someone else controls (theirs, or in a directory
 * they may write or own): where it leads is theirs to choose, and the path it resolves to holds
 * no trace of the link for a later check to see (absolute-path.ts).
 */
export class PathThroughLinkError extends CodedError {
  readonly code = "TFPLUGIN_PATH_THROUGH_LINK";
  constructor(
    readonly path: string,
    readonly link: string,
    /** "foreign": someone else made it or could re-point it; "nowhere": it dangles or loops, so the OS would refuse the path. */
    readonly why: "foreign" | "nowhere",
  ) {
    super(
      why === "foreign"
        ? `the path ${path} goes through ${link}, a symbolic link someone else made or could re-point, and then "..": where it leads would be their choice. Give the path without that link (the directory it should name, by its real path)`
        : `the path ${path} goes through ${link}, a symbolic link that leads nowhere (its target is missing, or links loop), and then "..": the system would refuse that path. Give the path without that link (the directory it should name, by its real path)`,
    );
  }
}
