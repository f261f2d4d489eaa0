import { ConfigurationError } from "../errors.js";
import { resolveRuntimeImage, UnknownRuntimeTagError, type RuntimeInfo } from "./runtime-versions.js";

export interface DockerfileStage {
  /** The image as written. */
  from: string;
  /** After ARG substitution. */
  resolvedFrom: string;
  name?: string;
  line: number;
  /** The FROM line uses an ARG without a value: the image is chosen at build time. */
  unresolvedArg?: boolean;
}

export interface DockerfileInfo {
  stages: DockerfileStage[];
  runtime?: { image: string; line: number; info: RuntimeInfo };
  args: Record<string, string | undefined>;
  /** ENV settings of the final stage (Airflow reads `AIRFLOW__SECTION__KEY` from them). */
  env: Record<string, string>;
}

/** The Dockerfile has no Astro Runtime image: fatal unless the user told us the Airflow version. */
export class NoRuntimeImageError extends ConfigurationError {}

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

/** Logical instructions: comments dropped, `\` continuations joined, each with its first line number. */
function instructions(text: string): Instruction[] {
  const lines = text.split(/\r?\n/);
  const result: Instruction[] = [];
  let escape = "\\";
  let pending: { text: string; line: number } | undefined;
  let inPreamble = true;
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (inPreamble) {
      const directive = /^#\s*escape\s*=\s*(\S)\s*$/i.exec(raw);
      if (directive) {
        escape = directive[1] as string;
        return;
      }
      if (/^#\s*\w+\s*=/.test(raw)) return;
    }
    if (/^\s*#/.test(raw)) {
      if (!pending) inPreamble = false;
      return;
    }
    if (!raw.trim() && !pending) return;
    inPreamble = false;
    const continued = raw.trimEnd().endsWith(escape);
    const content = continued ? raw.trimEnd().slice(0, -1) : raw;
    if (pending) pending.text += ` ${content.trim()}`;
    else pending = { text: content.trim(), line: lineNo };
    if (!continued) {
      const match = /^(\S+)\s*(.*)$/.exec(pending.text);
      if (match) result.push({ keyword: (match[1] as string).toUpperCase(), args: match[2] as string, line: pending.line });
      pending = undefined;
    }
  });
  if (pending) {
    const match = /^(\S+)\s*(.*)$/.exec(pending.text);
    if (match) result.push({ keyword: (match[1] as string).toUpperCase(), args: match[2] as string, line: pending.line });
  }
  return result;
}

function substitute(value: string, args: Record<string, string | undefined>, file: string, line: number): string {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, braced, op, word, bare) => {
    const name = (braced ?? bare) as string;
    const current = args[name];
    if (op === "-") return current ? current : (word as string);
    if (op === "+") return current ? (word as string) : "";
    if (current === undefined) {
      throw new ConfigurationError(`FROM uses \${${name}} but ARG ${name} has no default value`, {
        file,
        line,
        fix: `give it a default before the first FROM, e.g. ARG ${name}=<value>`,
      });
    }
    return current;
  });
}

