import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import { newEd25519PrivateKey } from "../../src/c1simulator/jws";
import { SecretEchoes } from "../../src/secret-echoes";
import { runCliMany, runCli } from "../helpers/cli";

// M2 end to end: `c1-twingate connector status` with a credential in a shown ConductorOne
// setting (flag or environment variable) — equal to a secret given elsewhere, or swapped (the
// secret's own variable holds something harmless) — is refused by name (exit 2,
// C1_SECRET_IN_SETTING), echoes nothing, and resolves NO host name: a preload records every
// DNS lookup of the process (the provider canary test's spy).

jest.setTimeout(600_000);

const DNS_SPY = join(__dirname, "..", "provider", "fixtures", "dns-spy.cjs");
const APP = "2aBcDeFgHiJkLmNoPqRsTuVwXyZ";
const CONNECTOR = "2ZyXwVuTsRqPoNmLkJiHgFeDcBa";

const b64 = (o: object) => Buffer.from(JSON.stringify(o)).toString("base64url");
const SECRETS = {
  "access token": `c1sim_at_${randomBytes(24).toString("base64url")}Z9z`,
  "client secret": `secret-token:conductorone.com:v1:${b64(newEd25519PrivateKey().export({ format: "jwk" }))}`,
  "OIDC token": `${b64({ alg: "RS256" })}.${b64({ sub: "repo:acme/infra", n: randomBytes(4).toString("hex") })}.${randomBytes(32).toString("base64url")}`,
  "Twingate key": `tgk${randomBytes(30).toString("base64url")}Z9z`,
} as const;
type Kind = keyof typeof SECRETS;
const SECRET_ENV: Record<Kind, string> = {
  "access token": "CONDUCTORONE_ACCESS_TOKEN",
  "client secret": "CONDUCTORONE_CLIENT_SECRET",
  "OIDC token": "CONDUCTORONE_OIDC_TOKEN",
  "Twingate key": "TWINGATE_API_KEY",
};
const SHOWN = [
  ["--server-url", "CONDUCTORONE_SERVER_URL"],
  ["--tenant-domain", "CONDUCTORONE_TENANT_DOMAIN"],
  ["--client-id", "CONDUCTORONE_CLIENT_ID"],
] as const;

