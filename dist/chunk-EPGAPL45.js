import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/util/scrub-environ.ts
import { closeSync, openSync, readFileSync, readSync, writeSync } from "node:fs";
function scrubInheritedSecrets(mustHide) {
  if (process.platform !== "linux") return [];
  let fd;
  try {
    const stat = readFileSync("/proc/self/stat", "latin1");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).trim().split(" ");
    const envStart = Number(fields[50 - 3]);
    const envEnd = Number(fields[51 - 3]);
    const block = readFileSync("/proc/self/environ");
    if (!Number.isSafeInteger(envStart) || envStart <= 0 || envEnd - envStart !== block.length) return [];
    fd = openSync("/proc/self/mem", "r+");
    const scrubbed = [];
    for (let offset = 0; offset < block.length; ) {
      let end = block.indexOf(0, offset);
      if (end === -1) end = block.length;
      const eq = block.indexOf(61, offset);
      if (eq > offset && eq < end - 1) {
        const name = block.toString("latin1", offset, eq);
        if (mustHide(name, block.toString("utf8", eq + 1, end))) {
          const valueStart = eq + 1;
          const original = block.subarray(valueStart, end);
          const inMemory = Buffer.alloc(original.length);
          readSync(fd, inMemory, 0, inMemory.length, envStart + valueStart);
          if (inMemory.equals(original)) {
            const value = process.env[name];
            writeSync(fd, Buffer.alloc(original.length), 0, original.length, envStart + valueStart);
            if (value !== void 0) process.env[name] = value;
            scrubbed.push(name);
          }
        }
      }
      offset = end + 1;
    }
    return scrubbed;
  } catch {
    return [];
  } finally {
    if (fd !== void 0) closeSync(fd);
  }
}

export {
  scrubInheritedSecrets
};
