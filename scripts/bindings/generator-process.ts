/**
 * Runs CDKTF's binding generator (`@cdktf/provider-generator`, what `cdktf get` runs) for one
 * provider, in a process of its own, started by generate.ts with an environment it chose:
 * loading @cdktf/commons spawns `terraform version -json`, and that child inherits the real
 * process environment, which a parent (e.g. a jest worker, whose `process.env` is a sandboxed
 * copy) cannot quieten from inside. Not for direct use.
 *
 *   node --import tsx scripts/bindings/generator-process.ts <job.json>
 *
 * job.json: { provider_schemas, name, source, versionConstraint, outdir }. Writes the generated
 * tree under `<outdir>/providers/<name>/`; exits non-zero with the error on stderr.
 */
import { readFileSync } from "node:fs";
import * as z from "zod";

const job = z.object({
  provider_schemas: z.record(z.string(), z.unknown()),
  name: z.string().min(1),
  source: z.string().min(1),
  versionConstraint: z.string().min(1),
  outdir: z.string().min(1),
});

/** What generate.ts writes to the job file (also makes tsc check this file through that import). */
export type GeneratorJob = z.input<typeof job>;

async function main(file: string | undefined): Promise<void> {
  if (!file) throw new Error("usage: generator-process.ts <job.json>");
  const j = job.parse(JSON.parse(readFileSync(file, "utf8")));
  const { TerraformProviderGenerator, CodeMaker } = await import("@cdktf/provider-generator");
  const { ConstructsMakerProviderTarget, TerraformProviderConstraint, LANGUAGES } = await import("@cdktf/commons");
  const code = new CodeMaker();
  const generator = new TerraformProviderGenerator(code, { provider_schemas: j.provider_schemas } as ConstructorParameters<typeof TerraformProviderGenerator>[1]);
  const constraint = new TerraformProviderConstraint({ name: j.name, source: j.source, version: j.versionConstraint });
  generator.generate(new ConstructsMakerProviderTarget(constraint, LANGUAGES[0] as (typeof LANGUAGES)[number]));
  await code.save(j.outdir);
}

main(process.argv[2]).then(
  // @cdktf/commons keeps its terraform-version promise (and a log4js appender) alive: leave now.
  () => process.exit(0),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
