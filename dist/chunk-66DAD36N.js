import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/dynamic/command-runner.ts
import { spawn } from "node:child_process";
var ALLOWED = [/^PATH$/, /^HOME$/, /^USER$/, /^LOGNAME$/, /^SHELL$/, /^LANG$/, /^LANGUAGE$/, /^LC_[A-Z_]+$/, /^TZ$/, /^TMPDIR$/, /^TEMP$/, /^TMP$/, /^PYTHON[A-Z0-9_]*$/, /^VIRTUAL_ENV$/, /^AIRFLOW_HOME$/, /^AIRFLOW__[A-Z0-9_]+$/, /^PIP_INDEX_URL$/, /^PIP_EXTRA_INDEX_URL$/, /^PIP_CACHE_DIR$/, /^PIP_NO_CACHE_DIR$/, /^SSL_CERT_FILE$/, /^SSL_CERT_DIR$/, /^REQUESTS_CA_BUNDLE$/, /^NO_COLOR$/, /^DOCKER_HOST$/, /^DOCKER_CONTEXT$/];
var DENIED = [/^INPUT_/i, /^ASTRO_/i, /^ACTIONS_/i, /^GITHUB_TOKEN$/i, /TOKEN/i, /SECRET/i, /PASSWORD/i, /PASSWD/i, /KEY/i, /CREDENTIAL/i, /AUTH/i];
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
function collect(child, input) {
  return new Promise((resolve) => {
    if (input !== void 0) child.stdin?.end(input);
    let stdout = "";
    let stderr = "";
    child.stdout?.on("data", (c) => stdout.length < 1 << 20 ? stdout += c.toString() : void 0);
    child.stderr?.on("data", (c) => stderr.length < 1 << 20 ? stderr += c.toString() : void 0);
    child.on("error", (error) => resolve({ exitCode: 127, stdout, stderr: error.message }));
    child.on("close", (code) => resolve({ exitCode: code ?? 1, stdout, stderr }));
  });
}
var projectCodeRunner = {
  run(command, args, options = {}) {
    const child = spawnProjectCode(command, args, { extraEnv: options.env, cwd: options.cwd, stdin: options.input !== void 0 ? "pipe" : "ignore" });
    return collect(child, options.input);
  }
};
var nodeCommandRunner = {
  run(command, args, options = {}) {
    const child = spawn(command, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: [options.input !== void 0 ? "pipe" : "ignore", "pipe", "pipe"] });
    return collect(child, options.input);
  }
};

export {
  mayReachProjectCode,
  projectCodeEnvironment,
  spawnProjectCode,
  projectCodeRunner,
  nodeCommandRunner
};
