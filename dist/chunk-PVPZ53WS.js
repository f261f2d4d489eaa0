import { createRequire as __astroCiCreateRequire } from "node:module";
import { fileURLToPath as __astroCiFileURLToPath } from "node:url";
import { dirname as __astroCiDirname } from "node:path";
const require = __astroCiCreateRequire(import.meta.url);
const __filename = __astroCiFileURLToPath(import.meta.url);
const __dirname = __astroCiDirname(__filename);
import {
  createSecretMask
} from "./chunk-DTAHUBLS.js";

// src/actions/run-secrets.ts
function createRunSecrets(runtime) {
  const secrets = createSecretMask();
  return {
    mask(value) {
      if (!value) return;
      runtime.setSecret(value);
      secrets.mask(value);
    },
    scrub: (text) => secrets.scrub(text)
  };
}

export {
  createRunSecrets
};
