/**
 * A provider process ended by a signal instead of Terraform's Shutdown (a CI job killed, a terminal
 * closed) removes its socket and its private socket directory: the built bundle, spawned as
 * Terraform spawns it, then sent SIGTERM or SIGHUP.
 */
import { existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { generateSelfSignedCertificate } from "../../src/tfplugin/server/certificate";
import { preloadFixture, spawnProvider } from "./spawned-provider";

jest.setTimeout(120_000);

const fixture = preloadFixture("signal-cleanup-", "");

let tmp = "";
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), "signal-cleanup-"));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("a provider process ended by a signal", () => {
  it.each(["SIGTERM", "SIGHUP"] as const)("%s: exits 0 and leaves no socket directory", async (signal) => {
    const { child, line } = await spawnProvider({ preload: fixture.trap, clientCert: generateSelfSignedCertificate(), protocols: "6", env: { TMPDIR: tmp } });
    fixture.children.push(child);
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once("exit", (code, sig) => resolve({ code, signal: sig })));
    const [, , network, address = ""] = line.split("|");
    expect(network).toBe("unix");
    expect(existsSync(address)).toBe(true);
    child.kill(signal);
    expect(await exited).toEqual({ code: 0, signal: null });
    expect(existsSync(dirname(address))).toBe(false);
    expect(readdirSync(tmp)).toEqual([]);
  });
});
