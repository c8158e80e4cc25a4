// Two projects: every test on the cdktf core, and the construct tests again on
// cdktn (CDK Terrain) through a module alias, so both cores stay supported.
const swc = ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }];
const common = {
  // jest's node environment, plus the per-file CPU log when C1TG_SUITE_CPU_LOG is set (bench/suite-report.ts).
  testEnvironment: "<rootDir>/test/helpers/cpu-environment.js",
  transform: { "^.+\\.(t|j)sx?$": swc },
  moduleFileExtensions: ["ts", "js", "json"],
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
};
module.exports = {
  globalSetup: "<rootDir>/test/global-setup.js",
  // Many tests start child processes and servers: jest's 5 s default fails them on a loaded
  // machine. A test that needs longer still sets its own; none asserts a duration. A global
  // option: jest-circus reads it from the global config only (set inside `projects` it was
  // silently ignored, and every test without its own timeout had 5 s).
  testTimeout: 60_000,
  // jest's default is one worker per core minus one: ONE on the 2-core machines this project is
  // built and checked on, which runs the suite file after file. The files wait on child processes
  // (terraform, providers, npm, the CLI) and the network (npm), so more workers than cores overlap
  // those waits: with 3 the two cores were ~1.7 busy on average, with 4 ~1.9 (per-file CPU:
  // bench/suite-report.ts). What the files share is safe to share (bench/suite-duration.md says
  // what and why). A number, not a share of the cores: measured on 2 cores; a bigger machine may
  // pass --maxWorkers.
  maxWorkers: 4,
  // After the last file, jest gives each worker 500 ms to exit, then kills it and warns "A worker
  // process has failed to exit gracefully". Nothing was left open (C1TG_SUITE_HANDLE_LOG): a
  // worker of ~300 MB RSS took 380-510 ms from its 'exit' event to its end (Node tearing down its
  // heap), four at once on 2 cores, exit code 0. A real leak still shows, after 5 s.
  workerGracefulExitTimeout: 5_000,
  // Longest files first, also with no timing cache (a fresh clone): test/sequencer.js.
  testSequencer: "<rootDir>/test/sequencer.js",
  projects: [
    {
      ...common,
      displayName: "cdktf",
      testMatch: ["<rootDir>/test/**/*.test.ts"],
    },
    {
      ...common,
      displayName: "cdktn",
      testMatch: ["<rootDir>/test/constructs/**/*.test.ts"],
      // bindings-generated.test.ts reads the cdktf package from disk and runs the generator in a
      // child process on purpose (scripts/bindings/override-modifiers.ts), so the alias never
      // reaches it: a second run would repeat the same work byte for byte and prove nothing about cdktn.
      testPathIgnorePatterns: ["\\.e2e\\.test\\.ts$", "/test/constructs/bindings-generated\\.test\\.ts$"],
      moduleNameMapper: { "^cdktf$": "cdktn", "^cdktf/(.*)$": "cdktn/$1" },
    },
  ],
};
