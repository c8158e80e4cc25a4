// Builds dist/ (CLI and provider bundles) once before any test, so suites that
// spawn `c1-twingate` or hand the provider to terraform run the current code.
const { execFileSync } = require("node:child_process");
const path = require("node:path");

module.exports = async function globalSetup() {
  execFileSync(process.execPath, [path.join(__dirname, "..", "scripts", "build.mjs")], { stdio: "inherit" });
};
