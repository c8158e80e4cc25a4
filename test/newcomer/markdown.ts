/** Reading what the docs say, for tests that do exactly that: sections and fenced code blocks. */

/** The text under a `## heading` (up to the next heading of the same or a higher level). */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split("\n");
  const start = lines.findIndex((l) => /^#{1,6} /.test(l) && l.replace(/^#+ /, "").trim() === heading);
  if (start < 0) throw new Error(`no section "${heading}"`);
  const level = (/^#+/.exec(lines[start] ?? "")?.[0] ?? "").length;
  let inFence = false;
  const body: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.startsWith("```")) inFence = !inFence;
    const m = /^(#+) /.exec(line);
    if (!inFence && m && (m[1] ?? "").length <= level) break;
    body.push(line);
  }
  return body.join("\n");
}

/** Fenced code blocks of the given languages, in order. */
export function fencedBlocks(markdown: string, languages: readonly string[]): string[] {
  const blocks: string[] = [];
  for (const m of markdown.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)) if (languages.includes(m[1] ?? "")) blocks.push(m[2] ?? "");
  return blocks;
}

/** A shell block as commands: comments dropped, `\` continuations joined. */
export function shellCommands(block: string): string[] {
  return block
    .replace(/\\\n\s*/g, "")
    .split("\n")
    .map((l) => l.replace(/\s+#.*$/, "").trim())
    .filter((l) => l.length > 0 && !l.startsWith("#"));
}
