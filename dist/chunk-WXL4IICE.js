import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  ConfigurationError
} from "./chunk-MOGDTFFA.js";

// src/project/runtime-versions.json
var runtime_versions_default = {
  $comment: "Astro Runtime \u2192 Airflow. Sources: Astronomer's runtime release notes and Astronomer's public Astro Runtime release reference. 'confirmed: false' marks mappings we could not verify; they are reported as such, never as fact.",
  semverMajors: {
    "4": { airflow: "2.2", python: "3.9", confirmed: true },
    "5": { airflow: "2.3", python: "3.9", confirmed: true },
    "6": { airflow: "2.4", python: "3.9", confirmed: true },
    "7": { airflow: "2.5", python: "3.9", confirmed: true },
    "8": { airflow: "2.6", python: "3.10", confirmed: true },
    "9": { airflow: "2.7", python: "3.11", confirmed: true },
    "10": { airflow: "2.8", python: "3.11", confirmed: true },
    "11": { airflow: "2.9", python: "3.11", confirmed: true },
    "12": { airflow: "2.10", python: "3.12", confirmed: true },
    "13": { airflow: "2.11", python: "3.12", confirmed: false }
  },
  airflow3: {
    minors: {
      "3.0": { python: "3.12", confirmed: true },
      "3.1": { python: "3.12", confirmed: true }
    },
    defaultPython: "3.12"
  },
  legacyApAirflow: { python: "3.7", confirmed: false }
};

// src/project/runtime-versions.ts
var UnknownRuntimeTagError = class extends Error {
  constructor(image, reason) {
    super(`unknown Astro Runtime tag in ${image}: ${reason}`);
    this.image = image;
    this.reason = reason;
  }
  image;
  reason;
};
var RUNTIME_REPOSITORY = /(^|\/)(astronomer\/astro-runtime|astro-runtime|runtime)$/;
var LEGACY_REPOSITORY = /(^|\/)astronomer\/ap-airflow$/;
var AIRFLOW3_TAG = /^(\d+)\.(\d+)(?:-(\d+))?$/;
var SEMVER_TAG = /^(\d+)\.(\d+)\.(\d+)$/;
function splitImage(image) {
  const withoutDigest = image.split("@")[0] ?? image;
  const slash = withoutDigest.lastIndexOf("/");
  const colon = withoutDigest.lastIndexOf(":");
  if (colon > slash) return { repository: withoutDigest.slice(0, colon), tag: withoutDigest.slice(colon + 1) };
  return { repository: withoutDigest, tag: "latest" };
}
function isAstroRepository(repository) {
  if (!RUNTIME_REPOSITORY.test(repository)) return false;
  return /astronomer|astrocrpublic|astro-runtime/.test(repository);
}
function stripSuffixes(tag) {
  let core = tag;
  let python;
  const pythonMatch = /-python-(3\.\d+)/.exec(core);
  if (pythonMatch) {
    python = pythonMatch[1];
    core = core.replace(pythonMatch[0], "");
  }
  core = core.replace(/-(base|slim|onbuild)$/, "");
  return { core, python };
}
function resolveRuntimeImage(image) {
  const { repository, tag } = splitImage(image.trim());
  if (LEGACY_REPOSITORY.test(repository)) {
    const { core: core2, python: python2 } = stripSuffixes(tag);
    const match = /^(2)\.(\d+)(?:\.(\d+))?/.exec(core2);
    if (!match) throw new UnknownRuntimeTagError(image, `'${tag}' is not an ap-airflow version like 2.2.5-onbuild`);
    return {
      image,
      repository,
      tag,
      format: "legacy-ap-airflow",
      runtimeVersion: core2,
      airflowVersion: `${match[1]}.${match[2]}`,
      airflowMajor: 2,
      floating: match[3] === void 0,
      pythonVersion: python2 ?? runtime_versions_default.legacyApAirflow.python,
      pythonFromTag: python2 !== void 0,
      confirmed: runtime_versions_default.legacyApAirflow.confirmed
    };
  }
  if (!isAstroRepository(repository)) return void 0;
  const { core, python } = stripSuffixes(tag);
  const semver = SEMVER_TAG.exec(core);
  if (semver) {
    const entry = runtime_versions_default.semverMajors[semver[1]];
    if (!entry) {
      throw new UnknownRuntimeTagError(image, `Astro Runtime ${core} is not in the version table (known: ${Object.keys(runtime_versions_default.semverMajors).join(", ")}.x, and 3.Y-N)`);
    }
    return {
      image,
      repository,
      tag,
      format: "semver",
      runtimeVersion: core,
      airflowVersion: entry.airflow,
      airflowMajor: 2,
      floating: false,
      pythonVersion: python ?? entry.python,
      pythonFromTag: python !== void 0,
      confirmed: entry.confirmed
    };
  }
  const v3 = AIRFLOW3_TAG.exec(core);
  if (v3 && v3[1] === "3") {
    const minor = `3.${v3[2]}`;
    const entry = runtime_versions_default.airflow3.minors[minor];
    return {
      image,
      repository,
      tag,
      format: "airflow3",
      runtimeVersion: core,
      airflowVersion: minor,
      airflowMajor: 3,
      floating: v3[3] === void 0,
      pythonVersion: python ?? entry?.python ?? runtime_versions_default.airflow3.defaultPython,
      pythonFromTag: python !== void 0,
      // A 3.Y the table does not list yet is still Airflow 3.Y by the tag's format.
      confirmed: entry?.confirmed ?? false
    };
  }
  throw new UnknownRuntimeTagError(image, `'${tag}' is neither a runtime version like 12.1.0 (Airflow 2) nor 3.1-12 (Airflow 3)`);
}

