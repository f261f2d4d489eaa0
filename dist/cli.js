#!/usr/bin/env node
import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  createConsoleLogger,
  defaultRepositoryRoot,
  findRepositoryRoot,
  parseCommandArgs
} from "./chunk-6JIEZZGI.js";
import {
  defaultCacheDir
} from "./chunk-GHXIO2AJ.js";
import {
  startRuffProcessEarly
} from "./chunk-FAVP5ZOJ.js";
import "./chunk-5BAC55PO.js";
import {
  PYTHON_PROJECT_FILES
} from "./chunk-XQTGF5NC.js";
import {
  scrubInheritedSecrets
} from "./chunk-EPGAPL45.js";
import {
  createSecretMask
} from "./chunk-DTAHUBLS.js";
import {
  escapeControlCharacters
} from "./chunk-ZA6WYVD2.js";
import {
  MAX_FILE_SIZE_CEILING,
  MAX_IMPORT_TIMEOUT_SECONDS
} from "./chunk-TTRFRLDY.js";
import {
  BUILD_ID,
  TOOL_NAME,
  TOOL_VERSION
} from "./chunk-FWDNUJ5Q.js";
import {
  makeDirectory
} from "./chunk-DW2KAGUK.js";
import {
  parseByteSize,
  parseDurationSeconds,
  parseWholeNumber
} from "./chunk-ADQZYKCI.js";
import {
  hiddenFromProjectCode
} from "./chunk-SDJHYQXA.js";
import {
  stopCleanlyOnSignals
} from "./chunk-OYQGNGHQ.js";
import {
  ConfigurationError,
  EXIT_FINDINGS,
  EXIT_OK,
  EXIT_USAGE,
  classifyError,
  displayPath,
  fsErrorReason,
  isEnvironmentFsError,
  isInside
} from "./chunk-MOGDTFFA.js";
import "./chunk-YO2X36I4.js";

// src/cli/main.ts
import { basename as basename2, dirname, isAbsolute, join as join3, relative as relative2, resolve, sep as sep2 } from "node:path";
import { existsSync as existsSync2, fstatSync as fstatSync2, statSync as statSync3, writeSync as writeSync3 } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { homedir, tmpdir } from "node:os";
import { fileURLToPath } from "node:url";

// src/util/write-text.ts
import { writeSync } from "node:fs";
function forEachChunk(text, write, chunkChars = 1 << 20) {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + chunkChars, text.length);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 55296 && last <= 56319) end++;
    write(text.slice(start, end));
    start = end;
  }
}
function writeTextInChunks(fd, text, chunkChars = 1 << 20) {
  let scratch;
  forEachChunk(
    text,
    (chunk) => {
      if (!scratch || scratch.length < 3 * chunk.length) scratch = Buffer.allocUnsafe(3 * Math.max(chunk.length, Math.min(chunkChars, text.length)));
      const length = scratch.write(chunk, 0, "utf8");
      for (let offset = 0; offset < length; ) offset += writeSync(fd, scratch, offset, length - offset);
    },
    chunkChars
  );
}

// src/commands/validate-dags-replay.ts
import { createHash } from "node:crypto";
import { closeSync, constants, existsSync, fstatSync, openSync, readdirSync as readdirSync2, readSync, renameSync, rmSync, statSync as statSync2, writeSync as writeSync2 } from "node:fs";
import { basename, join as join2, relative, sep } from "node:path";
import { deserialize, serialize } from "node:v8";

// src/util/tree-snapshot.ts
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
var MISSING = -1;
function snapshotTree(options, now = Date.now) {
  const takenAtMs = now();
  const paths = [];
  const numbers = [];
  const max = options.maxPaths ?? Infinity;
  const add = (path, stat) => {
    paths.push(path);
    if (stat) numbers.push(stat.mtimeMs, stat.ctimeMs, stat.size, stat.ino);
    else numbers.push(MISSING, MISSING, MISSING, MISSING);
    const n = numbers.length;
    options.onPath?.(path, numbers[n - 4], numbers[n - 3], numbers[n - 2], numbers[n - 1]);
  };
  const statOf = (path) => {
    try {
      return statSync(path, { throwIfNoEntry: false });
    } catch {
      return void 0;
    }
  };
  const onPath = /* @__PURE__ */ new Set();
  const walk = (dir, top) => {
    const stat = statOf(dir);
    add(dir, stat);
    if (!stat?.isDirectory()) return true;
    const id = `${stat.dev}:${stat.ino}`;
    if (onPath.has(id)) return true;
    let names;
    try {
      names = readdirSync(dir).sort();
    } catch {
      return false;
    }
    onPath.add(id);
    const prefix = join(dir, "x").slice(0, -1);
    try {
      for (const name of names) {
        if (paths.length > max) return false;
        const path = prefix + name;
        if (options.skipPaths?.has(path) || top && options.skipChild?.(path, name)) continue;
        if (!walk(path, false)) return false;
      }
    } finally {
      onPath.delete(id);
    }
    return true;
  };
  for (const folder of options.folders) if (!walk(folder, true)) return void 0;
  for (const file of options.files) add(file, statOf(file));
  if (paths.length > max) return void 0;
  return { paths, stats: Float64Array.from(numbers), takenAtMs };
}
function unchangedSince(before, now, racyWindowMs = 2e3) {
  if (before.paths.length !== now.paths.length || before.stats.length !== now.stats.length) return false;
  const trustBefore = before.takenAtMs - racyWindowMs;
  for (let i = 0; i < before.paths.length; i++) if (before.paths[i] !== now.paths[i]) return false;
  for (let i = 0; i < before.stats.length; i++) if (before.stats[i] !== now.stats[i]) return false;
  for (let i = 0; i < before.stats.length; i += 4) if (before.stats[i] >= trustBefore || before.stats[i + 1] >= trustBefore) return false;
  return true;
}
function changedPaths(before, now) {
  const index = /* @__PURE__ */ new Map();
  before.paths.forEach((path, i) => index.set(path, i));
  const changed = [];
  now.paths.forEach((path, i) => {
    const j = index.get(path);
    if (j === void 0) changed.push(path);
    else {
      index.delete(path);
      for (let k = 0; k < 4; k++) {
        if (before.stats[4 * j + k] !== now.stats[4 * i + k]) {
          changed.push(path);
          break;
        }
      }
    }
  });
  for (const path of index.keys()) changed.push(path);
  return changed;
}

