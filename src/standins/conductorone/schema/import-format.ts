/**
 * Import formats of the real provider, as the schema document's `x_import` describes them:
 * a plain id written to one attribute, a JSON object whose keys are all required (decoded
 * with unknown fields refused), or no import at all (the integration resources).
 */
export type ImportFormat =
  | { readonly kind: "plain"; readonly attribute: string }
  | { readonly kind: "json"; readonly keys: readonly string[] }
  | { readonly kind: "unsupported"; readonly summary: string; readonly detail: string };

export function parseImportFormat(type: string, text: string): ImportFormat {
  const plain = /^plain string: the import ID is written to ([a-z_][a-z0-9_]*)$/.exec(text);
  if (plain) return { kind: "plain", attribute: plain[1] as string };
  if (text.startsWith("JSON object string {")) {
    const object = /^JSON object string (\{[^}]*\})/.exec(text)?.[1] ?? "";
    const keys = [...object.matchAll(/"([a-z_][a-z0-9_]*)": "\.\.\."/g)].map((m) => m[1] as string);
    if (keys.length > 0 && /DisallowUnknownFields/.test(text)) return { kind: "json", keys };
  }
  const unsupported = /^not supported: ImportState returns error "([^"]+)" \("([^"]+)"\)$/.exec(text);
  if (unsupported) return { kind: "unsupported", summary: unsupported[1] as string, detail: unsupported[2] as string };
  throw new Error(`x_import["${type}"]: the stand-in does not understand the import format "${text}"; teach src/standins/conductorone/schema/import-format.ts`);
}

/** Thrown for an import id the format refuses; `summary`/`detail` become the diagnostic. */
export class ImportIdError extends Error {
  constructor(
    readonly summary: string,
    readonly detail: string,
  ) {
    super(`${summary}: ${detail}`);
  }
}

/** The attributes an import id sets, or an ImportIdError with the reason. */
export function attributesFromImportId(format: ImportFormat, id: string): Record<string, string> {
  switch (format.kind) {
    case "unsupported":
      throw new ImportIdError(format.summary, format.detail);
    case "plain":
      return { [format.attribute]: id };
    case "json": {
      const example = `{${format.keys.map((k) => `"${k}": ""`).join(", ")}}`;
      let parsed: unknown;
      try {
        parsed = JSON.parse(id);
      } catch {
        throw new ImportIdError("Invalid ID", `The import ID is not valid. It is expected to be a JSON object string with the format: '${example}'`);
      }
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        throw new ImportIdError("Invalid ID", `The import ID is not valid. It is expected to be a JSON object string with the format: '${example}'`);
      }
      const record = parsed as Record<string, unknown>;
      const unknownKey = Object.keys(record).find((k) => !format.keys.includes(k));
      if (unknownKey !== undefined) {
        throw new ImportIdError("Invalid ID", `The import ID is not valid: unknown field "${unknownKey}". It is expected to be a JSON object string with the format: '${example}'`);
      }
      const out: Record<string, string> = {};
      for (const key of format.keys) {
        const value = record[key];
        if (typeof value !== "string" || value === "") {
          throw new ImportIdError("Missing required field", `The field ${key} is required but was not found in the json encoded ID. It's expected to be a value alike '""'`);
        }
        out[key] = value;
      }
      return out;
    }
  }
}
