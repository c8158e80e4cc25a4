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
