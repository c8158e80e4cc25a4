/**
 * `kill -9` of terraform while a credential check is in flight (the API accepted the connection
 * and never answers): the provider terraform started must not stay behind, orphaned, and must not
 * spin on its broken stdio. Real terraform, the bundled provider; asserts that the process ends,
 * never how fast.
 */
import { spawn } from "node:child_process";
import { createServer, type Server, type Socket } from "node:net";
import { childrenMatching, ended, isRunning, until } from "../helpers/processes";
import { createTerraformWorkspace, requireTerraform, TERRAFORM_TEST_TIMEOUT_MS, type TerraformWorkspace } from "../helpers/terraform";
import { providerTf, providerToInstall } from "./provider-bundle";

jest.setTimeout(TERRAFORM_TEST_TIMEOUT_MS);

describe("terraform killed with SIGKILL during a credential check", () => {
  let ws: TerraformWorkspace;
  let server: Server;
  const sockets: Socket[] = [];
  const providers: number[] = [];
  let connected: () => void;
  const requestSeen = new Promise<void>((resolve) => (connected = resolve));

  beforeAll(async () => {
    requireTerraform();
    // Accepts, reads, never answers.
    server = createServer((socket) => {
      sockets.push(socket);
      socket.on("error", () => undefined);
      socket.on("data", () => connected());
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const port = (server.address() as { port: number }).port;
    ws = createTerraformWorkspace({ providers: [providerToInstall()] });
    ws.writeMainTf(`
${providerTf({ base_url: `http://127.0.0.1:${port}/{network}`, timeout_seconds: 600, max_retries: 0 })}
resource "c1twingate_credential_check" "this" {
  network = "acme"
  api_key = "sim-rw-OrphanCanary0123456789abcdef"
}
`);
    await ws.run(["init"]);
  });

  afterAll(async () => {
    for (const pid of providers) if (isRunning(pid)) process.kill(pid, "SIGKILL");
    for (const s of sockets) s.destroy();
    await new Promise((resolve) => server.close(resolve));
    ws?.cleanup();
  });

  it("leaves no provider process behind", async () => {
    const terraform = spawn("terraform", ["plan", "-no-color"], { cwd: ws.dir, env: ws.env, stdio: ["ignore", "pipe", "pipe"] });
    terraform.stdout.resume();
    terraform.stderr.resume();
    const pid = terraform.pid;
    if (pid === undefined) throw new Error("terraform did not start");
    await requestSeen;
    const [provider] = await until(() => {
      const found = childrenMatching(pid, "terraform-provider-c1twingate");
      return found.length > 0 ? found : undefined;
    });
    if (provider === undefined) throw new Error("no provider process found");
    providers.push(provider);
    expect(isRunning(provider)).toBe(true);
    terraform.kill("SIGKILL");
    await ended(provider);
    expect(isRunning(provider)).toBe(false);
  });
});
