import { SecretEchoes } from "../../src/secret-echoes";
import { resolveEndpoint, validateBaseUrl } from "../../src/twingate/endpoint";
import { Destinations, parseBaseUrlTemplate } from "../../src/twingate/destination";
import { InvalidBaseUrlError } from "../../src/twingate/errors";
import { InvalidNetworkError, normalizeNetwork } from "../../src/twingate/network";
import { TwingateClient } from "../../src/twingate/client";

const KEY = "sim-endpoint-test-key-0123";

describe("endpoint", () => {
  it("defaults to https://<label>.twingate.com/api/graphql/", () => {
    expect(resolveEndpoint({ network: "https://Acme.twingate.com/x" }).apexUrl).toBe("https://acme.twingate.com/api/graphql/");
    expect(resolveEndpoint({ network: "acme", baseDomain: "stg.opstg.com" }).apexUrl).toBe("https://acme.stg.opstg.com/api/graphql/");
  });

  it("fills {network} in a base URL template, as a host label or a path segment", () => {
    expect(resolveEndpoint({ network: "acme", baseUrl: "http://127.0.0.1:4000/{network}/" }).apexUrl).toBe("http://127.0.0.1:4000/acme/api/graphql/");
    expect(resolveEndpoint({ network: "acme", baseUrl: "https://{network}.Example.COM/prefix" }).apexUrl).toBe("https://acme.example.com/prefix/api/graphql/");
    expect(resolveEndpoint({ network: "acme", baseUrl: "http://127.0.0.1:4000/v1/{network}/x" }).apexUrl).toBe("http://127.0.0.1:4000/v1/acme/x/api/graphql/");
  });

  it.each([
    ["http://127.0.0.1:4000/acme", /does not contain \{network\}/],
    ["ftp://{network}.example.com", /scheme ftp/],
    ["not a url {network}", /a space/],
    ["https://user:pw@{network}.example.com", /@/],
    ["https://{network}.example.com?x=1", /query/],
    // The kinds of issue 8 §1: parsed two ways.
    ["http://127.0.0.2:4000\\@{network}.twingate.com", /backslash/],
    ["https://{network}.twingate.com#", /fragment/],
    ["https://{network}.twingate.com?", /query/],
    ["https://{network}.exаmple.com", /Cyrillic letter "а" \(U\+0430\)/],
    ["https://{network}.ex\u200bample.com", /zero-width space \(U\+200B\)/],
    ["https://{network}.twingate.com:443", /URL parser reads it as https:\/\/\{network\}\.twingate\.com: write it that way/],
    ["http://127.1/{network}", /reads it as http:\/\/127\.0\.0\.1\/\{network\}/],
    ["http://host/a/../{network}", /reads it as http:\/\/host\/\{network\}/],
    ["http://{network}.0.0.1", /ends in a number/],
    ["https://x{network}.example.com", /first label of the host/],
    ["https://example.com/x{network}", /whole path segment/],
    ["https://{network}.example.com/{network}", /more than once/],
    ["https://%7Bnetwork%7D.example.com/{network}", /percent-encoding/],
    ["https://{network}.example.com:99999", /port/],
  ])("refuses the base URL %s", (url, reason) => {
    expect(() => validateBaseUrl(url)).toThrow(InvalidBaseUrlError);
    expect(() => validateBaseUrl(url)).toThrow(reason);
  });

  it("the client refuses a bad network before any request", () => {
    expect(() => new TwingateClient({ network: "acme.acme.twingate.com", apiKey: KEY })).toThrow(InvalidNetworkError);
  });

  it.each([
    ["аcme", /the Cyrillic letter "а" \(U\+0430\) at position 1/],
    ["https://аcme.twingate.com", /the Cyrillic letter "а" \(U\+0430\) at position 9/],
    ["acme\u200b", /zero-width space/],
    ["ac me", /a space at position 3/],
    ["acme_corp", /"_" at position 5/],
    ["acmé", /the non-ASCII Latin letter "é"/],
  ])("refuses the network %p by naming the character, never converting it", (input, reason) => {
    expect(() => normalizeNetwork(input)).toThrow(InvalidNetworkError);
    expect(() => normalizeNetwork(input)).toThrow(reason);
  });
});

