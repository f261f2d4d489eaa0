import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  ConfigurationError
} from "./chunk-E7Q2VRI3.js";

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
  return result;
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
function parseDockerfile(text, displayPath) {
  const args = {};
  const stages = [];
  const unresolved = [];
  let env = {};
  const nul = text.indexOf("\0");
  if (nul !== -1) {
    const utf16 = /^\uFFFD\uFFFD/.test(text) || /^(?:[^\0]\0){2}|^(?:\0[^\0]){2}/.test(text);
    throw new ConfigurationError(utf16 ? "the Dockerfile is UTF-16 text: docker build reads UTF-8 only" : "the Dockerfile holds NUL bytes: it is not text docker build can read", {
      file: displayPath,
      line: text.slice(0, nul).split("\n").length,
      fix: "save it as UTF-8 (in most editors: File > Save with encoding > UTF-8)"
    });
  }
  for (const instruction of instructions(text)) {
    if (instruction.keyword === "ARG" && stages.length === 0) {
      for (const part of instruction.args.split(/\s+/).filter(Boolean)) {
        const eq = part.indexOf("=");
        if (eq === -1) args[part] = void 0;
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
      let resolvedFrom = from;
      let unresolvedArg;
      try {
        resolvedFrom = substitute(from, args, displayPath, instruction.line);
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        unresolved.push(error);
        unresolvedArg = true;
      }
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
  return { stages, runtime, args, env };
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
function parseEnvInstruction(text) {
  const out = {};
  if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(text.trim())) {
    const match = /^([A-Za-z_][A-Za-z0-9_]*)\s+(.*)$/.exec(text.trim());
    if (match) out[match[1]] = match[2].trim();
    return out;
  }
  for (const pair of text.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)) {
    out[pair[1]] = pair[2].replace(/^"(.*)"$/s, "$1").replace(/^'(.*)'$/s, "$1");
  }
  return out;
}

// src/util/read-file-sync.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
function readRegularFileSync(path, limit) {
  const read = readRegularFileWithModeSync(path, limit);
  return read.content ?? read.size;
}
function readRegularFileWithModeSync(path, limit) {
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) throw Object.assign(new Error(`not a regular file: ${path}`), { code: "EINVAL", path });
    const content = limit !== void 0 && info.size > limit ? void 0 : readOpen(fd, info.size);
    return { ...content ? { content } : {}, size: content?.length ?? info.size, mode: info.mode };
  } finally {
    closeSync(fd);
  }
}
function readOpen(fd, size) {
  const buffer = Buffer.allocUnsafe(size + 1);
  const got = readSync(fd, buffer, 0, buffer.length, 0);
  if (got <= size) return buffer.subarray(0, got);
  const chunks = [buffer];
  for (let position = got; ; ) {
    const more = Buffer.allocUnsafe(64 * 1024);
    const n = readSync(fd, more, 0, more.length, position);
    if (n === 0) break;
    chunks.push(more.subarray(0, n));
    position += n;
  }
  return Buffer.concat(chunks);
}

export {
  NoRuntimeImageError,
  parseDockerfile,
  readRegularFileSync,
  readRegularFileWithModeSync
};