// src/commands/validate-dags-replay.ts
var RECORD_FORMAT = 2;
var MAX_PATHS = 5e4;
var MAX_HEAD_BYTES = 64 * 2 ** 20;
var STALE_RECORD_MS = 30 * 864e5;
var READ_TOP_FOLDERS = /* @__PURE__ */ new Set(["dags", "include", "plugins", "tests", ".astro"]);
function isSkippedTopChild(path, name) {
  if (READ_TOP_FOLDERS.has(name)) return false;
  return name === ".git" || name === "node_modules" || existsSync(join2(path, "pyvenv.cfg"));
}
var READ_TOP_FILES = /* @__PURE__ */ new Set(["Dockerfile", "requirements.txt", "packages.txt", "airflow_settings.yaml", ".env", "astro-ci.yaml"]);
var READ_PROJECT_FILES = new Set(PYTHON_PROJECT_FILES);
function isUnreadByValidation(path, projectRoots) {
  if (READ_PROJECT_FILES.has(basename(path))) return false;
  for (const root of projectRoots) {
    const rel = relative(root, path);
    if (rel === "") return false;
    if (!isInside(root, path)) continue;
    const parts = rel.split(sep);
    if (READ_TOP_FOLDERS.has(parts[0]) || parts.length === 1 && READ_TOP_FILES.has(parts[0])) return false;
  }
  return true;
}
function snapshotInputs(inputs, maxPaths = MAX_PATHS, onPath) {
  return snapshotTree({ folders: inputs.folders, files: inputs.files, skipPaths: new Set(inputs.skipPaths), skipChild: isSkippedTopChild, maxPaths, onPath });
}
function onFirstChangedPythonFile(before, then) {
  let position = -1;
  let index;
  let told = false;
  return (path, mtimeMs, ctimeMs, size, ino) => {
    position++;
    if (told || !path.endsWith(".py")) return;
    let i = position;
    if (before.paths[i] !== path) i = (index ??= new Map(before.paths.map((p, k) => [p, k]))).get(path);
    const s = before.stats;
    if (i !== void 0 && s[4 * i] === mtimeMs && s[4 * i + 1] === ctimeMs && s[4 * i + 2] === size && s[4 * i + 3] === ino) return;
    told = true;
    then();
  };
}
function recordPath(scope) {
  const name = createHash("sha256").update(JSON.stringify(scope.key)).digest("hex").slice(0, 16);
  return join2(scope.cacheDir, `replay-${name}.v8`);
}
var keyOf = (scope) => JSON.stringify({ key: scope.key, day: scope.day });
var isStringArray = (value) => Array.isArray(value) && value.every((v) => typeof v === "string");
var isSnapshot = (value) => {
  const snapshot = value;
  return !!snapshot && typeof snapshot === "object" && isStringArray(snapshot.paths) && snapshot.stats instanceof Float64Array && snapshot.stats.length === snapshot.paths.length * 4 && typeof snapshot.takenAtMs === "number";
};
var sameStatus = (before, now) => !!now && unchangedSince(before, now, -Infinity);
function isRecord(value) {
  const r = value;
  if (!r || typeof r !== "object" || r.format !== RECORD_FORMAT || typeof r.key !== "string") return false;
  const { inputs, snapshot } = r;
  return !!inputs && isStringArray(inputs.folders) && isStringArray(inputs.files) && isStringArray(inputs.skipPaths) && (snapshot === void 0 || isSnapshot(snapshot)) && isSnapshot(r.cacheFiles) && typeof r.stderr === "string" && (r.exitCode === 0 || r.exitCode === 1) && Number.isSafeInteger(r.outputBytes) && r.outputBytes >= 0;
}
var sameInputs = (a, b) => JSON.stringify(a) === JSON.stringify(b);
function openReplay(scope, now = Date.now, hooks = {}) {
  const record = readRecord(scope);
  let stated;
  let replayed;
  let changed;
  const giveUp = record !== void 0 && record.head.snapshot === void 0;
  if (record && record.head.snapshot) {
    const snapshot = snapshotInputs(record.head.inputs, scope.maxPaths, hooks.onPythonFileChanged && onFirstChangedPythonFile(record.head.snapshot, hooks.onPythonFileChanged));
    stated = { inputs: record.head.inputs, snapshot };
    const cacheFiles = record.head.cacheFiles;
    const output = snapshot && unchangedSince(record.head.snapshot, snapshot) && sameStatus(cacheFiles, snapshotTree({ folders: [], files: cacheFiles.paths })) ? record.readOutput() : void 0;
    if (output) replayed = { output, stderr: record.head.stderr, exitCode: record.head.exitCode };
    else if (snapshot) changed = changedPaths(record.head.snapshot, snapshot);
  }
  let pending;
  return {
    replayed,
    changed,
    statOf(path) {
      return pending?.snapshot ? statFromSnapshot(pending.snapshot, path) : void 0;
    },
    begin(inputs) {
      if (giveUp) return;
      pending = stated && sameInputs(stated.inputs, inputs) ? stated : { inputs, snapshot: snapshotInputs(inputs, scope.maxPaths) };
      if (!pending.snapshot) writeRecord(scope, { format: RECORD_FORMAT, key: keyOf(scope), inputs, cacheFiles: snapshotTree({ folders: [], files: [] }), stderr: "", exitCode: 0, outputBytes: 0 }, [], now);
    },
    finish(outcome, cacheFiles = []) {
      if (!pending?.snapshot) return false;
      const cacheStatus = snapshotTree({ folders: [], files: cacheFiles });
      const parts = typeof outcome.output === "string" ? [outcome.output] : outcome.output;
      const outputBytes = parts.reduce((n, part) => n + Buffer.byteLength(part, "utf8"), 0);
      const head = { format: RECORD_FORMAT, key: keyOf(scope), inputs: pending.inputs, snapshot: pending.snapshot, cacheFiles: cacheStatus, stderr: outcome.stderr, exitCode: outcome.exitCode, outputBytes };
      return writeRecord(scope, head, parts, now);
    }
  };
}
var snapshotIndex = /* @__PURE__ */ new WeakMap();
function statFromSnapshot(snapshot, path) {
  let index = snapshotIndex.get(snapshot);
  if (!index) {
    index = new Map(snapshot.paths.map((p, i2) => [p, i2]));
    snapshotIndex.set(snapshot, index);
  }
  const i = index.get(path);
  if (i === void 0) return void 0;
  const stats = snapshot.stats;
  const mtimeMs = stats[4 * i];
  return mtimeMs === -1 ? void 0 : { mtimeMs, ctimeMs: stats[4 * i + 1], size: stats[4 * i + 2], ino: stats[4 * i + 3] };
}
function readRecord(scope) {
  let fd;
  try {
    fd = openSync(recordPath(scope), constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const status = fstatSync(fd);
    if (!status.isFile()) return void 0;
    const size = status.size;
    const length = Buffer.alloc(4);
    if (readSync(fd, length, 0, 4, 0) !== 4) return void 0;
    const headEnd = 4 + length.readUInt32LE(0);
    if (headEnd > size || headEnd - 4 > MAX_HEAD_BYTES) return void 0;
    const headBytes = Buffer.alloc(headEnd - 4);
    if (readSync(fd, headBytes, 0, headBytes.length, 4) !== headBytes.length) return void 0;
    const head = deserialize(headBytes);
    if (!isRecord(head) || head.key !== keyOf(scope) || head.outputBytes !== size - headEnd) return void 0;
    const open = fd;
    fd = void 0;
    return {
      head,
      readOutput() {
        try {
          const output = Buffer.allocUnsafe(head.outputBytes);
          let read = 0;
          while (read < output.length) {
            const n = readSync(open, output, read, output.length - read, headEnd + read);
            if (n === 0) return void 0;
            read += n;
          }
          return output;
        } catch {
          return void 0;
        } finally {
          closeSync(open);
        }
      }
    };
  } catch {
    return void 0;
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}
function writeRecord(scope, head, output, now) {
  const path = recordPath(scope);
  const temp = `${path}.${process.pid}.tmp`;
  const serialized = serialize(head);
  if (serialized.length > MAX_HEAD_BYTES) return false;
  const length = Buffer.alloc(4);
  length.writeUInt32LE(serialized.length, 0);
  try {
    rmSync(temp, { force: true });
    const fd = openSync(temp, "wx", 420);
    try {
      for (const part of [length, serialized]) for (let offset = 0; offset < part.length; ) offset += writeSync2(fd, part, offset);
      for (const part of output) writeTextInChunks(fd, part);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch {
    try {
      rmSync(temp, { force: true });
    } catch {
    }
    return false;
  }
  pruneStaleRecords(scope.cacheDir, path, now());
  return true;
}
function pruneStaleRecords(dir, keep, nowMs) {
  let names;
  try {
    names = readdirSync2(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const isRecordFile = /^replay-[0-9a-f]{16}\.v8$/.test(name);
    const isTemp = /^replay-[0-9a-f]{16}\.v8\.\d+\.tmp$/.test(name);
    const path = join2(dir, name);
    if (path === keep || !isRecordFile && !isTemp) continue;
    try {
      if (nowMs - statSync2(path).mtimeMs > (isTemp ? 864e5 : STALE_RECORD_MS)) rmSync(path, { force: true });
    } catch {
    }
  }
}
function asServedFromCache(report) {
  return { ...report, projects: report.projects.map((p) => p.cache ? { ...p, cache: { hits: p.cache.hits + p.cache.misses, misses: 0 } } : p) };
}

// src/cli/main.ts
var EXIT_CODES = "Exit codes: 0 clean, 1 findings or failures at the failure level, 2 usage, configuration or environment error\n(the message names the file and the fix), 3 internal error (a bug in astro-ci).";
var COMMANDS = {
  "validate-dags": {
    usage: "astro-ci validate-dags [PROJECT_DIR] [options]",
    summary: "Static (and, with Airflow, import) checks of an Astro project's DAGs.",
    options: [
      ["--format text|json|sarif", "Report format (default: text)"],
      ["--output FILE", "Write the report to FILE instead of stdout"],
      ["--config FILE", "astro-ci.yaml to use (default: astro-ci.yaml at the repository root, if any)"],
      ["--cache DIR", "Where the analysis cache lives (default: $XDG_CACHE_HOME/astro-ci, else ~/.cache/astro-ci)"],
      ["--no-cache", "Analyse every file afresh and store nothing (no cache, no replay)"],
      ["--base REF", "Also diff the DAGs against this git commit (e.g. origin/main)"],
      ["--repo-root DIR", "Repository root, for the paths in reports (default: the git checkout holding the project; outside git, the current directory)"],
      ["--jobs N", "Parallel work: 1 keeps the static tier in one thread (else ruff runs in a second process); the dynamic tier's import workers (default: one per core)"],
      ["--dynamic auto|required|off", "Also import every DAG with real Airflow (default: validate.dynamic, else auto)"],
      ["--airflow installed|venv|image|auto", "Where that Airflow comes from (default: validate.airflow, else installed); given here, none to be had is exit 2"],
      ["--no-stub-lookups", "Import DAGs with the real Variable, connection and os.getenv lookups (default: stubbed, like astro dev parse)"],
      ["--import-timeout SECONDS", `Time limit of one DAG file's import, at most ${MAX_IMPORT_TIMEOUT_SECONDS} (default: validate.import-timeout, else Airflow's 30 s)`],
      ["--max-file-size SIZE", "DAG files above this size get a finding and are not parsed, at most 1GiB (default: validate.max-file-size, else 5MiB)"],
      ["--notices", "List notices too in text output (Airflow 3 deprecations on Airflow 2...)"],
      ["--no-color", "Plain text output"],
      ["-h, --help", "Show this help"]
    ]
  },
  test: {
    usage: "astro-ci test [PROJECT_DIR] [options] [-- PYTEST_ARGS]",
    summary: "Run the project's pytest suite (tests/ by default) in its Airflow environment, on a throwaway copy.",
    options: [
      ["--airflow installed|venv|image|auto|none", "Where Airflow comes from (default: installed; none runs python3 as it is)"],
      ["--path PATH", "A test file, folder or node id (tests/x.py::test_c) inside the project (repeatable; default: tests/; paths after -- count too)"],
      ["--allow-no-tests", "Succeed when pytest collects no tests (default: that is a failure, exit 1)"],
      ["--timeout DURATION", "Stop the suite after this long and name the test that was running (exit 1): seconds, or 90s, 10m, 1h; 0 for no limit (default: 30m)"],
      ["--no-stubs", "Do not stub Variables, connections and os.getenv"],
      ["--format text|json", "Report format (default: text)"],
      ["--output FILE", "Write the report to FILE instead of stdout"],
      ["--repo-root DIR", "Repository root, for the paths in findings (default: the git checkout holding the project; outside git, the current directory)"],
      ["--work-dir DIR", "Where venvs and the JUnit file go (default: $XDG_CACHE_HOME/astro-ci or ~/.cache/astro-ci)"],
      ["-h, --help", "Show this help"]
    ]
  },
  deploy: {
    usage: "astro-ci deploy [PROJECT_DIR] [options]",
    summary: "Deploy to Astro through its API. Needs ASTRO_API_TOKEN (and ASTRO_API_URL, ASTRO_ORGANIZATION_ID when needed).",
    options: [
      ["--deployment-id ID", "Deploy to this Deployment (default: the one astro-ci.yaml maps the branch to)"],
      ["--deployment-name NAME", "Deploy to the Deployment with this name"],
      ["--workspace-id ID", "Workspace of --deployment-name"],
      ["--deploy-type infer|dags-only|image-and-dags|image-only", "Default: the deployments entry's deploy-type, else infer"],
      ["--config FILE", "astro-ci.yaml whose deployments section maps branches (default: astro-ci.yaml at the repository root)"],
      ["--no-wait", "Do not wait until the Deployment is healthy and runs the new DAGs"],
      ["--wait-timeout DURATION", "How long to wait: seconds, or 90s, 10m, 1h (default: 600)"],
      ["--force", "Deploy even when nothing changed, the commit is older, or validation failed"],
      ["--validate", "Run validate-dags first; findings at the failure level stop the deploy"],
      ["--branch NAME", "Map this branch in astro-ci.yaml (default: the checked-out branch; needed on a detached HEAD)"],
      ["--allow-dirty", "Ship uncommitted changes too (recorded as dirty, without a commit)"],
      ["--allowed-registry HOST", "A registry besides Astro's that may receive the token (repeatable; *.example.com patterns)"],
      ["--format text|json", "Report format (default: text)"],
      ["--output FILE", "Write the report to FILE instead of stdout"],
      ["-h, --help", "Show this help"]
    ]
  }
};
function commandHelp(name) {
  const help2 = COMMANDS[name];
  const width = Math.max(...help2.options.map(([flag]) => flag.length)) + 2;
  const options = help2.options.map(([flag, description]) => `  ${flag.padEnd(width)}${description}`).join("\n");
  return `Usage: ${help2.usage}

${help2.summary}

Options:
${options}

Paths are relative to the current directory.
${EXIT_CODES}
`;
}
var MORE_COMMANDS = [
  ["drift", "Compare live Astro Deployments with astro-ci.yaml's deployments: (reads only)."],
  ["connections", "connections sync: apply an airflow_settings.yaml-format file to a Deployment."],
  ["branch-deploy", "Create or update a pull request's preview Deployment and deploy into it."],
  ["teardown", "Remove a pull request's previews (--pr N), or sweep stale ones (--stale)."],
  ["command", "Answer a pull-request comment command (/astro ...) from an issue_comment event."]
];
var USAGE = `Usage: astro-ci <command> [options]

Commands:
${[...Object.entries(COMMANDS).map(([name, help2]) => [name, help2.summary]), ...MORE_COMMANDS].map(([name, summary]) => `  ${name.padEnd(17)}${summary}`).join("\n")}

Options:
  -h, --help     Show this help (astro-ci <command> --help shows a command's options)
  -v, --version  Show the version

${EXIT_CODES}
`;
var defaultIo = {
  stdout: writeStdout,
  stdoutBytes: writeStdoutBytes,
  stderr: (t) => process.stderr.write(t),
  cwd: process.cwd(),
  isTty: Boolean(process.stdout.isTTY)
};
function writeStdout(text) {
  if (!stdoutIsFile()) {
    forEachChunk(text, (chunk) => process.stdout.write(chunk));
    return;
  }
  writeTextInChunks(1, text);
}
function writeStdoutBytes(bytes) {
  if (!stdoutIsFile()) {
    process.stdout.write(bytes);
    return;
  }
  for (let offset = 0; offset < bytes.length; ) offset += writeSync3(1, bytes, offset);
}
function stdoutIsFile() {
  try {
    const info = fstatSync2(1);
    return info.isFile() || info.isCharacterDevice() && !process.stdout.isTTY;
  } catch {
    return false;
  }
}
async function runCli(argv, given = defaultIo) {
  const secrets = createSecretMask();
  const { stdoutBytes } = given;
  const io = {
    ...given,
    stdout: (t) => given.stdout(secrets.empty ? t : secrets.scrub(t)),
    stdoutBytes: stdoutBytes && ((bytes) => secrets.empty ? stdoutBytes(bytes) : given.stdout(secrets.scrub(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("utf8")))),
    stderr: (t) => given.stderr(secrets.scrub(t)),
    mask: (v) => secrets.mask(v)
  };
  try {
    return await dispatch(argv, io);
  } catch (error) {
    const classified = classifyError(error, io.cwd);
    const debug = (io.env ?? process.env).ASTRO_CI_DEBUG;
    io.stderr(`astro-ci: ${classified.describe()}
${classified.kind === "bug" && debug && classified.stack ? `${classified.stack}
` : ""}`);
    return classified.exitCode;
  }
}
async function dispatch(argv, io) {
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    if (command === "help" && rest[0] && rest[0] in COMMANDS) {
      io.stdout(commandHelp(rest[0]));
      return EXIT_OK;
    }
    if (command === "help" && rest[0] && MORE_COMMANDS.some(([name]) => name === rest[0])) return dispatch([rest[0], "--help"], io);
    if (command === "help" && rest[0]) return dispatch([rest[0]], io);
    (command ? io.stdout : io.stderr)(USAGE);
    return command ? EXIT_OK : EXIT_USAGE;
  }
  if (command === "--version" || command === "-v" || command === "version") {
    io.stdout(`${TOOL_NAME} ${TOOL_VERSION}
`);
    return EXIT_OK;
  }
  if (command === "validate-dags") return validateDagsCommand(rest, io);
  if (command === "test") return testCommand(rest, io);
  if (command === "deploy") return deployCommand(rest, io);
  if (command === "drift") return (await import("./chunk-CMFCPOTN.js")).driftCommand(rest, io, io.env ?? process.env);
  if (command === "connections") return (await import("./chunk-4LXRQ74P.js")).connectionsCommand(rest, io, io.env ?? process.env);
  if (command === "branch-deploy") return (await import("./chunk-XBUGQJL4.js")).branchDeployCommand(rest, io, io.env ?? process.env);
  if (command === "teardown") return (await import("./chunk-XBUGQJL4.js")).teardownCommand(rest, io, io.env ?? process.env);
  if (command === "command") return (await import("./chunk-KEONDFXJ.js")).commentCommand(rest, io, io.env ?? process.env);
  throw new ConfigurationError(`unknown command '${command}'`, { fix: `use one of ${[...Object.keys(COMMANDS), ...MORE_COMMANDS.map(([name]) => name)].join(", ")} (astro-ci --help)` });
}
function replayScopeOf(cacheDir, args, io, repoRoot) {
  const self = fileURLToPath(import.meta.url);
  const stat = BUILD_ID === "source" ? statSync3(self, { throwIfNoEntry: false }) : void 0;
  const build = stat ? [self, stat.mtimeMs, stat.size, stat.ino] : BUILD_ID;
  return {
    cacheDir,
    key: { tool: TOOL_VERSION, build, args, cwd: io.cwd, isTty: io.isTty, repoRoot },
    // Checks look at the calendar (schedule-never-fires), as the analysis cache's judged records do.
    day: (/* @__PURE__ */ new Date()).toISOString().slice(0, 10)
  };
}
async function validateDagsCommand(args, io) {
  const { values, positionals } = parseCommandArgs("validate-dags", args, {
    format: { type: "string", default: "text" },
    config: { type: "string" },
    output: { type: "string" },
    cache: { type: "string" },
    "no-cache": { type: "boolean", default: false },
    base: { type: "string" },
    "repo-root": { type: "string" },
    jobs: { type: "string" },
    "no-color": { type: "boolean", default: false },
    notices: { type: "boolean", default: false },
    airflow: { type: "string" },
    dynamic: { type: "string" },
    "no-stub-lookups": { type: "boolean", default: false },
    "import-timeout": { type: "string" },
    "max-file-size": { type: "string" },
    help: { type: "boolean", short: "h", default: false }
  });
  if (values.help) return help("validate-dags", io);
  const format = checkChoice("--format", values.format, ["text", "json", "sarif"]);
  const airflow = values.airflow === void 0 ? void 0 : checkChoice("--airflow", values.airflow, ["auto", "installed", "venv", "image"]);
  const dynamic = values.dynamic === void 0 ? void 0 : checkChoice("--dynamic", values.dynamic, ["auto", "required", "off"]);
  const jobs = values.jobs === void 0 ? void 0 : parseWholeNumber(values.jobs, "--jobs", { min: 1, max: 256, example: "--jobs 4" });
  const importTimeout = values["import-timeout"] === void 0 ? void 0 : parseDurationSeconds(values["import-timeout"], "--import-timeout", { example: "--import-timeout 60", maxSeconds: MAX_IMPORT_TIMEOUT_SECONDS });
  const maxFileSize = values["max-file-size"] === void 0 ? void 0 : parseByteSize(values["max-file-size"], "--max-file-size", { example: "--max-file-size 10MB", max: MAX_FILE_SIZE_CEILING });
  const projectPath = projectArgument(positionals, io, { mustExist: false, command: "validate-dags" });
  const repoRoot = values["repo-root"] !== void 0 ? existingFolder(io, values["repo-root"], "--repo-root") : defaultRepositoryRoot(projectPath ?? io.cwd, io.cwd);
  if (values["no-cache"] && values.cache !== void 0) {
    throw new ConfigurationError("--no-cache and --cache DIR contradict each other", { fix: "keep one of them: --no-cache stores nothing, --cache DIR says where to store" });
  }
  const cacheDir = values["no-cache"] ? void 0 : values.cache !== void 0 ? resolve(io.cwd, values.cache) : defaultCacheDir(io.env ?? process.env, homedir());
  const gitModule = values.base === void 0 ? void 0 : await import("./chunk-B7QEJ3QO.js");
  const git = gitModule?.createGit(repoRoot);
  if (values.base !== void 0 && gitModule && git) {
    gitModule.requireRevision(values.base, "--base");
    const { resolveBaseCommit } = await import("./chunk-WC6NVJN7.js");
    const base = await resolveBaseCommit(git, values.base);
    if (base.status === "missing") throw new ConfigurationError(`--base ${values.base} ${base.why}`, { fix: base.fix });
  }
  const debug = Boolean((io.env ?? process.env).ASTRO_CI_DEBUG);
  const configPath = values.config !== void 0 ? resolve(io.cwd, values.config) : void 0;
  const projectToValidate = projectPath !== void 0 && existsSync2(projectPath) && resolve(projectPath) === resolve(repoRoot) ? void 0 : projectPath;
  let ruffProcess;
  const replay = cacheDir !== void 0 && values.base === void 0 && !debug ? openReplay(replayScopeOf(cacheDir, args, io, repoRoot), Date.now, { onPythonFileChanged: () => ruffProcess ??= startRuffProcessEarly(jobs) }) : void 0;
  const replayed = replay?.replayed;
  if (replayed) ruffProcess?.child.kill();
  if (replayed) {
    if (replayed.stderr) io.stderr(replayed.stderr);
    return await emitReport(replayed.output, values.output, io) ?? replayed.exitCode;
  }
  const stderrText = [];
  const logger = createConsoleLogger(debug, (text) => {
    stderrText.push(text);
    io.stderr(text);
  });
  let cacheSpoke = false;
  let cacheCountsMayChange = false;
  const cacheLogger = {
    debug: (m) => logger.debug(m),
    info: (m) => (cacheSpoke = true, logger.info(m)),
    warning: (m) => (cacheSpoke = true, logger.warning(m)),
    error: (m) => (cacheSpoke = true, logger.error(m))
  };
  const analyzer = await import("./chunk-OXO2IDGN.js").then(({ createDefaultAnalyzer }) => createDefaultAnalyzer({ jobs, debug: (m) => logger.debug(m), warn: (m) => cacheLogger.warning(m), ruffProcess })).catch((error) => {
    ruffProcess?.child.kill();
    throw error;
  });
  const cacheSaves = [];
  if (cacheDir === void 0 || replay?.changed?.some((path) => path.endsWith(".py"))) analyzer.prewarm?.(1);
  try {
    const [{ runValidation }, { DEFAULT_CONFIG_FILE, loadConfig }, { formatTextReport }, { formatJsonReport, formatJsonReportVariantParts }, { toSarifReport }, { requirementsLocalPaths }, { analysisPackPath }] = await Promise.all([
      import("./chunk-WC6NVJN7.js"),
      import("./chunk-HIUWYPW4.js"),
      import("./chunk-KK4EBADH.js"),
      import("./chunk-2WJ7RZDJ.js"),
      import("./chunk-QFQ5W2NX.js"),
      import("./chunk-2OLQBQT5.js"),
      import("./chunk-2UYENCYM.js")
    ]);
    let packs = [];
    const config = replay ? await loadConfig({ repoRoot, configPath, projectPath: projectToValidate }).catch(() => void 0) : void 0;
    if (replay && config) {
      const roots = config.projects.map((p) => p.root);
      packs = roots.map((root) => analysisPackPath(cacheDir, root));
      if (packs.some((pack) => !existsSync2(pack))) analyzer.prewarm?.(1);
      replay.begin({
        folders: roots,
        // What requirements name (`-e ../pkg`, `-e ./.venv/src/pkg`, `-r extra.txt`): maybe outside the project folders
        // or in one the walk skips. Looked up just before the snapshot: a requirements.txt edited in between is within
        // the racy window, never trusted.
        files: [configPath ?? resolve(repoRoot, DEFAULT_CONFIG_FILE), repoRoot, ...roots.flatMap((root) => requirementsLocalPaths(root, repoRoot))],
        // The cache folder and the report file are not inputs, unless validation reads them (`--cache dags`, say).
        skipPaths: [cacheDir, ...values.output !== void 0 ? [resolve(io.cwd, values.output)] : []].filter((path) => isUnreadByValidation(path, roots))
      });
    }
    const report = await runValidation({
      repoRoot,
      configPath,
      projectPath: projectToValidate,
      config,
      cacheDir,
      cacheLogger,
      cacheCountsMayChange: () => cacheCountsMayChange = true,
      saveCacheInBackground: (saving) => cacheSaves.push(saving),
      statOf: replay ? (path) => replay.statOf(path) : void 0,
      baseRef: values.base,
      git,
      analyzer,
      logger,
      maxFileSize,
      dynamic: {
        setting: dynamic,
        mode: airflow,
        stubLookups: values["no-stub-lookups"] ? false : void 0,
        // Locally, only an Airflow already installed is used unless asked for more (venv downloads, image needs Docker).
        defaults: { setting: "auto", mode: "installed" },
        workDir: cacheDir ?? defaultCacheDir(io.env ?? process.env, homedir()),
        jobs,
        importTimeoutSeconds: importTimeout
      }
    });
    const formatted = (r) => format === "json" ? formatJsonReport(r, { pretty: io.isTty && !values.output }) : format === "sarif" ? JSON.stringify(toSarifReport(r), null, 2) + "\n" : formatTextReport(r, { color: io.isTty && !values["no-color"] && !values.output, showNotices: values.notices });
    const storable = replay !== void 0 && !cacheSpoke && report.projects.every((p) => p.dynamic?.status === "off" && p.dagDiff === void 0);
    const missed = format === "json" && report.projects.some((p) => p.cache?.misses);
    const nextDiffers = storable && missed && !cacheCountsMayChange;
    const [output = "", nextOutput = output] = nextDiffers ? formatJsonReportVariantParts(report, [report, asServedFromCache(report)].map((r) => r.projects.map((p) => p.cache)), { pretty: io.isTty && !values.output }) : [formatted(report)];
    const written = await emitReport(output, values.output, io);
    logger.debug(`report written (${Math.round(performance.now())} ms since start)`);
    const unavailable = airflow === void 0 ? void 0 : report.projects.find((p) => p.dynamic?.status === "unavailable")?.dynamic;
    if (airflow !== void 0 && unavailable) {
      io.stderr(`astro-ci: --airflow ${airflow}: ${unavailable.message}. Fix: ${AIRFLOW_MODE_FIX[airflow]}; else choose another --airflow mode, or pass --dynamic off for the static checks only
`);
      return written ?? EXIT_USAGE;
    }
    const exitCode = report.failed ? EXIT_FINDINGS : EXIT_OK;
    await Promise.all(cacheSaves);
    if (replay && storable && !cacheSpoke && written === void 0 && !(missed && cacheCountsMayChange)) {
      replay.finish({ output: nextOutput, stderr: stderrText.join(""), exitCode }, packs);
    }
    return written ?? exitCode;
  } finally {
    await analyzer.close();
    await Promise.all(cacheSaves);
  }
}
var AIRFLOW_MODE_FIX = {
  installed: "install Python 3 with the project's Airflow and put it on PATH (`python3 -c 'import airflow'` must work; on a runner: actions/setup-python)",
  venv: "make python3 (with its venv module) available on PATH, and PyPI reachable to install Airflow",
  image: "start a Docker engine (`docker info` must answer) and build from an Astro runtime image",
  auto: "install Python 3 with the project's Airflow and put it on PATH, or start a Docker engine"
};
async function testCommand(args, io) {
  const separator = args.indexOf("--");
  const own = separator === -1 ? args : args.slice(0, separator);
  const pytestArgs = separator === -1 ? [] : args.slice(separator + 1);
  const { values, positionals } = parseCommandArgs("test", own, {
    format: { type: "string", default: "text" },
    output: { type: "string" },
    airflow: { type: "string", default: "installed" },
    path: { type: "string", multiple: true },
    "allow-no-tests": { type: "boolean", default: false },
    timeout: { type: "string", default: "30m" },
    "no-stubs": { type: "boolean", default: false },
    "repo-root": { type: "string" },
    "work-dir": { type: "string" },
    help: { type: "boolean", short: "h", default: false }
  });
  if (values.help) return help("test", io);
  const format = checkChoice("--format", values.format, ["text", "json"]);
  const mode = checkChoice("--airflow", values.airflow, ["auto", "installed", "venv", "image", "none"]);
  const projectRoot = projectArgument(positionals, io, { mustExist: true, command: "test" }) ?? io.cwd;
  const paths = (values.path ?? []).map((p) => testPathInsideProject(projectRoot, resolve(io.cwd, p), p, io.cwd));
  const timeoutSeconds = parseDurationSeconds(values.timeout, "--timeout", { example: "--timeout 45m, or --timeout 0 for no limit", allowZero: true });
  const repoRoot = values["repo-root"] !== void 0 ? existingFolder(io, values["repo-root"], "--repo-root") : defaultRepositoryRoot(projectRoot, io.cwd);
  const { testProject } = await import("./chunk-3NDSQBYL.js");
  const result = await testProject({
    projectRoot,
    repoRoot,
    paths,
    pytestArgs,
    mode,
    stubLookups: !values["no-stubs"],
    allowNoTests: values["allow-no-tests"],
    timeoutSeconds,
    workDir: values["work-dir"] !== void 0 ? resolve(io.cwd, values["work-dir"]) : defaultCacheDir(io.env ?? process.env, homedir()),
    // Project code (the tests) runs with an environment that holds no token.
    runner: (await import("./chunk-YL52KVMC.js")).projectCodeRunner,
    logger: createConsoleLogger(Boolean((io.env ?? process.env).ASTRO_CI_DEBUG), io.stderr)
  });
  const outcome = testOutcome(result, { paths: result.paths?.length ? result.paths : paths.length ? paths : ["tests/"], allowNoTests: values["allow-no-tests"], mode });
  let output;
  if (format === "json") {
    const { report: _report, ...rest } = result;
    output = JSON.stringify({ ...rest, message: outcome.message, failed: outcome.exitCode !== EXIT_OK, tests: result.report?.tests ?? [] }, null, 2) + "\n";
  } else {
    const closing = outcome.exitCode === EXIT_USAGE && !values.output ? "" : `${outcome.message}
`;
    output = result.findings.map((f) => `${escapeControlCharacters(f.file)}:${f.line}: ${f.severity} [${f.checkId}] ${f.message}
`).join("") + closing;
  }
  const written = await emitReport(output, values.output, io);
  if (outcome.exitCode === EXIT_USAGE && !values.output) io.stderr(`astro-ci: ${outcome.message}
`);
  return written ?? outcome.exitCode;
}
function testOutcome(result, options) {
  if (result.status === "unavailable") {
    const others = ["installed", "venv", "image", "none"].filter((m) => m !== options.mode);
    const how = {
      installed: "installed (python3 on PATH imports airflow)",
      venv: "venv (pip installs the project's Airflow version)",
      image: "image (runs in the project's runtime image with Docker)",
      none: "none (python3 as it is, for suites that do not import Airflow)"
    };
    return { exitCode: EXIT_USAGE, message: `${result.message}. Fix: ${result.fix ?? `choose another --airflow mode: ${others.map((m) => how[m]).join(", ")}`}` };
  }
  if (result.status === "failed" && result.environmentFault) return { exitCode: EXIT_USAGE, message: result.message };
  if (result.status === "ran" && result.totals.tests === 0 && result.collectionErrors === 0 && !options.allowNoTests) {
    if (result.noTestsFolder) return { exitCode: EXIT_FINDINGS, message: result.message };
    return {
      exitCode: EXIT_FINDINGS,
      message: `no tests were collected in ${options.paths.join(", ")} (${result.environment ?? "pytest"}). Fix: add test_*.py files there, point --path at the tests, or pass --allow-no-tests`
    };
  }
  return { exitCode: result.failed ? EXIT_FINDINGS : EXIT_OK, message: result.message };
}
function testPathInsideProject(projectRoot, absWithNodeId, givenWithNodeId, cwd) {
  const at = givenWithNodeId.indexOf("::");
  const nodeId = at === -1 ? "" : givenWithNodeId.slice(at);
  const given = at === -1 ? givenWithNodeId : givenWithNodeId.slice(0, at);
  const abs = at === -1 ? absWithNodeId : resolve(cwd, given);
  const rel = relative2(projectRoot, abs);
  const meant = !isAbsolute(given) && existsSync2(resolve(projectRoot, given)) ? relative2(cwd, resolve(projectRoot, given)).split(sep2).join("/") : void 0;
  const hint = meant && meant !== given ? `; paths are relative to the current directory: did you mean --path ${meant}?` : "";
  if (!isInside(projectRoot, abs)) {
    throw new ConfigurationError(`--path '${given}' is outside the project ${displayPath(projectRoot, cwd)}`, { fix: `give a test file or folder inside the project (tests run on a copy of the project only)${hint}` });
  }
  if (!existsSync2(abs)) throw new ConfigurationError(`--path '${givenWithNodeId}' does not exist${nodeId ? ` (its file part, ${given})` : ""}`, { fix: `give a test file or folder inside the project, relative to the current directory${hint}` });
  const path = rel.split(sep2).join("/") || ".";
  if (path.startsWith("-")) throw new ConfigurationError(`--path '${givenWithNodeId}' starts with '-' inside the project (pytest would read it as an option)`, { fix: "rename the test file or folder" });
  return `${path}${nodeId}`;
}
async function deployCommand(args, io) {
  const { values, positionals } = parseCommandArgs("deploy", args, {
    "deployment-id": { type: "string" },
    "deployment-name": { type: "string" },
    "workspace-id": { type: "string" },
    "deploy-type": { type: "string" },
    "no-wait": { type: "boolean", default: false },
    force: { type: "boolean", default: false },
    format: { type: "string", default: "text" },
    output: { type: "string" },
    config: { type: "string" },
    "wait-timeout": { type: "string", default: "600" },
    validate: { type: "boolean", default: false },
    branch: { type: "string" },
    "allow-dirty": { type: "boolean", default: false },
    "allowed-registry": { type: "string", multiple: true },
    help: { type: "boolean", short: "h", default: false }
  });
  if (values.help) return help("deploy", io);
  const deployType = values["deploy-type"] === void 0 ? void 0 : checkChoice("--deploy-type", values["deploy-type"], ["infer", "dags-only", "image-and-dags", "image-only"]);
  const format = checkChoice("--format", values.format, ["text", "json"]);
  const waitTimeoutSeconds = parseDurationSeconds(values["wait-timeout"], "--wait-timeout", { example: "--wait-timeout 900 or --wait-timeout 15m", allowZero: true });
  const projectRoot = projectArgument(positionals, io, { mustExist: true, command: "deploy" }) ?? io.cwd;
  const repoRoot = findRepositoryRoot(projectRoot);
  if (!repoRoot) throw new ConfigurationError("the project is not in a git repository", { file: displayPath(projectRoot, io.cwd), fix: "deploys record the commit: run inside a git checkout" });
  const logger = createConsoleLogger(Boolean((io.env ?? process.env).ASTRO_CI_DEBUG), io.stderr);
  const { deployFailed, runDeploy } = await import("./chunk-A4MDUJNX.js");
  const inWorkflow = (io.env ?? process.env).GITHUB_ACTIONS === "true";
  const { result, explanation } = await runDeploy({
    repoRoot,
    projectRoot,
    configPath: values.config !== void 0 ? resolve(io.cwd, values.config) : void 0,
    deploymentId: values["deployment-id"],
    deploymentName: values["deployment-name"],
    workspaceId: values["workspace-id"],
    deployType,
    wait: !values["no-wait"],
    waitTimeoutMs: waitTimeoutSeconds * 1e3,
    force: values.force,
    validateFirst: values.validate,
    branch: values.branch,
    allowDirty: values["allow-dirty"],
    allowedRegistries: values["allowed-registry"],
    // In a workflow, the event decides whether deploying is allowed at all (pull requests never deploy).
    event: inWorkflow ? (io.env ?? process.env).GITHUB_EVENT_NAME ?? "" : void 0,
    eventPayload: inWorkflow ? (await import("./chunk-WSDOBYR4.js")).readEventPayload(io.env ?? process.env) : void 0,
    env: io.env ?? process.env,
    git: (await import("./chunk-B7QEJ3QO.js")).createGit(repoRoot),
    docker: (await import("./chunk-YL52KVMC.js")).nodeCommandRunner,
    logger
  });
  const output = format === "json" ? JSON.stringify({ explanation, ...result }, null, 2) + "\n" : `${explanation}
${result.status}: ${result.reason}${"deployId" in result && result.deployId ? ` (deploy ${result.deployId}, ${result.bytesUploaded} bytes uploaded)` : ""}
`;
  const written = await emitReport(output, values.output, io);
  return written ?? (deployFailed(result) ? EXIT_FINDINGS : EXIT_OK);
}
function help(command, io) {
  io.stdout(commandHelp(command));
  return EXIT_OK;
}
async function emitReport(report, output, io) {
  let decoded = typeof report === "string" ? report : void 0;
  const text = () => decoded ??= report instanceof Uint8Array ? Buffer.from(report.buffer, report.byteOffset, report.byteLength).toString("utf8") : report.join("");
  const write = async (path, data) => {
    if (io.writeFile) return io.writeFile(path, data);
    await makeDirectory(dirname(path));
    await writeFile(path, report instanceof Uint8Array ? report : data);
  };
  const target = output === void 0 ? void 0 : resolve(io.cwd, output);
  try {
    if (target === void 0) {
      if (report instanceof Uint8Array && io.stdoutBytes) io.stdoutBytes(report);
      else if (typeof report !== "string" && !(report instanceof Uint8Array)) for (const part of report) io.stdout(part);
      else io.stdout(text());
    } else await write(target, text());
    return void 0;
  } catch (error) {
    if (!isEnvironmentFsError(error)) throw error;
    if (target !== void 0 && !error.path) error.path = target;
    const why = target === void 0 ? `cannot write to standard output: ${fsErrorReason(error)}. Fix: free some space or redirect elsewhere, or use --output FILE` : classifyError(error, io.cwd).describe();
    let fallback;
    let dir;
    try {
      dir = await mkdtemp(join3(tmpdir(), "astro-ci-report-"));
      fallback = join3(dir, target && basename2(target) || "report.txt");
      await write(fallback, text());
    } catch {
      fallback = void 0;
      if (dir !== void 0) await rm(dir, { recursive: true, force: true }).catch(() => void 0);
    }
    if (fallback) {
      io.stderr(`astro-ci: ${why}
astro-ci: the report was not lost: it was written to ${fallback} instead.
`);
    } else if (target === void 0) {
      io.stderr(`astro-ci: ${why}
astro-ci: the report could not be saved anywhere (a temporary file could not be written either).
`);
    } else {
      io.stdout(text());
      io.stderr(`astro-ci: ${why}
astro-ci: the report was not lost: it was written to stdout instead (a temporary file could not be written either).
`);
    }
    return EXIT_USAGE;
  }
}
function checkChoice(flag, value, choices) {
  if (choices.includes(value)) return value;
  throw new ConfigurationError(`${flag} must be ${choices.slice(0, -1).join(", ")} or ${choices[choices.length - 1]}, not '${value}'`, { fix: `e.g. ${flag} ${choices[0]}` });
}
function projectArgument(positionals, io, options) {
  if (positionals.length > 1) {
    const fix = {
      "validate-dags": "quote a path with spaces; several projects in one repository are listed under projects: in astro-ci.yaml and checked in one run",
      test: "quote a path with spaces; pytest's own arguments go after --",
      deploy: "quote a path with spaces; deploy one project per run"
    }[options.command];
    throw new ConfigurationError(`expected at most one PROJECT_DIR, got ${positionals.length}: ${positionals.map((p) => escapeControlCharacters(p)).join(" ")}`, { fix });
  }
  if (positionals[0] === void 0) return void 0;
  const abs = resolve(io.cwd, positionals[0]);
  if (options.mustExist || existsSync2(abs)) existingFolder(io, positionals[0], "project folder");
  return abs;
}
function existingFolder(io, given, what) {
  const abs = resolve(io.cwd, given);
  let isDir;
  try {
    isDir = statSync3(abs).isDirectory();
  } catch (error) {
    if (error.code === "ENOENT") {
      throw new ConfigurationError(`${what} '${given}' does not exist`, { fix: "give the folder holding the Astro project's Dockerfile and dags/ (relative to the current directory)" });
    }
    throw error;
  }
  if (!isDir) throw new ConfigurationError(`${what} '${given}' is a file, not a folder`, { file: displayPath(abs, io.cwd), fix: "give the folder holding the Astro project's Dockerfile and dags/" });
  return abs;
}

// src/entries/cli.ts
scrubInheritedSecrets(hiddenFromProjectCode);
stopCleanlyOnSignals((line) => process.stderr.write(`${line}
`));
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  process.stderr.write(`astro-ci: cannot write to standard output: ${classifyError(error).describe()}
`);
  process.exit(2);
});
function drained(stream) {
  if (stream.writableLength === 0 || stream.destroyed) return Promise.resolve();
  return new Promise((resolve2) => {
    stream.once("drain", resolve2);
    stream.once("close", resolve2);
    stream.once("error", () => resolve2());
  });
}
process.exitCode = await runCli(process.argv.slice(2));
if (process.env.ASTRO_CI_PRINT_MAXRSS) {
  const { peakMemoryWithRuffProcess } = await import("./chunk-OXO2IDGN.js");
  process.stderr.write(`astro-ci-maxrss-kb: ${Math.max(process.resourceUsage().maxRSS, peakMemoryWithRuffProcess())}
`);
}
await Promise.all([drained(process.stdout), drained(process.stderr)]);
process.exit();
