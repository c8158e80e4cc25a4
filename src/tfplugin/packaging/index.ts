export { packageHashV1, packageHashV1OfFiles, packageHashZip } from "./package-hash";
export { installProvider, currentPlatform, cliConfigText, providersInMirror, writeCliConfig, type InstallProviderOptions, type InstalledProvider, type CliConfigOptions } from "./install";
// Building executables and releases (sea.ts, node-runtime.ts, release.ts, signature.ts) is imported by path:
// it loads tar, yazl and postject, which a provider's own bundle must not carry.