describe("c1-twingate connector status: a secret in a shown setting", () => {
  const dir = mkdtempSync(join(tmpdir(), "c1-settings-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cases: Array<{ flag: string; envName: string; kind: Kind; via: "flag" | "env"; swap: boolean }> = [];
  for (const [flag, envName] of SHOWN) for (const kind of Object.keys(SECRETS) as Kind[]) for (const via of ["flag", "env"] as const) cases.push({ flag, envName, kind, via, swap: false });
  // Swaps: the secret's own variable holds something harmless (the breaker's reproduction).
  for (const [flag, envName] of SHOWN) for (const kind of Object.keys(SECRETS) as Kind[]) cases.push({ flag, envName, kind, via: "env", swap: true });

  it(`${cases.length} combinations: exit 2, C1_SECRET_IN_SETTING, no echo, no DNS lookup`, async () => {
    const runs = await runCliMany(cases.length, 2, async (i) => {
      const c = cases[i]!;
      const secret = SECRETS[c.kind];
      const spy = join(dir, `dns-${i}.log`);
      const env: NodeJS.ProcessEnv = {
        NODE_OPTIONS: `--require ${DNS_SPY}`,
        DNS_SPY_FILE: spy,
        // A working method, so only the misplaced value can stop the command.
        CONDUCTORONE_ACCESS_TOKEN: "acme-corp-tenant",
        ...(c.swap ? {} : { [SECRET_ENV[c.kind]]: secret }),
        ...(c.via === "env" ? { [c.envName]: secret } : {}),
      };
      if (c.flag !== "--client-id" && c.via === "flag") env.CONDUCTORONE_CLIENT_ID = "strange-hydra-68836@acme.conductor.one/spc";
      const args = ["connector", "status", "--app-id", APP, "--connector-id", CONNECTOR, ...(c.via === "flag" ? [c.flag, secret] : [])];
      const run = await runCli(args, { env, timeoutMs: 60_000 });
      return { c, run, secret, lookups: existsSync(spy) ? readFileSync(spy, "utf8") : "" };
    });
    // The spy works: the same command with a harmless server does resolve its host.
    const control = join(dir, "dns-control.log");
    const ok = await runCli(["connector", "status", "--app-id", APP, "--connector-id", CONNECTOR, "--server-url", "https://localhost:9", "--timeout", "5"], {
      env: { NODE_OPTIONS: `--require ${DNS_SPY}`, DNS_SPY_FILE: control, CONDUCTORONE_ACCESS_TOKEN: "acme-corp-tenant" },
      timeoutMs: 60_000,
    });
    expect(ok.code).toBe(1);
    expect(readFileSync(control, "utf8")).toContain("localhost");
    for (const { c, run, secret, lookups } of runs) {
      const label = `${c.kind} in ${c.via === "flag" ? c.flag : c.envName}${c.swap ? " (swap)" : ""}`;
      const out = `${run.stdout}\n${run.stderr}`;
      expect({ label, code: run.code }).toEqual({ label, code: 2 });
      expect({ label, refused: out.includes("C1_SECRET_IN_SETTING") }).toEqual({ label, refused: true });
      const part = c.kind === "client secret" ? secret.split(":").pop()! : secret;
      expect({ label, echoed: new SecretEchoes(part).found(out) }).toEqual({ label, echoed: false });
      expect({ label, lookups }).toEqual({ label, lookups: "" });
    }
  });

  it("m8: ids '.' and '..' (path tricks) are refused as usage errors before any request", async () => {
    const spy = join(dir, "dns-ids.log");
    const run = await runCli(["connector", "status", "--app-id", "..", "--connector-id", ".", "--server-url", "https://localhost:9"], {
      env: { NODE_OPTIONS: `--require ${DNS_SPY}`, DNS_SPY_FILE: spy, CONDUCTORONE_ACCESS_TOKEN: "acme-corp-tenant" },
      timeoutMs: 60_000,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--app-id must be a ConductorOne id/);
    expect(existsSync(spy) ? readFileSync(spy, "utf8") : "").toBe("");
  });

  it.each([
    ["--connector-id", "TWINGATE_API_KEY", "sim-rw-7Yc2kQ9vLm4TzX8pR1sN6bWd3Hf"],
    ["--app-id", "CONDUCTORONE_ACCESS_TOKEN", "Qv7xLm2pT9rZk4Nw8bYc3HdF6sJg"],
  ])("a secret of the run passed as %s (%s) is refused by name, never shown, before any request", async (flag, envName, secret) => {
    const spy = join(dir, `dns-${flag.slice(2)}.log`);
    const ids = { "--app-id": flag === "--app-id" ? secret : "2abcdefghijklmnopqrstuvwxyz", "--connector-id": flag === "--connector-id" ? secret : "2abcdefghijklmnopqrstuvwxyz" };
    const run = await runCli(["connector", "status", "--app-id", ids["--app-id"], "--connector-id", ids["--connector-id"], "--server-url", "https://localhost:9"], {
      env: { NODE_OPTIONS: `--require ${DNS_SPY}`, DNS_SPY_FILE: spy, CONDUCTORONE_ACCESS_TOKEN: "acme-corp-access-token-0000", [envName]: secret, GITHUB_ACTIONS: "true", GITHUB_STEP_SUMMARY: join(dir, "summary.md") },
      timeoutMs: 60_000,
    });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(`${flag} holds the value of ${envName}, a secret (the value is not shown)`);
    expect(new SecretEchoes(secret).found(run.stdout + run.stderr)).toBe(false);
    expect(existsSync(join(dir, "summary.md")) ? new SecretEchoes(secret).found(readFileSync(join(dir, "summary.md"), "utf8")) : false).toBe(false);
    expect(existsSync(spy) ? readFileSync(spy, "utf8") : "").toBe("");
  });
});
