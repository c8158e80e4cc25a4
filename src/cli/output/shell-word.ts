/**
 * `word` as one word of a POSIX shell command line (sh, bash, zsh), for commands the CLI prints
 * to paste: unchanged when it holds only characters no shell treats specially, else in single
 * quotes, each `'` written as `'\''` (shell-quote, which the tree has, also escapes `=`, which
 * would make every printed `-platform=…` harder to read).
 */
export function shellWord(word: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(word) ? word : `'${word.replaceAll("'", `'\\''`)}'`;
}
