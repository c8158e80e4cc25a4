export { packageHashV1, packageHashV1OfFiles, packageHashV1OfZip, packageHashZip } from "./package-hash";
export { installProvider, currentPlatform, cliConfigText, providersInMirror, writeCliConfig, type InstallProviderOptions, type InstalledProvider, type CliConfigOptions } from "./install";
export { cliConfigDir, cliConfigFile, cliConfigOverride, cliConfigPluginsDir, roamingAppDataDir, localAppDataDir, terraformDirLabels, unknownCliConfigDirReason, accountHome, type TerraformDirsContext, type FoundDir } from "./terraform-dirs";
// Building executables and releases (sea.ts, node-runtime.ts, release.ts, signature.ts) is imported by path:
// it loads tar, yazl and postject, which a provider's own bundle must not carry.
