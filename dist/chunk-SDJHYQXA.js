import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  onStop
} from "./chunk-OYQGNGHQ.js";

// src/dynamic/command-runner.ts
import { spawn } from "node:child_process";
import { readdirSync, readFileSync } from "node:fs";
import { constants as osConstants } from "node:os";
var ALLOWED = [/^PATH$/, /^HOME$/, /^USER$/, /^LOGNAME$/, /^SHELL$/, /^LANG$/, /^LANGUAGE$/, /^LC_[A-Z_]+$/, /^TZ$/, /^TMPDIR$/, /^TEMP$/, /^TMP$/, /^PYTHON[A-Z0-9_]*$/, /^VIRTUAL_ENV$/, /^AIRFLOW_HOME$/, /^AIRFLOW__[A-Z0-9_]+$/, /^PIP_CACHE_DIR$/, /^PIP_NO_CACHE_DIR$/, /^SSL_CERT_FILE$/, /^SSL_CERT_DIR$/, /^REQUESTS_CA_BUNDLE$/, /^NO_COLOR$/, /^DOCKER_HOST$/, /^DOCKER_CONTEXT$/];
var DENIED = [/^INPUT_/i, /^ASTRO_/i, /^ACTIONS_/i, /^GITHUB_TOKEN$/i, /TOKEN/i, /SECRET/i, /PASSWORD/i, /PASSWD/i, /KEY/i, /CREDENTIAL/i, /AUTH/i];
var PIP_INDEX = [/^PIP_INDEX_URL$/, /^PIP_EXTRA_INDEX_URL$/];
function holdsUrlCredentials(value) {
  return /[A-Za-z][A-Za-z0-9+.-]*:\/\/[^\s/?#@:]*:[^\s/?#@]*@/.test(value);
}
var TOKEN_VALUES = [/\bgh[pousr]_[A-Za-z0-9]{30,}/, /\bgithub_pat_[A-Za-z0-9_]{30,}/, /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/, /\bxox[abprs]-[A-Za-z0-9-]{10,}/, /hooks\.slack\.com\/services\//i, /-----BEGIN [A-Z ]*PRIVATE KEY-----/];
function holdsKnownToken(value) {
  return TOKEN_VALUES.some((re) => re.test(value));
}
function looksLikeCredential(name, value) {
  return DENIED.some((re) => re.test(name)) || PIP_INDEX.some((re) => re.test(name)) || value !== void 0 && (holdsUrlCredentials(value) || holdsKnownToken(value));
}
function mayReachProjectCode(name) {
  return ALLOWED.some((re) => re.test(name)) && !DENIED.some((re) => re.test(name));
}
function hiddenFromProjectCode(name, value) {
  return !mayReachProjectCode(name) || holdsUrlCredentials(value) || holdsKnownToken(value);
}
function droppedForCredentialValues(base) {
  return Object.entries(base).filter(([name, value]) => value !== void 0 && mayReachProjectCode(name) && hiddenFromProjectCode(name, value)).map(([name]) => name).sort();
}
function projectCodeEnvironment(base, extra = {}) {
  const env = {};
  for (const [name, value] of Object.entries(base)) if (value !== void 0 && !hiddenFromProjectCode(name, value)) env[name] = value;
  for (const [name, value] of Object.entries(extra)) if (value !== void 0 && !looksLikeCredential(name)) env[name] = value;
  return env;
}
function pipIndexEnvironment(base) {
  const env = {};
  for (const [name, value] of Object.entries(base)) if (value !== void 0 && PIP_INDEX.some((re) => re.test(name))) env[name] = value;
  return env;
}
function isPipInstall(command, args) {
  if (/(^|[\\/])pip(\d+(\.\d+)?)?$/.test(command)) return args[0] === "install";
  const at = args.indexOf("-m");
  return at !== -1 && args[at + 1] === "pip" && args[at + 2] === "install";
}
function signalName(n) {
  return Object.entries(osConstants.signals).find(([, number]) => number === n)?.[0];
}
function spawnProjectCode(command, args, options) {
  const env = { ...projectCodeEnvironment(process.env, options.extraEnv), ...isPipInstall(command, args) ? pipIndexEnvironment(process.env) : {} };
  return spawn(command, args, { env, cwd: options.cwd, stdio: [options.stdin, "pipe", "pipe"], ...options.ownProcessGroup ? { detached: true } : {} });
}
function trackDescendants(root) {
  const known = /* @__PURE__ */ new Map();
  const scan = () => {
    if (process.platform !== "linux") return;
    let entries;
    try {
      entries = readdirSync("/proc").filter((n) => /^\d+$/.test(n));
    } catch {
      return;
    }
    const parents = /* @__PURE__ */ new Map();
    for (const name of entries) {
      const info = procStat(Number(name));
      if (info) parents.set(Number(name), info);
    }
    for (let grew = true; grew; ) {
      grew = false;
      for (const [pid, info] of parents) {
        if (pid === root || known.has(pid)) continue;
        if (info.ppid === root || info.pgid === root || info.sid === root || known.has(info.ppid)) {
          known.set(pid, info.start);
          grew = true;
        }
      }
    }
  };
  const timer = setInterval(scan, DESCENDANT_SCAN_MS);
  timer.unref();
  scan();
  return {
    killAll() {
      scan();
      try {
        process.kill(-root, "SIGKILL");
      } catch {
      }
      for (const [pid, start] of known) {
        if (procStat(pid)?.start !== start) continue;
        try {
          process.kill(pid, "SIGKILL");
        } catch {
        }
      }
    },
    stop: () => clearInterval(timer)
  };
}
function procStat(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "latin1");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    if (fields[0] === "Z") return void 0;
    return { ppid: Number(fields[1]), pgid: Number(fields[2]), sid: Number(fields[3]), start: fields[19] ?? "" };
  } catch {
    return void 0;
  }
}
var DESCENDANT_SCAN_MS = 200;
function collect(child, input, timeoutMs, reapDescendants = false) {
  return new Promise((resolve) => {
    const tree = reapDescendants && child.pid !== void 0 ? trackDescendants(child.pid) : void 0;
    const kill = () => {
      if (tree) tree.killAll();
      else child.kill("SIGKILL");
    };
    if (input !== void 0) child.stdin?.end(input);
    const out = boundedText();
    const err = boundedText();
    child.stdout?.on("data", (c) => out.add(c.toString()));
    child.stderr?.on("data", (c) => err.add(c.toString()));
    let grace;
    let timedOut = false;
    const forget = onStop(kill);
    const limit = timeoutMs !== void 0 && timeoutMs > 0 ? setTimeout(() => (timedOut = true, kill()), timeoutMs) : void 0;
    const done = (result) => {
      clearTimeout(limit);
      forget();
      tree?.stop();
      resolve(timedOut ? { ...result, timedOut } : result);
    };
    child.on("error", (error) => done({ exitCode: 127, stdout: out.text(), stderr: error.message }));
    child.on("close", (code, signal) => {
      clearTimeout(grace);
      done({ exitCode: code ?? 1, stdout: out.text(), stderr: err.text(), ...signal ? { signal } : {} });
    });
    child.on("exit", (code, signal) => {
      tree?.killAll();
      grace = setTimeout(() => {
        child.stdout?.destroy();
        child.stderr?.destroy();
        done({ exitCode: code ?? 1, stdout: out.text(), stderr: err.text(), ...signal ? { signal } : {} });
      }, EXITED_CHILD_GRACE_MS);
    });
  });
}
function boundedText(headLimit = 1 << 20, tailLimit = 256 * 1024) {
  let head = "";
  let tail = "";
  let dropped = 0;
  return {
    add(chunk) {
      const room = headLimit - head.length;
      if (room > 0) {
        head += chunk.slice(0, room);
        chunk = chunk.slice(room);
      }
      if (!chunk) return;
      tail += chunk;
      if (tail.length > tailLimit) {
        dropped += tail.length - tailLimit;
        tail = tail.slice(-tailLimit);
      }
    },
    text: () => dropped ? `${head}
[... ${dropped} characters of output dropped ...]
${tail}` : head + tail
  };
}
var EXITED_CHILD_GRACE_MS = 2e3;
var projectCodeRunner = {
  run(command, args, options = {}) {
    const child = spawnProjectCode(command, args, { extraEnv: options.env, cwd: options.cwd, stdin: options.input !== void 0 ? "pipe" : "ignore", ownProcessGroup: options.reapDescendants === true });
    return collect(child, options.input, options.timeoutMs, options.reapDescendants === true);
  }
};
var nodeCommandRunner = {
  run(command, args, options = {}) {
    const child = spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: [options.input !== void 0 ? "pipe" : "ignore", "pipe", "pipe"] });
    return collect(child, options.input, options.timeoutMs);
  }
};

export {
  holdsUrlCredentials,
  holdsKnownToken,
  looksLikeCredential,
  mayReachProjectCode,
  hiddenFromProjectCode,
  droppedForCredentialValues,
  projectCodeEnvironment,
  pipIndexEnvironment,
  isPipInstall,
  signalName,
  spawnProjectCode,
  trackDescendants,
  projectCodeRunner,
  nodeCommandRunner
};
