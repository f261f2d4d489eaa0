import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  ConfigurationError
} from "./chunk-MOGDTFFA.js";

// src/util/numbers.ts
function parseWholeNumber(value, name, limits) {
  const min = limits.min ?? 1;
  const max = limits.max ?? Number.MAX_SAFE_INTEGER;
  const trimmed = value.trim();
  const n = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
  if (!Number.isSafeInteger(n) || n < min || n > max) {
    const range = limits.max !== void 0 ? `between ${min} and ${max}` : min === 0 ? "0 or more" : `${min} or more`;
    throw new ConfigurationError(`${name} must be a whole number ${range}, not '${value}'`, { fix: `e.g. ${limits.example}` });
  }
  return n;
}
var DURATION_UNITS = { "": 1, s: 1, sec: 1, m: 60, min: 60, h: 3600 };
function parseDurationSeconds(value, name, options) {
  const match = /^(\d+(?:\.\d+)?)\s*(s|sec|m|min|h)?$/i.exec(value.trim());
  const seconds = match ? Number(match[1]) * (DURATION_UNITS[(match[2] ?? "").toLowerCase()] ?? NaN) : NaN;
  const max = options.maxSeconds ?? 86400;
  if (!Number.isFinite(seconds) || seconds < 0 || seconds === 0 && !options.allowZero || seconds > max) {
    throw new ConfigurationError(`${name} must be a duration ${options.allowZero ? "of 0 or more" : "above 0"} and at most ${max} seconds (like 600, 90s, 10m), not '${value}'`, { fix: `e.g. ${options.example}` });
  }
  return seconds;
}
var SIZE_UNITS = { "": 1, b: 1, kb: 1e3, mb: 1e3 ** 2, gb: 1e3 ** 3, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, k: 1024, m: 1024 ** 2, g: 1024 ** 3 };
function parseByteSize(value, name, options) {
  const text = String(value).trim();
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(text);
  const unit = (match?.[2] ?? "").toLowerCase();
  const bytes = match ? Math.floor(Number(match[1]) * (SIZE_UNITS[unit] ?? NaN)) : NaN;
  if (!Number.isSafeInteger(bytes) || bytes <= 0 || options.max !== void 0 && bytes > options.max) {
    const range = options.max === void 0 ? "above 0" : `above 0 and at most ${formatByteSize(options.max)}`;
    throw new ConfigurationError(`${name} must be a size ${range} (like 5MB, 500kB or a number of bytes), not '${text}'`, { fix: `e.g. ${options.example}` });
  }
  return bytes;
}
var MAX_TIMER_MS = 2 ** 31 - 1;
function formatByteSize(bytes) {
  if (bytes >= 1024 ** 3 && bytes % 1024 ** 3 === 0) return `${bytes / 1024 ** 3} GiB`;
  if (bytes >= 1024 ** 2 && bytes % 1024 ** 2 === 0) return `${bytes / 1024 ** 2} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0 && bytes < 1024 ** 2) return `${bytes / 1024} KiB`;
  if (bytes < 1e3) return `${bytes} bytes`;
  if (bytes < 1e3 ** 2) return `${(bytes / 1e3).toFixed(1)} kB`;
  if (bytes < 1e3 ** 3) return `${(bytes / 1e3 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1e3 ** 3).toFixed(1)} GB`;
}
function plural(count, singular, pluralForm = `${singular}s`) {
  return `${count} ${count === 1 ? singular : pluralForm}`;
}

export {
  parseWholeNumber,
  parseDurationSeconds,
  parseByteSize,
  MAX_TIMER_MS,
  formatByteSize,
  plural
};
