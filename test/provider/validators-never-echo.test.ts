/**
 * Issue 8 (round 2), as a kind: NO validator of the provider's schema (provider block, its nested
 * blocks, every resource and data source, nested attributes included) repeats the value it is
 * given, in whole or in part. Any attribute can be set from a key's variable by mistake
 * (`require = var.globex_api_key`), and validators run before any key is known. The walk starts
 * at the provider definition, so a new resource, data source or validator is covered by itself.
 */
import { c1twingateProvider } from "../../src/provider/provider";
import type { AnyAttribute, AnyBlock, BlockSchema } from "../../src/tfplugin/framework/schema";

type Validator = (value: unknown) => string | readonly string[] | undefined | void;
interface Found {
  where: string;
  type: string;
  validators: readonly Validator[];
}

function walk(where: string, schema: BlockSchema, out: Found[]): void {
  const attribute = (path: string, a: AnyAttribute): void => {
    const validators = (a.options.validators ?? []) as readonly Validator[];
    if (validators.length > 0) out.push({ where: path, type: JSON.stringify(a.type), validators });
    for (const [name, inner] of Object.entries(a.nested?.attributes ?? {})) attribute(`${path}.${name}`, inner);
  };
  for (const [name, a] of Object.entries(schema.attributes)) attribute(`${where}.${name}`, a);
  for (const [name, b] of Object.entries(schema.blocks ?? {}) as [string, AnyBlock][]) walk(`${where}.${name}`, b.schema, out);
}

const def = c1twingateProvider.definition;
const found: Found[] = [];
walk("provider", def.schema ?? { attributes: {} }, found);
for (const [name, r] of Object.entries(def.resources ?? {})) walk(`resource ${name}`, r.schema, found);
for (const [name, d] of Object.entries(def.dataSources ?? {})) walk(`data ${name}`, d.schema, found);

/** Canary strings: a key-like run, mixed case, one with a URL's and a network's shape, one close to an allowed value. */
const STRING_CANARIES = [
  "qzkvxwpmtrlbnhgfdsjycaoeuixw",
  "CanaryQzkvXwpmTrLbnh",
  "Readqzkvxwpmtrlb",
  "https://qzkvxwpm.example/{network}/trlbnhgf",
  "qzkvxw.pmtrlb.example",
  "READ",
  "Write ",
  "tgk-Qzkvxw_pmtrLb",
];
/** Number canaries: as a number and as decimal text (how Terraform hands over numbers a double cannot hold). */
const NUMBER_CANARIES: (number | string)[] = [987654321987, -987654321987, 98765.4321, "987654321987987654321987", "0.000987654321"];

/** Every run of 6 characters of `canary` (case-insensitive), as a quoted prefix or slice would show. */
function runsOf(canary: string): string[] {
  const letters = canary.toLowerCase();
  const runs: string[] = [];
  for (let i = 0; i + 6 <= letters.length; i++) runs.push(letters.slice(i, i + 6));
  return runs;
}

function problemsOf(validators: readonly Validator[], value: unknown): string[] {
  const out: string[] = [];
  for (const v of validators) {
    let p: ReturnType<Validator>;
    try {
      p = v(value);
    } catch (err) {
      p = err instanceof Error ? err.message : String(err);
    }
    if (typeof p === "string") out.push(p);
    else if (Array.isArray(p)) out.push(...(p as string[]));
  }
  return out;
}

describe("provider validators never repeat the value they refuse", () => {
  it("finds the validators to test (the walk is not vacuous)", () => {
    const names = found.map((f) => f.where);
    for (const expected of ["provider.base_url", "provider.max_retries", "resource c1twingate_credential_check.require", "resource c1twingate_credential_check.surface", "data c1twingate_sync_preview.connector_version"]) {
      expect(names).toContain(expected);
    }
    expect(found.length).toBeGreaterThanOrEqual(15);
  });

  it.each(found.map((f) => [f.where, f] as const))("%s: no canary, nor any 6-character run of it, in its messages", (_where, f) => {
    const canaries: unknown[] = f.type.includes("number") ? NUMBER_CANARIES : STRING_CANARIES;
    let refused = 0;
    for (const canary of canaries) {
      const problems = problemsOf(f.validators, canary);
      if (problems.length > 0) refused++;
      const text = problems.join("\n").toLowerCase();
      const leaked = runsOf(String(canary)).filter((run) => text.includes(run));
      expect({ canary, leaked }).toEqual({ canary, leaked: [] });
      // Short canaries (an allowed value in the wrong case) are not repeated either, quoted or bare.
      if (String(canary).trim().length < 6 && problems.length > 0) expect(problems.join("\n")).not.toContain(String(canary).trim());
    }
    // Each validator refuses some canary, so its message was actually looked at.
    expect(refused).toBeGreaterThan(0);
  });

  it("still says what is wrong: the allowed values, the length, a case-only difference, the bound missed", () => {
    const require = found.find((f) => f.where === "resource c1twingate_credential_check.require");
    expect(problemsOf(require?.validators ?? [], "qzkvxwpmtrlbnhgfdsjycaoeuixw")).toEqual(['require must be one of "read" or "write": the value given (28 characters) is not one of them and is not shown']);
    expect(problemsOf(require?.validators ?? [], "READ")).toEqual([expect.stringContaining("differs from one of them only in letter case")]);
    const retries = found.find((f) => f.where === "provider.max_retries");
    expect(problemsOf(retries?.validators ?? [], 987654321987)).toEqual(["max_retries must be a whole number from 0 to 10: the value given (not shown) is greater than 10"]);
  });
});
