export { packageHashV1 } from "./package-hash";
export { installProvider, currentPlatform, cliConfigText, writeCliConfig, type InstallProviderOptions, type InstalledProvider, type CliConfigOptions } from "./install";
