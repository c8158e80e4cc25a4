import { readFileSync } from "node:fs";

/**
 * A PEM file of CA certificates to trust, as named by SSL_CERT_FILE (the variable Go's
 * crypto/x509 reads on Linux in place of the system bundle, so a Go provider honours it) or by
 * an option. Read whole, synchronously: it is read once per client, before any request.
 */
export type CaFileReading = { ok: true; pem: string } | { ok: false; reason: string };

export function readCaFile(path: string): CaFileReading {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    return { ok: false, reason: (error as NodeJS.ErrnoException).code ?? "unreadable" };
  }
  if (!text.includes("-----BEGIN CERTIFICATE-----")) return { ok: false, reason: "it holds no PEM certificate" };
  return { ok: true, pem: text };
}