// src/project/dockerfile.ts
var NoRuntimeImageError = class extends ConfigurationError {
};
function instructions(text) {
  const lines = text.split(/\r?\n/);
  const result = [];
  let escape = "\\";
  let pending;
  let inPreamble = true;
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (inPreamble) {
      const directive = /^#\s*escape\s*=\s*(\S)\s*$/i.exec(raw);
      if (directive) {
        escape = directive[1];
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
      if (match) result.push({ keyword: match[1].toUpperCase(), args: match[2], line: pending.line });
      pending = void 0;
    }
  });
  if (pending) {
    const match = /^(\S+)\s*(.*)$/.exec(pending.text);
    if (match) result.push({ keyword: match[1].toUpperCase(), args: match[2], line: pending.line });
  }
  return { list: result, escape };
}
function substitute(value, args, file, line) {
  return value.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (_m, braced, op, word, bare) => {
    const name = braced ?? bare;
    const current = args[name];
    if (op === "-") return current ? current : word;
    if (op === "+") return current ? word : "";
    if (current === void 0) {
      throw new ConfigurationError(`FROM uses \${${name}} but ARG ${name} has no default value`, {
        file,
        line,
        fix: `give it a default before the first FROM, e.g. ARG ${name}=<value>`
      });
    }
    return current;
  });
}
function parseDockerfile(text, displayPath, envOptions = {}) {
  const args = {};
  const stages = [];
  const unresolved = [];
  let env = {};
  let unresolvedEnv = {};
  let envLines = {};
  let stageArgs = /* @__PURE__ */ new Map();
  const stageEnvs = /* @__PURE__ */ new Map();
  let escape = "\\";
  const lookup = (name) => {
    const fixed = envOptions.fixed?.[name];
    if (fixed !== void 0) return { value: fixed };
    if (envOptions.opaque?.(name)) return { missing: name };
    if (name in env) return name in unresolvedEnv ? { missing: unresolvedEnv[name] } : { value: env[name] };
    if (stageArgs.has(name)) {
      const value = stageArgs.get(name);
      return value === void 0 ? { missing: name } : { value };
    }
    return { missing: name };
  };
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    const utf16 = /^\uFFFD\uFFFD/.test(text) || /^(?:[^\0]\0){2}|^(?:\0[^\0]){2}/.test(text);
    throw new ConfigurationError(utf16 ? "the Dockerfile is UTF-16 text: docker build reads UTF-8 only" : "the Dockerfile holds NUL bytes: it is not text docker build can read", {
      file: displayPath,
      line: text.slice(0, nul).split("\n").length,
      fix: "save it as UTF-8 (in most editors: File > Save with encoding > UTF-8)"
    });
  }
  const parsed = instructions(text);
  escape = parsed.escape;
  for (const instruction of parsed.list) {
    if (instruction.keyword === "ARG" && stages.length === 0) {
      for (const part of instruction.args.split(/\s+/).filter(Boolean)) {
        const eq = part.indexOf("=");
        if (eq === -1) args[part] = void 0;
        else args[part.slice(0, eq)] = part.slice(eq + 1).replace(/^(["'])(.*)\1$/, "$2");
      }
    } else if (instruction.keyword === "ARG") {
      for (const word of splitWords(instruction.args, escape)) {
        const eq = word.indexOf("=");
        const name = eq === -1 ? word : word.slice(0, eq);
        if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) continue;
        if (eq === -1) stageArgs.set(name, name in args ? args[name] : void 0);
        else {
          const expanded = expandDockerfileWord(word.slice(eq + 1), escape, lookup);
          stageArgs.set(name, expanded.missing === void 0 ? expanded.value : void 0);
        }
      }
    } else if (instruction.keyword === "ENV") {
      const expandedPairs = parseEnvInstruction(instruction.args, escape).map(([name, raw]) => [name, expandDockerfileWord(raw, escape, lookup)]);
      for (const [name, expanded] of expandedPairs) {
        env[name] = expanded.value;
        envLines[name] = instruction.line;
        if (expanded.missing === void 0) delete unresolvedEnv[name];
        else unresolvedEnv[name] = expanded.missing;
      }
    } else if (instruction.keyword === "FROM") {
      if (stages.length) stageEnvs.set(stages[stages.length - 1], { env, unresolvedEnv, envLines });
      stageArgs = /* @__PURE__ */ new Map();
      const tokens = instruction.args.split(/\s+/).filter((t) => t && !t.startsWith("--"));
      const from = tokens[0];
      if (!from) throw new ConfigurationError("FROM without an image", { file: displayPath, line: instruction.line, fix: "write FROM <image>" });
      const asIndex = tokens.findIndex((t) => t.toUpperCase() === "AS");
      let resolvedFrom = from;
      let unresolvedArg;
      try {
        resolvedFrom = substitute(from, args, displayPath, instruction.line);
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        unresolved.push(error);
        unresolvedArg = true;
      }
      const parent = stages.find((stage) => stage.name !== void 0 && stage.name.toLowerCase() === resolvedFrom.toLowerCase());
      const inherited = parent && stageEnvs.get(parent);
      env = { ...inherited?.env ?? {} };
      unresolvedEnv = { ...inherited?.unresolvedEnv ?? {} };
      envLines = { ...inherited?.envLines ?? {} };
      stages.push({ from, resolvedFrom, name: asIndex > 0 ? tokens[asIndex + 1] : void 0, line: instruction.line, unresolvedArg });
    }
  }
  if (stages.length === 0) {
    throw new NoRuntimeImageError("the Dockerfile has no FROM instruction", {
      file: displayPath,
      fix: "start it with FROM astrocrpublic.azurecr.io/runtime:<version> (Airflow 3) or FROM quay.io/astronomer/astro-runtime:<version> (Airflow 2)"
    });
  }
  let runtime;
  try {
    runtime = findRuntime(stages, displayPath);
  } catch (error) {
    if (error instanceof NoRuntimeImageError && unresolved[0]) throw unresolved[0];
    throw error;
  }
  return { stages, runtime, args, env, unresolvedEnv, envLines };
}
function findRuntime(stages, file) {
  const byName = new Map(stages.filter((s) => s.name).map((s) => [s.name.toLowerCase(), s]));
  const resolve = (stage) => {
    let current = stage;
    const seen = /* @__PURE__ */ new Set();
    while (current && !seen.has(current)) {
      seen.add(current);
      const parent = byName.get(current.resolvedFrom.toLowerCase());
      if (parent && parent !== current) {
        current = parent;
        continue;
      }
      if (current.unresolvedArg) return void 0;
      let info;
      try {
        info = resolveRuntimeImage(current.resolvedFrom);
      } catch (error) {
        if (error instanceof UnknownRuntimeTagError) {
          throw new ConfigurationError(error.message, {
            file,
            line: current.line,
            fix: "use a released Astro Runtime tag such as quay.io/astronomer/astro-runtime:12.1.0 or astrocrpublic.azurecr.io/runtime:3.1-12, or set validate.airflow-version in astro-ci.yaml"
          });
        }
        throw error;
      }
      return info ? { image: current.resolvedFrom, line: current.line, info } : void 0;
    }
    return void 0;
  };
  const last = stages[stages.length - 1];
  const fromFinal = resolve(last);
  if (fromFinal) return fromFinal;
  for (const stage of [...stages].reverse()) {
    const found = resolve(stage);
    if (found) return found;
  }
  throw new NoRuntimeImageError(`no Astro Runtime image in any FROM line (the final stage is FROM ${last.resolvedFrom})`, {
    file,
    line: last.line,
    fix: "use FROM astrocrpublic.azurecr.io/runtime:<version> (Airflow 3) or quay.io/astronomer/astro-runtime:<version> (Airflow 2), or set validate.airflow-version in astro-ci.yaml"
  });
}
function parseEnvInstruction(text, escape) {
  const trimmed = text.trim();
  const words = splitWords(trimmed, escape);
  if (!words[0]?.includes("=")) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s+(.*)$/s.exec(trimmed);
    return match ? [[match[1], match[2].trim()]] : [];
  }
  const out = [];
  for (const word of words) {
    const eq = word.indexOf("=");
    if (eq > 0 && /^[A-Za-z_][A-Za-z0-9_]*$/.test(word.slice(0, eq))) out.push([word.slice(0, eq), word.slice(eq + 1)]);
  }
  return out;
}
function splitWords(text, escape) {
  const words = [];
  let word = "";
  let inWord = false;
  let quote;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quote === void 0 && /\s/.test(ch)) {
      if (inWord) words.push(word);
      word = "";
      inWord = false;
      continue;
    }
    inWord = true;
    word += ch;
    if (ch === escape && quote !== "'" && i + 1 < text.length) word += text[++i];
    else if (quote === void 0 && (ch === '"' || ch === "'")) quote = ch;
    else if (ch === quote) quote = void 0;
  }
  if (inWord) words.push(word);
  return words;
}
function expandDockerfileWord(word, escape, lookup) {
  let i = 0;
  let missing;
  const note = (name) => {
    if (missing === void 0 && name !== void 0) missing = name;
  };
  const nameAt = () => {
    const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(word.slice(i));
    const name = match ? match[0] : "";
    i += name.length;
    return name;
  };
  const dollar = () => {
    const start = i;
    i++;
    if (word[i] !== "{") {
      const name2 = nameAt();
      if (!name2) return "$";
      const found2 = lookup(name2);
      if (found2.missing !== void 0) {
        note(found2.missing);
        return word.slice(start, i);
      }
      return found2.value ?? "";
    }
    i++;
    const name = nameAt();
    const op = word[i] === ":" ? `:${word[i + 1] ?? ""}` : word[i] ?? "";
    if (op === "}") {
      i++;
      if (!name) {
        note("${}");
        return word.slice(start, i);
      }
      const found2 = lookup(name);
      if (found2.missing !== void 0) {
        note(found2.missing);
        return word.slice(start, i);
      }
      return found2.value ?? "";
    }
    if (!name || !["-", "+", ":-", ":+"].includes(op)) {
      const close = word.indexOf("}", i);
      i = close === -1 ? word.length : close + 1;
      note(name || word.slice(start, i));
      return word.slice(start, i);
    }
    i += op.length;
    const inner = until("}");
    const found = lookup(name);
    if (found.missing !== void 0) {
      note(found.missing);
      return word.slice(start, i);
    }
    const set = found.value !== void 0;
    const empty = !set || op.startsWith(":") && found.value === "";
    if (op.endsWith("-")) return empty ? inner() : found.value;
    return empty ? "" : inner();
  };
  const until = (stop) => {
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
    const ch = word[i];
    if (ch === "$") out += dollar();
    else if (ch === "'") {
      const close = word.indexOf("'", i + 1);
      const end = close === -1 ? word.length : close;
      out += word.slice(i + 1, end);
      i = end + 1;
    } else if (ch === '"') {
      i++;
      while (i < word.length && word[i] !== '"') {
        const c = word[i];
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
  return missing === void 0 ? { value: out } : { value: out, missing };
}

export {
  NoRuntimeImageError,
  parseDockerfile
};
