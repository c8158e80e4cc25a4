/**
 * A plugin outlives nobody: started the way go-plugin starts it (exec of the executable file by a
 * parent that holds its stdout/stderr pipes), the bundled fixture provider exits when the parent
 * is killed with SIGKILL, and when the parent closes the pipes (its next log line then fails with
 * EPIPE, which used to loop at full CPU). Asserts that the process ends, never how fast.
 */
import { credentials, makeClientConstructor, Metadata, type Client } from "@grpc/grpc-js";
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { protocolClientDefinitions } from "./protocol-client";
import { MAGIC_COOKIE_VALUE } from "../../../src/tfplugin/server/handshake";
import { ended, isRunning } from "../../helpers/processes";
import { buildProviderBundle } from "../../helpers/terraform";

jest.setTimeout(180_000);

let dir: string;
let bundle: string;
const parents: ChildProcess[] = [];
const plugins: number[] = [];

// The parent: go-plugin's part. Starts the plugin, reports its pid and handshake line, optionally closes the pipes, then idles.
const PARENT = `
const { spawn } = require("node:child_process");
const [bundle, mode] = process.argv.slice(2);
const child = spawn(bundle, [], {
  env: { PATH: process.env.PATH, TF_PLUGIN_MAGIC_COOKIE: process.env.COOKIE, PLUGIN_PROTOCOL_VERSIONS: "6", TF_LOG_PROVIDER: "trace" },
  stdio: ["ignore", "pipe", "pipe"],
});
let out = "";
child.stderr.on("data", () => undefined);
child.stdout.on("data", (d) => {
  out += d;
  const nl = out.indexOf("\\n");
  if (nl < 0 || out === null) return;
  const line = out.slice(0, nl);
  out = null;
  if (mode === "close-pipes") {
    child.stdout.destroy();
    child.stderr.destroy();
  }
  process.stdout.write(JSON.stringify({ pid: child.pid, line }) + "\\n");
});
setInterval(() => undefined, 60000);
`;

/** Starts a parent; resolves with the plugin's pid and address once the handshake is through. */
async function startParent(mode: "keep-pipes" | "close-pipes"): Promise<{ parent: ChildProcess; pid: number; address: string }> {
  const parent = spawn(process.execPath, [join(dir, "parent.js"), bundle, mode], { env: { PATH: process.env.PATH, COOKIE: MAGIC_COOKIE_VALUE }, stdio: ["ignore", "pipe", "inherit"] });
  parents.push(parent);
  const report = await new Promise<{ pid: number; line: string }>((resolve, reject) => {
    let out = "";
    parent.stdout?.on("data", (d: Buffer) => {
      out += d.toString();
      const nl = out.indexOf("\n");
      if (nl >= 0) resolve(JSON.parse(out.slice(0, nl)) as { pid: number; line: string });
    });
    parent.on("exit", (code) => reject(new Error(`the parent exited ${code} before the plugin's handshake`)));
  });
  plugins.push(report.pid);
  const [, , network, address] = report.line.split("|");
  return { parent, pid: report.pid, address: network === "unix" ? `unix://${address}` : `${address}` };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "tfplugin-lifeline-"));
  writeFileSync(join(dir, "parent.js"), PARENT);
  bundle = buildProviderBundle(join(__dirname, "../fixtures/example-main.ts"), join(dir, "terraform-provider-example")).file;
});

afterAll(() => {
  for (const p of parents) if (p.exitCode === null && p.signalCode === null) p.kill("SIGKILL");
  // A failed case leaves its plugin behind (that is the bug): end it here.
  for (const pid of plugins) if (isRunning(pid)) process.kill(pid, "SIGKILL");
  rmSync(dir, { recursive: true, force: true });
});

describe("the plugin process ends with Terraform", () => {
  it("exits when its parent is killed with SIGKILL (no Shutdown ever comes)", async () => {
    const { parent, pid } = await startParent("keep-pipes");
    expect(isRunning(pid)).toBe(true);
    parent.kill("SIGKILL");
    await ended(pid);
    expect(isRunning(pid)).toBe(false);
  });

  it("exits when its stdout and stderr lose their reader, instead of looping on EPIPE", async () => {
    const { parent, pid, address } = await startParent("close-pipes");
    // Make it log (TF_LOG_PROVIDER=trace logs every RPC): the write fails with EPIPE.
    const Provider = makeClientConstructor(protocolClientDefinitions().provider, "Provider");
    const client: Client = new Provider(address, credentials.createInsecure());
    try {
      await new Promise<void>((resolve) => {
        (client as unknown as Record<string, (req: object, md: Metadata, cb: () => void) => void>).GetProviderSchema?.call(client, {}, new Metadata(), () => resolve());
      });
      await ended(pid);
      expect(isRunning(pid)).toBe(false);
      expect(parent.exitCode).toBeNull(); // the parent is alive: the pipes alone ended the plugin
    } finally {
      client.close();
    }
  });
});
