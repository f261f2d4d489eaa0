import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/util/wasm-tuning.ts
import { setFlagsFromString } from "node:v8";
var BASELINE_ONLY_FLAG = "--liftoff-only";
function validateLazily() {
  setFlagsFromString("--wasm-lazy-validation");
}
async function compileWithBaselineOnly(load) {
  validateLazily();
  if (process.execArgv.includes(BASELINE_ONLY_FLAG)) return load();
  setFlagsFromString(BASELINE_ONLY_FLAG);
  try {
    return await load();
  } finally {
    setFlagsFromString("--no-liftoff-only");
  }
}
function allowTierUpAgain() {
  setFlagsFromString("--no-liftoff-only");
  setFlagsFromString("--wasm-dynamic-tiering");
  setFlagsFromString("--wasm-tier-up");
}

export {
  BASELINE_ONLY_FLAG,
  compileWithBaselineOnly,
  allowTierUpAgain
};
