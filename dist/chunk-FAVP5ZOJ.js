import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  BASELINE_ONLY_FLAG
} from "./chunk-5BAC55PO.js";

// src/dags/ruff-process.ts
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
function startRuffProcess(ruffLaneUrl) {
  const startedAt = performance.now();
  const { fork } = createRequire(import.meta.url)("node:child_process");
  const child = fork(fileURLToPath(ruffLaneUrl), [], { execArgv: [BASELINE_ONLY_FLAG, "--single-threaded", "--max-semi-space-size=2", "--optimize-for-size"], serialization: "advanced", env: ruffProcessEnvironment(process.env), stdio: ["ignore", "ignore", "pipe", "ipc"] });
  const lane = { child, stderr: stderrTail(child.stderr), startedAt };
  child.on("error", (error) => channelGone(error) ? void 0 : lane.failure ??= notStarted(error));
  child.once("exit", (code, signal) => lane.failure ??= laneEnded(signal ?? `code ${code}`, lane.stderr()));
  child.on("message", (reply) => reply.kind === "compiled" ? lane.compiled = true : void 0);
  child.unref();
  child.channel?.unref();
  if (child.send) child.send({ kind: "load" });
  else lane.failure ??= notStarted(new Error("no IPC channel to the new process"));
  return lane;
}
function startRuffProcessEarly(jobs) {
  if (jobs === 1) return void 0;
  try {
    return startRuffProcess(new URL("./ruff-lane.js", import.meta.url));
  } catch {
    return void 0;
  }
}
function laneEnded(how, stderr) {
  const hint = how === "SIGKILL" ? " (killed from outside, most often for lack of memory)" : "";
  return new Error(`the static analysis' ruff process ended (${how})${hint} before finishing${stderr ? `: ${gistOf(stderr)}` : ""}`);
}
function gistOf(stderr) {
  const lines = stderr.split("\n").map((line) => line.trim()).filter(Boolean);
  return (lines.find((line) => /\b\w*Error\b|\berror\b|pthread_create|Cannot find/i.test(line) && !/^\s*throw\b/.test(line)) ?? lines.at(-1) ?? "").slice(0, 300);
}
function notStarted(error) {
  return new Error(`cannot start the static analysis' ruff process: ${error.message}`);
}
function ruffProcessEnvironment(base) {
  const keep = /^(PATH|LD_LIBRARY_PATH|LD_PRELOAD|DYLD_LIBRARY_PATH|DYLD_FALLBACK_LIBRARY_PATH|TMPDIR|TMP|TEMP|LANG|LC_ALL|SYSTEMROOT|WINDIR)$/i;
  const env = {};
  for (const [name, value] of Object.entries(base)) if (value !== void 0 && keep.test(name)) env[name] = value;
  return env;
}
function channelGone(error) {
  const code = error.code;
  return code === "EPIPE" || code === "ECONNRESET" || code === "ERR_IPC_CHANNEL_CLOSED";
}
function stderrTail(stream) {
  let tail = "";
  stream?.on("data", (chunk) => tail = (tail + chunk.toString()).slice(-4096));
  return () => tail.trim();
}

export {
  startRuffProcess,
  startRuffProcessEarly,
  laneEnded,
  notStarted,
  ruffProcessEnvironment,
  channelGone
};
