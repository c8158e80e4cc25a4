// Builds dist/ (CLI and provider bundles) once before any test, so suites that
// spawn `c1-twingate` or hand the provider to terraform run the current code.
const { execFileSync } = require("node:child_process");
const path = require("node:path");

module.exports = async function globalSetup() {
  execFileSync(process.execPath, [path.join(__dirname, "..", "scripts", "build.mjs")], { stdio: "inherit" });
  // The V8 code caches of the CLI and providers the tests start without a HOME of their own go
  // here (inherited by the test workers), not into the real HOME: tests never write there.
  if (process.env.C1TG_CODE_CACHE_DIR === undefined) process.env.C1TG_CODE_CACHE_DIR = path.join(__dirname, "..", ".cache", "test-v8");
};
