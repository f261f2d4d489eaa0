import { ConfigurationError } from "../errors.js";

/**
 * Numeric and duration options, read the same way for CLI flags, action inputs and astro-ci.yaml: a value that is not
 * what it claims to be is a {@link ConfigurationError} naming the option and an example, never `NaN` (which made
 * `--wait-timeout abc` wait forever).
 */

/** A whole number in [min, max]. `name` is how the user wrote the option (`--jobs`, `input 'wait-timeout'`). */
export function parseWholeNumber(value: string, name: string, limits: { min?: number; max?: number; example: string }): number {
  const min = limits.min ?? 1;
  const max = limits.max ?? Number.MAX_SAFE_INTEGER;
  const trimmed = value.trim();
  const n = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range = limits.max !== undefined ? `between ${min} and ${max}` : min === 0 ? "0 or more" : `${min} or more`;
    throw new ConfigurationError(`${name} must be a whole number ${range}, not '${value}'`, { fix: `e.g. ${limits.example}` });
  }
  return n;
}

const DURATION_UNITS: Record<string, number> = { "": 1, s: 1, sec: 1, m: 60, min: 60, h: 3600 };

/**
 * A duration in seconds: `600`, `600s`, `10m`, `1.5h`. Must be above 0 and at most `maxSeconds` (default one day).
 */
export function parseDurationSeconds(value: string, name: string, options: { example: string; maxSeconds?: number; /** 0 means "do not wait", for wait timeouts. */ allowZero?: boolean }): number {
  const match = /^(\d+(?:\.\d+)?)\s*(s|sec|m|min|h)?$/i.exec(value.trim());
  const seconds = match ? Number(match[1]) * (DURATION_UNITS[(match[2] ?? "").toLowerCase()] ?? NaN) : NaN;
  const max = options.maxSeconds ?? 86_400;
  if (!Number.isFinite(seconds) || seconds < 0 || (seconds === 0 && !options.allowZero) || seconds > max) {
    throw new ConfigurationError(`${name} must be a duration ${options.allowZero ? "of 0 or more" : "above 0"} and at most ${max} seconds (like 600, 90s, 10m), not '${value}'`, { fix: `e.g. ${options.example}` });
  }
  return seconds;
}

const SIZE_UNITS: Record<string, number> = { "": 1, b: 1, kb: 1000, mb: 1000 ** 2, gb: 1000 ** 3, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };

/** A size in bytes: `5242880`, `5MB` (10^6), `5MiB` or `5M` (2^20), `500kB`. Above 0 and at most `max` (bytes) when given. */
export function parseByteSize(value: string | number, name: string, options: { example: string; max?: number }): number {
  const text = String(value).trim();
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(text);
  const unit = (match?.[2] ?? "").toLowerCase();
  const bytes = match ? Math.floor(Number(match[1]) * (SIZE_UNITS[unit] ?? NaN)) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0 || (options.max !== undefined && bytes > options.max)) {
    const range = options.max === undefined ? "above 0" : `above 0 and at most ${formatByteSize(options.max)}`;
    throw new ConfigurationError(`${name} must be a size ${range} (like 5MB, 500kB or a number of bytes), not '${text}'`, { fix: `e.g. ${options.example}` });
  }
  return bytes;
}

/**
 * The longest delay Node's timers take, in ms (2^31-1, about 24.8 days): a longer one fires at once (with a
 * TimeoutOverflowWarning), so a computed time limit is capped at it.
 */
export const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * `6.3 MB`-style size for messages (decimal units, as `ls -h --si`); a whole number of MiB or KiB, as limits are
 * usually set (`5MiB`, the default max-file-size), is written so: `5 MiB`, not `5.2 MB` (and a whole number of GiB: `1 GiB`).
 */
export function formatByteSize(bytes: number): string {
  if (bytes >= 1024 ** 3 && bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3} GiB`;
  if (bytes >= 1024 ** 2 && bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0 && bytes < 1024 ** 2) return `${bytes / 1024} KiB`;
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 1000 ** 2) return `${(bytes / 1000).toFixed(1)} kB`;
  if (bytes < 1000 ** 3) return `${(bytes / 1000 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1000 ** 3).toFixed(1)} GB`;
}

/** `1 file`, `2 files`: English plural of a count with a regular (or given) plural. */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}
