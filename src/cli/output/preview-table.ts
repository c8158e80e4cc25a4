import { displayed, UntrustedText } from "../../untrusted-text";

/** A table cell: our text, a number, or server text (shown neutralised). */
export type Cell = string | number | UntrustedText;

/** Characters shown of server text in a cell (a group name may be thousands long; the column would be as wide). */
const CELL_MAX_CHARS = 60;

/** Plain-text tables for the terminal: a header row, aligned columns, numbers right-aligned, server text cut to {@link CELL_MAX_CHARS}. */
export function textTable(header: readonly string[], rows: ReadonlyArray<readonly Cell[]>, indent = "  "): string[] {
  const cells = [header, ...rows].map((r) => r.map((c) => (c instanceof UntrustedText ? c.shown(CELL_MAX_CHARS) : displayed(c))));
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
