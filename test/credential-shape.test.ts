/**
 * Issue 8, breaker findings 2 and 3: a credential in a field that is not secret. The network
 * rule (src/credential-shape.ts) is held against realistic network names (never refused) and
 * generated keys (refused); the provider block's validators never repeat a value; and a check
 * or preview whose network is another network's key is refused by name before any request.
 */
import { randomBytes } from "node:crypto";
import { credentialShape, NetworkLooksLikeCredentialError } from "../src/credential-shape";
import { providerSchema } from "../src/provider/settings";
import { networkNotCredential } from "../src/provider/network-argument";
import { checkCredentials } from "../src/reconciler/credentials";
import { previewSync } from "../src/reconciler/preview/sync";
import type { HttpExchange } from "../src/twingate/http-exchange";
import { checkIntegrationProps } from "../constructs/integration-props-validation";

const NETWORK_NAMES = [
  "acme", "acme-corp", "globex", "initech2", "mycompany2024", "mycompanyproductionnetwork", "MyCompanyNetwork2024",
  "autoco-prod-eu-west-1", "globexcorporationnetwork01", "internationalbusinessmachines", "contoso-engineering-2023",
  "kubernetesclusterprodeu1", "acmeincorporated2024network", "thequickbrownfox1234567890", "zerotrustnetworkaccess2025",
  "AcmeCorpProductionNetwork", "team42office7building9", "region1zone2cluster3prod", "a".repeat(63), "x1-y2-z3-w4-v5-u6-t7",
  "acme.twingate.com", "https://acme-corp.twingate.com", "https://contoso-engineering-2023.stg.opstg.com/", "ACME.TWINGATE.COM",
];

// A seeded generator, so a failure names a reproducible key.
function keys(alphabet: string, length: number, count: number, seed: number): string[] {
  let a = seed;
  const next = (): number => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return Array.from({ length: count }, () => Array.from({ length }, () => alphabet[Math.floor(next() * alphabet.length)]).join(""));
}
const BASE62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
const CANARY = "CanaryKey0123456789ABCDEFabcdef9876";

describe("credentialShape", () => {
  test.each(NETWORK_NAMES)("a network name passes: %s", (name) => {
    expect(credentialShape(name)).toBeNull();
  });

  test("every generated base62 key of 32 to 128 characters is refused, also inside a URL or lower-cased after a prefix", () => {
    for (const length of [32, 40, 48, 64, 100, 128]) {
      for (const key of keys(BASE62, length, 500, length)) {
        expect([key, credentialShape(key)]).toEqual([key, expect.any(String)]);
        expect(credentialShape(`https://${key}.twingate.com`)).not.toBeNull();
      }
    }
  });

  test("shorter generated keys are refused nearly always (the rule's measured edge), base64url and hex keys too", () => {
    const rate = (list: string[]) => list.filter((k) => credentialShape(k) !== null).length / list.length;
    expect(rate(keys(BASE62, 20, 1000, 7))).toBeGreaterThan(0.9);
    expect(rate(keys(BASE62, 24, 1000, 8))).toBeGreaterThan(0.97);
    expect(rate(keys("0123456789abcdef", 32, 1000, 9))).toBe(1);
    expect(rate(keys(`${BASE62}_`, 43, 1000, 10))).toBe(1);
  });

  test("its reasons never contain the value", () => {
    for (const key of [CANARY, `${CANARY}_x`, "k".repeat(70), "secret-token:conductorone.com:v1:abcdef"]) {
      const reason = credentialShape(key);
      expect(reason).not.toBeNull();
      expect(reason?.toLowerCase()).not.toContain(key.slice(-12).toLowerCase());
    }
  });
});

describe("the provider's validators never repeat a value", () => {
  const run = <T>(validators: readonly ((v: T) => unknown)[] | undefined, v: T) => (validators ?? []).map((f) => f(v)).filter(Boolean) as string[];
  const values = [CANARY, CANARY.toLowerCase(), `https://{network}.${CANARY}.com`, `http://127.0.0.1:1/${CANARY}/{network}`, `${CANARY}.com`, "Acme_Corp.example", "https://{network}.twingate.com?x"];

  test.each(values)("base_url and base_domain set to %s: refused, described by structure", (value) => {
    for (const [attribute, messages] of [
      ["base_url", run(providerSchema.attributes.base_url.options.validators, value)],
      ["base_domain", run(providerSchema.attributes.base_domain.options.validators, value)],
    ] as const) {
      expect({ attribute, refused: messages.length > 0 }).toEqual({ attribute, refused: true });
      for (const m of messages) {
        expect(m).toContain(attribute);
        expect(m.toLowerCase()).not.toContain(value.toLowerCase());
        expect(m.toLowerCase()).not.toContain(CANARY.slice(0, 12).toLowerCase());
      }
    }
  });

  test("the network argument: a key refused without echo, names accepted", () => {
    expect(networkNotCredential(CANARY)).toContain("network looks like an API key");
    expect(networkNotCredential(CANARY)?.toLowerCase()).not.toContain(CANARY.slice(0, 12).toLowerCase());
    for (const name of NETWORK_NAMES) expect(networkNotCredential(name)).toBeUndefined();
  });
});

describe("another network's key as the network: refused by name before any request or DNS lookup", () => {
  const requests: string[] = [];
  const http: HttpExchange = async (request) => {
    requests.push(String(request.url));
    throw new Error("no request may be made");
  };
  const otherKey = keys(BASE62, 40, 1, 42)[0] as string;

  test("the credential check", async () => {
    const result = await checkCredentials({ network: otherKey, apiKey: CANARY, require: "read", http });
    expect(result.ok).toBe(false);
    expect(result.findings).toEqual([expect.objectContaining({ code: "TG_NETWORK_INVALID", subject: "network" })]);
    expect(result.findings[0]?.message).toContain("looks like an API key or other credential");
    expect(JSON.stringify(result).toLowerCase()).not.toContain(otherKey.toLowerCase().slice(0, 12));
    expect(requests).toEqual([]);
  });

  test("the sync preview", async () => {
    const result = await previewSync({ network: `https://${otherKey}.twingate.com`, apiKey: CANARY, groups: ["Contractors"], http });
    expect(JSON.stringify(result)).toContain("TG_NETWORK_INVALID");
    expect(JSON.stringify(result).toLowerCase()).not.toContain(otherKey.toLowerCase().slice(0, 12));
    expect(requests).toEqual([]);
  });

  test("the error class carries the field, the reason and a fix, never the value", () => {
    const err = new NetworkLooksLikeCredentialError("network", credentialShape(otherKey) as string);
    expect(err.code).toBe("TG_NETWORK_INVALID");
    expect(err.message).not.toContain(otherKey.slice(0, 12));
  });
});

test("the construct: a key-shaped network prop is a props problem that does not quote it", () => {
  const key = keys(BASE62, 40, 1, 99)[0] as string;
  const checked = checkIntegrationProps({ network: key, apiKey: "${var.k}", owners: ["2ZuB5nvPFtqQQ8CvJz1ZkVlL2Ah"] } as never, undefined);
  expect(checked.problems.join("\n")).toContain("looks like an API key or other credential");
  expect(checked.problems.join("\n")).not.toContain(key.slice(0, 12));
  expect(checkIntegrationProps({ network: "contoso-engineering-2023", apiKey: "${var.k}", owners: ["2ZuB5nvPFtqQQ8CvJz1ZkVlL2Ah"] } as never, undefined).problems.join("\n")).not.toContain("credential");
});