export function parseDockerfile(text: string, displayPath: string): DockerfileInfo {
  const args: Record<string, string | undefined> = {};
  const stages: DockerfileStage[] = [];
  const unresolved: ConfigurationError[] = [];
  let env: Record<string, string> = {};
  // Read as UTF-8, a UTF-16 file (Windows editors' "Unicode") is NUL bytes between its letters; docker build
  // reads UTF-8 only, and the instructions below would all look unknown ("no FROM instruction").
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    const utf16 = /^\uFFFD\uFFFD/.test(text) || /^(?:[^\0]\0){2}|^(?:\0[^\0]){2}/.test(text);
    throw new ConfigurationError(utf16 ? "the Dockerfile is UTF-16 text: docker build reads UTF-8 only" : "the Dockerfile holds NUL bytes: it is not text docker build can read", {
      file: displayPath,
      line: text.slice(0, nul).split("\n").length,
      fix: "save it as UTF-8 (in most editors: File > Save with encoding > UTF-8)",
    });
  }
  for (const instruction of instructions(text)) {
    if (instruction.keyword === "ARG" && stages.length === 0) {
      // Only ARGs before the first FROM can be used in FROM lines.
      for (const part of instruction.args.split(/\s+/).filter(Boolean)) {
        const eq = part.indexOf("=");
        if (eq === -1) args[part] = undefined;
        else args[part.slice(0, eq)] = part.slice(eq + 1).replace(/^(["'])(.*)\1$/, "$2");
      }
    } else if (instruction.keyword === "ENV") {
      Object.assign(env, parseEnvInstruction(instruction.args));
    } else if (instruction.keyword === "FROM") {
      env = {};
      const tokens = instruction.args.split(/\s+/).filter((t) => t && !t.startsWith("--"));
      const from = tokens[0];
      if (!from) throw new ConfigurationError("FROM without an image", { file: displayPath, line: instruction.line, fix: "write FROM <image>" });
      const asIndex = tokens.findIndex((t) => t.toUpperCase() === "AS");
      // An ARG without a default in a stage that is not the runtime's (a builder image chosen at build time) is
      // no obstacle: it matters only when no stage can be resolved to an Astro Runtime image.
      let resolvedFrom = from;
      let unresolvedArg: true | undefined;
      try {
        resolvedFrom = substitute(from, args, displayPath, instruction.line);
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        unresolved.push(error);
        unresolvedArg = true;
      }
      stages.push({ from, resolvedFrom, name: asIndex > 0 ? tokens[asIndex + 1] : undefined, line: instruction.line, unresolvedArg });
    }
  }
  if (stages.length === 0) {
    throw new NoRuntimeImageError("the Dockerfile has no FROM instruction", {
      file: displayPath,
      fix: "start it with FROM astrocrpublic.azurecr.io/runtime:<version> (Airflow 3) or FROM quay.io/astronomer/astro-runtime:<version> (Airflow 2)",
    });
  }
  let runtime: DockerfileInfo["runtime"];
  try {
    runtime = findRuntime(stages, displayPath);
  } catch (error) {
    // No runtime found: an unresolvable ARG in a FROM line is the likelier cause, and its message names the fix.
    if (error instanceof NoRuntimeImageError && unresolved[0]) throw unresolved[0];
    throw error;
  }
  return { stages, runtime, args, env };
}

/** The runtime the final stage is built on: follow `FROM <earlier stage>` back to a real image. */
function findRuntime(stages: DockerfileStage[], file: string): DockerfileInfo["runtime"] {
  const byName = new Map(stages.filter((s) => s.name).map((s) => [(s.name as string).toLowerCase(), s]));
  const resolve = (stage: DockerfileStage): { image: string; line: number; info: RuntimeInfo } | undefined => {
    let current: DockerfileStage | undefined = stage;
    const seen = new Set<DockerfileStage>();
    while (current && !seen.has(current)) {
      seen.add(current);
      const parent = byName.get(current.resolvedFrom.toLowerCase());
      if (parent && parent !== current) {
        current = parent;
        continue;
      }
      if (current.unresolvedArg) return undefined;
      let info: RuntimeInfo | undefined;
      try {
        info = resolveRuntimeImage(current.resolvedFrom);
      } catch (error) {
        if (error instanceof UnknownRuntimeTagError) {
          throw new ConfigurationError(error.message, {
            file,
            line: current.line,
            fix: "use a released Astro Runtime tag such as quay.io/astronomer/astro-runtime:12.1.0 or astrocrpublic.azurecr.io/runtime:3.1-12, or set validate.airflow-version in astro-ci.yaml",
          });
        }
        throw error;
      }
      return info ? { image: current.resolvedFrom, line: current.line, info } : undefined;
    }
    return undefined;
  };
  const last = stages[stages.length - 1] as DockerfileStage;
  const fromFinal = resolve(last);
  if (fromFinal) return fromFinal;
  for (const stage of [...stages].reverse()) {
    const found = resolve(stage);
    if (found) return found;
  }
  throw new NoRuntimeImageError(`no Astro Runtime image in any FROM line (the final stage is FROM ${last.resolvedFrom})`, {
    file,
    line: last.line,
    fix: "use FROM astrocrpublic.azurecr.io/runtime:<version> (Airflow 3) or quay.io/astronomer/astro-runtime:<version> (Airflow 2), or set validate.airflow-version in astro-ci.yaml",
  });
}

/** `ENV KEY=VALUE KEY2="VALUE 2"` or the legacy `ENV KEY VALUE`. */
function parseEnvInstruction(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(text.trim())) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s+(.*)$/.exec(text.trim());
    if (match) out[match[1] as string] = (match[2] as string).trim();
    return out;
  }
  for (const pair of text.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)) {
    out[pair[1] as string] = (pair[2] as string).replace(/^"(.*)"$/s, "$1").replace(/^'(.*)'$/s, "$1");
  }
  return out;
}
