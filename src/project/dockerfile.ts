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
  /**
   * ENV settings of the final stage (Airflow reads `AIRFLOW__SECTION__KEY` from them), with `$VAR`, `${VAR}`,
   * `${VAR:-word}`, `${VAR-word}`, `${VAR:+word}` and `${VAR+word}` expanded as docker build does, from the stage's
   * earlier ARGs (their defaults) and ENVs (see {@link expandDockerfileWord}). A value naming something the Dockerfile
   * cannot tell (an ARG without a default, a variable of the base image) keeps that reference as written, and its
   * name is in `unresolvedEnv`: such a value is unknown, never to be read as a setting.
   */
  env: Record<string, string>;
  /** ENV names of `env` whose value could not be expanded, each with the variable it needs (`IGNORE_SYNTAX`). */
  unresolvedEnv: Record<string, string>;
  /** The line of the ENV instruction that last set each name of `env`. */
  envLines: Record<string, number>;
}

/** How to expand references the Dockerfile alone cannot resolve (the dynamic tier's view of the image). */
export interface DockerfileEnvOptions {
  /** Values that stand for these names wherever the Dockerfile reads them (the base image's `AIRFLOW_HOME`, where the import runs). */
  fixed?: Record<string, string>;
  /** Names whose values are never used: an ENV reading one is unresolved (credentials, the check's own PATH). */
  opaque?: (name: string) => boolean;
}

/** The Dockerfile has no Astro Runtime image: fatal unless the user told us the Airflow version. */
export class NoRuntimeImageError extends ConfigurationError {}

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

