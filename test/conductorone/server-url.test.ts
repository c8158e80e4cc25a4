import { normalizeTenant, serverFromClientId } from "../../src/conductorone";

// Tenant / server resolution as the provider's NormalizeTenant + ParseClientID (reference §1.2).
describe("normalizeTenant", () => {
  it.each([
    ["acme", "https://acme.conductor.one", "acme", "acme.conductor.one"],
    ["ACME", "https://acme.conductor.one", "acme", "acme.conductor.one"],
    ["acme.conductor.one", "https://acme.conductor.one", "acme", "acme.conductor.one"],
    ["https://Acme.Conductor.One", "https://acme.conductor.one", "acme", "acme.conductor.one"],
    ["mycompany.c1eu.ai", "https://mycompany.c1eu.ai", undefined, "mycompany.c1eu.ai"],
    // The scheme is forced to https, even for http input.
    ["http://127.0.0.1:8443", "https://127.0.0.1:8443", undefined, "127.0.0.1"],
    ["127.0.0.1:8443", "https://127.0.0.1:8443", undefined, "127.0.0.1"],
    ["https://127.0.0.1:8443/", "https://127.0.0.1:8443", undefined, "127.0.0.1"],
    // With a port the host is not a tenant host (Go splits u.Host, port included).
    ["acme.conductor.one:9443", "https://acme.conductor.one:9443", undefined, "acme.conductor.one"],
    ["https://[::1]:8443", "https://[::1]:8443", undefined, "::1"],
  ])("%s → %s", (input, url, tenant, audience) => {
    const server = normalizeTenant(input, "server_url");
    expect(server.url).toBe(url);
    expect(server.tenant).toBe(tenant);
    expect(server.audience).toBe(audience);
    expect(server.tokenHost).toBe(url.replace("https://", ""));
  });

  it.each([
    ["localhost:8443", /is not a host name or URL/],
    ["https://user:pw@acme.conductor.one", /credentials/],
    ["https://acme.conductor.one/api", /has a path/],
    ["https://acme.conductor.one?x=1", /query or fragment/],
    ["ftp://acme.conductor.one", /scheme ftp/],
    ["", /empty/],
  ])("refuses %j with C1_SERVER_URL_INVALID", (input, reason) => {
    expect(() => normalizeTenant(input, "server_url")).toThrow(expect.objectContaining({ code: "C1_SERVER_URL_INVALID", message: expect.stringMatching(reason) }));
  });

  it("never quotes a secret pasted as the server", () => {
    const secret = "secret-token:conductorone.com:v1:eyJrdHkiOiJPS1AifQ";
    let message = "";
    try {
      normalizeTenant(secret, "env CONDUCTORONE_SERVER_URL");
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toContain("not shown");
    expect(message).not.toContain("eyJrdHkiOiJPS1AifQ");
  });
});

describe("serverFromClientId", () => {
  it.each([
    ["strange-hydra-68836@acme.conductor.one/pcc", "https://acme.conductor.one", "acme"],
    ["x@127.0.0.1:8443/spc", "https://127.0.0.1:8443", undefined],
    ["trust@acme/wfe", "https://acme.conductor.one", "acme"],
  ])("%s → %s", (clientId, url, tenant) => {
    const server = serverFromClientId(clientId, "client_id");
    expect(server.url).toBe(url);
    expect(server.tenant).toBe(tenant);
  });

  // "a@b@…": Go splits on the first @ only; the rest carries userinfo, refused here.
  it.each(["no-at-sign", "name@acme.conductor.one", "name@/pcc", "a@b@acme.conductor.one/spc"])("refuses %j with C1_CLIENT_ID_INVALID", (clientId) => {
    expect(() => serverFromClientId(clientId, "env CONDUCTORONE_CLIENT_ID")).toThrow(
      expect.objectContaining({ code: "C1_CLIENT_ID_INVALID", message: expect.stringContaining("env CONDUCTORONE_CLIENT_ID") }),
    );
  });
});
