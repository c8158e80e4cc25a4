/**
 * GitHub Actions workflow commands (`::error title=...::message`), escaped as the runner
 * unescapes them: in the message `%`, CR and LF; in property values also `:` and `,`, which
 * otherwise end the value. Without this a message with a newline loses everything after it,
 * and a crafted value could inject a second command.
 */

export type AnnotationLevel = "error" | "warning" | "notice";

export interface AnnotationProperties {
  title?: string;
  file?: string;
  line?: number;
  endLine?: number;
  col?: number;
  endColumn?: number;
}

export function escapeData(value: string): string {
  return value.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

export function escapeProperty(value: string): string {
  return escapeData(value).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

/** One workflow command line (without the trailing newline). */
export function workflowCommand(command: string, properties: Record<string, string | number | undefined>, message: string): string {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${key}=${escapeProperty(String(value))}`)
    .join(",");
  return `::${command}${props.length > 0 ? ` ${props}` : ""}::${escapeData(message)}`;
}

export function annotation(level: AnnotationLevel, message: string, properties: AnnotationProperties = {}): string {
  return workflowCommand(level, { ...properties }, message);
}
