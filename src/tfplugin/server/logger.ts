/**
 * hclog-style JSON logging on stderr. Terraform parses these lines into its own
 * log (TF_LOG / TF_LOG_PROVIDER); stdout is reserved for the handshake.
 */

export type LogLevel = "trace" | "debug" | "info" | "warn" | "error";
export type LogFields = Record<string, unknown>;

export interface Logger {
  trace(message: string, fields?: LogFields): void;
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
  /** A logger whose lines carry extra fields (e.g. the RPC name). */
  with(fields: LogFields): Logger;
}

export interface LoggerOptions {
  module?: string;
  level?: LogLevel;
  /** Applied to the whole serialised line: scrub secrets here. */
  redact?: (text: string) => string;
  write?: (line: string) => void;
  fields?: LogFields;
}

const ORDER: Record<LogLevel, number> = { trace: 0, debug: 1, info: 2, warn: 3, error: 4 };

export function parseLogLevel(text: string | undefined): LogLevel | undefined {
  const t = text?.trim().toLowerCase();
  if (t === "warning") return "warn";
  return t && t in ORDER ? (t as LogLevel) : undefined;
}

/**
 * The level Terraform logs a provider's lines at, read from the environment Terraform passes on to
 * the provider: TF_LOG_PROVIDER, else TF_LOG; `JSON` and names that are not levels mean TRACE;
 * neither set (or `OFF`) means off (Terraform's internal/logging; "Logging is off for all
 * subsystems by default": developer.hashicorp.com/terraform/plugin/log/managing). A line Terraform
 * discards is not worth writing: each is serialised and scrubbed of secrets first.
 */
export function terraformLogLevel(env: NodeJS.ProcessEnv): LogLevel | "off" {
  const text = (env.TF_LOG_PROVIDER || env.TF_LOG || "").trim().toLowerCase();
  if (text === "" || text === "off") return "off";
  return parseLogLevel(text) ?? "trace";
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const min = ORDER[options.level ?? "trace"];
  const write = options.write ?? ((line: string) => process.stderr.write(line));
  const redact = options.redact ?? ((t: string) => t);
  const base = options.fields ?? {};
  const emit = (level: LogLevel, message: string, fields?: LogFields): void => {
    if (ORDER[level] < min) return;
    const record: LogFields = { "@level": level, "@message": message, "@module": options.module ?? "provider", "@timestamp": timestamp() };
    for (const [k, v] of Object.entries({ ...base, ...fields })) record[k] = v instanceof Error ? v.message : v;
    let line: string;
    try {
      line = JSON.stringify(record);
    } catch {
      line = JSON.stringify({ ...record, fields: "(unserialisable)" });
    }
    write(`${redact(line)}\n`);
  };
  return {
    trace: (m, f) => emit("trace", m, f),
    debug: (m, f) => emit("debug", m, f),
    info: (m, f) => emit("info", m, f),
    warn: (m, f) => emit("warn", m, f),
    error: (m, f) => emit("error", m, f),
    with: (fields) => createLogger({ ...options, fields: { ...base, ...fields } }),
  };
}

// hclog's own format: local time with microseconds and offset.
function timestamp(): string {
  const d = new Date();
  const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, "0");
  const off = -d.getTimezoneOffset();
  const sign = off >= 0 ? "+" : "-";
  return (
    `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}.` +
    `${pad(d.getMilliseconds(), 3)}000${sign}${pad(Math.trunc(off / 60))}:${pad(off % 60)}`
  );
}

/** A provider's logger whose redaction can be set later: by the provider's service, once it is loaded (plugin.ts). */
export interface ProviderLogger extends Logger {
  setRedaction(redact: (text: string) => string): void;
}

/**
 * The provider's logger: hclog JSON on stderr at the level Terraform shows for providers (errors
 * even when its log is off: they are rare, and tell whoever runs the binary by hand what went
 * wrong); debug mode logs at debug by default.
 */
export function createProviderLogger(options: { typeName: string; env?: NodeJS.ProcessEnv; debug: boolean; level?: LogLevel }): ProviderLogger {
  const env = options.env ?? process.env;
  const shown = terraformLogLevel(env);
  let redaction = (text: string): string => text;
  const log = createLogger({
    module: `provider.terraform-provider-${options.typeName}`,
    level: options.level ?? (options.debug ? (parseLogLevel(env.TF_LOG_PROVIDER) ?? "debug") : shown === "off" ? "error" : shown),
    redact: (text) => redaction(text),
  });
  return Object.assign(log, { setRedaction: (redact: (text: string) => string) => void (redaction = redact) });
}

/** Sends console.* to the logger so nothing a library prints can corrupt stdout. */
export function redirectConsole(log: Logger): void {
  // Required here: the provider's start-up code, which runs this, loads no more than it needs.
  const { format } = require("node:util") as typeof import("node:util");
  const to = (level: "debug" | "info" | "warn" | "error") => (...args: unknown[]) => log[level](format(...args));
  console.log = to("info");
  console.info = to("info");
  console.debug = to("debug");
  console.trace = to("debug");
  console.warn = to("warn");
  console.error = to("error");
}
