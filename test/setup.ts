// Registers cdktf's jest matchers (toHaveResourceWithProperties, ...). Under the
// cdktn project the module alias makes this load cdktn's identical matchers.
import { Testing } from "cdktf";
import "cdktf/lib/testing/adapters/jest";

Testing.setupJest();

// Per-file CPU time for bench/suite-report.ts, only when asked for (C1TG_SUITE_CPU_LOG=<file>).
import { logFileCpu } from "./helpers/file-cpu";
logFileCpu(process.env.C1TG_SUITE_CPU_LOG);
