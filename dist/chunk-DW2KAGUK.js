import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/util/make-directory.ts
import { mkdirSync, statSync } from "node:fs";
import { mkdir, stat } from "node:fs/promises";
import { dirname } from "node:path";
var MAX_DEPTH = 64;
var code = (error) => error.code;
async function makeDirectory(dir, depth = 0) {
  try {
    await mkdir(dir);
  } catch (error) {
    if (code(error) === "EEXIST") {
      if ((await stat(dir)).isDirectory()) return;
      throw error;
    }
    const parent = dirname(dir);
    if (code(error) !== "ENOENT" || parent === dir || depth >= MAX_DEPTH) throw error;
    await makeDirectory(parent, depth + 1);
    try {
      await mkdir(dir);
    } catch (again) {
      if (code(again) !== "EEXIST" || !(await stat(dir)).isDirectory()) throw again;
    }
  }
}
function makeDirectorySync(dir, depth = 0) {
  try {
    mkdirSync(dir);
  } catch (error) {
    if (code(error) === "EEXIST") {
      if (statSync(dir).isDirectory()) return;
      throw error;
    }
    const parent = dirname(dir);
    if (code(error) !== "ENOENT" || parent === dir || depth >= MAX_DEPTH) throw error;
    makeDirectorySync(parent, depth + 1);
    try {
      mkdirSync(dir);
    } catch (again) {
      if (code(again) !== "EEXIST" || !statSync(dir).isDirectory()) throw again;
    }
  }
}

export {
  makeDirectory,
  makeDirectorySync
};
