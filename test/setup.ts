// Runs before every test file. cdktf's matchers are set up by the construct tests that use them
// (test/helpers/cdktf-matchers.ts), so other files do not load the CDK core. The per-file CPU log
// (C1TG_SUITE_CPU_LOG) is the test environment's: test/helpers/cpu-environment.js.
export {};
