/**
 * The listener bound before the gRPC server exists (listener.ts): a provider prints its handshake
 * once it listens, and Terraform may connect before the process has loaded `tls`, `http2` and the
 * provider. Those connections wait and are then served, over mTLS and in plaintext (debug mode),
 * by a client we did not write (@grpc/grpc-js).
 */
import { credentials, makeClientConstructor, Metadata, type Client, type ServiceError } from "@grpc/grpc-js";
import { X509Certificate } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { connect } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { generateSelfSignedCertificate, type GeneratedCertificate } from "../../../src/tfplugin/server/certificate";
import { createGrpcServer, type GrpcServer } from "../../../src/tfplugin/server/grpc-server";
import { bindListener } from "../../../src/tfplugin/server/listener";
import { protocolClientDefinitions } from "./protocol-client";

const HealthClient = makeClientConstructor(protocolClientDefinitions().health, "Health");
const closers: (() => unknown)[] = [];
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "listener-"));
});
afterAll(async () => {
  for (const close of closers.reverse()) await close();
  rmSync(dir, { recursive: true, force: true });
});

function healthServer(tls?: { keyPem: string; certPem: string; clientCertPem: string }): GrpcServer {
  const server = createGrpcServer({
    maxMessageBytes: 1 << 20,
    ...(tls ? { tls } : {}),
    // HealthCheckResponse{status: SERVING}, answered by the server itself.
    unary: { "/grpc.health.v1.Health/Check": () => Uint8Array.of(0x08, 1) },
  });
  closers.push(() => server.close());
  return server;
}

function check(client: Client): Promise<{ status: string }> {
  return new Promise((resolve, reject) =>
    (client as unknown as { check(req: object, md: Metadata, cb: (err: ServiceError | null, res: { status: string }) => void): void }).check({ service: "" }, new Metadata(), (err, res) =>
      err ? reject(err) : resolve(res),
    ),
  );
}

/** A Health client over mTLS on a unix socket: trusting `server`'s certificate, presenting `client`'s. */
function tlsClient(socket: string, server: GeneratedCertificate, client: GeneratedCertificate): Client {
  const c = new HealthClient(`unix://${socket}`, credentials.createSsl(Buffer.from(server.certPem), Buffer.from(client.keyPem), Buffer.from(client.certPem)), {
    "grpc.ssl_target_name_override": "localhost",
    "grpc.default_authority": "localhost",
  });
  closers.push(() => c.close());
  return c;
}

const delay = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

describe("a plugin listener bound before its server", () => {
  it("serves over mTLS the calls whose connection was made before the server existed", async () => {
    const serverCert = generateSelfSignedCertificate();
    const clientCert = generateSelfSignedCertificate({ curve: "P-521" });
    const socket = join(dir, "tls.sock");
    const listener = await bindListener(`unix://${socket}`);
    const client = tlsClient(socket, serverCert, clientCert);
    // The call starts now; its connection is accepted by the kernel and waits, unread.
    const answered = check(client);
    let settled = false;
    void answered.finally(() => (settled = true)).catch(() => undefined);
    await delay(300);
    expect(settled).toBe(false);
    healthServer({ keyPem: serverCert.keyPem, certPem: serverCert.certPem, clientCertPem: clientCert.certPem }).serveOn(listener);
    await expect(answered).resolves.toEqual({ status: "SERVING" });
    // Connections after the hand-over reach the server too.
    const later = tlsClient(socket, serverCert, clientCert);
    await expect(check(later)).resolves.toEqual({ status: "SERVING" });
  });

  it("still refuses a client certificate other than Terraform's, for a connection that waited", async () => {
    const serverCert = generateSelfSignedCertificate();
    const terraformCert = generateSelfSignedCertificate({ curve: "P-521" });
    const intruderCert = generateSelfSignedCertificate({ curve: "P-521" });
    const socket = join(dir, "intruder.sock");
    const listener = await bindListener(`unix://${socket}`);
    const client = tlsClient(socket, serverCert, intruderCert);
    const answered = check(client);
    await delay(100);
    healthServer({ keyPem: serverCert.keyPem, certPem: serverCert.certPem, clientCertPem: terraformCert.certPem }).serveOn(listener);
    await expect(answered).rejects.toMatchObject({ code: 14 }); // UNAVAILABLE: the TLS handshake failed
  });

  it("refuses a certificate issued by Terraform's, which trusting Terraform's as a CA would accept", async () => {
    const serverCert = generateSelfSignedCertificate();
    const terraformCert = generateSelfSignedCertificate({ curve: "P-521" });
    const issued = generateSelfSignedCertificate({ signedBy: { keyPem: terraformCert.keyPem, curve: "P-521" } });
    // The issued certificate does chain to Terraform's (what a CA store would check)...
    expect(new X509Certificate(issued.certPem).verify(new X509Certificate(terraformCert.certPem).publicKey)).toBe(true);
    const socket = join(dir, "issued.sock");
    const listener = await bindListener(`unix://${socket}`);
    healthServer({ keyPem: serverCert.keyPem, certPem: serverCert.certPem, clientCertPem: terraformCert.certPem }).serveOn(listener);
    // ...but only Terraform's own certificate is admitted.
    await expect(check(tlsClient(socket, serverCert, issued))).rejects.toMatchObject({ code: 14 });
    await expect(check(tlsClient(socket, serverCert, terraformCert))).resolves.toEqual({ status: "SERVING" });
  });

  it("serves in plaintext (debug mode) the calls whose connection was made before the server existed", async () => {
    const listener = await bindListener("127.0.0.1:0");
    const client = new HealthClient(`127.0.0.1:${listener.port}`, credentials.createInsecure());
    closers.push(() => client.close());
    const answered = check(client);
    await delay(200);
    healthServer().serveOn(listener);
    await expect(answered).resolves.toEqual({ status: "SERVING" });
  });

  it("is handed over once, and close() drops the connections still waiting", async () => {
    const listener = await bindListener("127.0.0.1:0");
    const waiting = connect(listener.port, "127.0.0.1");
    const closed = new Promise<void>((resolve) => waiting.on("close", () => resolve()));
    waiting.on("error", () => undefined);
    await new Promise<void>((resolve) => waiting.once("connect", () => resolve()));
    await delay(50);
    await listener.close();
    await closed;
    expect(waiting.destroyed).toBe(true);

    const other = await bindListener("127.0.0.1:0");
    other.handOver(() => undefined);
    expect(() => other.handOver(() => undefined)).toThrow(/once/);
    await other.close();
  });

  it("rejects with the bind error for an address in use", async () => {
    const first = await bindListener("127.0.0.1:0");
    closers.push(() => first.close());
    await expect(bindListener(`127.0.0.1:${first.port}`)).rejects.toMatchObject({ code: "EADDRINUSE" });
  });
});
