/**
 * Node's diagnostic report (`--report-on-fatalerror`, `--report-on-signal`,
 * `--report-uncaught-exception` in NODE_OPTIONS) is a JSON file, written into the current
 * directory by default, that holds the process's environment: where Terraform passes
 * `TF_VAR_api_key` to its providers and the CLI reads `TWINGATE_API_KEY`. An outside tester found
 * the key in one written into a configuration's directory. Reports leave the environment out
 * (`excludeEnv`, Node ≥ 22.13, the runtime of our executables) and the network (its sockets, and
 * reverse lookups that take seconds). A Node without `excludeEnv` (the script form under an older
 * node) cannot leave it out, so the reports NODE_OPTIONS asked for are turned off instead.
 * Reading `process.report` loads one small internal module of Node's (~0.3 ms).
 */

type Report = NodeJS.ProcessReport & { excludeEnv?: boolean; excludeNetwork?: boolean };

// Terse: it is part of the provider's bootstrap, whose size test/provider/startup-code.test.ts caps.
export function keepEnvironmentOutOfReports(report: Report = process.report): void {
  // excludeNetwork came with Node 22.0, before excludeEnv (22.13).
  if ("excludeEnv" in report) report.excludeEnv = report.excludeNetwork = true;
  else report.reportOnFatalError = report.reportOnSignal = report.reportOnUncaughtException = false;
}