describe("Destinations (where the key may go)", () => {
  const host = new Destinations(parseBaseUrlTemplate("https://{network}.twingate.com"), "acme");
  const path = new Destinations(parseBaseUrlTemplate("http://127.0.0.1:4567/{network}"), "acme");

  it.each([
    "https://acme.twingate.com/api/graphql/",
    "https://acme.us1.twingate.com/api/graphql/",
    "https://ACME.EU-2.TwinGate.com:443/api/graphql/",
  ])("host-routed: allows %s", (url) => {
    expect(host.decide(new URL(url)).ok).toBe(true);
  });

  it.each([
    ["https://acme.twingate.com.evil.example/api/graphql/", /not acme\.twingate\.com/],
    ["https://acme.evil.example/api/graphql/", /not acme\.twingate\.com/],
    ["https://acme.a.b.twingate.com/api/graphql/", /not acme\.twingate\.com/],
    ["https://acmecorp.twingate.com/api/graphql/", /not acme\.twingate\.com/],
    ["https://globex.us1.twingate.com/api/graphql/", /not acme\.twingate\.com/],
    ["https://xn--cme-5cd.twingate.com/api/graphql/", /not acme\.twingate\.com/],
    ["http://acme.us1.twingate.com/api/graphql/", /scheme http/],
    ["https://acme.us1.twingate.com:8443/api/graphql/", /port 8443/],
    ["https://u:p@acme.us1.twingate.com/api/graphql/", /user name/],
    ["https://acme.us1.twingate.com/other/", /path/],
    ["https://acme.us1.twingate.com/api/graphql/?x=1", /query/],
  ])("host-routed: refuses %s", (url, reason) => {
    const verdict = host.decide(new URL(url));
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.reason).toMatch(reason);
  });

  it("path-routed: the configured origin exactly, the network slot only", () => {
    expect(path.decide(new URL("http://127.0.0.1:4567/acme/api/graphql/")).ok).toBe(true);
    expect(path.decide(new URL("http://127.0.0.1:4567/acme.us1/api/graphql/")).ok).toBe(true);
    expect(path.decide(new URL("http://127.0.0.2:4567/acme/api/graphql/")).ok).toBe(false);
    expect(path.decide(new URL("http://localhost:4567/acme/api/graphql/")).ok).toBe(false);
    expect(path.decide(new URL("http://127.0.0.1:4568/acme/api/graphql/")).ok).toBe(false);
    expect(path.decide(new URL("http://127.0.0.1:4567/globex/api/graphql/")).ok).toBe(false);
    expect(path.decide(new URL("http://127.0.0.1:4567/acme.a.b/api/graphql/")).ok).toBe(false);
    expect(path.decide(new URL("http://127.0.0.1:4567/acme/x/api/graphql/")).ok).toBe(false);
  });

  it("builds the URL of a slot from its own parts, and refuses slots outside the rule", () => {
    expect(host.urlFor("acme.us1").href).toBe("https://acme.us1.twingate.com/api/graphql/");
    expect(path.urlFor("acme.us1").href).toBe("http://127.0.0.1:4567/acme.us1/api/graphql/");
    expect(() => host.urlFor("evil")).toThrow(RangeError);
    expect(() => host.urlFor("acme.a.b")).toThrow(RangeError);
  });

  it("with the key's finder, a shard label echoing the key is refused by the decision itself, without showing it", () => {
    const key = "tgk_ShardCanary_4b1e9d7a2c";
    const guarded = new Destinations(parseBaseUrlTemplate("https://{network}.twingate.com"), "acme", new SecretEchoes(key));
    const guardedPath = new Destinations(parseBaseUrlTemplate("http://127.0.0.1:4567/{network}"), "acme", new SecretEchoes(key));
    expect(guarded.decide(new URL("https://acme.us1.twingate.com/api/graphql/")).ok).toBe(true);
    for (const url of [
      `https://acme.${key.toLowerCase().replace(/_/g, "-")}.twingate.com/api/graphql/`,
      `https://acme.${key.slice(4, 18).toLowerCase()}.twingate.com/api/graphql/`,
    ]) {
      const verdict = guarded.decide(new URL(url));
      expect(verdict.ok).toBe(false);
      expect(!verdict.ok && verdict.reason).toMatch(/contains the API key/);
      expect(!verdict.ok && verdict.reason.toLowerCase()).not.toContain(key.slice(4, 16).toLowerCase());
    }
    expect(guardedPath.decide(new URL(`http://127.0.0.1:4567/acme.${key.slice(4).toLowerCase()}/api/graphql/`)).ok).toBe(false);
    expect(() => guarded.urlFor(`acme.${key.slice(4, 20).toLowerCase()}`)).toThrow(RangeError);
  });
});
