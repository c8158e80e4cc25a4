import { createPrivateKey, generateKeyPairSync, randomBytes, sign, type KeyObject } from "node:crypto";
import { bitString, boolean, explicit, oid, sequence, set, tlv, time, unsignedInteger, utf8String, X509_OID, x509Extension } from "./der";

/**
 * Self-signed certificates shaped like go-plugin's AutoMTLS ones (go-plugin
 * mtls.go): CN=localhost, O=HashiCorp, SAN DNS:localhost (Go refuses CN-only
 * certs), a CA with KeyUsage and EKU serverAuth + clientAuth.
 */

export interface GeneratedCertificate {
  /** DER bytes of the certificate. */
  der: Buffer;
  certPem: string;
  keyPem: string;
}

export interface CertificateOptions {
  curve?: "P-256" | "P-384" | "P-521";
  /** Validity in days (go-plugin uses 30 years; a year is plenty for one process). */
  days?: number;
  now?: Date;
  /** How long before `now` the certificate becomes valid, in ms (default 30 s, as go-plugin's allows for clock skew). */
  backdateMs?: number;
  /**
   * Sign with this key (PKCS#8 PEM) of that curve instead of the certificate's own: a certificate
   * (subject CN=issued) issued by another one made here (CN=localhost), which go-plugin's CA-style
   * trust would accept (tests show the server's pinning refuses it).
   */
  signedBy?: { keyPem: string; curve: "P-256" | "P-384" | "P-521" };
}

const OID = X509_OID;

const HASH_FOR_CURVE = {
  "P-256": { hash: "sha256", oid: OID.ecdsaSha256 },
  "P-384": { hash: "sha384", oid: OID.ecdsaSha384 },
  "P-521": { hash: "sha512", oid: OID.ecdsaSha512 },
} as const;

const extension = x509Extension;

/** Generates an ECDSA key and a self-signed localhost certificate for it (a few ms for P-256); see `signedBy`. */
export function generateSelfSignedCertificate(options: CertificateOptions = {}): GeneratedCertificate {
  const curve = options.curve ?? "P-256";
  const { privateKey, publicKey } = generateKeyPairSync("ec", { namedCurve: curve });
  const der = certificateFor(privateKey, publicKey, curve, options);
  return {
    der,
    certPem: toPem("CERTIFICATE", der),
    keyPem: privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
  };
}

function certificateFor(privateKey: KeyObject, publicKey: KeyObject, curve: keyof typeof HASH_FOR_CURVE, options: CertificateOptions): Buffer {
  const now = options.now ?? new Date();
  // Backdated like go-plugin, so small clock differences cannot make it "not yet valid".
  const notBefore = new Date(now.getTime() - (options.backdateMs ?? 30_000));
  const notAfter = new Date(now.getTime() + (options.days ?? 365) * 86_400_000);
  const serial = randomBytes(16);
  serial[0] = (serial[0] ?? 0) & 0x7f;
  const signer = options.signedBy ? { key: createPrivateKey(options.signedBy.keyPem), curve: options.signedBy.curve } : { key: privateKey, curve };
  const algorithm = sequence(oid(HASH_FOR_CURVE[signer.curve].oid));
  const nameOf = (cn: string): Buffer => sequence(set(sequence(oid(OID.organization), utf8String("HashiCorp"))), set(sequence(oid(OID.commonName), utf8String(cn))));
  const issuer = nameOf("localhost");
  const subject = options.signedBy ? nameOf("issued") : issuer;
  // digitalSignature | keyEncipherment | keyAgreement | keyCertSign = bits 0,2,4,5 → 0b10101100, 2 unused bits.
  const keyUsage = bitString(Buffer.from([0xac]), 2);
  const extensions = sequence(
    extension(OID.keyUsage, true, keyUsage),
    extension(OID.extKeyUsage, false, sequence(oid(OID.serverAuth), oid(OID.clientAuth))),
    extension(OID.basicConstraints, true, sequence(boolean(true))),
    extension(OID.subjectAltName, false, sequence(tlv(0x82, Buffer.from("localhost")))),
  );
  const spki = publicKey.export({ type: "spki", format: "der" });
  const tbs = sequence(
    explicit(0, unsignedInteger(Buffer.from([2]))), // v3
    unsignedInteger(serial),
    algorithm,
    issuer,
    sequence(time(notBefore), time(notAfter)),
    subject,
    spki,
    explicit(3, extensions),
  );
  const signature = sign(HASH_FOR_CURVE[signer.curve].hash, tbs, { key: signer.key, dsaEncoding: "der" });
  return sequence(tbs, algorithm, bitString(signature));
}

export function toPem(label: string, der: Buffer): string {
  const b64 = der.toString("base64").replace(/(.{64})/g, "$1\n").replace(/\n$/, "");
  return `-----BEGIN ${label}-----\n${b64}\n-----END ${label}-----\n`;
}
