import { generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { toPem } from "../tfplugin/server/certificate";
import { bitString, boolean, explicit, oid, sequence, set, time, tlv, unsignedInteger, utf8String, X509_OID, x509Extension } from "../tfplugin/server/der";

/**
 * The simulator's own test PKI, made at start: a CA (CA:true, keyCertSign) and a server
 * certificate it signs for 127.0.0.1, ::1 and localhost (IP SANs: Go and Node check them),
 * both ECDSA P-256 / SHA-256. Clients trust the CA PEM (our client's `ca` option, or
 * SSL_CERT_FILE for a Go provider), never the server certificate itself.
 */

export interface SimulatorPki {
  caPem: string;
  certPem: string;
  keyPem: string;
}

const OID = X509_OID;

const extension = x509Extension;

const name = (commonName: string): Buffer =>
  sequence(set(sequence(oid(OID.organization), utf8String("cdktf-twingate-conductorone test"))), set(sequence(oid(OID.commonName), utf8String(commonName))));

function serial(): Buffer {
  const bytes = randomBytes(16);
  bytes[0] = (bytes[0] ?? 0) & 0x7f;
  return bytes;
}

interface CertificateSpec {
  subject: Buffer;
  issuer: Buffer;
  subjectKey: KeyObject;
  issuerKey: KeyObject;
  extensions: Buffer[];
  now: Date;
  days: number;
}

function certificate(spec: CertificateSpec): Buffer {
  const algorithm = sequence(oid(OID.ecdsaSha256));
  const notBefore = new Date(spec.now.getTime() - 3_600_000); // an hour back: clock skew never makes it "not yet valid"
  const notAfter = new Date(spec.now.getTime() + spec.days * 86_400_000);
  const tbs = sequence(
    explicit(0, unsignedInteger(Buffer.from([2]))),
    unsignedInteger(serial()),
    algorithm,
    spec.issuer,
    sequence(time(notBefore), time(notAfter)),
    spec.subject,
    spec.subjectKey.export({ type: "spki", format: "der" }),
    explicit(3, sequence(...spec.extensions)),
  );
  const signature = sign("sha256", tbs, { key: spec.issuerKey, dsaEncoding: "der" });
  return sequence(tbs, algorithm, bitString(signature));
}

/** A CA and a 127.0.0.1/localhost (and `dnsNames`) server certificate signed by it (a few ms). */
export function generateSimulatorPki(now = new Date(), days = 30, dnsNames: readonly string[] = [], caCommonName = "ConductorOne simulator test CA"): SimulatorPki {
  const ca = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const server = generateKeyPairSync("ec", { namedCurve: "P-256" });
  const caName = name(caCommonName);
  const caDer = certificate({
    subject: caName,
    issuer: caName,
    subjectKey: ca.publicKey,
    issuerKey: ca.privateKey,
    now,
    days,
    extensions: [
      // keyCertSign | cRLSign = bits 5, 6 → 0b00000110, 1 unused bit.
      extension(OID.keyUsage, true, bitString(Buffer.from([0x06]), 1)),
      extension(OID.basicConstraints, true, sequence(boolean(true), unsignedInteger(Buffer.from([0])))),
    ],
  });
  const sans = sequence(
    tlv(0x82, Buffer.from("localhost")),
    ...dnsNames.map((dnsName) => tlv(0x82, Buffer.from(dnsName))),
    tlv(0x87, Buffer.from([127, 0, 0, 1])),
    tlv(0x87, Buffer.from([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1])),
  );
  const serverDer = certificate({
    subject: name("127.0.0.1"),
    issuer: caName,
    subjectKey: server.publicKey,
    issuerKey: ca.privateKey,
    now,
    days,
    extensions: [
      // digitalSignature = bit 0 → 0b10000000, 7 unused bits.
      extension(OID.keyUsage, true, bitString(Buffer.from([0x80]), 7)),
      extension(OID.extKeyUsage, false, sequence(oid(OID.serverAuth))),
      extension(OID.basicConstraints, true, sequence()),
      extension(OID.subjectAltName, false, sans),
    ],
  });
  return {
    caPem: toPem("CERTIFICATE", caDer),
    certPem: toPem("CERTIFICATE", serverDer),
    keyPem: server.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}
