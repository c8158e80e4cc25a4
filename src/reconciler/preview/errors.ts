import { CodedError } from "../../errors";

/** previewSync received options that cannot work (page size, time budget). */
export class PreviewOptionsError extends CodedError {
  readonly code = "PREVIEW_INVALID_OPTIONS";
  constructor(option: string, value: unknown, expected: string) {
    super(`${option} ${JSON.stringify(value)} is not usable: ${expected}. Pass a value in range`);
  }
}
