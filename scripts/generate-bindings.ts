/**
 * Regenerates constructs/bindings/{conductorone,c1twingate} with CDKTF's binding generator,
 * offline, from the provider schemas (see scripts/bindings/targets.ts). Never edit those
 * folders by hand: change the schema (or our provider) and run this.
 *
 *   npm run bindings                      # regenerate both
 *   npm run bindings -- --check           # exit 1 when the committed bindings differ
 *   npm run bindings -- --conductorone-schema schema.json --conductorone-version 1.6.0
 *       # adopt a newer ConductorOne provider: `schema.json` is `terraform providers schema -json`
 *       # of a configuration that requires that version (docs/constructs.md, "Bindings")
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { parseArgs } from "node:util";
import { differences, generateBindings, readBindings } from "./bindings/generate";
import { adoptConductoroneSchema } from "./bindings/adopt-schema";
import { BINDINGS_DIR, CONDUCTORONE_SCHEMA_FILE, allTargets } from "./bindings/targets";

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      check: { type: "boolean", default: false },
      "conductorone-schema": { type: "string" },
      "conductorone-version": { type: "string" },
    },
  });
  const newSchema = values["conductorone-schema"];
  const newVersion = values["conductorone-version"];
  if ((newSchema === undefined) !== (newVersion === undefined)) {
    process.stderr.write("--conductorone-schema and --conductorone-version go together: the schema file and the provider version it was taken from\n");
    return 2;
  }
  if (newSchema !== undefined && newVersion !== undefined) {
    const notes = adoptConductoroneSchema(newSchema, newVersion, CONDUCTORONE_SCHEMA_FILE);
    process.stdout.write(`${CONDUCTORONE_SCHEMA_FILE}: schema of conductorone/conductorone ${newVersion}\n`);
    for (const note of notes) process.stdout.write(`  ${note}\n`);
  }

  let stale = 0;
  for (const target of await allTargets()) {
    const dir = join(BINDINGS_DIR, target.name);
    const generated = await generateBindings(target);
    const changed = differences(generated, readBindings(dir));
    if (values.check) {
      if (changed.length > 0) {
        stale += 1;
        process.stderr.write(`constructs/bindings/${target.name}: ${changed.length} file(s) differ from the generator's output (${changed.slice(0, 5).join(", ")}${changed.length > 5 ? ", ..." : ""}). Run npm run bindings.\n`);
      }
      continue;
    }
    rmSync(dir, { recursive: true, force: true });
    for (const [path, text] of generated) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), text);
    }
    process.stdout.write(`constructs/bindings/${target.name}: ${generated.size} files (${target.source} ${target.versionConstraint}), ${changed.length} changed\n`);
  }
  return stale === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exit(1);
  },
);
