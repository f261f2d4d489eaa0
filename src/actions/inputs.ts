import { isAbsolute, relative, resolve, sep } from "node:path";
import { ConfigurationError } from "../errors.js";

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

export function getBooleanInput(read: InputReader, name: string, fallback: boolean): boolean {
  const value = read(name);
  if (value === undefined) return fallback;
  if (/^(true|yes|on|1)$/i.test(value)) return true;
  if (/^(false|no|off|0)$/i.test(value)) return false;
  throw new ConfigurationError(`input '${name}' must be true or false, not '${value}'`, { fix: `set ${name}: true or ${name}: false in the workflow step` });
}

export function getChoiceInput<T extends string>(read: InputReader, name: string, choices: readonly T[]): T | undefined {
  const value = read(name);
  if (value === undefined) return undefined;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new ConfigurationError(`input '${name}' must be one of ${choices.join(", ")}, not '${value}'`, {
    fix: `set ${name} to one of: ${choices.join(", ")}`,
  });
}

/** A path input resolved against the workspace; one that leaves the repository is a user error. */
export function resolveInsideWorkspace(workspace: string, value: string, input: string): string {
  const abs = resolve(workspace, value);
  const rel = relative(workspace, abs);
  if (rel === ".." || rel.startsWith(`..${sep}`) || isAbsolute(rel)) {
    throw new ConfigurationError(`input '${input}' points outside the repository: ${value}`, { fix: `give ${input} as a path relative to the repository root` });
  }
  return abs;
}
