import { ConfigurationError } from "../errors.js";
import type { YamlSource } from "../util/yaml-file.js";

/** GitHub's repository permission levels, weakest first (the `role_name` of GET collaborators/{user}/permission). */
export const PERMISSION_LEVELS = ["none", "read", "triage", "write", "maintain", "admin"] as const;
export type PermissionLevel = (typeof PERMISSION_LEVELS)[number];

/** The PR comment commands astro-ci answers. */
export const COMMAND_NAMES = ["help", "status", "validate", "preview", "teardown", "deploy", "lock", "unlock"] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

/** The `commands:` section of astro-ci.yaml, checked and with defaults. */
export interface CommandSettings {
  /** What a command line starts with, e.g. `/astro` (compared case-insensitively). */
  prefix: string;
  /** Lowest repository permission that may run each command. */
  permissions: Record<CommandName, PermissionLevel>;
  /** Fork PRs: `off` refuses every deploy (preview included); `dags-only` allows DAG-only deploys (files as data). */
  forks: "off" | "dags-only";
  /** Whether `/astro deploy` may target entries marked `protected: true`. */
  allowProtected: boolean;
}

export const DEFAULT_COMMAND_PERMISSIONS: Record<CommandName, PermissionLevel> = {
  help: "none",
  status: "none",
  validate: "write",
  preview: "write",
  teardown: "write",
  deploy: "write",
  lock: "write",
  unlock: "write",
};

interface RawCommands {
  prefix?: string;
  permissions?: Partial<Record<CommandName, PermissionLevel>>;
  forks?: "off" | "dags-only";
  "allow-protected"?: boolean;
}

/**
 * The `commands:` section of a parsed astro-ci.yaml (already validated against schema/astro-ci.schema.json).
 * @throws ConfigurationError when the prefix is not a `/word` (it must never match ordinary prose).
 */
export function parseCommandSettings(source: YamlSource | undefined): CommandSettings {
  const raw = (source?.value as { commands?: RawCommands } | null | undefined)?.commands ?? {};
  const prefix = raw.prefix ?? "/astro";
  if (!/^\/[A-Za-z][A-Za-z0-9_-]{0,31}$/.test(prefix)) {
    throw new ConfigurationError(`commands.prefix must be a slash and a word like /astro, not '${prefix}'`, { file: source?.file, line: source?.lineOf(["commands", "prefix"]), fix: "e.g. prefix: /astro" });
  }
  return {
    prefix,
    permissions: { ...DEFAULT_COMMAND_PERMISSIONS, ...(raw.permissions ?? {}) },
    forks: raw.forks ?? "off",
    allowProtected: raw["allow-protected"] ?? false,
  };
}

/** Does `actual` reach `required`? */
export function permissionAtLeast(actual: PermissionLevel, required: PermissionLevel): boolean {
  return PERMISSION_LEVELS.indexOf(actual) >= PERMISSION_LEVELS.indexOf(required);
}
