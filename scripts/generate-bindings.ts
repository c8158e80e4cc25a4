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
import { parseArgs } from "node:util";
import { staleBindings, writeBindings } from "./bindings/generate";
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
    const report = adoptConductoroneSchema(newSchema, newVersion, CONDUCTORONE_SCHEMA_FILE);
    process.stdout.write(`${CONDUCTORONE_SCHEMA_FILE}: schema of conductorone/conductorone ${newVersion} (bindings constraint ${report.constraint})\n`);
    const list = (title: string, items: string[]): void => {
      if (items.length === 0) return;
      process.stdout.write(`${title} (${items.length}):\n`);
      for (const item of items) process.stdout.write(`  ${item}\n`);
    };
    list("New attributes and types: look up their plan modifiers, validators and import format in the provider's source at this tag and add them to the x_* keys", report.added);
    list("Gone attributes and types: the bindings lose them; change any code that used them", report.removed);
    if (report.stale.length > 0) {
      list("x_* facts about attributes that no longer exist: fix or remove each (the stand-in refuses to start until then)", report.stale);
      process.stderr.write(`Stale x_* facts in ${CONDUCTORONE_SCHEMA_FILE}: the bindings were not regenerated. Fix them, then run npm run bindings.\n`);
      return 1;
    }
  }

  const targets = await allTargets();
  if (values.check) {
    const stale = await staleBindings(targets, BINDINGS_DIR);
    for (const line of stale) process.stderr.write(`${line}\n`);
    return stale.length === 0 ? 0 : 1;
  }
  for (const target of targets) {
    const { files, changed } = await writeBindings(target, BINDINGS_DIR);
    process.stdout.write(`constructs/bindings/${target.name}: ${files} files (${target.source} ${target.versionConstraint}), ${changed} changed\n`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
    process.exit(1);
  },
);
