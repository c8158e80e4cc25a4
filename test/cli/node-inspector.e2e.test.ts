import { spawn } from "node:child_process";
import { connect, createServer, type AddressInfo } from "node:net";
import { once } from "node:events";
import { closeInheritedInspector, opensInspector } from "../../src/net/node-inspector";
import { generateSelfSignedCertificate } from "../../src/tfplugin";
import { MAGIC_COOKIE_VALUE } from "../../src/tfplugin/server/handshake";
import { startCliServer } from "../helpers/cli";
import { PROVIDER_BUNDLE } from "../provider/provider-bundle";

/**
 * NODE_OPTIONS=--inspect (Terraform passes NODE_OPTIONS on to providers) opens Node's inspector on
 * a TCP port any local user may connect to, unauthenticated, and run code that reads the API key.
 * The provider and the CLI close an inspector they inherited that way before they take a key; one
 * asked for on node's own command line is a developer's, and stays.
 */

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  server.close();
  await once(server, "close");
  return port;
}

/** Whether something accepts TCP connections on 127.0.0.1:port. */
function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

describe("an inspector opened by NODE_OPTIONS", () => {
  it("is closed by the provider before its handshake, and said in Terraform's log", async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [PROVIDER_BUNDLE], {
      env: {
        PATH: process.env.PATH,
        NODE_OPTIONS: `--inspect=127.0.0.1:${port}`,
        TF_LOG: "WARN",
        TF_PLUGIN_MAGIC_COOKIE: MAGIC_COOKIE_VALUE,
        PLUGIN_PROTOCOL_VERSIONS: "6",
        PLUGIN_CLIENT_CERT: generateSelfSignedCertificate().certPem,
        C1TG_CODE_CACHE_DIR: "off",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    try {
      await new Promise<void>((resolve, reject) => {
        child.stdout.on("data", (d: Buffer) => d.toString().includes("\n") && resolve());
        child.once("exit", (code) => reject(new Error(`exited ${code}: ${stderr}`)));
      });
      expect(stderr).toContain("Debugger listening on"); // Node did open it
      expect(await listening(port)).toBe(false);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(stderr).toMatch(/"@level":"warn".*closed Node's inspector \(ws:\/\/127\.0\.0\.1:\d+\/[^)]*\) that NODE_OPTIONS opened/);
    } finally {
      child.kill("SIGKILL");
    }
  });

  it("is closed by the CLI, which says so on stderr; one asked for on node's command line stays open", async () => {
    const port = await freePort();
    const inherited = await startCliServer(["simulator", "--port", "0"], { env: { NODE_OPTIONS: `--inspect=127.0.0.1:${port}` } });
    try {
      expect(await listening(port)).toBe(false);
      expect(inherited.output()).toMatch(/c1-twingate: closed Node's inspector \(ws:\/\/127\.0\.0\.1:\d+\/.*\) that NODE_OPTIONS opened/);
    } finally {
      await inherited.stop();
    }
    const asked = await startCliServer(["simulator", "--port", "0"], { nodeArgs: [`--inspect=127.0.0.1:${port}`] });
    try {
      expect(await listening(port)).toBe(true);
      expect(asked.output()).not.toContain("closed Node's inspector");
    } finally {
      await asked.stop();
    }
  });

  it("is recognised in NODE_OPTIONS by the flags that open it at start", () => {
    for (const options of ["--inspect", "--inspect=0.0.0.0:9229", "--max-old-space-size=512 --inspect-brk", '"--inspect-wait=127.0.0.1:1"', "--require x.js --inspect --trace-warnings"]) expect([options, opensInspector(options)]).toEqual([options, true]);
    for (const options of [undefined, "", "--max-old-space-size=512", "--inspect-port=9230", "--require ./--inspect.js", "--inspect-publish-uid=http"]) expect([options, opensInspector(options)]).toEqual([options, false]);
    // In jest no inspector is open: a flag alone closes nothing.
    expect(closeInheritedInspector({ NODE_OPTIONS: "--inspect" }, [])).toBeUndefined();
  });
});