/** Logical instructions: comments dropped, `\` continuations joined, each with its first line number. */
function instructions(text: string): { list: Instruction[]; escape: string } {
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
  return { list: result, escape };
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

export function parseDockerfile(text: string, displayPath: string, envOptions: DockerfileEnvOptions = {}): DockerfileInfo {
  const args: Record<string, string | undefined> = {};
  const stages: DockerfileStage[] = [];
  const unresolved: ConfigurationError[] = [];
  let env: Record<string, string> = {};
  let unresolvedEnv: Record<string, string> = {};
  let envLines: Record<string, number> = {};
  // The current stage's ARGs: their values (undefined: unknown, set only by a build argument).
  let stageArgs = new Map<string, string | undefined>();
  const stageEnvs = new Map<DockerfileStage, { env: Record<string, string>; unresolvedEnv: Record<string, string>; envLines: Record<string, number> }>();
  let escape = "\\";
  /** A variable's value in the current stage as docker build sees it; undefined: the Dockerfile cannot tell. */
  const lookup = (name: string): { value?: string; missing?: string } => {
    const fixed = envOptions.fixed?.[name];
    if (fixed !== undefined) return { value: fixed };
    if (envOptions.opaque?.(name)) return { missing: name };
    // ENV overrides an ARG of the same name (docs.docker.com/reference/dockerfile/#using-arg-variables).
    if (name in env) return name in unresolvedEnv ? { missing: unresolvedEnv[name] } : { value: env[name] };
    if (stageArgs.has(name)) {
      const value = stageArgs.get(name);
      return value === undefined ? { missing: name } : { value };
    }
    // Not set by this Dockerfile: the base image may set it (AIRFLOW_HOME), or a predefined build argument.
    return { missing: name };
  };
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
  const parsed = instructions(text);
  escape = parsed.escape;
  for (const instruction of parsed.list) {
    if (instruction.keyword === "ARG" && stages.length === 0) {
      // Only ARGs before the first FROM can be used in FROM lines.
      for (const part of instruction.args.split(/\s+/).filter(Boolean)) {
        const eq = part.indexOf("=");
        if (eq === -1) args[part] = undefined;
        else args[part.slice(0, eq)] = part.slice(eq + 1).replace(/^(["'])(.*)\1$/, "$2");
      }
    } else if (instruction.keyword === "ARG") {
      // A stage's ARG: its default (expanded), else the global ARG's default when it names one (docker's "ARG NAME"
      // inside a stage takes the value from before the first FROM), else only a build argument could set it.
      for (const word of splitWords(instruction.args, escape)) {
        const eq = word.indexOf("=");
        const name = eq === -1 ? word : word.slice(0, eq);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
        if (eq === -1) stageArgs.set(name, name in args ? args[name] : undefined);
        else {
          const expanded = expandDockerfileWord(word.slice(eq + 1), escape, lookup);
          stageArgs.set(name, expanded.missing === undefined ? expanded.value : undefined);
        }
      }
    } else if (instruction.keyword === "ENV") {
      // Every value of one ENV instruction is expanded with the variables as they were before it (docker's rule:
      // `ENV abc=bye def=$abc` gives def the earlier abc).
      const expandedPairs = parseEnvInstruction(instruction.args, escape).map(([name, raw]) => [name, expandDockerfileWord(raw, escape, lookup)] as const);
      for (const [name, expanded] of expandedPairs) {
        env[name] = expanded.value;
        envLines[name] = instruction.line;
        if (expanded.missing === undefined) delete unresolvedEnv[name];
        else unresolvedEnv[name] = expanded.missing;
      }
    } else if (instruction.keyword === "FROM") {
      if (stages.length) stageEnvs.set(stages[stages.length - 1] as DockerfileStage, { env, unresolvedEnv, envLines });
      stageArgs = new Map();
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
      // A stage built FROM an earlier stage starts with that stage's ENV; any other starts with the base image's.
      const parent = stages.find((stage) => stage.name !== undefined && stage.name.toLowerCase() === resolvedFrom.toLowerCase());
      const inherited = parent && stageEnvs.get(parent);
      env = { ...(inherited?.env ?? {}) };
      unresolvedEnv = { ...(inherited?.unresolvedEnv ?? {}) };
      envLines = { ...(inherited?.envLines ?? {}) };
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
  return { stages, runtime, args, env, unresolvedEnv, envLines };
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

/**
 * `ENV KEY=VALUE KEY2="VALUE 2"` or the legacy `ENV KEY VALUE`: the names and their values as written (quotes and
 * escapes still in them; {@link expandDockerfileWord} reads those). As BuildKit's parser (`parseNameVal` in
 * moby/buildkit frontend/dockerfile/parser/line_parsers.go) splits them: words apart at unquoted, unescaped blanks.
 */
function parseEnvInstruction(text: string, escape: string): [string, string][] {
  const trimmed = text.trim();
  const words = splitWords(trimmed, escape);
  if (!words[0]?.includes("=")) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s+(.*)$/s.exec(trimmed);
    return match ? [[match[1] as string, (match[2] as string).trim()]] : [];
  }
  const out: [string, string][] = [];
  for (const word of words) {
    const eq = word.indexOf("=");
    if (eq > 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(word.slice(0, eq))) out.push([word.slice(0, eq), word.slice(eq + 1)]);
  }
  return out;
}

/** Words of an instruction's arguments, apart at blanks outside quotes; quotes and escapes are kept in the words. */
function splitWords(text: string, escape: string): string[] {
  const words: string[] = [];
  let word = "";
  let inWord = false;
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quote === undefined && /\s/.test(ch)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      continue;
    }
    inWord = true;
    word += ch;
    if (ch === escape && quote !== "'" && i + 1 < text.length) word += text[++i] as string;
    else if (quote === undefined && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === quote) quote = undefined;
  }
  if (inWord) words.push(word);
  return words;
}

/**
 * A Dockerfile word expanded as docker build's shell lexer does (moby/buildkit frontend/dockerfile/shell/lex.go;
 * docs.docker.com/reference/dockerfile/#environment-replacement): quotes removed (nothing expands inside `'...'`; `\$`,
 * `\"` and `\\` are escapes inside `"..."`), the escape character taken away before the character it escapes, `$VAR`
 * and `${VAR}` replaced by the variable's value, `${VAR:-word}` by word when VAR is unset or empty, `${VAR-word}` only
 * when unset, `${VAR:+word}`/`${VAR+word}` by word when it is set (and not empty). `lookup` gives a variable's value,
 * or `missing`: the variable the Dockerfile cannot tell; the result then keeps the reference as written (BuildKit's
 * SkipUnsetEnv form) and names it in `missing`. Other modifiers (`${VAR#x}`, `${VAR/a/b}`, `${VAR:?x}`) count as unknown.
 */
export function expandDockerfileWord(word: string, escape: string, lookup: (name: string) => { value?: string; missing?: string }): { value: string; missing?: string } {
  let i = 0;
  let missing: string | undefined;
  const note = (name: string | undefined): void => {
    if (missing === undefined && name !== undefined) missing = name;
  };
  const nameAt = (): string => {
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(word.slice(i));
    const name = match ? match[0] : "";
    i += name.length;
    return name;
  };
  /** `$...` at `i` (on the `$`): its expansion. */
  const dollar = (): string => {
    const start = i;
    i++;
    if (word[i] !== "{") {
      const name = nameAt();
      if (!name) return "$";
      const found = lookup(name);
      if (found.missing !== undefined) {
        note(found.missing);
        return word.slice(start, i);
      }
      return found.value ?? "";
    }
    i++;
    const name = nameAt();
    const op = word[i] === ":" ? `:${word[i + 1] ?? ""}` : (word[i] ?? "");
    if (op === "}") {
      i++;
      if (!name) {
        note("${}");
        return word.slice(start, i);
      }
      const found = lookup(name);
      if (found.missing !== undefined) {
        note(found.missing);
        return word.slice(start, i);
      }
      return found.value ?? "";
    }
    if (!name || !["-", "+", ":-", ":+"].includes(op)) {
      // A modifier this reader does not evaluate: the value is unknown.
      const close = word.indexOf("}", i);
      i = close === -1 ? word.length : close + 1;
      note(name || word.slice(start, i));
      return word.slice(start, i);
    }
    i += op.length;
    const inner = until("}");
    const found = lookup(name);
    if (found.missing !== undefined) {
      note(found.missing);
      return word.slice(start, i);
    }
    const set = found.value !== undefined;
    const empty = !set || (op.startsWith(":") && found.value === "");
    // The word after the modifier is expanded only when used (an unknown name in an unused word does not matter).
    if (op.endsWith("-")) return empty ? inner() : (found.value as string);
    return empty ? "" : inner();
  };
  /** Read up to `stop` (consumed), returning a function giving the part's expansion. */
  const until = (stop: string): (() => string) => {
    const from = i;
    let depth = 0;
    while (i < word.length) {
      const ch = word[i];
      if (ch === escape) i += 2;
      else if (ch === "$" && word[i + 1] === "{") {
        depth++;
        i += 2;
      } else if (ch === stop && depth === 0) break;
      else {
        if (ch === "}") depth--;
        i++;
      }
    }
    const part = word.slice(from, i);
    i++;
    return () => {
      const inner = expandDockerfileWord(part, escape, lookup);
      note(inner.missing);
      return inner.value;
    };
  };
  let out = "";
  while (i < word.length) {
    const ch = word[i] as string;
    if (ch === "$") out += dollar();
    else if (ch === "'") {
      const close = word.indexOf("'", i + 1);
      const end = close === -1 ? word.length : close;
      out += word.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '"') {
      i++;
      while (i < word.length && word[i] !== '"') {
        const c = word[i] as string;
        if (c === "$") out += dollar();
        else if (c === escape && ['"', "$", escape].includes(word[i + 1] ?? "")) {
          out += word[i + 1];
          i += 2;
        } else {
          out += c;
          i++;
        }
      }
      i++;
    } else if (ch === escape) {
      if (i + 1 < word.length) out += word[i + 1];
      i += 2;
    } else {
      out += ch;
      i++;
    }
  }
  return missing === undefined ? { value: out } : { value: out, missing };
}
