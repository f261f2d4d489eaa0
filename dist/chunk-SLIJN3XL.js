import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);

// src/util/secret-mask.ts
function createSecretMask() {
  const secrets = [];
  return {
    mask(value) {
      if (value.length < 4 || secrets.includes(value)) return;
      secrets.push(value);
      secrets.sort((a, b) => b.length - a.length);
    },
    scrub(text) {
      let out = text;
      for (const secret of secrets) if (out.includes(secret)) out = out.split(secret).join("***");
      return out;
    }
  };
}

export {
  createSecretMask
};
