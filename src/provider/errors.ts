import { CodedError } from "../errors";
import type { ProviderForm } from "./install";

/** The provider bundle is not where `c1-twingate provider install` looks for it. */
export class ProviderBundleNotFoundError extends CodedError {
  readonly code = "C1TG_PROVIDER_BUNDLE_MISSING";
  constructor(readonly searched: readonly string[]) {
    super(
      `the provider bundle was not found (looked in ${searched.join(", ")}). ` +
        "Build it with `npm run build` (it writes dist/terraform-provider-c1twingate next to dist/cli.js), or pass --bundle <file>",
    );
  }
}

/** A file given as the provider bundle (--bundle) that is not one. */
export class ProviderBundleInvalidError extends CodedError {
  readonly code = "C1TG_PROVIDER_BUNDLE_INVALID";
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file} is not a c1twingate provider bundle: ${reason}. Pass dist/terraform-provider-c1twingate as \`npm run build\` writes it (or leave out --bundle to use the one next to the CLI)`);
  }
}

/** A provider setting whose value is not known when the provider is configured. */
export class UnknownProviderSettingError extends CodedError {
  readonly code = "C1TG_PROVIDER_SETTING_UNKNOWN";
  constructor(readonly attribute: string) {
    super(`provider "c1twingate" ${attribute} is not known until apply. Set it from values known at plan time (variables, literals), not from resource attributes`);
  }
}

/** The script form asked for a platform it cannot run on. */
export class ScriptFormPlatformError extends CodedError {
  readonly code = "C1TG_SCRIPT_FORM_PLATFORM";
  constructor(readonly platform: string) {
    super(`the script form of the provider (#!/usr/bin/env node) does not run on ${platform}: Terraform on Windows starts only .exe files. Install the executable form for ${platform} instead (leave out --script)`);
  }
}

/** The executable form asked for on a Linux host it cannot run on (musl, or a glibc too old). */
export class ExecutableHostLibcError extends CodedError {
  readonly code = "C1TG_EXECUTABLE_HOST_LIBC";
  constructor(
    readonly found: string,
    readonly requirement: string,
  ) {
    super(
      `the executable form of the provider cannot be built or run on this host: its C library is ${found}, and building runs, and the linux executables are, the official Node.js glibc builds, which need ${requirement}. ` +
        "For terraform on this host, install the script form instead: c1-twingate provider install --script (it runs with this host's node >= 20; on Alpine: apk add nodejs), or run Terraform in a glibc-based image (Debian, Ubuntu, UBI) and install the executable there. " +
        "To make executables for other machines (a release with provider package, or vendoring for HCP Terraform's workers with provider install --platform … --packed), run that on a glibc-based host, e.g. a CI job on a Debian or Ubuntu image",
    );
  }
}

/** `provider package` into an --out whose release already holds packages of this version in the other form. */
export class PackageFormMixError extends CodedError {
  readonly code = "C1TG_PACKAGE_FORM_MIXED";
  constructor(
    readonly form: ProviderForm,
    readonly version: string,
    readonly earlier: readonly { platform: string; file: string; form: ProviderForm }[],
  ) {
    const other = form === "script" ? "executable" : "script";
    const one = earlier.length === 1;
    const platforms = earlier.map((e) => e.platform);
    // The script form does not run on Windows: a Windows zip can only be removed, not replaced by it.
    const replaceable = form === "script" ? platforms.filter((p) => !p.startsWith("windows_")) : platforms;
    const stuck = earlier.filter((e) => !replaceable.includes(e.platform));
    const replace =
      stuck.length === 0
        ? `, or add ${replaceable.map((p) => `--platform ${p}`).join(" ")} to this run to replace ${one ? "it" : "them"} with the ${form} form`
        : replaceable.length > 0
          ? `, or remove ${stuck.map((e) => e.file).join(", ")} (the script form does not run on Windows) and add ${replaceable.map((p) => `--platform ${p}`).join(" ")} to this run to replace ${replaceable.length === 1 ? "the other" : "the others"} with the script form`
          : ` (the script form does not run on Windows, so it cannot replace ${one ? "it" : "them"})`;
    super(
      `this --out already holds v${version} of ${platforms.join(", ")} as the ${other} form (an earlier run's: ${earlier.map((e) => e.file).join(", ")}), and this run packages the ${form} form: ` +
        "merged, SHA256SUMS, the manifest and the mirror's version file would list both forms, and each runner would get whichever its platform has. " +
        `Package the ${form} form into another --out (each form gets its own: "Building what you publish" in docs/pipelines.md), or remove ${one ? "that zip" : "those zips"} from release/ first` +
        replace,
    );
  }
}
