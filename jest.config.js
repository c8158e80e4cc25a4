// Two projects: every test on the cdktf core, and the construct tests again on
// cdktn (CDK Terrain) through a module alias, so both cores stay supported.
const swc = ["@swc/jest", { jsc: { parser: { syntax: "typescript" }, target: "es2022" }, module: { type: "commonjs" } }];
const common = {
  testEnvironment: "node",
  transform: { "^.+\\.(t|j)sx?$": swc },
  moduleFileExtensions: ["ts", "js", "json"],
  setupFilesAfterEnv: ["<rootDir>/test/setup.ts"],
  // Many tests start child processes and servers: jest's 5 s default fails them on a loaded
  // machine. A test that needs longer still sets its own; none asserts a duration.
  testTimeout: 60_000,
};
module.exports = {
  globalSetup: "<rootDir>/test/global-setup.js",
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
      testPathIgnorePatterns: ["\\.e2e\\.test\\.ts$"],
      moduleNameMapper: { "^cdktf$": "cdktn", "^cdktf/(.*)$": "cdktn/$1" },
    },
  ],
};
