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
var ALLOWED = [/^PATH$/, /^HOME$/, /^USER$/, /^LOGNAME$/, /^SHELL$/, /^LANG$/, /^LANGUAGE$/, /^LC_[A-Z_]+$/, /^TZ$/, /^TMPDIR$/, /^TEMP$/, /^TMP$/, /^PYTHON[A-Z0-9_]*$/, /^VIRTUAL_ENV$/, /^AIRFLOW_HOME$/, /^AIRFLOW__[A-Z0-9_]+$/, /^PIP_INDEX_URL$/, /^PIP_EXTRA_INDEX_URL$/, /^PIP_CACHE_DIR$/, /^PIP_NO_CACHE_DIR$/, /^SSL_CERT_FILE$/, /^SSL_CERT_DIR$/, /^REQUESTS_CA_BUNDLE$/, /^NO_COLOR$/, /^DOCKER_HOST$/, /^DOCKER_CONTEXT$/];
var DENIED = [/^INPUT_/i, /^ASTRO_/i, /^ACTIONS_/i, /^GITHUB_TOKEN$/i, /TOKEN/i, /SECRET/i, /PASSWORD/i, /PASSWD/i, /KEY/i, /CREDENTIAL/i, /AUTH/i];
function looksLikeCredential(name) {
  return DENIED.some((re) => re.test(name));
}
function mayReachProjectCode(name) {
  return ALLOWED.some((re) => re.test(name)) && !DENIED.some((re) => re.test(name));
}
function projectCodeEnvironment(base, extra = {}) {
  const env = {};
  for (const [name, value] of Object.entries(base)) if (value !== void 0 && mayReachProjectCode(name)) env[name] = value;
  for (const [name, value] of Object.entries(extra)) if (value !== void 0 && !DENIED.some((re) => re.test(name))) env[name] = value;
  return env;
}
function spawnProjectCode(command, args, options) {
  return spawn(command, args, { env: projectCodeEnvironment(process.env, options.extraEnv), cwd: options.cwd, stdio: [options.stdin, "pipe", "pipe"] });
}
function collect(child, input, timeoutMs) {
  return new Promise((resolve) => {
    if (input !== void 0) child.stdin?.end(input);
    const out = boundedText();
    const err = boundedText();
    child.stdout?.on("data", (c) => out.add(c.toString()));
    child.stderr?.on("data", (c) => err.add(c.toString()));
    let grace;
    let timedOut = false;
    const forget = onStop(() => child.kill("SIGKILL"));
    const limit = timeoutMs !== void 0 && timeoutMs > 0 ? setTimeout(() => (timedOut = true, child.kill("SIGKILL")), timeoutMs) : void 0;
    const done = (result) => {
      clearTimeout(limit);
      forget();
      resolve(timedOut ? { ...result, timedOut } : result);
    };
    child.on("error", (error) => done({ exitCode: 127, stdout: out.text(), stderr: error.message }));
    child.on("close", (code, signal) => {
      clearTimeout(grace);
      done({ exitCode: code ?? 1, stdout: out.text(), stderr: err.text(), ...signal ? { signal } : {} });
    });
    child.on("exit", (code, signal) => {
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
    const child = spawnProjectCode(command, args, { extraEnv: options.env, cwd: options.cwd, stdin: options.input !== void 0 ? "pipe" : "ignore" });
    return collect(child, options.input, options.timeoutMs);
  }
};
var nodeCommandRunner = {
  run(command, args, options = {}) {
    const child = spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: [options.input !== void 0 ? "pipe" : "ignore", "pipe", "pipe"] });
    return collect(child, options.input, options.timeoutMs);
  }
};

export {
  looksLikeCredential,
  mayReachProjectCode,
  projectCodeEnvironment,
  spawnProjectCode,
  projectCodeRunner,
  nodeCommandRunner
};
