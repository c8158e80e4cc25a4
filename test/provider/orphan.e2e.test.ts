/**
 * `kill -9` of terraform while a credential check is in flight (the API accepted the connection
 * and never answers): the provider terraform started must not stay behind, orphaned, and must not
 * spin on its broken stdio. Real terraform, the bundled provider; asserts that the process ends,
 * never how fast.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { createTerraformWorkspace, requireTerraform, TERRAFORM_TEST_TIMEOUT_MS, type TerraformWorkspace } from "../helpers/terraform";
import { providerToInstall } from "./provider-bundle";

jest.setTimeout(TERRAFORM_TEST_TIMEOUT_MS);

function statOf(pid: number): string[] | undefined {
  const file = `/proc/${pid}/stat`;
  if (!existsSync(file)) return undefined;
  try {
    // The command name may contain spaces: the fields start after its closing parenthesis.
    const text = readFileSync(file, "utf8");
    return text.slice(text.lastIndexOf(")") + 2).split(" ");
  } catch {
    return undefined;
  }
}

/** Running (a zombie waiting to be reaped has ended). */
function isRunning(pid: number): boolean {
  const stat = statOf(pid);
  return stat !== undefined && stat[0] !== "Z";
}

/** The provider processes terraform `parent` started. */
function providerChildren(parent: number): number[] {
  return readdirSync("/proc")
    .filter((p) => /^\d+$/.test(p))
    .map(Number)
    .filter((pid) => {
      if (statOf(pid)?.[1] !== String(parent)) return false;
      try {
        return readFileSync(`/proc/${pid}/cmdline`, "utf8").includes("terraform-provider-c1twingate");
      } catch {
        return false;
      }
    });
}

async function until<T>(probe: () => T | undefined): Promise<T> {
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

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
terraform {
  required_providers {
    c1twingate = { source = "c1twingate.invalid/local/c1twingate", version = "~> 0.1" }
  }
}
provider "c1twingate" {
  base_url        = "http://127.0.0.1:${port}/{network}"
  timeout_seconds = 600
  max_retries     = 0
}
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
      const found = providerChildren(pid);
      return found.length > 0 ? found : undefined;
    });
    if (provider === undefined) throw new Error("no provider process found");
    providers.push(provider);
    expect(isRunning(provider)).toBe(true);
    terraform.kill("SIGKILL");
    await until(() => (isRunning(provider) ? undefined : true));
    expect(isRunning(provider)).toBe(false);
  });
});
