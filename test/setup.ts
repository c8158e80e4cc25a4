// Runs before every test file. cdktf's matchers are set up by the construct tests that use them
// (test/helpers/cdktf-matchers.ts), so other files do not load the CDK core.

// Per-file CPU time for bench/suite-report.ts, only when asked for (C1TG_SUITE_CPU_LOG=<file>).
import { logFileCpu } from "./helpers/file-cpu";
logFileCpu(process.env.C1TG_SUITE_CPU_LOG);
