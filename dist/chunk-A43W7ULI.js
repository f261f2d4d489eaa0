import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  packagesTxtProblems,
  parsePackagesTxt,
  parseRequirements
} from "./chunk-JKFYA7F3.js";
import {
  NoRuntimeImageError,
  parseDockerfile
} from "./chunk-WXL4IICE.js";
import {
  parseAirflowSettings
} from "./chunk-O6EDDLIN.js";
import {
  readYamlFile
} from "./chunk-Y3LO47RV.js";
import {
  describeSpecialFile,
  outsideRepositoryWords,
  readRegularFileSync,
  readUserText,
  readUserTextSync
} from "./chunk-X6UGG6GR.js";
import {
  ConfigurationError,
  classifyError,
  fsErrorReason,
  isInside
} from "./chunk-MOGDTFFA.js";

// src/project/project.ts
import { existsSync, readdirSync as readdirSync2, statSync } from "node:fs";
import { join as join2, relative as relative2, resolve, sep as sep2 } from "node:path";

// src/project/astro-config.ts
async function parseAstroConfig(absPath, displayPath, repoRoot) {
  const problems = [];
  const config = { file: displayPath };
  const problem = (line, message, fix) => {
    problems.push({ file: displayPath, line: line ?? 1, severity: "warning", message, fix });
  };
  let source;
  try {
    source = await readYamlFile(absPath, displayPath, { repoRoot });
  } catch (error) {
    const classified = classifyError(error);
    if (classified.kind !== "user") throw error;
    problem(classified.line, `${classified.message}: the Astro CLI cannot read its project settings`, classified.fix ?? "correct the YAML syntax");
    return { config, problems };
  }
  const value = source.value;
  if (value === null || value === void 0) return { config, problems };
  if (typeof value !== "object" || Array.isArray(value)) {
    problem(1, "expected a mapping at the top level", "see the file astro dev init creates");
    return { config, problems };
  }
  const root = value;
  const project = typeof root.project === "object" && root.project !== null && !Array.isArray(root.project) ? root.project : {};
  const stringAt = (obj, key, path) => {
    const v = obj[key];
    if (v === void 0 || v === null) return void 0;
    if (typeof v !== "string") {
      problem(source.lineOf(path), `'${path.join(".")}' must be a string`, "quote the value");
      return void 0;
    }
    return v;
  };
  const skip = root.skip_parse;
  if (skip !== void 0 && typeof skip !== "boolean") {
    problem(source.lineOf(["skip_parse"]), "'skip_parse' must be true or false", "write skip_parse: true or skip_parse: false");
  }
  config.projectName = stringAt(project, "name", ["project", "name"]);
  config.deployment = stringAt(project, "deployment", ["project", "deployment"]);
  config.workspace = stringAt(project, "workspace", ["project", "workspace"]);
  config.skipParse = typeof skip === "boolean" ? skip : void 0;
  return { config, problems };
}
function parseIntegrityExceptions(text) {
  return text.split(/\r?\n/).map((l) => l.replace(/#.*$/, "").trim()).filter(Boolean);
}
var DISCOVERY_SETTINGS = [
  "AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX",
  "AIRFLOW__CORE__DAG_DISCOVERY_SAFE_MODE",
  "AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT",
  "AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG",
  "AIRFLOW__CORE__DEFAULT_TASK_RETRIES",
  "AIRFLOW__OPERATORS__DEFAULT_OWNER",
  "AIRFLOW__OPERATORS__ALLOW_ILLEGAL_ARGUMENTS"
];
function parseDiscoverySettings(text) {
  const out = {};
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=\s*(.*)$/.exec(line);
    const key = match?.[1];
    if (key && DISCOVERY_SETTINGS.includes(key)) out[key] = (match?.[2] ?? "").trim().replace(/^(["'])(.*)\1$/, "$2");
  }
  return out;
}
function parseEnvKeys(text) {
  const keys = [];
  for (const line of text.split(/\r?\n/)) {
    const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.]*)\s*=/.exec(line);
    if (match) keys.push(match[1]);
  }
  return keys;
}

// src/project/discovery.ts
import { readdirSync, realpathSync } from "node:fs";
import { open, readdir, readlink, realpath, stat } from "node:fs/promises";
import { join, relative, sep } from "node:path";

// src/util/interop.ts
function namedExport(module, name) {
  const loaded = module;
  const found = loaded[name] ?? loaded.default?.[name] ?? loaded.default;
  if (found === void 0) throw new Error(`the module has no export '${name}'`);
  return found;
}

// src/project/airflowignore.ts
var re2;
async function parseIgnoreFile(text, options) {
  const rules = [];
  const problems = [];
  const patterns = text.split("\n").map((raw) => raw.replace(/\s*#.*/, "").replace(/\r$/, ""));
  if (options.syntax === "regexp" && patterns.some(Boolean)) re2 ??= import("./chunk-M54BBRYX.js").then((module) => namedExport(module, "RE2JS"));
  const RE2JS = options.syntax === "regexp" && re2 ? await re2 : void 0;
  patterns.forEach((pattern, index) => {
    const line = index + 1;
    if (!pattern) return;
    if (options.syntax === "regexp") {
      try {
        const compiled = RE2JS.compile(pattern);
        rules.push({ syntax: "regexp", pattern, file: options.file, line, include: true, dirOnly: false, test: (p) => compiled.matcher(p).find() });
      } catch (error) {
        problems.push({
          file: options.file,
          line,
          message: `invalid regular expression '${pattern}' (Airflow skips this line): ${error.message}`,
          fix: "fix the pattern (RE2 syntax: no lookarounds or backreferences), or set [core] dag_ignore_file_syntax = glob"
        });
      }
      return;
    }
    const glob = compileGlob(pattern);
    if (!glob) {
      if (pattern.trim() === "/") problems.push({ file: options.file, line, message: "the pattern '/' matches nothing (Airflow skips it)", fix: "remove the line" });
      return;
    }
    const anchored = pattern.startsWith("/") || pattern.replace(/\/+$/, "").includes("/");
    rules.push({
      syntax: "glob",
      pattern,
      file: options.file,
      line,
      include: glob.include,
      relativeTo: anchored ? options.definitionDir : void 0,
      dirOnly: pattern.endsWith("/"),
      test: (p) => glob.regex.test(p)
    });
  });
  return { rules, problems };
}
function compileGlob(rawPattern) {
  let pattern = rawPattern;
  pattern = pattern.replace(/(?<!\\) +$/, "");
  if (!pattern || pattern.trim() === "/") return void 0;
  let include = true;
  if (pattern.startsWith("!")) {
    include = false;
    pattern = pattern.slice(1);
  } else if (pattern.startsWith("\\!") || pattern.startsWith("\\#")) pattern = pattern.slice(1);
  const segments = pattern.split("/");
  if (segments[0] === "") segments.shift();
  else if (segments.length === 1 || segments.length === 2 && segments[1] === "") {
    if (segments[0] !== "**") segments.unshift("**");
  }
  if (segments.length > 1 && segments[segments.length - 1] === "") segments[segments.length - 1] = "**";
  let regex = "^";
  let needSlash = false;
  const last = segments.length - 1;
  segments.forEach((segment, i) => {
    if (segment === "**") {
      if (i === 0 && i === last) regex += ".+";
      else if (i === 0) {
        regex += "(?:.+/)?";
        needSlash = false;
      } else if (i === last) regex += "/.*";
      else {
        regex += "(?:/.+)?";
        needSlash = true;
      }
    } else if (segment === "*") {
      if (needSlash) regex += "/";
      regex += "[^/]+";
      if (i === last) regex += "(?:/.*)?";
      needSlash = true;
    } else {
      if (needSlash) regex += "/";
      regex += translateSegment(segment);
      if (i === last) regex += "(?:/.*)?";
      needSlash = true;
    }
  });
  regex += "$";
  return { regex: new RegExp(regex, "s"), include };
}
function translateSegment(segment) {
  let out = "";
  for (let i = 0; i < segment.length; i++) {
    const ch = segment[i];
    if (ch === "\\" && i + 1 < segment.length) out += escapeRegex(segment[++i]);
    else if (ch === "*") out += "[^/]*";
    else if (ch === "?") out += "[^/]";
    else if (ch === "[") {
      const close = segment.indexOf("]", i + 2);
      if (close === -1) out += "\\[";
      else {
        let body = segment.slice(i + 1, close);
        if (body.startsWith("!")) body = `^${body.slice(1)}`;
        out += `[${body.replace(/\\/g, "\\\\")}]`;
        i = close;
      }
    } else out += escapeRegex(ch);
  }
  return out;
}
function escapeRegex(ch) {
  return ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

// src/project/discovery.ts
var IGNORE_FILE = ".airflowignore";
var toPosix = (p) => p.split(sep).join("/");
async function discoverDagFiles(options) {
  if (options.ignoreSyntax === "unknown") {
    const [regexp, glob] = [await discoverDagFiles({ ...options, ignoreSyntax: "regexp" }), await discoverDagFiles({ ...options, ignoreSyntax: "glob", knownFiles: void 0 })];
    const globFiles = new Set(glob.files.map((f) => f.path));
    const keyOf = (p) => JSON.stringify([p.file, p.line, p.message]);
    const globProblems = new Set(glob.problems.map(keyOf));
    const globHidden = new Set(glob.hiddenDagFiles.map((h) => h.path));
    const globTooLarge = new Set(glob.tooLarge.map((t) => t.path));
    const regexpIgnored = new Set(regexp.ignored.map((i) => i.path));
    return {
      files: regexp.files.filter((f) => globFiles.has(f.path)),
      ignored: [...regexp.ignored, ...glob.ignored.filter((i) => !regexpIgnored.has(i.path))],
      problems: regexp.problems.filter((p) => globProblems.has(keyOf(p))),
      hiddenDagFiles: regexp.hiddenDagFiles.filter((h) => globHidden.has(h.path)),
      tooLarge: regexp.tooLarge.filter((t) => globTooLarge.has(t.path))
    };
  }
  const syntax = options.ignoreSyntax ?? (options.airflowMajor === 3 ? "glob" : "regexp");
  const safeMode = options.safeMode ?? true;
  const display = (p) => options.displayPrefix ? `${options.displayPrefix}/${p}` : p;
  const result = { files: [], ignored: [], hiddenDagFiles: [], problems: [], tooLarge: [] };
  const unreadable = (file, error, fix = "make it readable by the user running astro-ci (and Airflow), or remove it") => {
    const reason = fsErrorReason(error) ?? error.message;
    result.problems.push({ file, message: `cannot read: ${reason}; Airflow cannot load the DAGs in it either`, fix, unreadable: true });
  };
  const rootReal = await realpath(options.dagsDir);
  const repoReal = await realpath(options.repoRoot);
  if (!isInside(repoReal, rootReal)) {
    const file = options.displayPrefix ?? ".";
    result.problems.push({ file, ...await outsideRepositoryProblem(options.dagsDir, "dag-folder", rootReal), unreadable: true });
    return result;
  }
  const rulesByDir = /* @__PURE__ */ new Map([[rootReal, []]]);
  const definedIn = /* @__PURE__ */ new Map();
  const matches = (absolutePath, isDir, rules, rel) => {
    if (rules.length === 0) return void 0;
    if (syntax === "regexp") return rules.find((rule) => rule.test(rel));
    let decisive;
    for (const rule of rules) {
      let path;
      if (!rule.relativeTo) path = rel.slice(rel.lastIndexOf("/") + 1);
      else {
        const folder = definedIn.get(rule);
        path = folder === void 0 ? toPosix(relative(rule.relativeTo, absolutePath)) : folder === "" ? rel : rel.slice(folder.length + 1);
      }
      if (rule.dirOnly && isDir) path += "/";
      if (rule.test(path)) decisive = rule.include ? rule : void 0;
    }
    return decisive;
  };
  const leavesRepository = async (path, entry, role) => {
    if (!entry.isSymbolicLink()) return void 0;
    let real;
    try {
      real = await realpath(path);
    } catch {
      return void 0;
    }
    return isInside(repoReal, real) ? void 0 : outsideRepositoryProblem(path, role, real);
  };
  const walk = async (dir, real, relDir) => {
    let rules = [...rulesByDir.get(real) ?? []];
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      unreadable(display(relDir || "."), error);
      return;
    }
    const ignoreEntry = entries.find((e) => e.name === IGNORE_FILE);
    const ignoreSpecial = ignoreEntry && (await specialFileProblem(join(dir, IGNORE_FILE), ignoreEntry, "ignore-file") ?? await danglingSymlinkProblem(join(dir, IGNORE_FILE), "ignore-file", ignoreEntry) ?? await leavesRepository(join(dir, IGNORE_FILE), ignoreEntry, "ignore-file"));
    if (ignoreSpecial) result.problems.push({ file: display(toPosix(relative(options.dagsDir, join(dir, IGNORE_FILE)))), ...ignoreSpecial });
    else if (ignoreEntry) {
      const ignorePath = join(dir, IGNORE_FILE);
      try {
        const parsed = await parseIgnoreFile(await readUserText(ignorePath, { repoRoot: options.repoRoot }), {
          syntax,
          file: display(toPosix(relative(options.dagsDir, ignorePath))),
          definitionDir: dir
        });
        rules = [...rules, ...parsed.rules];
        for (const rule of parsed.rules) if (rule.relativeTo === dir) definedIn.set(rule, relDir);
        result.problems.push(...parsed.problems);
      } catch (error) {
        unreadable(display(toPosix(relative(options.dagsDir, ignorePath))), error);
      }
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    const prefix = join(dir, "x").slice(0, -1);
    for (const entry of entries) {
      const abs = prefix + entry.name;
      const rel = relDir === "" ? entry.name : `${relDir}/${entry.name}`;
      let info = entry;
      try {
        if (entry.isSymbolicLink()) info = await stat(abs);
      } catch (error) {
        const file = display(rel);
        const code = error.code;
        if (code === "ELOOP") result.problems.push({ file, message: "cannot read: symlink loop", fix: "remove the looping symlink" });
        else if (code === "ENOENT" || code === "ENOTDIR") {
          const rule = matches(abs, false, rules, rel);
          if (rule) result.ignored.push({ path: rel, ignoreFile: rule.file, line: rule.line, pattern: rule.pattern });
          else if (entry.name !== IGNORE_FILE) result.problems.push({ file, ...await danglingSymlinkProblem(abs, "dag-folder-entry") });
        } else unreadable(file, error, "remove the broken symlink, or make its target readable");
        continue;
      }
      const outside = entry.name === IGNORE_FILE || !entry.isSymbolicLink() || !(info.isFile() || info.isDirectory()) ? void 0 : await leavesRepository(abs, entry, "dag-folder-entry");
      if (outside) {
        const rule = matches(abs, info.isDirectory(), rules, rel);
        if (rule) result.ignored.push({ path: info.isDirectory() ? `${rel}/` : rel, ignoreFile: rule.file, line: rule.line, pattern: rule.pattern });
        else result.problems.push({ file: display(rel), ...outside });
        continue;
      }
      if (info.isDirectory()) {
        const rule = matches(abs, true, rules, rel);
        if (rule) {
          result.ignored.push({ path: rel + "/", ignoreFile: rule.file, line: rule.line, pattern: rule.pattern });
          hidden.push({ absolutePath: abs, isDir: true, rule });
          continue;
        }
        const subReal = realpathSync.native(abs);
        if (rulesByDir.has(subReal) || subReal === real) {
          result.problems.push({
            file: display(rel),
            message: `symlink loop: this folder resolves to ${toPosix(relative(rootReal, subReal)) || "the DAG folder"}, which is already walked: Airflow fails the whole DAG folder with RuntimeError: Detected recursive loop when walking DAG directory, and loads none of its DAGs`,
            fix: "remove the symlink or add it to .airflowignore",
            unreadable: true
          });
          continue;
        }
        rulesByDir.set(subReal, rules);
        await walk(abs, subReal, rel);
      } else if (info.isFile() && entry.name !== IGNORE_FILE) {
        const rule = matches(abs, false, rules, rel);
        if (rule) {
          result.ignored.push({ path: rel, ignoreFile: rule.file, line: rule.line, pattern: rule.pattern });
          if (entry.name.endsWith(".py")) hidden.push({ absolutePath: abs, isDir: false, rule });
          continue;
        }
        const isPython = entry.name.endsWith(".py");
        if (isPython) {
          pending.push({ path: rel, absolutePath: abs, kind: "python", passesSafeMode: true, size: 0 });
          if (options.knownFiles) {
            let answer;
            try {
              answer = options.knownFiles.known(abs);
            } catch (error) {
              answer = Promise.reject(error);
            }
            if (isPromise(answer)) {
              answer.catch(() => void 0);
              answersPending = true;
            }
            knownAnswers.set(abs, answer);
          }
          continue;
        }
        try {
          const { size } = await stat(abs);
          if (await looksLikeZip(abs, size)) result.files.push({ path: rel, absolutePath: abs, kind: "zip", passesSafeMode: true, size });
        } catch (error) {
          unreadable(display(rel), error);
        }
      } else if (entry.name !== IGNORE_FILE && describeSpecialFile(info)) {
        const rule = matches(abs, false, rules, rel);
        const problem = rule ? void 0 : await specialFileProblem(abs, entry, "dag-folder-entry", info);
        if (rule) result.ignored.push({ path: rel, ignoreFile: rule.file, line: rule.line, pattern: rule.pattern });
        else if (problem) result.problems.push({ file: display(rel), ...problem });
      }
    }
  };
  const pending = [];
  const knownAnswers = /* @__PURE__ */ new Map();
  let answersPending = false;
  const hidden = [];
  await walk(options.dagsDir, rootReal, "");
  result.hiddenDagFiles = await findHiddenDagFiles(hidden, options.dagsDir, (content) => !safeMode || mightContainDag(content, options.airflowMajor), options.maxFileSize);
  const settle = (file, known) => {
    if (known && (options.maxFileSize === void 0 || known.size <= options.maxFileSize)) {
      file.size = known.size;
      file.passesSafeMode = !safeMode || wordsMightContainDag(known, options.airflowMajor);
      result.files.push(file);
      return;
    }
    const content = readRegularFileSync(file.absolutePath, options.maxFileSize);
    if (typeof content === "number") {
      result.tooLarge.push({ path: file.path, size: content });
      return;
    }
    file.content = content;
    file.size = file.content.length;
    file.words = safeModeWords(file.content);
    file.passesSafeMode = !safeMode || wordsMightContainDag(file.words, options.airflowMajor);
    result.files.push(file);
  };
  if (!answersPending) {
    for (const file of pending) {
      try {
        settle(file, knownAnswers.get(file.absolutePath));
      } catch (error) {
        unreadable(display(file.path), error);
      }
    }
  } else {
    await mapWithConcurrency(pending, 32, async (file) => {
      try {
        settle(file, await (knownAnswers.has(file.absolutePath) ? knownAnswers.get(file.absolutePath) : options.knownFiles?.known(file.absolutePath)));
      } catch (error) {
        unreadable(display(file.path), error);
      }
    });
  }
  result.tooLarge.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  result.files.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
  return result;
}
var isPromise = (value) => typeof value?.then === "function";
async function specialFileProblem(path, entry, role, target) {
  let info = target ?? entry;
  let link;
  try {
    if (entry.isSymbolicLink()) {
      info = target ?? await stat(path);
      link = await readlink(path);
    }
  } catch {
    return void 0;
  }
  const what = describeSpecialFile(info);
  if (!what) return void 0;
  const subject = link === void 0 ? `${what}, not a regular file` : `a symlink to ${link}, which is ${what}, not a regular file`;
  const isFileFalse = `Path.is_file() is true, and that is false here${link === void 0 ? "" : ", following the symlink"}`;
  const ours = info.isFIFO() ? "; astro-ci does not open it either (reading a FIFO blocks until something writes to it)" : "";
  if (role === "ignore-file") {
    return {
      message: `${subject}: Airflow does not read it, so none of its patterns apply (it reads .airflowignore only where ${isFileFalse}: _find_path_from_directory in apache/airflow airflow/utils/file.py at 2.10.5)${ours}`,
      fix: "make .airflowignore a regular file"
    };
  }
  return {
    message: `${subject}: Airflow skips it without opening it, so no DAG in it ever loads (its DAG discovery keeps only paths where ${isFileFalse}: find_dag_file_paths in apache/airflow airflow/utils/file.py at 2.10.5)${ours}`,
    fix: `${link === void 0 ? "replace it with a regular file" : "point the symlink at a regular file"}, remove it, or list it in .airflowignore`
  };
}
async function danglingSymlinkProblem(path, role, entry) {
  let target = "a missing file";
  if (entry) {
    if (!entry.isSymbolicLink()) return void 0;
    try {
      await stat(path);
      return void 0;
    } catch (error) {
      const code = error.code;
      if (code !== "ENOENT" && code !== "ENOTDIR") return void 0;
    }
  }
  try {
    target = await readlink(path);
  } catch {
  }
  const isFileFalse = "Path.is_file() is true, and that is false for a symlink whose target is missing";
  if (role === "ignore-file") {
    return {
      message: `a symlink to ${target}, which does not exist: Airflow does not read it, so none of its patterns apply (it reads .airflowignore only where ${isFileFalse}: _find_path_from_directory in apache/airflow airflow/utils/file.py at 2.10.5)`,
      fix: "point the symlink at an existing .airflowignore, replace it with a regular file, or remove it"
    };
  }
  return {
    message: `a symlink to ${target}, which does not exist: Airflow skips it without a word, so no DAG in it ever loads (its DAG discovery keeps only paths where ${isFileFalse}: find_dag_file_paths in apache/airflow airflow/utils/file.py at 2.10.5)`,
    fix: "point the symlink at a file the repository holds (a target outside it, such as a home folder, is not in the image), remove it, or list it in .airflowignore"
  };
}
async function outsideRepositoryProblem(path, role, real) {
  let target = real;
  try {
    target = await readlink(path);
  } catch {
  }
  const onAstro = "the Astro image build copies the symlink, not its target, so it dangles there";
  if (role === "dag-folder") {
    return {
      message: `${outsideRepositoryWords("the DAG folder", real)}: astro-ci reads none of its files, and on Astro ${onAstro} and no DAG loads`,
      fix: "make dags/ a folder of the repository (a symlink may only point inside it)"
    };
  }
  if (role === "ignore-file") {
    return {
      message: `${outsideRepositoryWords("it", target)}: astro-ci does not read it, and on Astro none of its patterns apply (${onAstro}, and Airflow reads .airflowignore only where Path.is_file() is true)`,
      fix: "make .airflowignore a regular file of the repository"
    };
  }
  return {
    message: `${outsideRepositoryWords("it", target)}: astro-ci does not read it, and on Astro no DAG in it loads (${onAstro}; Airflow skips it without a word, and a DAG-only deploy refuses it)`,
    fix: "copy it into the repository (a symlink may only point inside it), remove it, or list it in .airflowignore"
  };
}
async function findHiddenDagFiles(hidden, dagsDir, looksLikeDag, maxFileSize) {
  const out = [];
  let budget = 1e3;
  const check = (abs, rule) => {
    if (budget-- <= 0) return;
    try {
      const content = readRegularFileSync(abs, maxFileSize);
      if (typeof content !== "number" && looksLikeDag(content)) out.push({ path: toPosix(relative(dagsDir, abs)), ignoreFile: rule.file, line: rule.line, pattern: rule.pattern });
    } catch {
    }
  };
  const walkHidden = async (dir, rule, depth) => {
    if (depth > 20 || budget <= 0) return;
    let entries;
    try {
      entries = await readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    entries.sort((a, b) => a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    for (const entry of entries) {
      if (entry.isDirectory() && !entry.name.startsWith(".") && entry.name !== "__pycache__") await walkHidden(join(dir, entry.name), rule, depth + 1);
      else if (entry.isFile() && entry.name.endsWith(".py")) check(join(dir, entry.name), rule);
    }
  };
  for (const { absolutePath, isDir, rule } of hidden) {
    if (isDir) await walkHidden(absolutePath, rule, 0);
    else check(absolutePath, rule);
  }
  return out;
}
function mightContainDag(content, airflowMajor) {
  return wordsMightContainDag(safeModeWords(content), airflowMajor);
}
function safeModeWords(content) {
  const lower = Buffer.from(content.buffer, content.byteOffset, content.byteLength).toString("latin1").toLowerCase();
  return { airflow: lower.includes("airflow"), dag: lower.includes("dag"), asset: lower.includes("asset") };
}
function wordsMightContainDag(words, airflowMajor) {
  return words.airflow && (words.dag || airflowMajor === 3 && words.asset);
}
async function looksLikeZip(path, size) {
  if (size < 22) return false;
  const length = Math.min(size, 65557);
  const handle = await open(path, "r");
  try {
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    return buffer.lastIndexOf(Buffer.from([80, 75, 5, 6])) !== -1;
  } finally {
    await handle.close();
  }
}
async function mapWithConcurrency(items, limit, fn) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await fn(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

// src/project/project.ts
var toPosix2 = (p) => p.split(sep2).join("/");
async function loadProject(projectDir, options) {
  const root = resolve(projectDir);
  const repoRoot = resolve(options.repoRoot);
  const relativeRoot = toPosix2(relative2(repoRoot, root));
  const display = (name) => relativeRoot ? `${relativeRoot}/${name}` : name;
  const at = (name) => join2(root, name);
  const dagsDir = at("dags");
  const hasDags = existsSync(dagsDir) && statSync(dagsDir).isDirectory();
  if (!hasDags && !options.dagsOptional) {
    throw new ConfigurationError("no dags/ folder: this does not look like an Astro project", {
      file: display("dags/"),
      fix: "point project-path (or PROJECT_DIR) at the folder holding the Dockerfile and dags/, or list projects in astro-ci.yaml"
    });
  }
  const problems = [];
  let dockerfile;
  if (existsSync(at("Dockerfile"))) {
    try {
      dockerfile = parseDockerfile(readUserTextSync(at("Dockerfile"), { repoRoot }), display("Dockerfile"));
    } catch (error) {
      if (!(error instanceof ConfigurationError && options.airflowVersionOverride)) throw error;
      if (!(error instanceof NoRuntimeImageError)) {
        problems.push({
          file: error.file ?? display("Dockerfile"),
          line: error.line ?? 1,
          severity: "warning",
          message: `${error.message} (validate.airflow-version ${options.airflowVersionOverride} is used instead)`,
          fix: error.fix ?? "correct the Dockerfile"
        });
      }
    }
  } else if (!options.airflowVersionOverride) {
    throw new ConfigurationError("no Dockerfile, so the Airflow version is unknown", {
      file: display("Dockerfile"),
      fix: "add the Astro project's Dockerfile (FROM astrocrpublic.azurecr.io/runtime:<version>), or set validate.airflow-version in astro-ci.yaml"
    });
  }
  const runtime = dockerfile?.runtime?.info;
  let airflowVersion;
  let airflowMajor;
  let airflowVersionSource;
  const warnings = [];
  if (options.airflowVersionOverride && runtime && !sameMinor(options.airflowVersionOverride, runtime.airflowVersion)) {
    warnings.push(
      `validate.airflow-version is ${options.airflowVersionOverride}, but ${display("Dockerfile")} builds on runtime ${runtime.runtimeVersion} (Airflow ${runtime.airflowVersion}); checking as Airflow ${options.airflowVersionOverride}. Fix: remove airflow-version from astro-ci.yaml (the runtime tells), or change the Dockerfile`
    );
  }
  if (options.airflowVersionOverride) {
    airflowVersion = options.airflowVersionOverride;
    airflowMajor = airflowVersion.startsWith("3") ? 3 : 2;
    airflowVersionSource = "config";
  } else if (runtime) {
    airflowVersion = runtime.airflowVersion;
    airflowMajor = runtime.airflowMajor;
    airflowVersionSource = "runtime";
  } else {
    throw new ConfigurationError("the Airflow version could not be determined", { file: display("Dockerfile"), fix: "set validate.airflow-version in astro-ci.yaml" });
  }
  const pythonVersion = options.pythonVersionOverride ?? runtime?.pythonVersion ?? "3.12";
  const parsedRequirements = existsSync(at("requirements.txt")) ? parseRequirements(at("requirements.txt"), display("requirements.txt"), root, repoRoot) : void 0;
  problems.push(...parsedRequirements?.problems ?? []);
  let packagesText = "";
  try {
    packagesText = existsSync(at("packages.txt")) ? readUserTextSync(at("packages.txt"), { repoRoot }) : "";
  } catch (error) {
    const classified = classifyError(error);
    if (classified.kind !== "user") throw error;
    problems.push({ file: display("packages.txt"), line: classified.line ?? 1, severity: "warning", message: `cannot be read: ${classified.message}`, fix: classified.fix ?? "make packages.txt a UTF-8 text file, one apt package per line" });
  }
  const packages = parsePackagesTxt(packagesText);
  problems.push(...packagesTxtProblems(packagesText, display("packages.txt")));
  let settings;
  if (existsSync(at("airflow_settings.yaml"))) {
    const read = await parseAirflowSettings(at("airflow_settings.yaml"), display("airflow_settings.yaml"), repoRoot);
    settings = read.settings;
    problems.push(...read.problems);
  }
  let astroConfig;
  if (existsSync(at(".astro/config.yaml"))) {
    const read = await parseAstroConfig(at(".astro/config.yaml"), display(".astro/config.yaml"), repoRoot);
    astroConfig = read.config;
    problems.push(...read.problems);
  }
  const dotenvText = existsSync(at(".env")) ? readUserTextSync(at(".env"), { repoRoot }) : void 0;
  const envKeys = dotenvText === void 0 ? [] : parseEnvKeys(dotenvText);
  const dagIntegrityExceptions = existsSync(at(".astro/dag_integrity_exceptions.txt")) ? parseIntegrityExceptions(readUserTextSync(at(".astro/dag_integrity_exceptions.txt"), { repoRoot })) : [];
  const optionalDir = (name) => existsSync(at(name)) && statSync(at(name)).isDirectory() ? at(name) : void 0;
  const dirs = { dags: dagsDir, include: optionalDir("include"), plugins: optionalDir("plugins"), tests: optionalDir("tests") };
  const dotenvSettings = dotenvText === void 0 ? {} : parseDiscoverySettings(dotenvText);
  const imageSettings = Object.fromEntries(Object.entries(dockerfile?.env ?? {}).filter(([name]) => !(name in (dockerfile?.unresolvedEnv ?? {}))));
  const settingsEnv = { ...imageSettings, ...dotenvSettings };
  const unresolvedSettings = new Set(Object.keys(dockerfile?.unresolvedEnv ?? {}).filter((name) => !(name in dotenvSettings)));
  const ignoreSyntax = readIgnoreSyntax(
    settingsEnv.AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX,
    unresolvedSettings.has("AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX"),
    () => "AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX" in dotenvSettings ? { file: display(".env"), line: lineOfSetting(dotenvText ?? "", "AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX") } : { file: display("Dockerfile"), line: dockerfile?.envLines.AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX ?? 1 },
    airflowMajor
  );
  if (ignoreSyntax.problem) problems.push(ignoreSyntax.problem);
  const importTimeout = readImportTimeout(
    settingsEnv.AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT,
    () => "AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT" in dotenvSettings ? { file: display(".env"), line: lineOfSetting(dotenvText ?? "", "AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT") } : { file: display("Dockerfile"), line: dockerfile?.envLines.AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT ?? 1 }
  );
  if (importTimeout.problem) problems.push(importTimeout.problem);
  const safeMode = settingsEnv.AIRFLOW__CORE__DAG_DISCOVERY_SAFE_MODE?.toLowerCase();
  const discovery = !hasDags ? { files: [], ignored: [], hiddenDagFiles: [], problems: [], tooLarge: [] } : await discoverDagFiles({
    dagsDir,
    repoRoot,
    maxFileSize: options.maxFileSize,
    airflowMajor,
    displayPrefix: display("dags"),
    ignoreSyntax: ignoreSyntax.syntax,
    safeMode: safeMode === void 0 ? void 0 : !["false", "0", "f", "no", "off"].includes(safeMode),
    knownFiles: options.knownFiles
  });
  return {
    root,
    repoRoot,
    relativeRoot,
    dockerfile,
    runtime,
    airflowMajor,
    airflowVersion,
    airflowVersionSource,
    pythonVersion,
    requirements: parsedRequirements?.requirements ?? [],
    unnamedRequirements: parsedRequirements?.unnamed ?? [],
    packages,
    settings,
    astroConfig,
    envKeys,
    dagIntegrityExceptions,
    dirs,
    localModules: listLocalModules([root, hasDags ? dagsDir : void 0, dirs.include, dirs.plugins]),
    discovery,
    importTimeoutSeconds: importTimeout.seconds,
    // conf.getint: Python's int() of the text (surrounding whitespace allowed).
    maxActiveRunsPerDag: unresolvedSettings.has("AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG") ? "unknown" : /^\s*[+-]?\d+\s*$/.test(settingsEnv.AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG ?? "") ? Number(settingsEnv.AIRFLOW__CORE__MAX_ACTIVE_RUNS_PER_DAG) : void 0,
    defaultTaskRetries: unresolvedSettings.has("AIRFLOW__CORE__DEFAULT_TASK_RETRIES") ? "unknown" : /^\s*[+-]?\d+\s*$/.test(settingsEnv.AIRFLOW__CORE__DEFAULT_TASK_RETRIES ?? "") ? Number(settingsEnv.AIRFLOW__CORE__DEFAULT_TASK_RETRIES) : void 0,
    defaultOwner: unresolvedSettings.has("AIRFLOW__OPERATORS__DEFAULT_OWNER") ? { unknown: true } : settingsEnv.AIRFLOW__OPERATORS__DEFAULT_OWNER || void 0,
    // Unknown: as if it were on (unknown operator keywords then only warn), never an error Airflow may not raise.
    allowIllegalArguments: unresolvedSettings.has("AIRFLOW__OPERATORS__ALLOW_ILLEGAL_ARGUMENTS") || ["t", "true", "1"].includes((settingsEnv.AIRFLOW__OPERATORS__ALLOW_ILLEGAL_ARGUMENTS ?? "").trim().toLowerCase()) || void 0,
    warnings,
    problems
  };
}
function readIgnoreSyntax(value, unknown, where, airflowMajor) {
  if (unknown) return { syntax: "unknown" };
  if (value === void 0 || value === "") return {};
  if (value === "glob" || value === "regexp") return { syntax: value };
  const fallback = airflowMajor === 3 ? "glob" : "regexp";
  return {
    problem: {
      ...where(),
      severity: "warning",
      message: `AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX=${value} is not a value Airflow takes: importing airflow fails with AirflowConfigException: \`[core] dag_ignore_file_syntax\` should not be '${value}'. Possible values: regexp, glob. (values are case-sensitive), so no Airflow process of this image starts (astro-ci reads .airflowignore with the default, ${fallback})`,
      fix: `write AIRFLOW__CORE__DAG_IGNORE_FILE_SYNTAX=${value.trim().toLowerCase() === "glob" ? "glob" : value.trim().toLowerCase() === "regexp" ? "regexp" : "glob (or regexp)"}`
    }
  };
}
var PYTHON_FLOAT = /^\s*([+-]?)(?:((?:\d(?:_?\d)*(?:\.(?:\d(?:_?\d)*)?)?|\.\d(?:_?\d)*)(?:[eE][+-]?\d(?:_?\d)*)?)|(inf(?:inity)?)|(nan))\s*$/i;
function readImportTimeout(value, where) {
  if (value === void 0) return {};
  const match = PYTHON_FLOAT.exec(value);
  if (match && !(match[3] && match[1] !== "-")) {
    const seconds = match[4] ? Number.NaN : match[3] ? -Infinity : Number(`${match[1]}${(match[2] ?? "").replace(/_/g, "")}`);
    return { seconds: seconds > 0 ? seconds : 0 };
  }
  const failure = match ? "DagBag fails on every DAG file with OverflowError: timestamp too large to convert to C _PyTime_t (no timer is that long)" : `DagBag fails on every DAG file with AirflowConfigException: Failed to convert value to float. Please check "DAGBAG_IMPORT_TIMEOUT" key in "core" section. Current value: "${value}"`;
  return {
    problem: {
      ...where(),
      severity: "warning",
      message: `AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT=${value} is not a value Airflow takes: ${failure}; it only logs that, records no import error, and loads none of the file's DAGs, so no DAG of this image loads (astro-ci imports the files with the default, 30 s)`,
      fix: "write a number of seconds, e.g. AIRFLOW__CORE__DAGBAG_IMPORT_TIMEOUT=60 (0 or less: no timeout), or remove the setting for Airflow's 30 s"
    }
  };
}
function lineOfSetting(text, name) {
  let found = 1;
  text.split(/\r?\n/).forEach((line, index) => {
    if (new RegExp(`^\\s*(?:export\\s+)?${name}\\s*=`).test(line)) found = index + 1;
  });
  return found;
}
function sameMinor(a, b) {
  const [aMajor, aMinor] = a.split(".");
  const [bMajor, bMinor] = b.split(".");
  return aMajor === bMajor && (aMinor === void 0 || bMinor === void 0 || aMinor === bMinor);
}
function listLocalModules(folders) {
  const names = /* @__PURE__ */ new Set();
  for (const folder of folders) {
    if (!folder) continue;
    for (const entry of readdirSync2(folder, { withFileTypes: true })) {
      if (entry.isFile() && entry.name.endsWith(".py")) names.add(entry.name.slice(0, -3));
      else if (entry.isDirectory() && /^[A-Za-z_][A-Za-z0-9_]*$/.test(entry.name)) names.add(entry.name);
    }
  }
  return [...names].sort();
}

export {
  safeModeWords,
  mapWithConcurrency,
  loadProject
};
