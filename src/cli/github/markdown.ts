/**
 * Markdown text from untrusted values (group names come from the tenant): escape what would
 * turn into formatting, links, HTML, table cells or mentions in a PR comment or job summary.
 */
export function mdText(value: string): string {
  return value
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    // With [ and ] escaped no link can form, so ( ) ! need no escape.
    .replace(/[\\`*_{}[\]|~]/g, (c) => `\\${c}`)
    .replace(/@/g, "@\u200b")
    .replace(/\r?\n|\r/g, " ");
}

export function mdTable(header: readonly string[], rows: ReadonlyArray<readonly (string | number)[]>, align?: readonly ("l" | "r")[]): string {
  const sep = header.map((_, i) => ((align?.[i] ?? "l") === "r" ? "---:" : "---"));
  const line = (cells: readonly (string | number)[]) => `| ${cells.map(String).join(" | ")} |`;
  return [line(header), line(sep), ...rows.map(line)].join("\n");
}
