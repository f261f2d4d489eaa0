import { existsSync, rmSync, writeFileSync } from "node:fs";
import { isAbsolute, join, resolve, sep } from "node:path";
import { classifyError, ConfigurationError, isEnvironmentFsError } from "../errors.js";
import { outsideRepositoryWords } from "../util/inside-repository.js";
import { isInside } from "../util/is-inside.js";
import { parseDurationSeconds, parseWholeNumber } from "../util/numbers.js";
import { makeDirectorySync } from "../util/make-directory.js";

/** Reads one action input. Composite actions pass inputs through `env:`, so both spellings are accepted. */
export type InputReader = (name: string) => string | undefined;

export function createEnvInputReader(env: NodeJS.ProcessEnv): InputReader {
  return (name) => {
    const upper = name.toUpperCase().replace(/ /g, "_");
    const value = env[`INPUT_${upper}`] ?? env[`INPUT_${upper.replace(/-/g, "_")}`];
    const trimmed = value?.trim();
    return trimmed ? trimmed : undefined;
  };
}

export function getOptionalInput(read: InputReader, name: string): string | undefined {
  return read(name);
}

/**
 * The `domain` input (another Astro installation's domain, the API being https://api.<domain>/v1): a host name, or
 * undefined when empty. A URL or a trailing slash (`https://astronomer.io`, `astronomer.io/`) would build an API URL
 * that answers nothing useful, so it is refused here, naming the input.
 * @throws ConfigurationError for anything but a host name.
 */
export function getDomainInput(read: InputReader): string | undefined {
  const domain = read("domain");
  if (domain !== undefined && !/^[a-z0-9.-]+\.[a-z]{2,}$/i.test(domain)) throw new ConfigurationError(`input 'domain' must be a host name like astronomer.io, not '${domain}'`, { fix: "write the host name only (no https://, no path), or leave it empty for Astro's public API" });
  return domain;
}

export function getBooleanInput(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name);
  if (value === undefined) return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new ConfigurationError(`input '${name}' must be true or false, not '${value}'`, { fix: `set ${name}: true or ${name}: false in the workflow step` });
}

/**
 * A boolean input whose empty value means "not given" (then a config file or default decides): `true`/`false` in any
 * case, like `@actions/core`'s getBooleanInput (`True`, `FALSE`), plus yes/no/on/off/1/0 as getBooleanInput here.
 * @throws ConfigurationError naming the input for anything else.
 */
export function getOptionalBooleanInput(read: InputReader, name: string): boolean | undefined {
  return read(name) === undefined ? undefined : getBooleanInput(read, name, false);
}

/**
 * Split an arguments input the way a POSIX shell splits words, without any expansion (no `$VAR`, globs or
 * substitutions: the words go to pytest's argv, never through a shell): blanks and newlines separate words,
 * '...' keeps its text as it is, "..." keeps it with \" and \\ unescaped, and \ outside quotes takes the next
 * character literally. `-k 'slow and not db'` is two words. A tokenizer of our own: 20 lines, no dependency.
 * @throws ConfigurationError naming the input for an unterminated quote.
 */
export function splitArgumentsInput(value: string, input: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  for (let i = 0; i < value.length; i++) {
    const c = value[i] as string;
    if (/\s/.test(c)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else if (c === "'" || c === '"') {
      const end = c === "'" ? value.indexOf("'", i + 1) : closingDoubleQuote(value, i + 1);
      if (end === -1) throw new ConfigurationError(`input '${input}' has an unterminated ${c} quote: ${value}`, { fix: `close the quote, e.g. ${input}: -k ${c}slow and not db${c}` });
      const inner = value.slice(i + 1, end);
      word = (word ?? "") + (c === '"' ? inner.replace(/\\(["\\$`])/g, "$1") : inner);
      i = end;
    } else if (c === "\\" && i + 1 < value.length) {
      word = (word ?? "") + value[++i];
    } else word = (word ?? "") + c;
  }
  if (word !== undefined) words.push(word);
  return words;
}

function closingDoubleQuote(value: string, from: number): number {
  for (let i = from; i < value.length; i++) {
    if (value[i] === "\\") i++;
    else if (value[i] === '"') return i;
  }
  return -1;
}

export function getChoiceInput<T extends string>(read: InputReader, name: string, choices: readonly T[]): T | undefined {
  const value = read(name);
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`input '${name}' must be one of ${choices.join(", ")}, not '${value}'`, {
    fix: `set ${name} to one of: ${choices.join(", ")}`,
  });
}

/**
 * A path input resolved against the workspace; one that leaves the repository is a user error. A leading slash
 * names the repository root (`/astro` is `astro`, `/` is the root) unless the absolute path is inside the
 * workspace already (`${{ github.workspace }}/astro`): teams write project paths both ways.
 */
export function resolveInsideWorkspace(workspace: string, value: string, input: string): string {
  const inside = (abs: string): boolean => isInside(workspace, abs);
  const abs = resolve(workspace, value);
  if (inside(abs)) return abs;
  if (isAbsolute(value)) {
    const fromRoot = resolve(workspace, `.${sep}${value.replace(/^[\\/]+/, "")}`);
    if (inside(fromRoot) && existsSync(fromRoot)) return fromRoot;
  }
  throw new ConfigurationError(outsideRepositoryWords(`input '${input}' (${value})`), { fix: `give ${input} as a path relative to the repository root (astro, ./astro or /astro)` });
}

/** An optional path input (`config`) resolved as {@link resolveInsideWorkspace} does; undefined when not given. */
export function optionalPathInside(workspace: string, value: string | undefined, input: string): string | undefined {
  return value === undefined ? undefined : resolveInsideWorkspace(workspace, value, input);
}

/** A whole-number input (`jobs: 4`); anything else is a ConfigurationError naming the input and an example. */
export function getWholeNumberInput(read: InputReader, name: string, limits: { min?: number; max?: number; example: string }): number | undefined {
  const value = read(name);
  return value === undefined ? undefined : parseWholeNumber(value, `input '${name}'`, { ...limits, example: `${name}: ${limits.example}` });
}

/** A duration input in seconds (`600`, `90s`, `10m`); `abc` is a ConfigurationError, never NaN. */
export function getDurationInput(read: InputReader, name: string, example: string): number | undefined {
  const value = read(name);
  return value === undefined ? undefined : parseDurationSeconds(value, `input '${name}'`, { example: `${name}: ${example}` });
}

/**
 * A cache folder input, checked once: created if missing and probed with a small write. A cache that cannot be used
 * (`cache: /proc`, a file, a read-only or full disk) must not fail the step: the result says why, and the caller runs
 * without it (or with `fallback`) and shows that reason as a notice.
 */
export function usableCacheDir(workspace: string, value: string | undefined, input: string): { dir?: string; notice?: string } {
  if (value === undefined) return {};
  const dir = resolve(workspace, value);
  try {
    makeDirectorySync(dir);
    const probe = join(dir, `.astro-ci-probe-${process.pid}`);
    writeFileSync(probe, "");
    rmSync(probe, { force: true });
    return { dir };
  } catch (error) {
    if (!isEnvironmentFsError(error)) throw error;
    return { notice: `input '${input}' (${value}) cannot be used as a cache: ${classifyError(error).describe()} Running without it.` };
  }
}
