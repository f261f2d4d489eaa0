import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  PYTHON_PROJECT_FILES
} from "./chunk-XQTGF5NC.js";
import {
  outsideRepositoryWords,
  readUserTextSync,
  realPathOutside
} from "./chunk-X6UGG6GR.js";
import {
  isInside
} from "./chunk-MOGDTFFA.js";

// src/project/requirements.ts
import { existsSync, statSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
function normalizeDistributionName(name) {
  return name.toLowerCase().replace(/[-_.]+/g, "-");
}
var NAME = "[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?";
var VERSION_SPEC = "(?:===|==|!=|~=|<=|>=|<|>)\\s*[A-Za-z0-9.*+!_-]+";
var SPECS = `${VERSION_SPEC}(?:\\s*,\\s*${VERSION_SPEC})*`;
var PEP508 = new RegExp(`^(${NAME})\\s*(?:\\[\\s*((?:${NAME}(?:\\s*,\\s*${NAME})*)?)\\s*\\])?\\s*(?:@\\s*(\\S+)|\\(\\s*(${SPECS})\\s*\\)|(${SPECS}))?\\s*$`);
var URL_SCHEME = /^(https?|file|ftp|git|git\+(?:https?|ssh|git|file)|hg|hg\+(?:https?|ssh|static-http|file)|svn|svn\+(?:https?|ssh|svn|file)|bzr|bzr\+(?:https?|ssh|sftp|ftp|lp|file)):/i;
var ARCHIVE = /\.(zip|whl|tar\.bz2|tbz|tar\.xz|txz|tlz|tar\.lz|tar\.lzma|tar\.gz|tgz|tar)$/i;
var OPTIONS = [
  { names: ["-i", "--index-url"], value: true },
  { names: ["--extra-index-url"], value: true },
  { names: ["--no-index"], value: false },
  { names: ["-c", "--constraint"], value: true },
  { names: ["-r", "--requirement"], value: true },
  { names: ["-e", "--editable"], value: true },
  { names: ["-f", "--find-links"], value: true },
  { names: ["--no-binary"], value: true },
  { names: ["--only-binary"], value: true },
  { names: ["--prefer-binary"], value: false },
  { names: ["--require-hashes"], value: false },
  { names: ["--pre"], value: false },
  { names: ["--trusted-host"], value: true },
  { names: ["--use-feature"], value: true },
  { names: ["--global-option"], value: true, perRequirement: true },
  { names: ["-C", "--config-settings"], value: true, perRequirement: true },
  { names: ["--hash"], value: true, perRequirement: true }
];
var LONG_NAMES = OPTIONS.flatMap((o) => o.names.filter((n) => n.startsWith("--")));
function parseRequirements(absPath, displayPath, projectRoot, repoRoot) {
  const result = { requirements: [], unnamed: [], constraintsFiles: [], problems: [], localPaths: [] };
  parseInto(absPath, displayPath, projectRoot, result, [], repoRoot);
  return result;
}
function requirementsLocalPaths(projectRoot, repoRoot) {
  const path = join(projectRoot, "requirements.txt");
  try {
    return existsSync(path) ? parseRequirements(path, "requirements.txt", projectRoot, repoRoot).localPaths : [];
  } catch {
    return [];
  }
}
function logicalRequirementLines(text) {
  const COMMENT = /(^|\s+)#.*$/;
  const out = [];
  let pending;
  let primary = 0;
  const emit = (line, raw) => {
    const cleaned = raw.replace(COMMENT, "").trim();
    if (cleaned) out.push({ line, text: cleaned });
  };
  text.split(/\r\n|\r|\n/).forEach((raw, index) => {
    const lineNo = index + 1;
    const isComment = /^\s*#/.test(raw);
    if (!raw.endsWith("\\") || isComment) {
      const line = isComment ? ` ${raw}` : raw;
      if (pending) {
        pending.push(line);
        emit(primary, pending.join(""));
        pending = void 0;
      } else emit(lineNo, line);
    } else {
      if (!pending) {
        pending = [];
        primary = lineNo;
      }
      pending.push(raw.replace(/^\\+|\\+$/g, ""));
    }
  });
  if (pending) emit(primary, pending.join(""));
  return out;
}
function redactUrl(url) {
  return url.replace(/\/\/[^/@\s]*@/, "//").replace(/[?#].*$/, "");
}
function shellSplit(text) {
  const tokens = [];
  let current;
  let quote;
  for (const ch of text) {
    if (quote) {
      if (ch === quote) quote = void 0;
      else current = (current ?? "") + ch;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
      current = current ?? "";
    } else if (/\s/.test(ch)) {
      if (current !== void 0) tokens.push(current);
      current = void 0;
    } else current = (current ?? "") + ch;
  }
  if (current !== void 0) tokens.push(current);
  return tokens;
}
function parseOptions(tokens) {
  const values = /* @__PURE__ */ new Map();
  const flags = /* @__PURE__ */ new Set();
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (!token.startsWith("-") || token === "-") continue;
    let name = token;
    let inline;
    if (token.startsWith("--")) {
      const eq = token.indexOf("=");
      if (eq !== -1) {
        name = token.slice(0, eq);
        inline = token.slice(eq + 1);
      }
      if (!LONG_NAMES.includes(name)) {
        const candidates = LONG_NAMES.filter((n) => n.startsWith(name));
        if (candidates.length !== 1) return { values, flags, error: `no such option: ${name}` };
        name = candidates[0];
      }
    } else if (token.length > 2) {
      name = token.slice(0, 2);
      inline = token.slice(2);
    }
    const spec = OPTIONS.find((o) => o.names.includes(name));
    if (!spec) return { values, flags, error: `no such option: ${name}` };
    const key = spec.names[spec.names.length - 1];
    if (!spec.value) {
      if (inline !== void 0 && token.startsWith("--")) return { values, flags, error: `${name} option does not take a value` };
      flags.add(key);
      continue;
    }
    const value = inline ?? tokens[++i];
    if (value === void 0) return { values, flags, error: `${name} option requires an argument` };
    values.set(key, [...values.get(key) ?? [], value]);
  }
  return { values, flags };
}
function projectDirName(dir, repoRoot) {
  const read = (file) => {
    const abs = resolve(dir, file);
    return existsSync(abs) && realPathOutside(repoRoot, abs) === void 0 ? readUserTextSync(abs, { repoRoot }) : void 0;
  };
  const fromSection = (text, section) => {
    if (!text) return void 0;
    const start = text.search(new RegExp(`^\\[${section.replace(".", "\\.")}\\]\\s*$`, "m"));
    if (start === -1) return void 0;
    const body = text.slice(start).split(/\n(?=\[)/)[0] ?? "";
    return /^\s*name\s*=\s*["']?([A-Za-z0-9._-]+)["']?\s*$/m.exec(body)?.[1];
  };
  return fromSection(read("pyproject.toml"), "project") ?? fromSection(read("setup.cfg"), "metadata");
}
function wheelName(fileName) {
  const match = /^([A-Za-z0-9](?:[A-Za-z0-9._]*[A-Za-z0-9])?)-[^-]+-.+\.whl$/i.exec(fileName);
  return match?.[1];
}
var isDirectory = (path) => existsSync(path) && statSync(path).isDirectory();
function parseInto(absPath, displayPath, projectRoot, out, stack, repoRoot) {
  const text = readUserTextSync(absPath, { repoRoot });
  const problem = (line, message, fix, severity = "warning") => {
    out.problems.push({ file: displayPath, line, severity, message, fix });
  };
  const named = (rawName, line, extra = {}) => {
    out.requirements.push({ name: normalizeDistributionName(rawName), rawName, extras: [], file: displayPath, line, ...extra });
  };
  const unnamed = (line, what) => {
    out.unnamed.push({ file: displayPath, line, what });
  };
  const looked = (abs, folder = true) => {
    for (const path of [abs, ...folder ? PYTHON_PROJECT_FILES.map((name) => join(abs, name)) : []]) if (!out.localPaths.includes(path)) out.localPaths.push(path);
  };
  const folderName = (dir) => projectDirName(dir, repoRoot);
  for (const { line: lineNo, text: logical } of logicalRequirementLines(text)) {
    const usesEnv = /\$\{[A-Z0-9_]+\}/.test(logical);
    const tokens = logical.split(" ");
    const firstOption = tokens.findIndex((t) => t.startsWith("-"));
    const args = (firstOption === -1 ? tokens : tokens.slice(0, firstOption)).join(" ").trim();
    const options = parseOptions(shellSplit(firstOption === -1 ? "" : tokens.slice(firstOption).join(" ")));
    if (options.error) {
      problem(lineNo, `pip stops here: ${options.error}`, `use an option pip supports in requirements files (see pip's "Requirements File Format"), or remove the line`);
      continue;
    }
    if (usesEnv) {
      unnamed(lineNo, "a line using ${...} environment variables");
      continue;
    }
    const editable = options.values.get("--editable");
    if (args) {
      readRequirementArg(args, lineNo, projectRoot, { named, unnamed, problem, looked, folderName });
      continue;
    }
    for (const target of editable ?? []) readEditable(target, lineNo, projectRoot, { named, unnamed, problem, looked, folderName });
    for (const [option, isConstraint] of [["--requirement", false], ["--constraint", true]]) {
      for (const target of options.values.get(option) ?? []) {
        if (URL_SCHEME.test(target)) {
          if (!isConstraint) unnamed(lineNo, `-r ${redactUrl(target)}`);
          continue;
        }
        const nested = resolve(dirname(absPath), target);
        const nestedDisplay = `${dirname(displayPath) === "." ? "" : dirname(displayPath) + "/"}${target}`;
        if (!isInside(projectRoot, nested)) {
          problem(lineNo, `'${option === "--requirement" ? "-r" : "-c"} ${target}' names a file outside the project: the image build cannot see it`, "keep included requirements files inside the Astro project");
          if (!isConstraint) unnamed(lineNo, `-r ${target}`);
          continue;
        }
        looked(nested, false);
        if (!existsSync(nested) || isDirectory(nested)) {
          const what = existsSync(nested) ? "is a folder, not a file" : "does not exist";
          problem(lineNo, `'${target}' ${what}: pip stops with "Could not open requirements file"`, "fix the path (relative to this file) or remove the line");
          continue;
        }
        const real = realPathOutside(repoRoot, nested);
        if (real !== void 0) {
          problem(lineNo, `${outsideRepositoryWords(`'${option === "--requirement" ? "-r" : "-c"} ${target}'`, real)}: the image build cannot see it, and astro-ci does not read it`, "copy the file into the Astro project");
          if (!isConstraint) unnamed(lineNo, `-r ${target}`);
          continue;
        }
        if (isConstraint) {
          out.constraintsFiles.push(nestedDisplay);
          continue;
        }
        if (stack.includes(nested) || nested === absPath) {
          problem(lineNo, `'-r ${target}' includes a file that is already being read (an include cycle: pip recurses until it fails)`, "remove the -r line that closes the cycle");
          continue;
        }
        parseInto(nested, nestedDisplay, projectRoot, out, [...stack, absPath], repoRoot);
      }
    }
  }
}
function readRequirementArg(arg, line, projectRoot, sinks) {
  const isUrl = URL_SCHEME.test(arg);
  const markerSep = isUrl ? "; " : ";";
  const cut = arg.indexOf(markerSep);
  const spec = (cut === -1 ? arg : arg.slice(0, cut)).trim();
  const marker = cut === -1 ? void 0 : arg.slice(cut + markerSep.length).trim() || void 0;
  if (isUrl) {
    readLink(spec, line, sinks, marker);
    return;
  }
  const looksLikePath = spec.includes("/") || spec.startsWith(".");
  const [path, extras] = stripExtras(spec);
  const abs = resolve(projectRoot, path);
  if (looksLikePath || ARCHIVE.test(path)) sinks.looked(abs);
  if (looksLikePath && isDirectory(abs)) {
    if (!existsSync(resolve(abs, "setup.py")) && !existsSync(resolve(abs, "pyproject.toml"))) {
      sinks.problem(line, `pip stops here: directory '${path}' is not installable (neither setup.py nor pyproject.toml found)`, "point the line at a Python project folder, a wheel, or a package name");
      return;
    }
    const name = sinks.folderName(abs);
    if (name) sinks.named(name, line, { extras, marker });
    else sinks.unnamed(line, path);
    return;
  }
  const atParts = spec.split("@");
  const pep440Url = atParts.length >= 2 && !atParts[0].includes("/") && !atParts[0].startsWith(".");
  if (ARCHIVE.test(path) && (existsSync(abs) || !pep440Url)) {
    const name = wheelName(basename(path));
    if (name) sinks.named(name, line, { extras, marker });
    else sinks.unnamed(line, path);
    return;
  }
  const match = PEP508.exec(spec);
  if (!match) {
    const hint = looksLikePath ? ` (it looks like a path, but '${path}' is neither a project folder nor an archive in the project)` : "";
    sinks.problem(line, `pip stops here: '${spec}' is not a valid requirement${hint}`, "write one requirement per line, like `pandas==2.2.3`, a URL, or a path to a wheel or project folder");
    return;
  }
  const specifier = (match[4] ?? match[5] ?? "").replace(/\s+/g, "") || void 0;
  const pinned = specifier && /^==([^,*]+)$/.exec(specifier);
  sinks.named(match[1], line, {
    specifier: match[3] ? `@ ${redactUrl(match[3])}` : specifier,
    extras: (match[2] ?? "").split(",").map((e) => e.trim()).filter(Boolean),
    marker,
    pinnedVersion: pinned ? pinned[1] : void 0
  });
}
function readLink(url, line, sinks, marker) {
  const egg = /[#&]egg=([A-Za-z0-9._-]+)/.exec(url)?.[1];
  const file = (url.split(/[?#]/)[0] ?? "").split("/").pop() ?? "";
  const name = egg ?? wheelName(decodeURIComponent(file));
  if (name) sinks.named(name, line, { marker, specifier: `@ ${redactUrl(url)}` });
  else sinks.unnamed(line, redactUrl(url));
}
function readEditable(target, line, projectRoot, sinks) {
  if (URL_SCHEME.test(target)) {
    readLink(target, line, sinks);
    return;
  }
  const [path, extras] = stripExtras(target);
  const abs = resolve(projectRoot, path);
  sinks.looked(abs);
  if (isDirectory(abs)) {
    const name = sinks.folderName(abs);
    if (name) sinks.named(name, line, { extras });
    else sinks.unnamed(line, path);
    return;
  }
  sinks.problem(line, `pip stops here: '-e ${target}' is neither a project folder in the project nor a VCS URL`, "use -e ./path/to/project or -e git+https://host/repo.git#egg=name");
}
function stripExtras(text) {
  const match = /^(.+?)(\[[^\]]*\])$/.exec(text);
  if (!match) return [text, []];
  return [match[1], match[2].slice(1, -1).split(",").map((e) => e.trim()).filter(Boolean)];
}
function installedDistributionNames(requirements) {
  return requirements.flatMap((r) => [
    r.name,
    ...r.name === "apache-airflow" ? r.extras.map((extra) => `apache-airflow-providers-${normalizeDistributionName(extra)}`) : []
  ]);
}
function parsePackagesTxt(text) {
  return text.split(/\r?\n/).map((l) => l.replace(/#.*$/, "").trim()).filter(Boolean);
}
function packagesTxtProblems(text, displayPath) {
  const problems = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    for (const word of raw.replace(/#.*$/, "").trim().split(/\s+/).filter(Boolean)) {
      if (/^[a-z0-9][a-z0-9+.-]*(:[a-z0-9-]+)?([=/]\S+)?$/.test(word)) continue;
      problems.push({
        file: displayPath,
        line: index + 1,
        severity: "warning",
        message: `'${word}' is not a Debian package name: apt-get install fails on it when the image is built`,
        fix: "write Debian package names (lowercase, like libpq-dev), one per line; Python packages go in requirements.txt"
      });
    }
  });
  return problems;
}

export {
  normalizeDistributionName,
  parseRequirements,
  requirementsLocalPaths,
  logicalRequirementLines,
  installedDistributionNames,
  parsePackagesTxt,
  packagesTxtProblems
};
