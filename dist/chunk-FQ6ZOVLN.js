import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/util/user-files.ts
import { readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
function readUserTextSync(path) {
  try {
    return readFileSync(path, "utf8");
  } catch (error) {
    throw withPath(error, path);
  }
}
async function readUserText(path) {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw withPath(error, path);
  }
}
function withPath(error, path) {
  if (typeof error === "object" && error !== null && "code" in error && !("path" in error && error.path)) {
    error.path = path;
  }
  return error;
}
async function readUserBytes(path) {
  try {
    return await readFile(path);
  } catch (error) {
    throw withPath(error, path);
  }
}

export {
  readUserTextSync,
  readUserText,
  readUserBytes
};
