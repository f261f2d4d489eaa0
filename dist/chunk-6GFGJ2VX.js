import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  defaultHarnessPath,
  dockerArgumentProblem,
  projectImportEnvironment,
  resolveAirflowEnvironment,
  warnWithheldUrlCredentials
} from "./chunk-IV5PKLDA.js";
import {
  loadProject
} from "./chunk-A43W7ULI.js";
import {
  loadConfig
} from "./chunk-GJ3TJRWF.js";
import {
  describeSpecialFile,
  fileTooLargeError,
  readRegularFileSync,
  readUserTextSync
} from "./chunk-X6UGG6GR.js";
import {
  escapeMarkdownTableCell,
  markdownCode,
  markdownTable
} from "./chunk-ZA6WYVD2.js";
import {
  makeDirectorySync
} from "./chunk-DW2KAGUK.js";
import {
  plural
} from "./chunk-ADQZYKCI.js";
import {
  projectCodeEnvironment,
  signalName
} from "./chunk-SDJHYQXA.js";
import {
  released,
  tracked
} from "./chunk-OYQGNGHQ.js";
import {
  ConfigurationError,
  fsErrorReason,
  isInside
} from "./chunk-MOGDTFFA.js";

// src/testing/run-tests.ts
import { cpSync, existsSync, lstatSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { tmpdir } from "node:os";
import { basename, dirname, join } from "node:path";

// src/test-report/junit.ts
var JUnitParseError = class extends Error {
};
function decodeEntities(text) {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|lt|gt|amp|quot|apos);/g, (_m, entity) => {
    if (entity.startsWith("#x")) return String.fromCodePoint(parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(parseInt(entity.slice(1), 10));
    return { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[entity];
  });
}
function parseXml(xml) {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) throw new JUnitParseError("JUnit XML with a DOCTYPE or entity declarations is refused");
  const root = { name: "#document", attributes: {}, children: [], text: "" };
  const stack = [root];
  let i = 0;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const current = stack[stack.length - 1];
    if (lt === -1) {
      current.text += decodeEntities(xml.slice(i));
      break;
    }
    if (lt > i) current.text += decodeEntities(xml.slice(i, lt));
    if (xml.startsWith("<![CDATA[", lt)) {
      const end = xml.indexOf("]]>", lt);
      if (end === -1) throw new JUnitParseError("unterminated CDATA section");
      current.text += xml.slice(lt + 9, end);
      i = end + 3;
    } else if (xml.startsWith("<!--", lt)) {
      const end = xml.indexOf("-->", lt);
      if (end === -1) throw new JUnitParseError("unterminated comment");
      i = end + 3;
    } else if (xml.startsWith("<?", lt)) {
      const end = xml.indexOf("?>", lt);
      if (end === -1) throw new JUnitParseError("unterminated processing instruction");
      i = end + 2;
    } else if (xml.startsWith("</", lt)) {
      const end = xml.indexOf(">", lt);
      const name = xml.slice(lt + 2, end).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new JUnitParseError(`mismatched closing tag </${name}>`);
      i = end + 1;
    } else {
      const match = /^<([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(xml.slice(lt, lt + 65536 * 16));
      if (!match) throw new JUnitParseError(`malformed tag at offset ${lt}`);
      const element = { name: match[1], attributes: {}, children: [], text: "" };
      for (const attr of match[2].matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
        element.attributes[attr[1]] = decodeEntities(attr[2] ?? attr[3] ?? "");
      }
      current.children.push(element);
      if (!match[3]) stack.push(element);
      i = lt + match[0].length;
    }
  }
  if (stack.length !== 1) throw new JUnitParseError(`unclosed <${stack[stack.length - 1]?.name}>`);
  return root;
}
function collect(element, name, out = []) {
  for (const child of element.children) {
    if (child.name === name) out.push(child);
    else collect(child, name, out);
  }
  return out;
}
function parseJUnitXml(xml) {
  const root = parseXml(xml);
  const tests = collect(root, "testcase").map((tc) => {
    const failure = tc.children.find((c) => c.name === "failure");
    const error = tc.children.find((c) => c.name === "error");
    const skipped = tc.children.find((c) => c.name === "skipped");
    const problem = failure ?? error ?? skipped;
    const line = tc.attributes.line !== void 0 ? Number(tc.attributes.line) + 1 : void 0;
    return {
      classname: tc.attributes.classname ?? "",
      name: tc.attributes.name ?? "",
      file: tc.attributes.file,
      line: line !== void 0 && Number.isFinite(line) ? line : void 0,
      time: Number(tc.attributes.time ?? 0) || 0,
      outcome: failure ? "failed" : error ? "error" : skipped ? "skipped" : "passed",
      message: problem?.attributes.message,
      text: problem?.text.trim() || void 0
    };
  });
  const count = (outcome) => tests.filter((t) => t.outcome === outcome).length;
  return {
    tests,
    totals: { tests: tests.length, passed: count("passed"), failed: count("failed"), errors: count("error"), skipped: count("skipped") },
    collectionErrors: tests.filter((t) => t.outcome === "error" && (t.message === "collection failure" || t.classname === "" && /ImportError|collect/i.test(t.text ?? "")))
  };
}
function locateFailure(test, fileExists, readText) {
  const text = test.text ?? "";
  const param = /\[([^\]]+\.py)\]$/.exec(test.name)?.[1];
  let dagFile = param && fileExists(param) ? param : void 0;
  let dagLine = 1;
  for (const frame of text.matchAll(/File "([^"]+\.py)", line (\d+)/g)) {
    const rel = frame[1].replace(/^.*?\/(dags\/)/, "$1");
    if (rel.startsWith("dags/") && fileExists(rel)) {
      dagFile = rel;
      dagLine = Number(frame[2]);
    }
  }
  const locations = [...text.matchAll(/^([^\s:][^:\n]*\.py):(\d+): /gm)];
  const location = [...locations].reverse().find((m) => fileExists(m[1])) ?? locations.pop();
  const testFile = location ? location[1] : test.file ?? classnameToPath(test.classname);
  const testLine = location ? Number(location[2]) : test.line;
  if (dagFile) return { file: dagFile, line: dagLine, dagFile };
  if (testFile && fileExists(testFile)) return { file: testFile, line: testLine ?? definitionLine(readText?.(testFile), test.name) ?? 1 };
  const collected = /while importing test module '([^']+)'/.exec(text)?.[1];
  if (collected) {
    const rel = collected.replace(/^.*?\/(tests\/)/, "$1");
    if (fileExists(rel)) return { file: rel, line: 1 };
  }
  return void 0;
}
function definitionLine(source, testName) {
  const name = testName.split("[")[0] ?? "";
  if (!source || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return void 0;
  const at = source.split("\n").findIndex((l) => new RegExp(`^\\s*(?:async\\s+)?def\\s+${name}\\s*\\(`).test(l));
  return at === -1 ? void 0 : at + 1;
}
function classnameToPath(classname) {
  if (!classname) return void 0;
  const parts = classname.split(".");
  for (let n = parts.length; n > 0; n--) if (!/^[A-Z]/.test(parts[n - 1] ?? "")) return `${parts.slice(0, n).join("/")}.py`;
  return void 0;
}

// src/testing/run-tests.ts
var RAN = /* @__PURE__ */ new Set([0, 1, 5]);
async function runProjectTests(options) {
  const python = options.python ?? "python3";
  const harnessPath = defaultHarnessPath();
  const harnessDir = dirname(harnessPath);
  let command;
  let description;
  let image;
  if (options.mode === "none") {
    command = [python];
    description = `${python} as it is`;
  } else {
    const resolution = await resolveAirflowEnvironment({
      mode: options.mode,
      airflowVersion: options.airflowVersion,
      projectRoot: options.projectRoot,
      repoRoot: options.repoRoot,
      runtimeImage: options.runtimeImage,
      cacheDir: options.workDir,
      harnessPath,
      python,
      runner: options.runner,
      logger: options.logger
    });
    if (resolution.status === "unavailable") return { status: "unavailable", reason: resolution.reason, ...resolution.fix ? { fix: resolution.fix } : {} };
    description = resolution.environment.description;
    if (resolution.environment.mode === "image") {
      image = options.runtimeImage;
      command = [];
    } else command = resolution.environment.command;
  }
  warnWithheldUrlCredentials(options.logger, "the tests");
  const sandbox = tracked(mkdtempSync(join(tmpdir(), "astro-ci-tests-")));
  const copy = join(sandbox, basename(options.projectRoot) || "project");
  try {
    for (const skipped of copyProjectForTests(options.projectRoot, copy)) {
      options.logger.warning(`${skipped.path} is ${skipped.what}: not copied into the test sandbox (only regular files, folders and symlinks are)`);
    }
    const inImage = image !== void 0;
    const root = inImage ? "/usr/local/airflow" : copy;
    const stubsDir = inImage ? "/opt/astro-ci" : harnessDir;
    const junitName = ".astro-ci-junit.xml";
    const progressName = ".astro-ci-progress.json";
    const timeoutSeconds = options.timeoutSeconds ?? 0;
    const pytestArgs = [
      "-m",
      "pytest",
      `--junitxml=${join(root, junitName)}`,
      "-o",
      "junit_family=xunit2",
      "--continue-on-collection-errors",
      // pytest's cache in a new folder of the throwaway copy (never the checkout's .pytest_cache, which is not copied):
      // a suite's `addopts = --lf` (or --ff, --sw) runs every test, as on a fresh clone, rather than failing as an
      // unknown option (what `-p no:cacheprovider` did).
      "-o",
      `cache_dir=${join(root, PYTEST_CACHE_NAME)}`,
      // dags/ and plugins/ go on sys.path after the standard library, as Airflow puts them (see the plugin).
      "-p",
      "astro_ci_pytest_paths",
      ...options.stubLookups ? ["-p", "astro_ci_pytest_stubs"] : [],
      // What pytest is doing, for the report when the time limit stops it (and the limit itself).
      "-p",
      "astro_ci_pytest_progress",
      `--astro-ci-progress=${join(root, progressName)}`,
      ...timeoutSeconds > 0 ? [`--astro-ci-timeout=${timeoutSeconds}`] : [],
      ...options.pytestArgs,
      // The paths last, after `--`: never read as options.
      "--",
      ...options.paths.length ? options.paths : ["tests"]
    ];
    const env = {
      // The project's own environment (Dockerfile ENV but credential-looking names, .env Airflow settings), as its
      // scheduler and `astro dev pytest` have it, and as the DAG imports of validate-dags get it.
      ...projectImportEnvironment(options.projectRoot, root, options.repoRoot).env,
      // astro-ci's pytest plugins and the project root (the runtime image's working directory, so `include.x`
      // imports), then whatever the environment already had. Not dags/ or plugins/: ahead of the standard library
      // a dags/logging.py would shadow it; the astro_ci_pytest_paths plugin appends them, as Airflow does.
      PYTHONPATH: [stubsDir, root, ...inImage ? [] : (process.env.PYTHONPATH ?? "").split(":").filter(Boolean)].join(":"),
      AIRFLOW_HOME: root,
      AIRFLOW__CORE__DAGS_FOLDER: join(root, "dags"),
      AIRFLOW__CORE__LOAD_EXAMPLES: "False",
      PYTHONDONTWRITEBYTECODE: "1"
    };
    const backstop = timeoutSeconds > 0 ? { timeoutMs: (timeoutSeconds + 10) * 1e3 } : {};
    let result;
    if (inImage) {
      const problem = dockerArgumentProblem({ image, mountPath: copy }) ?? dockerArgumentProblem({ mountPath: harnessDir });
      if (problem) throw new ConfigurationError(`cannot run the tests in the runtime image: ${problem}`, { fix: "use --airflow venv or installed, or fix the Dockerfile's FROM line" });
      const container = `astro-ci-test-${randomBytes(6).toString("hex")}`;
      const argv = [
        "run",
        "--rm",
        "--network",
        "none",
        "-w",
        root,
        // A read-write mount of the throwaway copy: the suite may write, the checkout is untouched.
        "-v",
        `${copy}:${root}`,
        "-v",
        `${harnessDir}:${stubsDir}:ro`,
        // Named, so the time limit's backstop can stop the container: killing the docker client leaves it running.
        "--name",
        container,
        ...Object.entries(projectCodeEnvironment({}, env)).flatMap(([k, v]) => ["-e", `${k}=${v}`]),
        "--entrypoint",
        "python",
        image,
        ...pytestArgs.slice(0)
      ];
      result = await options.runner.run("docker", argv, backstop);
      if (result.timedOut) await options.runner.run("docker", ["kill", "--", container], { timeoutMs: 6e4 });
    } else {
      const [exe, ...prefix] = command;
      result = await options.runner.run(exe, [...prefix, ...pytestArgs], { cwd: copy, env: projectCodeEnvironment(process.env, env), reapDescendants: true, ...backstop });
    }
    const output = `${result.stdout}${result.stderr}`;
    const tail = output.trim().split("\n").slice(-5).map((l) => l.length > 500 ? `${l.slice(0, 497)}...` : l).join("\n");
    const junitCopy = join(copy, junitName);
    const suiteRoot = inImage ? root : copy;
    const stopped = timeoutSeconds > 0 ? stoppedByTimeLimit(join(copy, progressName), timeoutSeconds, result.timedOut === true, suiteRoot) : void 0;
    if (stopped) {
      const what = stopped.phase === "test" ? `${stopped.nodeid} was still running` : stopped.phase === "collect" ? `it was still collecting ${stopped.nodeid || "the tests"}` : stopped.phase === "startup" ? `it was still loading ${loading(stopped.file)}` : "it had not started a test";
      return { status: "failed", reason: `pytest was stopped after ${formatSeconds(timeoutSeconds)} (the test time limit): ${what}`, output: tail, timeout: stopped };
    }
    if (RAN.has(result.exitCode) && !existsSync(junitCopy) && junitDisabled(join(copy, progressName))) {
      return {
        status: "failed",
        reason: `pytest ran (exit code ${result.exitCode}) but wrote no JUnit report: the suite's pytest configuration disables it (\`-p no:junitxml\` in addopts), and astro-ci reads the results from that report. Fix: remove \`-p no:junitxml\` from addopts (pytest.ini, pyproject.toml's [tool.pytest.ini_options], setup.cfg or tox.ini)`,
        output: tail,
        environment: true
      };
    }
    if (!RAN.has(result.exitCode) || !existsSync(junitCopy)) {
      const [exe] = inImage ? ["python"] : command;
      if (!inImage && result.exitCode === 127 && /\bENOENT\b/.test(result.stderr)) {
        throw new ConfigurationError(`${exe} was not found on PATH: there is no Python to run pytest with`, { fix: "install Python 3 with pytest (on a runner: actions/setup-python), or put it on PATH" });
      }
      if (/^(?:.*: )?No module named '?pytest'?\s*$/m.test(output)) {
        return { status: "unavailable", reason: `${description} has no pytest (${tail.split("\n").pop()?.trim()})`, fix: "install pytest in that Python (pip install pytest, or add pytest to the project's requirements), or choose another --airflow mode" };
      }
      const conftest = conftestFailure(output, inImage ? root : copy);
      if (conftest) return { status: "failed", reason: `pytest could not load ${conftest.file} (exit code ${result.exitCode})`, output: tail, conftest };
      const signal = result.signal ?? (inImage && result.exitCode > 128 ? signalName(result.exitCode - 128) : void 0);
      const crash = endedDuringRun(join(copy, progressName), output, suiteRoot, result.exitCode, signal);
      if (crash) return { status: "failed", reason: crashReason(crash), output: tail, crash };
      if (!inImage) {
        const [exe2, ...prefix] = command;
        const probe = await options.runner.run(exe2, [...prefix, "-c", "import pytest"], { cwd: copy, env: projectCodeEnvironment(process.env, env), timeoutMs: 12e4 });
        if (probe.exitCode !== 0 || probe.signal) {
          const how = probe.signal ? `killed by ${probe.signal}` : `exit code ${probe.exitCode}`;
          const last = `${probe.stdout}${probe.stderr}`.trim().split("\n").pop()?.trim().slice(0, 500);
          throw new ConfigurationError(`${exe2} fails before pytest can start (${how}, even for \`${exe2} -c "import pytest"\`)${last ? `: ${last}` : ""}`, {
            fix: "repair or reinstall that Python and its pytest (on a runner: actions/setup-python), or put a working python3 first on PATH"
          });
        }
      }
      if (result.signal) return { status: "failed", reason: `pytest was killed by ${result.signal} (a crash in the suite's code or a library it loads)`, output: tail };
      return { status: "failed", reason: `pytest did not run the suite (exit code ${result.exitCode})`, output: tail, environment: result.exitCode === 4 };
    }
    let xml;
    let report;
    try {
      xml = readSuiteText(junitCopy, JUNIT_LIMIT);
      report = parseJUnitXml(xml);
    } catch (error) {
      if (!(error instanceof JUnitParseError) && !error.code) throw error;
      const why = error instanceof JUnitParseError ? error.message : fsErrorReason(error);
      return { status: "failed", reason: `pytest's JUnit report (${junitName}, which the suite's own code can change) cannot be read: ${why}`, output: tail };
    }
    const junitPath = keepJUnitReport(xml, options.workDir, options.logger);
    return { status: "ran", exitCode: result.exitCode, report, junitPath, output, environment: description };
  } finally {
    rmSync(sandbox, { recursive: true, force: true });
    released(sandbox);
  }
}
var PYTEST_CACHE_NAME = ".astro-ci-pytest-cache";
function junitDisabled(progressPath) {
  try {
    return JSON.parse(readSuiteText(progressPath, PROGRESS_LIMIT)).junitxml === false;
  } catch {
    return false;
  }
}
function formatSeconds(seconds) {
  if (seconds >= 3600 && seconds % 360 === 0) return `${seconds / 3600} h`;
  if (seconds >= 60 && seconds % 6 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}
function readOrEmpty(path) {
  try {
    return readSuiteText(path, PROGRESS_LIMIT);
  } catch {
    return "";
  }
}
var JUNIT_LIMIT = 256 * 1024 * 1024;
var PROGRESS_LIMIT = 16 * 1024 * 1024;
function readSuiteText(path, limit) {
  const read = readRegularFileSync(path, limit);
  if (typeof read === "number") throw fileTooLargeError(path, read, limit, "for files the test run writes", "make the suite leave pytest's report and astro-ci's progress file alone");
  return read.toString("utf8");
}
function stoppedByTimeLimit(progressPath, seconds, killed, projectRoot) {
  const stack = readOrEmpty(`${progressPath}.stack`);
  if (!killed && !/\bFile "/.test(stack)) return void 0;
  return { seconds, ...pytestPosition(readOrEmpty(progressPath), stack, projectRoot) };
}
function endedDuringRun(progressPath, output, projectRoot, exitCode, signal) {
  const position = pytestPosition(readOrEmpty(progressPath), output, projectRoot);
  const during = position.phase === "test" || position.phase === "collect" || position.phase === "startup" && (signal !== void 0 || exitCode === 0 || exitCode > 5);
  if (!during) return void 0;
  return { ...position, exitCode, ...signal ? { signal } : {} };
}
function crashReason(crash) {
  const where = crash.phase === "test" ? `during ${crash.nodeid}` : crash.phase === "collect" ? `while collecting ${crash.nodeid || "the tests"}` : `while loading ${loading(crash.file)}`;
  const how = crash.signal ? `pytest was killed by ${crash.signal} (${crash.signal === "SIGKILL" ? "by the suite's code, or by the system, e.g. out of memory" : "a crash in the suite's code or a library it loads"})` : `its code ended pytest's process (exit code ${crash.exitCode}, as os._exit() does) before the run was over`;
  return `the suite stopped ${where}: ${how}; no test results were kept`;
}
function loading(file) {
  if (!file) return "the suite's conftest.py files";
  return file === "conftest.py" || file.endsWith("/conftest.py") ? file : `the suite's conftest.py files (in ${file})`;
}
function pytestPosition(progressText, stack, projectRoot) {
  let progress = {};
  try {
    const parsed = JSON.parse(progressText || "{}");
    if (parsed && typeof parsed === "object") progress = parsed;
  } catch {
  }
  const recorded = progress.phase === "test" || progress.phase === "collect" || progress.phase === "startup" || progress.phase === "finished" ? progress.phase : "unknown";
  const nodeid = typeof progress.nodeid === "string" ? progress.nodeid : void 0;
  const phase = recorded === "finished" ? "unknown" : recorded === "unknown" && nodeid ? "collect" : recorded;
  const located = typeof progress.file === "string" ? progress.file : phase === "collect" && nodeid?.endsWith(".py") ? nodeid : void 0;
  let file = located && !located.startsWith("/") && !located.split("/").includes("..") ? located : void 0;
  let line = typeof progress.line === "number" && Number.isInteger(progress.line) && progress.line > 0 ? progress.line : void 0;
  const frames = stackFrames(stack);
  if (file) {
    const known = file;
    const frame = frames.find((f) => f.path === known || f.path.endsWith(`/${known}`));
    if (frame) line = frame.line;
  } else if (projectRoot) {
    const prefix = projectRoot.endsWith("/") ? projectRoot : `${projectRoot}/`;
    const frame = frames.find((f) => f.path.startsWith(prefix) && f.path.endsWith(".py") && !/\/(?:site|dist)-packages\//.test(f.path));
    if (frame) {
      const relative2 = frame.path.slice(prefix.length);
      if (!relative2.split("/").includes("..")) {
        file = relative2;
        line = frame.line;
      }
    }
  }
  return { phase, ...nodeid !== void 0 ? { nodeid } : {}, ...file ? { file } : {}, ...file && line ? { line } : {} };
}
function stackFrames(stack) {
  const threads = stack.split(/^(?=(?:Current thread|Thread) 0x)/m);
  const ordered = [...threads.filter((t) => t.includes("/_pytest/")), ...threads.filter((t) => !t.includes("/_pytest/"))];
  return ordered.flatMap((thread) => [...thread.matchAll(/^\s*File "([^"\n]+)", line (\d+)/gm)].map((m) => ({ path: m[1], line: Number(m[2]) })));
}
function conftestFailure(output, root) {
  const loaded = /(?:ImportError|Error) while loading conftest '([^'\n]+)'/.exec(output)?.[1];
  if (!loaded) return void 0;
  const prefix = root.endsWith("/") ? root : `${root}/`;
  const file = loaded.startsWith(prefix) ? loaded.slice(prefix.length) : loaded;
  const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const lines = [...output.matchAll(new RegExp(`^(?:${escape(file)}|${escape(loaded)}):(\\d+): `, "gm"))];
  const line = Number(lines.pop()?.[1] ?? 1);
  const message = [...output.matchAll(/^E {3}(.+)$/gm)].pop()?.[1]?.trim() ?? "the conftest raised an error";
  return { file, line, message };
}
function copyProjectForTests(projectRoot, copy) {
  const skipped = [];
  cpSync(projectRoot, copy, {
    recursive: true,
    filter: (source) => {
      const relativePath = source.slice(projectRoot.length).replace(/^[\\/]+/, "");
      if (/(^|[\\/])(\.git|node_modules|__pycache__|\.astro-ci-cache|\.pytest_cache|\.astro-ci-pytest-cache)([\\/]|$)/.test(relativePath)) return false;
      let info;
      try {
        info = lstatSync(source);
      } catch {
        return true;
      }
      const what = describeSpecialFile(info);
      if (what) skipped.push({ path: relativePath, what });
      return what === void 0;
    }
  });
  return skipped;
}
function keepJUnitReport(xml, workDir, logger) {
  try {
    makeDirectorySync(workDir);
    const path = join(workDir, "junit.xml");
    writeFileSync(path, xml);
    return path;
  } catch (error) {
    const reason = fsErrorReason(error);
    if (reason === void 0) throw error;
    const path = join(mkdtempSync(join(tmpdir(), "astro-ci-test-")), "junit.xml");
    writeFileSync(path, xml);
    logger.warning(`${workDir}: ${reason}; the JUnit report is kept at ${path} instead (give --work-dir, or the action's cache input, a folder that can be written)`);
    return path;
  }
}

// src/testing/test-findings.ts
import { existsSync as existsSync2 } from "node:fs";
import { join as join2, posix } from "node:path";
function testResultFindings(report, options) {
  const exists = (rel) => existsSync2(join2(options.projectRoot, rel));
  const read = (rel) => {
    try {
      return readUserTextSync(join2(options.projectRoot, rel), { repoRoot: options.repoRoot });
    } catch {
      return void 0;
    }
  };
  const repoPath = (rel) => options.projectPath ? posix.join(options.projectPath, rel) : rel;
  return report.tests.filter((t) => t.outcome === "failed" || t.outcome === "error").map((test) => {
    const collection = report.collectionErrors.includes(test);
    const place = locateFailure(test, exists, read) ?? (collection ? collectedModule(test, exists) : void 0);
    const id = test.classname ? `${test.classname}::${test.name}` : test.name || place?.file || "(unnamed)";
    return {
      checkId: collection ? "test-collection-error" : test.outcome === "failed" ? "test-failure" : "test-error",
      severity: "error",
      file: repoPath(place?.file ?? "tests"),
      line: place?.line ?? 1,
      message: `${collection ? "could not collect" : test.outcome === "failed" ? "failed" : "errored"}: ${id}${collection ? collectionReason(test, options.projectRoot) : test.message ? ` \u2014 ${keyLines(test.message)}` : ""}`,
      // Neither the CLI's text report nor the action's log prints pytest's output: the traceback is in the JUnit
      // report (the action's junit-path output) and in the JSON report's tests[].text.
      fix: place?.dagFile ? `the test names ${place.dagFile}; its traceback is in the JUnit report${options.junitPath ? ` (${options.junitPath})` : ""} and in the tests[].text of astro-ci test --format json` : collection && isImportFileMismatch(test) ? "give every test file a unique name, or make each test folder a package (an __init__.py in it)" : void 0
    };
  });
}
var isImportFileMismatch = (test) => /^import file mismatch:/m.test(test.text ?? "");
function collectedModule(test, exists) {
  const wanted = /we want to collect:\s*\n\s*(\S+\.py)/.exec(test.text ?? "")?.[1];
  const candidates = [wanted?.replace(/^.*?\/(tests\/)/, "$1"), /^[A-Za-z_][\w.]*$/.test(test.name) ? `${test.name.split(".").join("/")}.py` : void 0];
  for (const file of candidates) if (file && !file.startsWith("/") && exists(file)) return { file, line: 1 };
  return void 0;
}
function collectionReason(test, projectRoot) {
  const text = test.text ?? "";
  if (isImportFileMismatch(test)) {
    const other = /has this __file__ attribute:\s*\n\s*(\S+)/.exec(text)?.[1];
    const relative2 = other?.startsWith(`${projectRoot}/`) ? other.slice(projectRoot.length + 1) : other?.replace(/^.*?\/(tests\/)/, "$1");
    return ` \u2014 import file mismatch: another test module has the same name${relative2 ? ` (${relative2})` : ""}, and pytest imports both as one module`;
  }
  const raised = [...text.matchAll(/^E {3}(.+)$/gm)].pop()?.[1]?.trim();
  if (raised) return ` \u2014 ${firstLine(raised)}`;
  return test.message ? ` \u2014 ${firstLine(test.message)}` : "";
}
function keyLines(text) {
  const lines = text.split("\n").map((l) => l.trim()).filter(Boolean);
  const first = firstLine(text);
  const last = lines.length > 1 ? lines[lines.length - 1] : void 0;
  if (!last || first.includes(last) || !/^[A-Za-z_][\w.]*(?:Error|Exception|Exit|Interrupt|Warning|Timeout)\b/.test(last)) return first;
  return `${first.replace(/[\s:—-]+$/, "")} \u2014 ${last.length > 300 ? `${last.slice(0, 297)}...` : last}`;
}
function firstLine(text) {
  const line = text.split("\n").find((l) => l.trim()) ?? text;
  return line.length > 300 ? `${line.slice(0, 297)}...` : line;
}
function slowestTests(report, n = 5) {
  return [...report.tests].sort((a, b) => b.time - a.time).slice(0, n);
}
function formatTestSummaryMarkdown(result) {
  const icon = result.failed ? "\u274C" : result.report ? "\u2705" : "\u26A0\uFE0F";
  const parts = [`## astro-ci / test ${icon}`];
  const [reason = "", ...rest] = result.message.split("\n");
  const report = result.status === "ran" ? result.report : void 0;
  if (report) {
    const t = report.totals;
    parts.push(`**${t.passed}** passed \xB7 **${t.failed}** failed \xB7 **${t.errors}** errors \xB7 **${t.skipped}** skipped \u2014 ${escapeMarkdownTableCell(result.environment ?? "")}`);
    if (result.failed && t.failed + t.errors === 0) parts.push(escapeMarkdownTableCell(reason));
    if (report.collectionErrors.length) parts.push(`\u26A0\uFE0F ${report.collectionErrors.length} test module(s) could not be collected: their tests did not run.`);
  } else {
    parts.push(escapeMarkdownTableCell(reason));
    if (result.fix) parts.push(`Fix: ${escapeMarkdownTableCell(result.fix)}`);
  }
  if (result.findings.length) {
    parts.push(markdownTable(["Where", "Problem"], result.findings.slice(0, 100).map((f) => [markdownCode(`${f.file}:${f.line}`), escapeMarkdownTableCell(f.message)])));
  }
  const output = rest.join("\n").trim();
  if (!report && output) parts.push(`pytest's last lines:

${codeBlock(output)}`);
  const slow = report ? slowestTests(report).filter((s) => s.time > 0) : [];
  if (slow.length) parts.push(`Slowest tests:

${markdownTable(["Test", "Seconds"], slow.map((s) => [escapeMarkdownTableCell(`${s.classname}::${s.name}`), s.time.toFixed(2)]))}`);
  return parts.join("\n\n") + "\n";
}
function codeBlock(text) {
  const fence = "`".repeat(Math.max(3, ...[...text.matchAll(/`+/g)].map((m) => m[0].length + 1)));
  return `${fence}text
${text}
${fence}`;
}

// src/testing/test-project.ts
import { existsSync as existsSync4 } from "node:fs";
import { join as join3 } from "node:path";

// src/testing/test-paths.ts
import { existsSync as existsSync3 } from "node:fs";
import { relative, resolve, sep } from "node:path";
var SHORT_WITH_VALUE = /* @__PURE__ */ new Set(["k", "m", "p", "o", "c", "W", "r", "n"]);
var LONG_WITH_VALUE = /* @__PURE__ */ new Set([
  "--basetemp",
  "--cache-show",
  "--capture",
  "--code-highlight",
  "--color",
  "--confcutdir",
  "--config-file",
  "--cov",
  "--cov-config",
  "--cov-fail-under",
  "--cov-report",
  "--debug",
  "--deselect",
  "--dist",
  "--doctest-glob",
  "--doctest-report",
  "--durations",
  "--durations-min",
  "--html",
  "--ignore",
  "--ignore-glob",
  "--import-mode",
  "--junit-prefix",
  "--junit-xml",
  "--junitxml",
  "--last-failed-no-failures",
  "--lfnf",
  "--log-auto-indent",
  "--log-cli-date-format",
  "--log-cli-format",
  "--log-cli-level",
  "--log-date-format",
  "--log-file",
  "--log-file-date-format",
  "--log-file-format",
  "--log-file-level",
  "--log-format",
  "--log-level",
  "--maxfail",
  "--maxprocesses",
  "--numprocesses",
  "--override-ini",
  "--pastebin",
  "--randomly-seed",
  "--report-log",
  "--reruns",
  "--reruns-delay",
  "--rootdir",
  "--tb",
  "--timeout",
  "--timeout-method",
  "--tx",
  "--verbosity",
  "--inifile",
  "--assert",
  "--show-capture",
  "--pythonwarnings",
  "--css"
]);
function splitPytestArguments(args, projectRoot) {
  const paths = [];
  const options = [];
  let takesValue = false;
  for (const word of args) {
    if (takesValue) {
      options.push(word);
      takesValue = false;
    } else if (word.startsWith("--")) {
      options.push(word);
      takesValue = !word.includes("=") && LONG_WITH_VALUE.has(word);
    } else if (word.startsWith("-") && word.length > 1) {
      options.push(word);
      const letters = word.slice(1);
      const at = [...letters].findIndex((c) => SHORT_WITH_VALUE.has(c));
      takesValue = at === letters.length - 1;
    } else {
      const problem = testPathProblem(projectRoot, word);
      if (problem) {
        throw new ConfigurationError(`pytest argument '${word}' ${problem}`, {
          fix: "give test paths relative to the project (tests/x.py, tests/x.py::test_name); an option's value goes with it as --option=value"
        });
      }
      paths.push(normalizeTestPath(projectRoot, word));
    }
  }
  return { paths, options };
}
function testPathProblem(projectRoot, path) {
  const file = path.split("::")[0] ?? "";
  if (!file) return "names no file";
  if (file.startsWith("-")) return "starts with '-' (pytest would read it as an option)";
  const rel = relative(projectRoot, resolve(projectRoot, file));
  if (!isInside(projectRoot, resolve(projectRoot, file))) return "is outside the project (tests run on a copy of the project only)";
  if (rel.split(sep)[0]?.startsWith("-")) return "starts with '-' (pytest would read it as an option)";
  if (!existsSync3(resolve(projectRoot, file))) return `does not exist in the project${path.includes("::") ? ` (the file part of the node id, ${file})` : ""}`;
  return void 0;
}
function normalizeTestPath(projectRoot, path) {
  const at = path.indexOf("::");
  const file = at === -1 ? path : path.slice(0, at);
  const rel = relative(projectRoot, resolve(projectRoot, file)).split(sep).join("/") || ".";
  return at === -1 ? rel : `${rel}${path.slice(at)}`;
}

// src/testing/test-project.ts
var DEFAULT_TEST_TIMEOUT_SECONDS = 30 * 60;
function noTestsFolderMessage(allowed) {
  return allowed ? "no tests: the project has no tests/ folder, so there is nothing to run (allowed: allow-no-tests)" : "no tests were collected: the project has no tests/ folder. Fix: add tests/ with test_*.py files (astro dev init creates tests/dags/test_dag_example.py, which checks that every DAG imports), point the paths at the tests (--path, the action's paths input), or allow an empty run (--allow-no-tests, allow-no-tests: true)";
}
function timeoutFinding(timeout, reason, inProject) {
  if (!timeout.file) return void 0;
  return {
    checkId: "test-timeout",
    severity: "error",
    file: inProject(timeout.file),
    line: timeout.line ?? 1,
    message: `${reason}${timeout.line ? ` (stuck at line ${timeout.line})` : ""}; no test results were kept`,
    fix: "make the test finish (mock the network or service it waits on, add a timeout to the call), or raise the limit (--timeout, the action's timeout input; 0 for none)"
  };
}
function crashFinding(crash, reason, inProject) {
  if (!crash.file) return void 0;
  return {
    checkId: "test-crash",
    severity: "error",
    file: inProject(crash.file),
    line: crash.line ?? 1,
    message: reason,
    fix: crash.signal ? "find what ends the process there (a native library's crash, a kill of the test's own process, memory use); run that test alone with `python -X faulthandler -m pytest` to see where" : "do not end the process from a test (os._exit(), a library's exit()); raise an exception or use pytest.exit() instead"
  };
}
async function testProject(options) {
  const entry = (await loadConfig({ repoRoot: options.repoRoot, projectPath: options.projectRoot })).projects[0];
  const airflowVersionOverride = options.airflowVersionOverride ?? entry?.validate.airflowVersion;
  const project = await loadProject(options.projectRoot, { repoRoot: options.repoRoot, airflowVersionOverride, dagsOptional: true });
  const base = { project: { name: entry?.name ?? (project.relativeRoot || "project"), path: project.relativeRoot, airflowVersion: project.airflowVersion } };
  const none = { tests: 0, passed: 0, failed: 0, errors: 0, skipped: 0 };
  const split = splitPytestArguments(options.pytestArgs, project.root);
  const paths = [...options.paths, ...split.paths];
  if (!paths.length && !existsSync4(join3(project.root, "tests"))) {
    const allowed = options.allowNoTests === true;
    return { ...base, status: "ran", message: noTestsFolderMessage(allowed), totals: none, collectionErrors: 0, findings: [], failed: !allowed, paths, noTestsFolder: true };
  }
  const outcome = await runProjectTests({
    projectRoot: project.root,
    repoRoot: project.repoRoot,
    airflowVersion: project.airflowVersion,
    runtimeImage: project.runtime?.image,
    paths,
    pytestArgs: split.options,
    mode: options.mode,
    stubLookups: options.stubLookups,
    workDir: options.workDir,
    runner: options.runner,
    logger: options.logger,
    timeoutSeconds: options.timeoutSeconds ?? DEFAULT_TEST_TIMEOUT_SECONDS
  });
  if (outcome.status === "unavailable") {
    const message = outcome.fix ? `cannot run the tests: ${outcome.reason}` : `no Airflow to run the tests with: ${outcome.reason}`;
    return { ...base, status: "unavailable", message, totals: none, collectionErrors: 0, findings: [], failed: true, ...outcome.fix ? { fix: outcome.fix } : {} };
  }
  if (outcome.status === "failed") {
    const inProject = (file) => project.relativeRoot ? `${project.relativeRoot}/${file}` : file;
    const findings2 = outcome.conftest ? [{ checkId: "test-collection-error", severity: "error", file: inProject(outcome.conftest.file), line: outcome.conftest.line, message: `could not load ${outcome.conftest.file}, so no test ran \u2014 ${outcome.conftest.message}` }] : [];
    const stopped = outcome.timeout ? timeoutFinding(outcome.timeout, outcome.reason, inProject) : outcome.crash ? crashFinding(outcome.crash, outcome.reason, inProject) : void 0;
    if (stopped) findings2.push(stopped);
    return { ...base, status: "failed", message: `${outcome.reason}
${outcome.output}`, totals: none, collectionErrors: outcome.conftest ? 1 : 0, findings: findings2, failed: true, paths, ...outcome.environment ? { environmentFault: true } : {} };
  }
  const findings = testResultFindings(outcome.report, { projectRoot: project.root, repoRoot: project.repoRoot, projectPath: project.relativeRoot, junitPath: outcome.junitPath });
  const t = outcome.report.totals;
  const nothingRan = t.tests === 0 && outcome.report.collectionErrors.length === 0 && !options.allowNoTests;
  return {
    ...base,
    status: "ran",
    message: nothingRan ? `no tests were collected in ${(paths.length ? paths : ["tests/"]).join(", ")} (${outcome.environment}): add test_*.py files there, point the paths at the tests, or allow an empty run (allow-no-tests)` : `${t.passed} passed, ${t.failed} failed, ${plural(t.errors, "error")}, ${t.skipped} skipped (${outcome.environment})`,
    environment: outcome.environment,
    totals: t,
    collectionErrors: outcome.report.collectionErrors.length,
    findings,
    report: outcome.report,
    junitPath: outcome.junitPath,
    failed: t.failed + t.errors > 0 || nothingRan,
    paths
  };
}

export {
  formatTestSummaryMarkdown,
  DEFAULT_TEST_TIMEOUT_SECONDS,
  noTestsFolderMessage,
  testProject
};
