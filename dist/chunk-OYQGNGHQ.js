import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/util/temp-dirs.ts
import { rmSync } from "node:fs";
import { constants } from "node:os";
var live = /* @__PURE__ */ new Set();
var hooks = /* @__PURE__ */ new Set();
function onStop(hook) {
  hooks.add(hook);
  return () => hooks.delete(hook);
}
function tracked(dir) {
  live.add(dir);
  return dir;
}
function released(dir) {
  live.delete(dir);
}
var SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
var installed = false;
function stopCleanlyOnSignals(say) {
  if (installed) return;
  installed = true;
  for (const signal of SIGNALS) {
    process.once(signal, () => {
      for (const hook of hooks) {
        try {
          hook();
        } catch {
        }
      }
      const removed = live.size;
      for (const dir of live) {
        try {
          rmSync(dir, { recursive: true, force: true });
        } catch {
        }
      }
      live.clear();
      say(`astro-ci: stopped by ${signal}${removed ? ` (removed ${removed} temporary folder${removed === 1 ? "" : "s"})` : ""}`);
      process.exit(128 + constants.signals[signal]);
    });
  }
}

export {
  onStop,
  tracked,
  released,
  stopCleanlyOnSignals
};
