/**
 * A long TMPDIR (a CI runner's work dir, say) must not make the provider print a socket path that
 * does not fit sun_path (108 bytes on Linux): Terraform could not dial it ("Plugin did not
 * respond"). The built bundle, spawned as Terraform spawns it with TMPDIR 90 characters deep,
 * prints an address a gRPC client dials, and leaves nothing in that TMPDIR once it exits.
 */
import { Metadata, type ServiceError } from "@grpc/grpc-js";
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { generateSelfSignedCertificate } from "../../src/tfplugin/server/certificate";
import { clientFor, preloadFixture, spawnProvider } from "./spawned-provider";

jest.setTimeout(120_000);

const fixture = preloadFixture("long-tmpdir-", "");

let longTmp = "";
beforeAll(() => {
  // mkdtemp adds six characters: a 90-character name.
  longTmp = mkdtempSync(join(tmpdir(), `long-tmpdir-${"x".repeat(90 - "long-tmpdir-".length - 6)}`));
});
afterAll(() => rmSync(longTmp, { recursive: true, force: true }));

describe("a provider process with a long TMPDIR", () => {
  it("prints a handshake address that can be dialled, and leaves no directory behind", async () => {
    const clientCert = generateSelfSignedCertificate();
    const { child, line, stderr } = await spawnProvider({ preload: fixture.trap, clientCert, protocols: "6", env: { TMPDIR: longTmp, TF_LOG_PROVIDER: "debug" } });
    fixture.children.push(child);
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    const [, , network, address = ""] = line.split("|");
    expect(network).toBe("unix");
    expect(Buffer.byteLength(address, "utf8")).toBeLessThanOrEqual(107);
    expect(address.startsWith(longTmp)).toBe(false);

    const client = clientFor(line, "health", clientCert);
    try {
      const reply = await new Promise<{ status: string }>((resolve, reject) =>
        (client as unknown as { check(r: object, m: Metadata, o: object, cb: (e: ServiceError | null, r: { status: string }) => void): void }).check({ service: "plugin" }, new Metadata(), { deadline: Date.now() + 20_000 }, (e, r) => (e ? reject(e) : resolve(r))),
      );
      expect(reply).toEqual({ status: "SERVING" });
    } finally {
      client.close();
    }
    expect(stderr()).toContain("fallback taken");

    child.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(readdirSync(longTmp)).toEqual([]);
    expect(existsSync(dirname(address))).toBe(false);
  });
});
