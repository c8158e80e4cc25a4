import { displayed, type UntrustedText } from "../../untrusted-text";

/** A table cell: our text, a number, or server text (shown neutralised). */
export type Cell = string | number | UntrustedText;

/** Plain-text tables for the terminal: a header row, aligned columns, numbers right-aligned. */
export function textTable(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>, indent = "  "): string[] {
  const cells = [header, ...rows].map((r) => r.map(displayed));
  const widths = header.map((_, i) => Math.max(...cells.map((r) => [...(r[i] ?? "")].length)));
  const numeric = header.map((_, i) => rows.length > 0 && rows.every((r) => typeof r[i] === "number"));
  return cells.map((r, rowIndex) =>
    indent +
    r
      .map((c, i) => {
        const pad = " ".repeat(Math.max(0, (widths[i] ?? 0) - [...c].length));
        return numeric[i] && rowIndex > 0 ? pad + c : c + pad;
      })
      .join("  ")
      .trimEnd(),
  );
}
