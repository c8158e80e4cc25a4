// Builds dist/ (CLI and provider bundles) once before any test, so suites that
// spawn `c1-twingate` or hand the provider to terraform run the current code.
const { execFileSync } = require("node:child_process");
const path = require("node:path");

module.exports = async function globalSetup() {
  execFileSync(process.execPath, [path.join(__dirname, "..", "scripts", "build.mjs")], { stdio: "inherit" });
  // The suite starts thousands of Node processes (the CLI, providers under terraform, cdktf, npm);
  // with NODE_EXTRA_CA_CERTS set (some CI images and VMs set it to the system's CA bundle) each
  // one parses that bundle before anything else, ~60 ms of CPU per start on the project's 2-core
  // machine (bench/suite-duration.md). The tests' servers are on loopback with CAs they hand over
  // explicitly; only npm reaches outside (the consumer projects, whose environment never had it,
  // and the Node runtime download), and npm takes a CA bundle from its own config (`cafile`).
  // Set here, before jest starts its workers, so they and every process they start go without.
  delete process.env.NODE_EXTRA_CA_CERTS;
};
