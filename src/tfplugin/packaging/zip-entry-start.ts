import { closeSync, openSync, readSync } from "node:fs";
import { Unzip, UnzipInflate, UnzipPassThrough } from "fflate";
import { ProviderBuildError } from "./errors";

const CHUNK = 64 * 1024;

/**
 * The first `length` bytes (fewer when the file is shorter) of the first file in the zip `file`,
 * read and inflated only as far as needed: a package's executable can be 100 MB.
 */
export function zipEntryStart(file: string, length: number): Buffer {
  const out: Uint8Array[] = [];
  let have = 0;
  let ended = false;
  let entries = 0;
  const unzip = new Unzip();
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  unzip.onfile = (entry) => {
    // Only the first entry: the bytes of any later one are not this file's.
    if (entries++ > 0) return;
    entry.ondata = (err, data, final) => {
      if (err) throw err;
      out.push(data);
      have += data.length;
      if (final) ended = true;
    };
    entry.start();
  };
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (err) {
    throw new ProviderBuildError(`cannot read ${file}: ${(err as Error).message}`, { cause: err });
  }
  try {
    const buffer = Buffer.alloc(CHUNK);
    for (;;) {
      const n = readSync(fd, buffer, 0, CHUNK, null);
      unzip.push(buffer.subarray(0, n), n === 0);
      if (have >= length || ended || n === 0) break;
    }
  } catch (err) {
    throw new ProviderBuildError(`${file} is not a readable zip (${(err as Error).message}): delete it, or package into another --out`, { cause: err });
  } finally {
    closeSync(fd);
  }
  if (entries === 0) throw new ProviderBuildError(`${file} holds no file: it is not a provider package; delete it, or package into another --out`);
  return Buffer.concat(out).subarray(0, length);
}
